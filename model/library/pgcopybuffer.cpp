// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcopybuffer.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::PgCopyBuffer", text);
}

constexpr char hexDigits[] = "0123456789abcdef";

// Text as COPY reads it: UTF-8, the backslash and the separators escaped.
void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 =
        text.contains(QChar(0)) ? QString(text).replace(QChar(0), QChar(0xFFFD)).toUtf8() : text.toUtf8();
    out.reserve(out.size() + utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}

// bytea in its hex form, whose backslash COPY wants doubled.
void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    const qsizetype start = out.size();
    out.resize(start + 3 + 2 * bytes.size());
    char *to = out.data() + start;
    *to++ = '\\';
    *to++ = '\\';
    *to++ = 'x';
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *to++ = hexDigits[byte >> 4];
        *to++ = hexDigits[byte & 0xF];
    }
}
}

PgCopyBuffer::PgCopyBuffer(const QString &table, const QString &columns)
    : m_statement((u"COPY "_s + table + u" ("_s + columns + u") FROM STDIN"_s).toUtf8())
{
}

void PgCopyBuffer::appendValue(QByteArray &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        out.append("\\N", 2);
        return;
    case QMetaType::QString:
        appendText(out, get<QString>(value)); // a null QString is empty text
        return;
    case QMetaType::QByteArray:
        if (get<QByteArray>(value).isNull())
            out.append("\\N", 2);
        else
            appendBytes(out, get<QByteArray>(value));
        return;
    case QMetaType::Bool:
        out.append(get<bool>(value) ? '1' : '0');
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out.append(QByteArray::number(value.toDouble(), 'g', 17));
        return;
    default:
        if (value.isNull())
            out.append("\\N", 2);
        else if (value.canConvert<qlonglong>())
            out.append(QByteArray::number(value.toLongLong()));
        else
            appendText(out, value.toString());
    }
}

void PgCopyBuffer::field(const QVariant &value)
{
    if (m_rowOpen)
        m_data.append('\t');
    m_rowOpen = true;
    appendValue(m_data, value);
}

void PgCopyBuffer::add(std::initializer_list<QVariant> row)
{
    for (const QVariant &value : row)
        field(value);
    m_data.append('\n');
    m_rowOpen = false;
    ++m_rows;
}

void PgCopyBuffer::add(const QVariantList &row)
{
    for (const QVariant &value : row)
        field(value);
    m_data.append('\n');
    m_rowOpen = false;
    ++m_rows;
}

void PgCopyBuffer::clear()
{
    m_data.clear();
    m_rows = 0;
    m_rowOpen = false;
}

bool PgCopyBuffer::failed(const QString &problem, const QByteArray &state)
{
    m_error = problem.trimmed();
    m_fault = LibraryHealth::faultOfSqlState(QString::fromLatin1(state));
    clear();
    return false;
}

bool PgCopyBuffer::send(pg_conn *connection)
{
    m_error.clear();
    m_fault = LibraryHealth::Fault::None;
    if (m_rows == 0)
        return true;
    if (!connection)
        return failed(tr("no connection to the server"), {});
    // A statement of Qt's driver still delivering rows holds the connection.
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE)
        return failed(tr("another statement is still running on the connection"), {});
    PGresult *started = PQexec(connection, m_statement.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const QString problem = QString::fromUtf8(PQresultErrorMessage(started));
        const QByteArray state = PQresultErrorField(started, PG_DIAG_SQLSTATE);
        PQclear(started);
        return failed(problem.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : problem, state);
    }
    PQclear(started);
    // In pieces of 1 MiB: libpq copies what it is given into its own buffer.
    constexpr qsizetype piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < m_data.size(); at += piece) {
        const int length = int(std::min(piece, m_data.size() - at));
        sent = PQputCopyData(connection, m_data.constData() + at, length) == 1;
    }
    const QByteArray refusal = tr("the client stopped the copy").toUtf8();
    if (PQputCopyEnd(connection, sent ? nullptr : refusal.constData()) != 1)
        sent = false;
    QString problem;
    QByteArray state;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && problem.isEmpty()) {
            problem = QString::fromUtf8(PQresultErrorMessage(result));
            state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        }
        PQclear(result);
    }
    if (!problem.isEmpty() || !sent)
        return failed(problem.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : problem, state);
    clear();
    return true;
}
}
