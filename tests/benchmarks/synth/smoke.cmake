# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DGENERATOR=... -DIDS=... -DWORKDIR=... -P smoke.cmake
# The generator writes 50 cables; the same seed must give the same bytes, in
# both formats, and another seed other bytes.

file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")

function(generate out)
    execute_process(COMMAND "${GENERATOR}" --count 50 --ids "${IDS}" --out "${WORKDIR}/${out}" ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE summary ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "reftel-synth-release ${ARGN} failed (${result}): ${errors}")
    endif()
    message(STATUS "${summary}")
endfunction()

generate(a.csv --seed 7)
generate(b.csv --seed 7)
generate(c.csv --seed 8)
generate(text --seed 7 --format text)

file(SHA256 "${WORKDIR}/a.csv" a)
file(SHA256 "${WORKDIR}/b.csv" b)
file(SHA256 "${WORKDIR}/c.csv" c)
if(NOT a STREQUAL b)
    message(FATAL_ERROR "the same seed gave different output")
endif()
if(a STREQUAL c)
    message(FATAL_ERROR "another seed gave the same output")
endif()

file(READ "${WORKDIR}/a.csv" csv)
string(REGEX MATCHALL "\n\"[0-9]+\",\"[0-9]+/[0-9]+/[0-9][0-9][0-9][0-9] [0-9]+:[0-9][0-9]\",\"" rows "\n${csv}")
list(LENGTH rows count)
if(NOT count EQUAL 50)
    message(FATAL_ERROR "expected 50 rows starting with a number and a date, found ${count}")
endif()

file(GLOB_RECURSE texts "${WORKDIR}/text/*.txt")
list(LENGTH texts count)
if(NOT count EQUAL 50)
    message(FATAL_ERROR "expected 50 telegrams in text form, found ${count}")
endif()
