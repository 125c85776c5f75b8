// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopier.h"

#include "cablewriter.h"
#include "librarydatabase.h"
#include "tsvectortext.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// The user's own data, copied first, whole: the tags (parents before their
// children), the tags on whole cables and the drafts.
// The column whose words a server's tsv holds, as the writer and the
// annotation store give them.
QString searchedColumn(const QString &table)
{
    if (table == u"cables"_s)
        return u"subject"_s;
    if (table == u"paragraphs"_s)
        return u"text"_s;
    if (table == u"annotations"_s)
        return u"note"_s;
    return {};
}

const QStringList userTables { u"user_tags"_s, u"cable_user_tags"_s, u"annotation_drafts"_s };
// Then the annotations, with their tags, by id.
const QStringList annotationTables { u"annotations"_s, u"annotation_tags"_s };
// Then a cable's rows in every table, by the cable's pk (cable_pk in all but the first).
const QStringList cableTables { u"cables"_s, u"cable_texts"_s, u"cable_sources"_s, u"recipients"_s, u"cable_tags"_s,
    u"cable_references"_s, u"sections"_s, u"paragraphs"_s, u"dedup_entries"_s, u"parse_warnings"_s,
    u"resolution_queue"_s };

// The file, or a team library's address without its password.
QString libraryName(const LibraryDatabase &library)
{
    return library.path();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

// Tags by depth, so a parent is always there before its children (a tag
// moved under one made later has a larger id than its parent).
QString tagsInTreeOrder(const QString &columns)
{
    return u"WITH RECURSIVE tree (tag, depth) AS (SELECT id, 0 FROM user_tags WHERE parent IS NULL"
           " UNION ALL SELECT t.id, tree.depth + 1 FROM user_tags t JOIN tree ON t.parent = tree.tag)"
           " SELECT "_s
        + columns + u" FROM user_tags t JOIN tree ON tree.tag = t.id ORDER BY tree.depth, t.id"_s;
}
}

qint64 LibraryCopier::Result::count(const QString &table, bool target) const
{
    for (const TableCount &c : counts) {
        if (c.table == table)
            return target ? c.target : c.source;
    }
    return 0;
}

LibraryCopier::LibraryCopier(LibraryDatabase &from, LibraryDatabase &to)
    : m_from(from)
    , m_to(to)
    , m_source(from.database())
    , m_target(to.database())
{
}

QStringList LibraryCopier::tables()
{
    return userTables + annotationTables + cableTables;
}

bool LibraryCopier::holdsData(LibraryDatabase &library)
{
    QSqlQuery query(library.database());
    for (const QString &table :
        { u"cables"_s, u"annotations"_s, u"user_tags"_s, u"cable_user_tags"_s, u"annotation_drafts"_s }) {
        if (!query.exec(u"SELECT 1 FROM "_s + table + u" LIMIT 1"_s) || query.next())
            return true; // what cannot be read is not taken for empty
    }
    return false;
}

QString LibraryCopier::describe(const QList<TableCount> &counts, bool target)
{
    const QLocale locale;
    QStringList parts;
    for (const TableCount &c : counts)
        parts << u"%1 %2"_s.arg(c.table, locale.toString(target ? c.target : c.source));
    return parts.join(u", "_s);
}

LibraryCopier::Result LibraryCopier::copy(bool replace)
{
    Result result;
    m_done = 0;
    m_total = 0;
    m_stopped = false;
    if (!prepare(replace, result))
        return result;
    const bool copied = copyTags(result)
        && copyKeyed(u"annotations"_s, u"id"_s, u"annotation_id"_s, annotationTables.mid(1), result)
        && copyCables(result);
    // The snapshot was only read.
    m_source.rollback();
    result.cancelled = copied && m_stopped;
    if (!finishTarget(copied && !m_stopped) && copied)
        fail(result, m_error);
    if (!countAll(result) && result.error.isEmpty())
        fail(result, m_error);
    if (!copied || !result.error.isEmpty() || result.cancelled)
        return result;
    result.completed = std::all_of(
        result.counts.cbegin(), result.counts.cend(), [](const TableCount &c) { return c.source == c.target; });
    if (!result.completed)
        result.error = tr("The copy of %1 in %2 does not hold what the library held: %3")
                           .arg(libraryName(m_from), libraryName(m_to), describe(result.counts));
    return result;
}

bool LibraryCopier::prepare(bool replace, Result &result)
{
    if (!m_from.isOpen() || !m_to.isOpen())
        return fail(result, tr("Both libraries must be open to copy one into the other."));
    if (m_from.isServer() == m_to.isServer() && libraryName(m_from) == libraryName(m_to))
        return fail(result, tr("%1 cannot be copied into itself.").arg(libraryName(m_from)));
    const QStringList targetTables = m_target.tables();
    for (const QString &table : tables()) {
        if (!targetTables.contains(table))
            return fail(result,
                tr("%1 has no table %2: it is no Reftel library of this version.").arg(libraryName(m_to), table));
    }
    if (holdsData(m_to)) {
        if (!replace)
            return fail(
                result, tr("%1 is not empty: it already holds cables, tags or annotations.").arg(libraryName(m_to)));
        if (!clearTarget())
            return fail(result, m_error);
    }
    // One snapshot of the source for the whole copy and its counts.
    QSqlQuery query(m_source);
    if (!m_source.transaction()
        || (m_from.isServer() && !query.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s)))
        return fail(result,
            tr("Cannot read %1: %2").arg(libraryName(m_from), m_source.lastError().text() + query.lastError().text()));
    for (const QString &table : tables()) {
        if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
            m_source.rollback();
            return fail(result, tr("Cannot read %1: %2").arg(libraryName(m_from), query.lastError().text()));
        }
        m_total += query.value(0).toLongLong();
    }
    return true;
}

bool LibraryCopier::clearTarget()
{
    if (!m_target.transaction())
        return targetFail(m_target.lastError().text());
    QSqlQuery query(m_target);
    QStringList statements;
    if (m_to.isServer()) {
        statements << u"TRUNCATE "_s + tables().join(u", "_s);
    } else {
        // The full-text bookkeeping first: with nothing marked indexed, the
        // cables' triggers take nothing out of the index row by row, and the
        // index is emptied at once after.
        statements << u"UPDATE fts_state SET paragraphs_up_to = 0, subjects_up_to = 0"_s;
        QStringList reversed = tables();
        std::reverse(reversed.begin(), reversed.end());
        for (const QString &table : std::as_const(reversed))
            statements << u"DELETE FROM "_s + table;
        statements << u"DELETE FROM fts_reindex"_s
                   << u"INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('delete-all')"_s
                   << u"INSERT INTO subjects_fts (subjects_fts) VALUES ('delete-all')"_s;
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString problem = query.lastError().text();
            m_target.rollback();
            return targetFail(problem);
        }
    }
    return m_target.commit() || targetFail(m_target.lastError().text());
}

bool LibraryCopier::copyTags(Result &result)
{
    if (!m_target.transaction())
        return fail(result, tr("Cannot write to %1: %2").arg(libraryName(m_to), m_target.lastError().text()));
    qint64 rows = 0;
    for (const QString &table : userTables) {
        const QStringList columns = sharedColumns(table);
        QStringList qualified;
        for (const QString &column : columns)
            qualified << u"t."_s + column;
        const QString select = table == u"user_tags"_s
            ? tagsInTreeOrder(qualified.join(u", "_s))
            : u"SELECT "_s + qualified.join(u", "_s) + u" FROM "_s + table + u" t"_s;
        const qint64 copied = copyRows(table, select, {});
        if (copied < 0) {
            m_target.rollback();
            return fail(result, m_error);
        }
        rows += copied;
    }
    if (!m_target.commit())
        return fail(result, tr("Cannot write to %1: %2").arg(libraryName(m_to), m_target.lastError().text()));
    step(rows);
    return true;
}

bool LibraryCopier::copyCables(Result &result)
{
    return copyKeyed(u"cables"_s, u"pk"_s, u"cable_pk"_s, cableTables.mid(1), result);
}

// Batches of the parent's keys (the next N after the last one copied), each
// with its children's rows, one transaction each.
bool LibraryCopier::copyKeyed(
    const QString &table, const QString &key, const QString &childKey, const QStringList &children, Result &result)
{
    const int batch = table == u"cables"_s ? m_batchCables : m_batchCables * 10;
    QSqlQuery next(m_source);
    next.prepare(u"SELECT min(%2), max(%2), count(*) FROM (SELECT %2 FROM %1 WHERE %2 > ? ORDER BY %2 LIMIT %3) batch"_s
            .arg(table, key)
            .arg(batch));
    qint64 last = -1; // keys start at 1 on both engines
    while (!m_stopped) {
        next.addBindValue(last);
        if (!next.exec() || !next.next())
            return fail(result, tr("Cannot read %1: %2").arg(libraryName(m_from), next.lastError().text()));
        if (next.value(2).toLongLong() == 0)
            return true;
        const QVariantList range { next.value(0), next.value(1) };
        last = next.value(1).toLongLong();
        next.finish();
        if (!m_target.transaction())
            return fail(result, tr("Cannot write to %1: %2").arg(libraryName(m_to), m_target.lastError().text()));
        qint64 rows = 0;
        for (const QString &name : QStringList { table } + children) {
            const QString foreign = name == table ? key : childKey;
            const QString select = u"SELECT "_s + sharedColumns(name).join(u", "_s) + u" FROM "_s + name + u" WHERE "_s
                + foreign + u" BETWEEN ? AND ? ORDER BY "_s + foreign;
            const qint64 copied = copyRows(name, select, range);
            if (copied < 0) {
                m_target.rollback();
                return fail(result, m_error);
            }
            rows += copied;
        }
        if (!m_target.commit())
            return fail(result, tr("Cannot write to %1: %2").arg(libraryName(m_to), m_target.lastError().text()));
        step(rows);
    }
    return true;
}

// The rows select gives, inserted into table in the target: how many, or -1
// with m_error set.
qint64 LibraryCopier::copyRows(const QString &table, const QString &select, const QVariantList &values)
{
    const QStringList columns = sharedColumns(table);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (!read.prepare(select)) {
        m_error = tr("Cannot read the table %1 of %2: %3").arg(table, libraryName(m_from), read.lastError().text());
        return -1;
    }
    for (const QVariant &value : values)
        read.addBindValue(value);
    if (!read.exec()) {
        m_error = tr("Cannot read the table %1 of %2: %3").arg(table, libraryName(m_from), read.lastError().text());
        return -1;
    }
    // A server's search words are the writer's (TsVectorText of the subject
    // and of each paragraph's text), so a copied library finds what an
    // imported one does.
    const qsizetype wordsFrom = m_to.isServer() ? columns.indexOf(searchedColumn(table)) : -1;
    const QStringList written = wordsFrom >= 0 ? columns + QStringList { u"tsv"_s } : columns;
    QSqlQuery write(m_target);
    if (!write.prepare(u"INSERT INTO "_s + table + u" ("_s + written.join(u", "_s) + u") VALUES ("_s
            + placeholders(written.size()) + u')')) {
        m_error = tr("Cannot write the table %1 of %2: %3").arg(table, libraryName(m_to), write.lastError().text());
        return -1;
    }
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.addBindValue(read.value(i));
        if (wordsFrom >= 0)
            write.addBindValue(TsVectorText::fromText(read.value(int(wordsFrom)).toString()));
        if (!write.exec()) {
            m_error = tr("Cannot write the table %1 of %2: %3").arg(table, libraryName(m_to), write.lastError().text());
            return -1;
        }
        ++rows;
    }
    if (read.lastError().isValid()) {
        m_error = tr("Cannot read the table %1 of %2: %3").arg(table, libraryName(m_from), read.lastError().text());
        return -1;
    }
    return rows;
}

// After the rows: a server's key generators continue after the copied keys;
// a stopped copy's references to cables it lacks become missing; a file's
// search index takes the new rows.
bool LibraryCopier::finishTarget(bool complete)
{
    QSqlQuery query(m_target);
    if (m_to.isServer()) {
        for (const QString &table : tables()) {
            const QSqlRecord record = m_target.record(table);
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (!query.exec(u"SELECT pg_get_serial_sequence('%1', '%2')"_s.arg(table, column)) || !query.next())
                    return targetFail(query.lastError().text());
                const QString sequence = query.value(0).toString();
                if (sequence.isEmpty())
                    continue;
                if (!query.exec(u"SELECT setval('%1', (SELECT coalesce(max(%2), 0) + 1 FROM %3), false)"_s.arg(
                        sequence, column, table)))
                    return targetFail(query.lastError().text());
            }
        }
    }
    // A stopped copy: a reference whose target it did not receive says so,
    // as the resolver writes a missing reference (the cited id kept).
    if (!complete
        && !query.exec(u"UPDATE cable_references SET state = 'missing', target_id = NULL, score = NULL, reason = NULL"
                       " WHERE state IN ('resolved', 'probable') AND target_id IS NOT NULL"
                       " AND target_id NOT IN (SELECT id FROM cables)"_s))
        return targetFail(query.lastError().text());
    // A server indexes its rows as they come (GIN); a file's FTS5 index takes the
    // rows above what it has indexed, here all of them.
    if (m_to.isServer())
        return true;
    CableWriter &writer = m_to.cableWriter();
    return writer.indexPending() || targetFail(writer.errorString());
}

bool LibraryCopier::countAll(Result &result)
{
    result.counts.clear();
    QSqlQuery source(m_source);
    QSqlQuery target(m_target);
    bool ok = true;
    for (const QString &table : tables()) {
        TableCount count { table, -1, -1 };
        if (source.exec(u"SELECT count(*) FROM "_s + table) && source.next())
            count.source = source.value(0).toLongLong();
        else
            ok = false;
        if (target.exec(u"SELECT count(*) FROM "_s + table) && target.next())
            count.target = target.value(0).toLongLong();
        else
            ok = false;
        result.counts << count;
    }
    if (!ok)
        m_error = tr("Cannot count the rows of %1 and %2: %3")
                      .arg(libraryName(m_from), libraryName(m_to),
                          source.lastError().text() + u' ' + target.lastError().text());
    return ok;
}

QStringList LibraryCopier::sharedColumns(const QString &table) const
{
    const QSqlRecord source = m_source.record(table);
    const QSqlRecord target = m_target.record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i) {
        // tsv is a server's: written from the row's text (copyRows()), or by the server's trigger.
        if (target.contains(source.fieldName(i)) && source.fieldName(i) != u"tsv"_s)
            columns << source.fieldName(i);
    }
    return columns;
}

bool LibraryCopier::step(qint64 rows)
{
    m_done += rows;
    if (m_progress && !m_progress(m_done, m_total))
        m_stopped = true;
    return !m_stopped;
}

bool LibraryCopier::fail(Result &result, const QString &problem)
{
    if (result.error.isEmpty())
        result.error = problem;
    return false;
}

bool LibraryCopier::targetFail(const QString &problem)
{
    m_error = tr("Cannot write to %1: %2").arg(libraryName(m_to), problem);
    return false;
}
}
