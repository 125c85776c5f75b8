// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Connections with an open WriteTransaction, by name: SQLite refuses a
// nested BEGIN, and the stores call each other inside one change.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> map;
    return map;
}

// Any number, not the schema upgrade's (PostgreSqlSchema): "REFTEL" + 1.
constexpr qint64 userDataLock = 0x52454654454c + 1;

// A write that met another's lock: SQLite's SQLITE_BUSY / SQLITE_LOCKED, or
// PostgreSQL's lock_not_available (a lock_timeout ran out),
// serialization_failure or deadlock_detected.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "5"_L1 || code == "6"_L1 || code == "55P03"_L1 || code == "40001"_L1 || code == "40P01"_L1
        || error.databaseText().contains("locked"_L1);
}
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    m_outer = depth == 0;
    if (m_outer) {
        QSqlQuery query(m_db);
        const bool server = m_db.driverName() == "QPSQL"_L1;
        m_ok = query.exec(server ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
        // A server has no lock for the whole library: this one, held to the
        // end of the transaction, serialises the changes to annotations and
        // tags as BEGIN IMMEDIATE does on a file, so that what a change read
        // (does the tag exist?) still holds when it writes. It waits as
        // long as the connection's lock_timeout (LibraryDatabase's busy
        // timeout), then fails as busy.
        if (m_ok && server && !query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(userDataLock))) {
            m_ok = false;
            m_error = query.lastError();
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        } else if (!m_ok) {
            m_error = query.lastError();
        }
        if (!m_ok) {
            depths().remove(m_db.connectionName());
            return;
        }
    }
    m_ok = true;
    ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_ok || m_done)
        return;
    if (--depths()[m_db.connectionName()] == 0) {
        depths().remove(m_db.connectionName());
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
}

bool WriteTransaction::commit()
{
    if (!m_ok || m_done)
        return false;
    m_done = true;
    if (--depths()[m_db.connectionName()] > 0)
        return true;
    depths().remove(m_db.connectionName());
    QSqlQuery query(m_db);
    if (query.exec(u"COMMIT"_s))
        return true;
    m_error = query.lastError();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return false;
}

QString WriteTransaction::describe(const QSqlError &error)
{
    if (isBusy(error))
        return QCoreApplication::translate("Reftel::WriteTransaction",
            "The library is busy: another Reftel window is writing to it. Try again in a moment.");
    return QCoreApplication::translate("Reftel::WriteTransaction", "Cannot write to the library: %1").arg(error.text());
}
}
