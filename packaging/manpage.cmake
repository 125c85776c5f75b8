# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DREFTEL=path/to/reftel -DOUT=reftel.1 -P manpage.cmake
execute_process(COMMAND ${REFTEL} --man OUTPUT_FILE ${OUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUT})
    message(FATAL_ERROR "reftel --man failed (${result})")
endif()
