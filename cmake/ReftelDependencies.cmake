# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every dependency is looked up here so that a missing one fails the configure
# step with one line naming the package that provides it.

set(REFTEL_QT_MIN 6.5)
set(REFTEL_QT_COMPONENTS Core Gui Widgets Sql Concurrent PrintSupport Svg Test LinguistTools)

# package that provides each Qt component on Debian/Ubuntu, for the message
set(_reftel_pkg_Core qt6-base-dev)
set(_reftel_pkg_Gui qt6-base-dev)
set(_reftel_pkg_Widgets qt6-base-dev)
set(_reftel_pkg_Sql qt6-base-dev)
set(_reftel_pkg_Concurrent qt6-base-dev)
set(_reftel_pkg_PrintSupport qt6-base-dev)
set(_reftel_pkg_Test qt6-base-dev)
set(_reftel_pkg_Svg qt6-svg-dev)
set(_reftel_pkg_LinguistTools qt6-tools-dev)

find_package(Qt6 ${REFTEL_QT_MIN} QUIET COMPONENTS Core)
if(NOT Qt6_FOUND)
    message(FATAL_ERROR "Reftel needs Qt >= ${REFTEL_QT_MIN}: install qt6-base-dev (Debian 13 or later), or run ./dev.sh to build in a Debian 13 root")
endif()
foreach(_c IN LISTS REFTEL_QT_COMPONENTS)
    find_package(Qt6${_c} ${REFTEL_QT_MIN} QUIET)
    if(NOT Qt6${_c}_FOUND)
        message(FATAL_ERROR "Reftel needs Qt6 ${_c} >= ${REFTEL_QT_MIN}: install ${_reftel_pkg_${_c}}")
    endif()
endforeach()
find_package(Qt6 ${REFTEL_QT_MIN} REQUIRED COMPONENTS ${REFTEL_QT_COMPONENTS})

find_package(KF6SyntaxHighlighting QUIET)
if(NOT KF6SyntaxHighlighting_FOUND)
    message(FATAL_ERROR "Reftel needs KF6SyntaxHighlighting: install libkf6syntaxhighlighting-dev")
endif()

qt_standard_project_setup(REQUIRES ${REFTEL_QT_MIN})
