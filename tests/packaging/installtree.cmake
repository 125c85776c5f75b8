# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the package holds, from a stripped install of this build into a
# scratch folder (as CPack installs it): the program, stripped; the man page;
# the icon as SVG and in every hicolor PNG size; the desktop file and metainfo.
#
#   cmake -DBUILD=... -DDEST=... -DAPP_ID=... -DSIZES=16,22,... [-DFILE_TOOL=...] -P installtree.cmake
file(REMOVE_RECURSE ${DEST})
set(ENV{DESTDIR} ${DEST})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix /usr --strip
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "install failed: ${errors}")
endif()

set(expected
    usr/bin/reftel
    usr/share/man/man1/reftel.1
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
string(REPLACE "," ";" sizes "${SIZES}")
foreach(size IN LISTS sizes)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS ${DEST}/${path})
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# A PNG of the size its folder says (the width and height in its IHDR chunk).
foreach(size IN LISTS sizes)
    file(READ ${DEST}/usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width)
    math(EXPR width "0x${width}")
    if(NOT header MATCHES "^89504e47" OR NOT width EQUAL size)
        message(FATAL_ERROR "${size}x${size}: not a PNG of that size (${header})")
    endif()
endforeach()

file(READ ${DEST}/usr/share/man/man1/reftel.1 man)
if(NOT man MATCHES "^\\.TH REFTEL 1" OR NOT man MATCHES "\\\\-\\\\-library" OR NOT man MATCHES "\\\\-\\\\-annotated\\\\-only")
    message(FATAL_ERROR "the man page lacks its header or the options")
endif()

if(FILE_TOOL)
    execute_process(COMMAND ${FILE_TOOL} ${DEST}/usr/bin/reftel OUTPUT_VARIABLE kind)
    if(NOT kind MATCHES ", stripped")
        message(FATAL_ERROR "the program is not stripped: ${kind}")
    endif()
endif()
message(STATUS "installed: ${expected}")
