# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Two build modes for finding memory and range errors (presets "asan" and
# "fuzz", commands `./dev.sh sanitize` and `./dev.sh fuzz`):
#
#   REFTEL_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer on all code,
#                    every report fatal, Qt's Q_ASSERTs and libstdc++'s checks on.
#   REFTEL_FUZZ      the same, plus libFuzzer's coverage instrumentation
#                    (-fsanitize=fuzzer-no-link) on all code, so the fuzz targets
#                    in tests/fuzz see the edges of the library they link.
#
# These are set for the whole build, not per target: a sanitizer only works
# when every translation unit that shares memory is compiled the same way,
# including the object libraries Qt's CMake functions make behind our back.

option(REFTEL_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang or gcc)" OFF)

if(REFTEL_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "REFTEL_FUZZ needs clang (libFuzzer): configure with the \"fuzz\" preset or -DCMAKE_CXX_COMPILER=clang++")
endif()

# Environment for every test of a sanitized build (tests/CMakeLists.txt adds it).
set(REFTEL_SANITIZER_TEST_ENV "")

if(REFTEL_SANITIZE OR REFTEL_FUZZ)
    set(_reftel_sanitizers address,undefined)
    if(REFTEL_FUZZ)
        set(_reftel_sanitizers fuzzer-no-link,address,undefined)
    endif()
    # -O1 keeps the tests quick while stack traces stay readable; it comes
    # after the build type's -O2 on the command line, so it wins.
    add_compile_options(
        -fsanitize=${_reftel_sanitizers}
        -fno-sanitize-recover=all
        -fno-omit-frame-pointer
        -O1 -g)
    add_link_options(-fsanitize=address,undefined)
    # Q_ASSERT stays on although Qt's CMake defines QT_NO_DEBUG outside Debug:
    # QStringView::sliced(), QList::operator[] and friends check their ranges.
    # _GLIBCXX_ASSERTIONS does the same for the standard library.
    add_compile_definitions(QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)

    set(_reftel_lsan_supp ${CMAKE_SOURCE_DIR}/cmake/lsan.supp)
    set(REFTEL_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:strict_init_order=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "LSAN_OPTIONS=suppressions=${_reftel_lsan_supp}:print_suppressions=0")
endif()

# reftel_add_fuzzer(<name> SOURCES <files>): a libFuzzer executable
# reftel-fuzz-<name>, linked with libFuzzer's main.
function(reftel_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    set(target reftel-fuzz-${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE reftel_model)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    reftel_setup_target(${target})
endfunction()
