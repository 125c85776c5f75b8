# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Settings every Reftel target gets through reftel_setup_target(), instead of
# global add_definitions(), so each target states what it uses.

function(reftel_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060500)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(${target} PRIVATE -Wshadow=local)
        endif()
        if(REFTEL_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
