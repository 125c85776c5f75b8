// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Reftel
{
// One small write to the library, all or nothing: BEGIN IMMEDIATE, then
// commit() or, when the object goes out of scope first, ROLLBACK.
//
// IMMEDIATE takes the write lock at the start. A deferred transaction that
// reads and then writes can meet another process's write and fail at once
// with SQLITE_BUSY, without the busy timeout ever waiting; an immediate one
// waits (LibraryDatabase sets 5 s) and only then fails. On a server it is
// BEGIN and an advisory lock that every WriteTransaction takes, with the
// same wait (the session's lock_timeout). Nesting is allowed:
// an inner WriteTransaction on the same connection does nothing, the
// outermost one commits.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_ok; }
    bool commit();
    QSqlError error() const { return m_error; }

    // A message for the user about a failed write: a busy library says that
    // another Reftel window is writing, anything else gives the database's words.
    static QString describe(const QSqlError &error);

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_outer = false;
    bool m_done = false;
    QSqlError m_error;
};
}
