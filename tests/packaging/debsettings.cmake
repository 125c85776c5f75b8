# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The .deb's settings as CPack reads them: Qt's translations among the
# dependencies (OK, Cancel and the file dialog in the interface's language),
# files stripped.
#
#   cmake -DCONFIG=CPackConfig.cmake -P debsettings.cmake
include(${CONFIG})
if(NOT CPACK_DEBIAN_PACKAGE_DEPENDS MATCHES "(^|, )qt6-translations-l10n(,|$)")
    message(FATAL_ERROR "the package does not depend on qt6-translations-l10n: ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
endif()
if(NOT CPACK_DEBIAN_PACKAGE_DEPENDS MATCHES "libqt6sql6-sqlite")
    message(FATAL_ERROR "the package lost its SQLite driver: ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
endif()
if(NOT CPACK_STRIP_FILES)
    message(FATAL_ERROR "the package's files are not stripped")
endif()
message(STATUS "Depends: ${CPACK_DEBIAN_PACKAGE_DEPENDS}; stripped")
