// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Reftel
{
// The sqlite3 connection behind a QSqlDatabase, for the little Qt Sql cannot
// do (an FTS5 auxiliary function). Null unless Qt's SQLite driver runs on the
// very SQLite library Reftel links: a Qt built with its own copy of SQLite
// hands out connections this library must never touch, and then Reftel
// does without (see LibraryDatabase::rankFunction()).
class SqliteHandle final
{
public:
    static sqlite3 *of(const QSqlDatabase &db);
};
}
