// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Reftel
{
// A prepared statement that writes (INSERT, UPDATE, DELETE, SAVEPOINT):
// values bound in order, then exec(). It goes through SQLite's own API
// where SqliteHandle reaches the connection, which spares the import Qt
// Sql's bookkeeping for every bound value (a tenth of the writer's time on
// the whole release), and through a QSqlQuery otherwise. Either way it runs
// on the connection's transaction like any QSqlQuery of it.
//
// Bound values follow Qt's driver: an invalid QVariant, a null QString and
// a null QByteArray are NULL; integers and booleans are integers.
class SqliteStatement final
{
public:
    explicit SqliteStatement(const QSqlDatabase &db);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool prepare(const QString &sql);
    bool isPrepared() const { return m_prepared; }
    void addBindValue(const QVariant &value);
    // Runs the statement to its end and clears the bound values.
    bool exec();
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }
    // SQLite's (extended) result code of the last failure, 0 when unknown.
    int errorCode() const { return m_errorCode; }

private:
    QSqlDatabase m_database;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
    QList<QByteArray> m_bytes; // what bound text and blobs point at, until exec()
    std::unique_ptr<QSqlQuery> m_query; // when SQLite's API is out of reach
    bool m_prepared = false;
    QString m_error;
    int m_errorCode = 0;
};
}
