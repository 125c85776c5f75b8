// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace Reftel
{
SqliteStatement::SqliteStatement(const QSqlDatabase &db)
    : m_database(db)
    , m_db(SqliteHandle::of(db))
{
}

bool SqliteStatement::prepare(const QString &sql)
{
    if (m_db == nullptr) {
        m_query = std::make_unique<QSqlQuery>(m_database);
        m_query->setForwardOnly(true);
        m_prepared = m_query->prepare(sql);
        if (!m_prepared)
            m_error = m_query->lastError().text();
        return m_prepared;
    }
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    m_prepared =
        sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        == SQLITE_OK;
    if (!m_prepared) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db);
    }
    return m_prepared;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::addBindValue(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (m_statement == nullptr) // not prepared: exec() fails with the reason
        return;
    const int index = m_next++;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_statement, index);
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray &bytes = get<QByteArray>(value);
        if (bytes.isNull()) {
            sqlite3_bind_null(m_statement, index);
            return;
        }
        m_bytes.append(bytes);
        sqlite3_bind_blob64(
            m_statement, index, m_bytes.constLast().constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
        return;
    }
    default:
        break;
    }
    const QString text = value.toString();
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    m_bytes.append(text.toUtf8());
    sqlite3_bind_text64(m_statement, index, m_bytes.constLast().constData(), sqlite3_uint64(m_bytes.constLast().size()),
        SQLITE_STATIC, SQLITE_UTF8);
}

bool SqliteStatement::exec()
{
    if (!m_prepared) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Reftel::SqliteStatement", "the statement could not be prepared");
        return false;
    }
    if (m_query) {
        const bool ok = m_query->exec();
        if (!ok) {
            m_error = m_query->lastError().text();
            m_errorCode = m_query->lastError().nativeErrorCode().toInt();
        }
        m_query->finish();
        return ok;
    }
    int result = SQLITE_ROW;
    while (result == SQLITE_ROW)
        result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE;
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bytes.clear();
    m_next = 1;
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_query)
        return m_query->lastInsertId().toLongLong();
    return sqlite3_last_insert_rowid(m_db);
}
}
