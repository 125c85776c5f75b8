// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryhealth.h"
#include "pgcopybuffer.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <deque>

namespace Reftel
{
struct Cable;

// The cables new to a server library that a CableWriter batch stores, as
// rows of COPY (PgCopyBuffer), one buffer per table, instead of a statement
// per row: a row a statement costs a round trip to the server each, tens
// of millions for a release. The buffers go to the server in the order
// the tables were given (parents first, for the foreign keys) when they
// grow large and before the batch commits, in the batch's transaction.
//
// A new cable's pk is taken from the cables sequence in advance (blocks of
// keys), since COPY returns nothing; its child rows point at it.
class PgCableCopier final
{
public:
    struct Table
    {
        QString name;
        QString columns;
    };
    PgCableCopier(const QSqlDatabase &db, const QList<Table> &tables);
    Q_DISABLE_COPY_MOVE(PgCableCopier)

    // COPY takes rows a plain INSERT would refuse or merge: only a cable
    // whose paragraph anchors are distinct goes this way.
    static bool canCopy(const Cable &cable);

    // A key for a new cable, -1 when the server did not give one.
    qint64 reserveKey();
    // The cable with this id is in the buffers (not yet sent).
    bool holds(const QString &id) const { return m_ids.contains(id); }
    void hold(const QString &id) { m_ids.insert(id); }
    void add(int table, std::initializer_list<QVariant> row) { m_buffers[std::size_t(table)].add(row); }
    void add(int table, const QVariantList &row) { m_buffers[std::size_t(table)].add(row); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    // The buffers hold enough to be sent (a few tens of MB).
    bool isFull() const;

    // Sends every buffer; the ids held are then the server's.
    bool send();
    // Forgets what the buffers hold (the batch was rolled back).
    void clear();
    // The server's transaction has failed: it can only be rolled back (a
    // COMMIT would roll it back and say nothing).
    bool transactionFailed() const;

    QString errorString() const { return m_error; }
    LibraryHealth::Fault fault() const { return m_fault; }

private:
    bool fail(const QString &problem, LibraryHealth::Fault fault);

    QSqlDatabase m_db;
    std::deque<PgCopyBuffer> m_buffers;
    QSet<QString> m_ids;
    QList<qint64> m_keys; // reserved, not yet used
    QString m_error;
    LibraryHealth::Fault m_fault = LibraryHealth::Fault::None;
};
}
