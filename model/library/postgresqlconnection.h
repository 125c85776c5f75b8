// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"

#include <QSqlDatabase>
#include <QString>

namespace Reftel
{
// A connection to a team library's server through Qt's PostgreSQL driver
// (QPSQL), which hands libpq everything the location holds: what it leaves
// out libpq finds itself (PG* variables, pg_service.conf, ~/.pgpass), as psql
// would.
class PostgreSqlConnection final
{
public:
    // The oldest server whose SQL the schema uses (generated columns, the
    // GIN and tsvector forms).
    static constexpr int minimumServerVersion = 130000;

    // Adds and opens the named connection. On failure *error says why in
    // the server's or libpq's words (never with the password) and the
    // connection is closed, still registered under its name.
    static QSqlDatabase open(const QString &connectionName, const LibraryLocation &location, QString *error);
    // What open() passes to the driver besides the password: libpq
    // keyword='value' pairs.
    static QString connectOptions(const LibraryLocation &location);
    // Whether a failure to connect means the server wants a password that
    // was not given (the window then asks for one and tries again).
    static bool wantsPassword(const QString &error);
};
}
