// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-only: the rows search reads, copied from an SQLite library (made by
// the store fixtures) into a server library, with the tsv columns filled as
// the writer fills them (TsVectorText). Plain INSERTs of the columns both
// schemas have; for the search tests until they can store cables on a
// server with CableWriter.

#include "librarydatabase.h"
#include "tsvectortext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace SearchFixtureCopy
{
using namespace Qt::StringLiterals;

// Empty on success, else what failed.
inline QString copyTable(Reftel::LibraryDatabase &from, Reftel::LibraryDatabase &to, const QString &table)
{
    const QSqlRecord source = from.database().record(table);
    const QSqlRecord target = to.database().record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i) {
        if (target.contains(source.fieldName(i)))
            columns.append(source.fieldName(i));
    }
    if (columns.isEmpty())
        return table + u": no columns in common"_s;
    QSqlQuery rows(from.database());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table))
        return table + u": "_s + rows.lastError().text();
    QSqlQuery insert(to.database());
    const QString placeholders = QStringList(columns.size(), u"?"_s).join(u", "_s);
    if (!insert.prepare(
            u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + placeholders + u')'))
        return table + u": "_s + insert.lastError().text();
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.addBindValue(rows.value(i));
        if (!insert.exec())
            return table + u": "_s + insert.lastError().text();
    }
    return {};
}

// The tsv column of a table from its text column, as the writer does.
inline QString fillTsv(Reftel::LibraryDatabase &library, const QString &table, const QString &key, const QString &text)
{
    QSqlQuery rows(library.database());
    if (!rows.exec(u"SELECT "_s + key + u", "_s + text + u" FROM "_s + table))
        return table + u": "_s + rows.lastError().text();
    QList<std::pair<QVariant, QString>> values;
    while (rows.next())
        values.append({ rows.value(0), rows.value(1).toString() });
    QSqlQuery update(library.database());
    update.prepare(u"UPDATE "_s + table + u" SET tsv = CAST(? AS tsvector) WHERE "_s + key + u" = ?"_s);
    for (const auto &[pk, content] : values) {
        update.addBindValue(Reftel::TsVectorText::fromText(content));
        update.addBindValue(pk);
        if (!update.exec())
            return table + u": "_s + update.lastError().text();
    }
    return {};
}

// The cables and what search joins them to; the user's data is the test's.
inline QString copyCables(Reftel::LibraryDatabase &from, Reftel::LibraryDatabase &to)
{
    for (const QString &table : { u"cables"_s, u"paragraphs"_s, u"cable_tags"_s, u"cable_references"_s }) {
        const QString error = copyTable(from, to, table);
        if (!error.isEmpty())
            return error;
    }
    // The keys were copied: the identity columns go on after them.
    QSqlQuery sequences(to.database());
    for (const QString &table : { u"cables"_s, u"paragraphs"_s }) {
        if (!sequences.exec(
                u"SELECT setval(pg_get_serial_sequence('"_s + table + u"', 'pk'), max(pk)) FROM "_s + table))
            return table + u": "_s + sequences.lastError().text();
    }
    const QString cables = fillTsv(to, u"cables"_s, u"pk"_s, u"subject"_s);
    return cables.isEmpty() ? fillTsv(to, u"paragraphs"_s, u"pk"_s, u"text"_s) : cables;
}
}
