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
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    m_outer = depth == 0;
    if (m_outer) {
        QSqlQuery query(m_db);
        m_ok = query.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_ok) {
            m_error = query.lastError();
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
    const QString code = error.nativeErrorCode();
    if (code == "5"_L1 || code == "6"_L1 || error.databaseText().contains("locked"_L1))
        return QCoreApplication::translate("Reftel::WriteTransaction",
            "The library is busy: another Reftel window is writing to it. Try again in a moment.");
    return QCoreApplication::translate("Reftel::WriteTransaction", "Cannot write to the library: %1").arg(error.text());
}
}
