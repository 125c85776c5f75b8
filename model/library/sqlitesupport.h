// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// What the library store needs from Qt's SQL layer: the QSQLITE driver, built
// against an SQLite with FTS5. Checked at start-up so a broken installation says
// what is missing instead of failing on the first search.
class SqliteSupport final
{
public:
    struct Status
    {
        bool driverPresent = false;
        bool fts5 = false;
        QString sqliteVersion;
        QString problem; // translated, empty when everything is there
        bool ok() const { return driverPresent && fts5; }
    };

    static Status check();
};
}
