// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvagecopier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QStringList columns(const QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery query(db);
    QStringList names;
    if (query.exec(u"SELECT name FROM pragma_table_info('"_s + table + u"', '"_s + schema + u"')"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

// Copies the rows a SELECT gives, one by one, until it ends or fails;
// returns false on a failure, with *lastKey the last key read.
bool copyRows(QSqlQuery &select, QSqlQuery &insert, int columnCount, qint64 *copied, qint64 *lastKey)
{
    if (!select.exec())
        return false;
    while (select.next()) {
        *lastKey = select.value(0).toLongLong();
        for (int i = 0; i < columnCount; ++i)
            insert.addBindValue(select.value(i + 1));
        if (insert.exec())
            ++*copied;
    }
    return !select.lastError().isValid();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}
}

SalvageCopier::SalvageCopier(const QSqlDatabase &from, const QSqlDatabase &to)
    : m_old(from)
    , m_db(to)
{
}

LibrarySalvage::Table SalvageCopier::byRowid(const QString &table)
{
    LibrarySalvage::Table result { table, 0, 0 };
    const QStringList shared = sharedColumns(table);
    if (shared.isEmpty())
        return result;
    const QString list = shared.join(u", "_s);
    QSqlQuery select(m_old);
    select.setForwardOnly(true);
    select.prepare(u"SELECT rowid, "_s + list + u" FROM "_s + table + u" WHERE rowid > ? ORDER BY rowid LIMIT 1000"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT OR IGNORE INTO main."_s + table + u" ("_s + list + u") VALUES ("_s
        + placeholders(shared.size()) + u')');
    qint64 last = std::numeric_limits<qint64>::min();
    while (true) {
        qint64 key = last;
        select.addBindValue(last);
        const bool ok = copyRows(select, insert, int(shared.size()), &result.copied, &key);
        select.finish();
        if (ok && key == last)
            return result; // the end
        if (ok) {
            last = key;
            continue;
        }
        // A stretch that cannot be read: step over it, further each time.
        ++result.unreadable;
        last = skipFrom(table, std::max(key, last));
        if (last == std::numeric_limits<qint64>::max())
            return result;
    }
}

LibrarySalvage::Table SalvageCopier::byParent(const ChildTable &child)
{
    LibrarySalvage::Table result { child.name, 0, 0 };
    const QStringList shared = sharedColumns(child.name);
    if (shared.isEmpty())
        return result;
    const QString list = shared.join(u", "_s);
    QSqlQuery parents(m_db);
    parents.setForwardOnly(true);
    QList<qint64> keys;
    if (parents.exec(u"SELECT "_s + child.parentKey + u" FROM main."_s + child.parent)) {
        while (parents.next())
            keys.append(parents.value(0).toLongLong());
    }
    QSqlQuery select(m_old);
    select.setForwardOnly(true);
    select.prepare(
        u"SELECT "_s + child.key + u", "_s + list + u" FROM "_s + child.name + u" WHERE "_s + child.key + u" = ?"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT OR IGNORE INTO main."_s + child.name + u" ("_s + list + u") VALUES ("_s
        + placeholders(shared.size()) + u')');
    for (const qint64 key : std::as_const(keys)) {
        qint64 last = 0;
        select.addBindValue(key);
        if (!copyRows(select, insert, int(shared.size()), &result.copied, &last))
            ++result.unreadable;
        select.finish();
    }
    return result;
}

QStringList SalvageCopier::sharedColumns(const QString &table) const
{
    const QStringList theirs = columns(m_old, u"main"_s, table);
    QStringList shared;
    for (const QString &name : columns(m_db, u"main"_s, table)) {
        if (theirs.contains(name))
            shared.append(name);
    }
    return shared;
}

// The first rowid after `from` whose part of the table can be read,
// found in growing steps; max() when nothing after it can be read.
qint64 SalvageCopier::skipFrom(const QString &table, qint64 from) const
{
    QSqlQuery probe(m_old);
    probe.setForwardOnly(true);
    probe.prepare(u"SELECT rowid FROM "_s + table + u" WHERE rowid > ? ORDER BY rowid LIMIT 1"_s);
    for (qint64 step = 1; step < (qint64(1) << 62); step *= 2) {
        const qint64 at =
            from > std::numeric_limits<qint64>::max() - step ? std::numeric_limits<qint64>::max() : from + step;
        probe.addBindValue(at);
        if (probe.exec()) {
            const bool row = probe.next();
            if (!probe.lastError().isValid())
                return row ? probe.value(0).toLongLong() - 1 : std::numeric_limits<qint64>::max();
        }
        probe.finish();
    }
    return std::numeric_limits<qint64>::max();
}
}
