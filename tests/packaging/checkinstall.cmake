# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build (what CPack packs) into PREFIX and checks that it holds
# the parser process, reftel-parse, and nothing of the tests' faulty parser:
# no file named for it, no file carrying its markers (REFTEL-TEST-...).
#   cmake -DBUILD=<build dir> -DPREFIX=<empty dir> -P checkinstall.cmake

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()
file(GLOB_RECURSE installed LIST_DIRECTORIES false "${PREFIX}/*")
set(parser "")
foreach(path IN LISTS installed)
    get_filename_component(name "${path}" NAME)
    if(name STREQUAL "reftel-parse")
        set(parser "${path}")
    endif()
    if(name MATCHES "faulty")
        message(FATAL_ERROR "installed: ${path}, a test-only program")
    endif()
    file(STRINGS "${path}" markers REGEX "REFTEL-TEST-" LIMIT_COUNT 1)
    if(markers)
        message(FATAL_ERROR "installed: ${path} carries a test marker: ${markers}")
    endif()
endforeach()
if(parser STREQUAL "")
    message(FATAL_ERROR "reftel-parse is not installed")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed tree: reftel-parse, no test-only code")
