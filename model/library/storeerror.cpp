// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

#include "librarydatabase.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Reftel
{
namespace
{
// Its words, in the context lupdate gives its member functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::StoreError", text);
}
}

StoreError::StoreError(const LibraryDatabase &library)
    : m_library(library)
{
}

bool StoreError::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    set(tr("Cannot write to the library %1: %2").arg(m_library.path(), query.lastError().text()),
        faultOf(query.lastError()));
    return false;
}

bool StoreError::exec(SqliteStatement &statement)
{
    if (statement.exec())
        return true;
    set(tr("Cannot write to the library %1: %2").arg(m_library.path(), statement.errorString()),
        statement.errorCode() == 0 ? LibraryHealth::Fault::Other : LibraryHealth::faultOf(statement.errorCode()));
    return false;
}

bool StoreError::execSql(const QString &sql)
{
    QSqlQuery query(m_library.database());
    if (query.exec(sql))
        return true;
    set(tr("Cannot write to the library %1: %2").arg(m_library.path(), query.lastError().text()),
        faultOf(query.lastError()));
    return false;
}

void StoreError::writeFailed(const QString &problem, LibraryHealth::Fault fault)
{
    set(tr("Cannot write to the library %1: %2").arg(m_library.path(), problem), fault);
}

void StoreError::readFailed(const QSqlQuery &query)
{
    set(tr("Cannot read the library %1: %2").arg(m_library.path(), query.lastError().text()),
        faultOf(query.lastError()));
}

LibraryHealth::Fault StoreError::faultOf(const QSqlError &error) const
{
    return m_library.isServer() ? LibraryHealth::faultOfSqlState(error.nativeErrorCode())
                                : LibraryHealth::faultOf(error);
}

void StoreError::set(const QString &message, LibraryHealth::Fault fault)
{
    m_text = message;
    m_fault = fault;
}
}
