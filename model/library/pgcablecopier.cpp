// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcablecopier.h"

#include "cable.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::PgCableCopier", text);
}

// Keys asked for at once: one round trip per this many new cables.
constexpr int KeysAtOnce = 1000;
// Sent when the buffers hold this much: a batch of a release CSV's rows
// holds a hundred MB of text and saved bytes.
constexpr qsizetype FullBytes = 32 << 20;

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by the typedef or by the struct, as it was declared.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        qWarning("PgCableCopier: the driver's handle is a %s, not libpq's connection", handle.typeName());
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}
}

PgCableCopier::PgCableCopier(const QSqlDatabase &db, const QList<Table> &tables)
    : m_db(db)
{
    for (const Table &table : tables)
        m_buffers.emplace_back(table.name, table.columns);
}

bool PgCableCopier::canCopy(const Cable &cable)
{
    QSet<QString> anchors;
    for (const Section &section : cable.sections) {
        for (const Paragraph &paragraph : section.paragraphs) {
            if (anchors.contains(paragraph.anchor))
                return false;
            anchors.insert(paragraph.anchor);
        }
    }
    return true;
}

qint64 PgCableCopier::reserveKey()
{
    if (m_keys.isEmpty()) {
        QSqlQuery keys(m_db);
        keys.setForwardOnly(true);
        if (!keys.exec(u"SELECT nextval(pg_get_serial_sequence('cables', 'pk')) FROM generate_series(1, %1)"_s.arg(
                KeysAtOnce))) {
            fail(keys.lastError().text(), LibraryHealth::faultOfSqlState(keys.lastError().nativeErrorCode()));
            return -1;
        }
        while (keys.next())
            m_keys.append(keys.value(0).toLongLong());
        keys.finish();
        // Taken from the back: the smallest key first.
        std::reverse(m_keys.begin(), m_keys.end());
        if (m_keys.isEmpty()) {
            fail(tr("the server gave no key for a new cable"), LibraryHealth::Fault::Other);
            return -1;
        }
    }
    return m_keys.takeLast();
}

bool PgCableCopier::isFull() const
{
    qsizetype bytes = 0;
    for (const PgCopyBuffer &buffer : m_buffers)
        bytes += buffer.bytes();
    return bytes >= FullBytes;
}

bool PgCableCopier::send()
{
    PGconn *connection = connectionOf(m_db);
    // Qt's driver leaves a forward-only query's last result on the
    // connection until it runs its next statement (finish() does not take
    // it): one statement of its own takes it, so COPY finds the connection idle.
    if (connection && PQtransactionStatus(connection) == PQTRANS_ACTIVE) {
        QSqlQuery settle(m_db);
        settle.exec(u"SELECT 1"_s);
    }
    for (PgCopyBuffer &buffer : m_buffers) {
        if (!buffer.send(connection)) {
            const QString problem = buffer.errorString();
            const LibraryHealth::Fault fault = buffer.fault();
            clear();
            return fail(problem, fault);
        }
    }
    m_ids.clear();
    return true;
}

bool PgCableCopier::transactionFailed() const
{
    PGconn *connection = connectionOf(m_db);
    return !connection || PQtransactionStatus(connection) == PQTRANS_INERROR;
}

void PgCableCopier::clear()
{
    for (PgCopyBuffer &buffer : m_buffers)
        buffer.clear();
    m_ids.clear();
}

bool PgCableCopier::fail(const QString &problem, LibraryHealth::Fault fault)
{
    m_error = problem;
    m_fault = fault;
    return false;
}
}
