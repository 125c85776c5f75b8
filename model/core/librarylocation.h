// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Reftel
{
// Where a library is: an SQLite file, or a database on a PostgreSQL server
// that a team shares. Read from what a user types (--library, the recent
// list, the Open Team Library dialog) in the forms users of libpq know:
//
//   ~/cables.sqlite, file:///home/me/cables.sqlite      an SQLite file
//   postgresql://alice@db.example:5432/cables?sslmode=require
//   postgres://db.example/cables, postgresql:///cables?host=/run/pg
//   service=team, host=/tmp/pg dbname=cables user=bob  a libpq conninfo
//
// Whatever the text leaves out (host, port, user, database) libpq takes from
// the PG* environment variables and pg_service.conf, as psql does. A
// password in the text is kept for connecting, never in toText(): nothing
// Reftel saves holds one (libpq's ~/.pgpass is the place for it).
class LibraryLocation final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibraryLocation)
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    LibraryLocation() = default;
    static LibraryLocation fromText(const QString &text);
    static LibraryLocation sqliteFile(const QString &path);
    // libpq keywords (host, port, dbname, user, sslmode, service, ...) to
    // values; a "password" entry is taken out and kept as password().
    static LibraryLocation server(QMap<QString, QString> parameters);

    // Why this is no library (translated, naming what was given), or empty.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }
    // The SQLite file (a file:// URL already turned into its path).
    QString filePath() const { return m_path; }
    // The server's libpq keywords and values, without the password.
    QMap<QString, QString> parameters() const { return m_parameters; }
    QString parameter(const QString &keyword) const { return m_parameters.value(keyword); }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    // The text that opens this library again, for the recent list and for
    // --library: the path, or a postgresql:// URI without the password.
    QString toText() const;
    // For titles and messages: the file's name, or "cables on db.example".
    QString displayName() const;

    // The libpq keywords Reftel passes on (anything else is refused, early
    // and by name, instead of failing later inside the driver).
    static bool isKnownKeyword(const QString &keyword);

    friend bool operator==(const LibraryLocation &a, const LibraryLocation &b)
    {
        return a.m_engine == b.m_engine && a.m_path == b.m_path && a.m_parameters == b.m_parameters;
    }

private:
    static LibraryLocation fromUri(const QString &text);
    static LibraryLocation fromConninfo(const QString &text);
    static LibraryLocation invalid(const QString &problem);

    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QMap<QString, QString> m_parameters;
    QString m_password;
    QString m_problem;
};
}
