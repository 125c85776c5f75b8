// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysalvage.h"

#include "librarydatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Tables with a rowid, parents first: read in rowid order.
const QStringList rowidTables { u"cables"_s, u"cable_texts"_s, u"cable_references"_s, u"paragraphs"_s,
    u"resolution_queue"_s, u"user_tags"_s, u"annotations"_s, u"annotation_drafts"_s };
// Tables without one, read by their parent's key: table, key column, parent table, parent key.
struct ChildTable
{
    QString name;
    QString key;
    QString parent;
    QString parentKey;
};
const QList<ChildTable> childTables {
    { u"cable_sources"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"recipients"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"cable_tags"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"sections"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"dedup_entries"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"parse_warnings"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"cable_user_tags"_s, u"tag_id"_s, u"user_tags"_s, u"id"_s },
    { u"annotation_tags"_s, u"annotation_id"_s, u"annotations"_s, u"id"_s },
};

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

// Reads through one connection, writes through another: a transaction
// that has met damage in a file can no longer commit, so the damaged file
// is never part of the one that writes.
class Copier
{
public:
    Copier(const QSqlDatabase &from, const QSqlDatabase &to)
        : m_old(from)
        , m_db(to)
    {
    }

    LibrarySalvage::Table byRowid(const QString &table)
    {
        LibrarySalvage::Table result { table, 0, 0 };
        const QStringList shared = sharedColumns(table);
        if (shared.isEmpty())
            return result;
        const QString list = shared.join(u", "_s);
        QSqlQuery select(m_old);
        select.setForwardOnly(true);
        select.prepare(
            u"SELECT rowid, "_s + list + u" FROM "_s + table + u" WHERE rowid > ? ORDER BY rowid LIMIT 1000"_s);
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

    LibrarySalvage::Table byParent(const ChildTable &child)
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
        select.prepare(u"SELECT "_s + child.key + u", "_s + list + u" FROM "_s + child.name + u" WHERE "_s + child.key
            + u" = ?"_s);
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

private:
    QStringList sharedColumns(const QString &table) const
    {
        const QStringList theirs = columns(m_old, u"main"_s, table);
        QStringList shared;
        for (const QString &name : columns(m_db, u"main"_s, table)) {
            if (theirs.contains(name))
                shared.append(name);
        }
        return shared;
    }

    static QString placeholders(qsizetype n)
    {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks.append(u"?"_s);
        return marks.join(u", "_s);
    }

    // The first rowid after `from` whose part of the table can be read,
    // found in growing steps; max() when nothing after it can be read.
    qint64 skipFrom(const QString &table, qint64 from)
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

    QSqlDatabase m_old;
    QSqlDatabase m_db;
};
}

qint64 LibrarySalvage::Report::copied(const QString &table) const
{
    for (const Table &entry : tables) {
        if (entry.name == table)
            return entry.copied;
    }
    return 0;
}

int LibrarySalvage::Report::unreadableStretches() const
{
    int n = 0;
    for (const Table &entry : tables)
        n += entry.unreadable;
    return n;
}

QString LibrarySalvage::suggestedPath(const QString &damagedPath)
{
    const QFileInfo info(damagedPath);
    QString candidate = info.absoluteDir().filePath(info.completeBaseName() + u"-salvaged.sqlite"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            info.absoluteDir().filePath(info.completeBaseName() + u"-salvaged-"_s + QString::number(n) + u".sqlite"_s);
    return candidate;
}

LibrarySalvage::Report LibrarySalvage::salvage(const QString &damagedPath, const QString &newPath)
{
    Report report;
    if (!QFileInfo::exists(damagedPath)) {
        report.error = tr("%1 does not exist.").arg(damagedPath);
        return report;
    }
    if (QFileInfo::exists(newPath)) {
        report.error = tr("%1 exists already; the salvaged copy goes into a new file.").arg(newPath);
        return report;
    }
    {
        LibraryDatabase fresh; // the current schema, empty
        if (!fresh.open(newPath)) {
            report.error = fresh.errorString();
            return report;
        }
    }
    const QString name = u"reftel-salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString oldName = name + u"-damaged"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(newPath);
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, oldName);
        damaged.setDatabaseName(damagedPath);
        // Read-only: nothing of the damaged file is ever written.
        damaged.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery probe(damaged);
        if (!db.open() || !damaged.open() || !probe.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
            report.error =
                tr("%1 cannot be read at all: %2")
                    .arg(damagedPath, damaged.isOpen() ? probe.lastError().text() : damaged.lastError().text());
        } else {
            probe.finish();
            QSqlQuery query(db);
            db.transaction();
            Copier copier(damaged, db);
            for (const QString &table : rowidTables)
                report.tables.append(copier.byRowid(table));
            for (const ChildTable &child : childTables)
                report.tables.append(copier.byParent(child));
            // What lost its parent goes; the indexes are made from what is left.
            for (const QString &sql : {
                     u"DELETE FROM cable_texts WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM paragraphs WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM cable_references WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM resolution_queue WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"UPDATE user_tags SET parent = NULL WHERE parent NOT IN (SELECT id FROM user_tags)"_s,
                     u"DELETE FROM fts_reindex"_s,
                     u"INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')"_s,
                     u"INSERT INTO subjects_fts (subjects_fts) VALUES ('rebuild')"_s,
                     u"INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')"_s,
                     u"UPDATE fts_state SET paragraphs_up_to = coalesce((SELECT max(pk) FROM paragraphs), 0),"
                     " subjects_up_to = coalesce((SELECT max(pk) FROM cables), 0)"_s,
                 }) {
                if (!query.exec(sql) && report.error.isEmpty())
                    report.error =
                        tr("The salvaged copy %1 could not be finished: %2").arg(newPath, query.lastError().text());
            }
            query.finish();
            if (!db.commit() && report.error.isEmpty())
                report.error = tr("The salvaged copy %1 could not be written: %2").arg(newPath, db.lastError().text());
        }
        probe.finish();
        damaged.close();
        db.close();
    }
    QSqlDatabase::removeDatabase(oldName);
    QSqlDatabase::removeDatabase(name);
    return report;
}
}
