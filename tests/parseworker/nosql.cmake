# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when PROGRAM loads Qt's SQL module or SQLite, directly or through
# another library.
#
#   cmake -DPROGRAM=.../reftel-parse -P nosql.cmake
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${PROGRAM}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(loaded ${resolved} ${unresolved})
set(core FALSE)
foreach(library IN LISTS loaded)
    get_filename_component(name "${library}" NAME)
    if(name MATCHES "^libQt6Sql|^libsqlite3")
        message(FATAL_ERROR "${PROGRAM} loads ${name}: the parser process must not link SQL")
    endif()
    if(name MATCHES "^libQt6Core")
        set(core TRUE)
    endif()
endforeach()
# Guards the check itself: a program whose libraries could not be read at all
# would pass it.
if(NOT core)
    message(FATAL_ERROR "${PROGRAM}: no Qt Core among its libraries (${loaded}); not the parser program?")
endif()
list(LENGTH loaded count)
message(STATUS "${PROGRAM}: ${count} libraries, no SQL")
