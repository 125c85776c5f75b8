# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every message with "%n" is a numerus message: lupdate must see it as one
# (tr(text, nullptr, n), QT_TRANSLATE_N_NOOP), or a translation gets a
# single form that only the count 1 finds and every other count shows the
# English source ("3 page markers removed" in the German window).
#
#   cmake -DLUPDATE=... -DSOURCES="dir;dir" -DOUT=file.ts -P numerus.cmake
cmake_policy(SET CMP0007 NEW)
execute_process(COMMAND ${LUPDATE} -silent -locations none ${SOURCES} -ts ${OUT}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ ${OUT} ts)
string(REPLACE ";" "," ts "${ts}") # a list separator to CMake
string(REGEX MATCHALL "<message[^>]*>[ \n\t]*<source>[^<]*</source>" messages "${ts}")
list(LENGTH messages total)
if(total LESS 50)
    message(FATAL_ERROR "lupdate found only ${total} messages in ${SOURCES}")
endif()
set(bad "")
foreach(message IN LISTS messages)
    if(message MATCHES "<source>[^<]*%n" AND NOT message MATCHES "numerus=\"yes\"")
        string(REGEX REPLACE ".*<source>([^<]*)</source>" "\\1" text "${message}")
        list(APPEND bad "${text}")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " lines)
    message(FATAL_ERROR "messages with %n that are not numerus messages:\n  ${lines}")
endif()
message(STATUS "${total} messages; every one with %n is a numerus message")
