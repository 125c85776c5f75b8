// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-only: the cables of a SQLite library, copied row by row into a
// server library, so that the readers of a server library (CableReader,
// ReferenceResolver, the list's and the reports' queries) can be tested
// before CableWriter writes to a server itself. The two schemas have the
// same tables and columns (a server's extra tsv columns are left as they
// come), so every column of each row is copied as it is.

#include "referenceresolver.h"
#include "storefixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace ServerCableCopy
{
// Parents before children, for the foreign keys.
inline QStringList tables()
{
    return { QStringLiteral("cables"), QStringLiteral("cable_texts"), QStringLiteral("cable_sources"),
        QStringLiteral("recipients"), QStringLiteral("cable_tags"), QStringLiteral("cable_references"),
        QStringLiteral("resolution_queue"), QStringLiteral("sections"), QStringLiteral("paragraphs"),
        QStringLiteral("dedup_entries"), QStringLiteral("parse_warnings") };
}

inline QString copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM ") + table))
        return table + QStringLiteral(": ") + rows.lastError().text();
    const QSqlRecord record = rows.record();
    QStringList columns;
    QStringList placeholders;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return table + QStringLiteral(": ") + insert.lastError().text();
    while (rows.next()) {
        for (int i = 0; i < record.count(); ++i)
            insert.addBindValue(rows.value(i));
        if (!insert.exec())
            return table + QStringLiteral(": ") + insert.lastError().text();
    }
    return {};
}

// Copies every cable table of from into the empty tables of to, in one
// transaction; a server's identity columns then go on after the copied
// keys. (Into a SQLite library the rows arrive without their FTS5 index.)
// Returns what went wrong, empty when all went well.
inline QString copy(const QSqlDatabase &from, QSqlDatabase to)
{
    if (!to.transaction())
        return to.lastError().text();
    for (const QString &table : tables()) {
        const QString problem = copyTable(from, to, table);
        if (!problem.isEmpty()) {
            to.rollback();
            return problem;
        }
    }
    if (to.driverName() != QStringLiteral("QPSQL"))
        return to.commit() ? QString() : to.lastError().text();
    QSqlQuery identity(to);
    // setval() of a NULL sequence (a key without identity) is NULL, not an error.
    for (const QString &table :
        { QStringLiteral("cables"), QStringLiteral("paragraphs"), QStringLiteral("cable_references") }) {
        if (!identity.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'pk'),"
                                          " (SELECT coalesce(max(pk), 0) + 1 FROM %1), false)")
                    .arg(table))) {
            to.rollback();
            return table + QStringLiteral(": ") + identity.lastError().text();
        }
    }
    return to.commit() ? QString() : to.lastError().text();
}

// Stores cables in a test's library, whatever its engine. On SQLite the
// library's own CableWriter stores them. On a server a CableWriter stores
// them in a SQLite library of its own, whose rows then replace the server's
// (every cable copied again, so that batches can follow each other), and
// the server's ReferenceResolver resolves every reference again, as a
// writer's commit would: the states read back are the server's own.
class Cables
{
public:
    explicit Cables(Reftel::LibraryDatabase &library)
        : m_library(library)
    {
    }

    // One batch; what went wrong, empty when all went well.
    QString store(const QList<StoreFixtures::ParsedSample> &cables)
    {
        if (!m_library.isServer())
            return storeIn(m_library, cables);
        if (!m_side.isOpen() && !m_side.open(m_dir.path()))
            return m_side.errorString();
        if (QString problem = storeIn(m_side, cables); !problem.isEmpty())
            return problem;
        if (QString problem = clear(m_library.database()); !problem.isEmpty())
            return problem;
        if (QString problem = copy(m_side.database(), m_library.database()); !problem.isEmpty())
            return problem;
        Reftel::ReferenceResolver &resolver = m_library.references();
        return resolver.resolveAll() ? QString() : resolver.errorString();
    }

private:
    static QString storeIn(Reftel::LibraryDatabase &target, const QList<StoreFixtures::ParsedSample> &cables)
    {
        Reftel::CableWriter &writer = target.cableWriter();
        if (!writer.begin())
            return writer.errorString();
        for (const StoreFixtures::ParsedSample &sample : cables) {
            if (writer.store(sample.cable, sample.path) == Reftel::CableWriter::StoreResult::Failed)
                return writer.errorString();
        }
        return writer.commit() ? QString() : writer.errorString();
    }

    // The children go with their cables (ON DELETE CASCADE).
    static QString clear(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        for (const QString &sql :
            { QStringLiteral("DELETE FROM resolution_queue"), QStringLiteral("DELETE FROM cables") }) {
            if (!query.exec(sql))
                return query.lastError().text();
        }
        return {};
    }

    Reftel::LibraryDatabase &m_library;
    StoreFixtures::TemporaryLibrary m_dir;
    Reftel::LibraryDatabase m_side;
};
}
