// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryhealth.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct pg_conn;

namespace Reftel
{
// The rows of one table gathered in memory in COPY's text format, then
// sent with one COPY ... FROM STDIN through libpq (Qt's driver has no
// COPY). On the connection's transaction like any statement of it.
//
// Values follow SqliteStatement's binding: an invalid QVariant and a null
// QByteArray are NULL, a null QString is empty text, integers and
// booleans are integers. PostgreSQL text cannot hold U+0000: it becomes
// U+FFFD, one UTF-16 unit as well, so offsets into the text still hold
// (the saved bytes, a bytea, keep it).
class PgCopyBuffer final
{
public:
    // columns: "a, b, c", in the order add() is given the values.
    PgCopyBuffer(const QString &table, const QString &columns);

    void add(std::initializer_list<QVariant> row);
    void add(const QVariantList &row);
    qsizetype rows() const { return m_rows; }
    qsizetype bytes() const { return m_data.size(); }

    // COPY of the rows gathered, which are then dropped. The connection must
    // have no statement running. On failure errorString() says why and
    // fault() what kind of failure it was (from the server's SQLSTATE).
    bool send(pg_conn *connection);
    void clear();
    QString errorString() const { return m_error; }
    LibraryHealth::Fault fault() const { return m_fault; }

    // A value as COPY's text format writes it (appended to out).
    static void appendValue(QByteArray &out, const QVariant &value);

private:
    void field(const QVariant &value);
    bool failed(const QString &problem, const QByteArray &state);

    QByteArray m_statement;
    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowOpen = false;
    QString m_error;
    LibraryHealth::Fault m_fault = LibraryHealth::Fault::None;
};
}
