// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableindexer.h"

#include "librarydatabase.h"
#include "storeerror.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// The new rows of the subject index; a library of schema 2 indexes no tokens.
QString newSubjects(bool withTokens)
{
    return withTokens
        ? u"INSERT INTO subjects_fts (rowid, subject, tokens) SELECT pk, subject, search_tokens FROM cables"
          " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s
        : u"INSERT INTO subjects_fts (rowid, subject) SELECT pk, subject FROM cables"
          " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s;
}
}

CableIndexer::CableIndexer(LibraryDatabase &library, StoreError &error)
    : m_library(library)
    , m_error(error)
    , m_server(library.isServer())
{
    if (m_server)
        return;
    QSqlQuery columns(library.database());
    if (columns.exec(u"SELECT 1 FROM pragma_table_info('subjects_fts') WHERE name = 'tokens'"_s))
        m_subjectsHaveTokens = columns.next();
}

bool CableIndexer::inTransaction(const std::function<bool()> &work)
{
    if (!m_error.execSql(u"BEGIN IMMEDIATE"_s))
        return false;
    if (!work() || !m_error.execSql(u"COMMIT"_s)) {
        const StoreError::Keep cause(m_error);
        m_error.execSql(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

bool CableIndexer::indexPending(const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (m_server)
        return true;
    // First the cables filled again (their paragraphs that were indexed
    // before, taken out then), then the new rows in steps of pk ranges: the
    // state advances with each committed step (see fts_state).
    const bool reindexed = inTransaction([this] {
        return m_error.execSql(
                   u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
                   " WHERE cable_pk IN (SELECT cable_pk FROM fts_reindex)"
                   " AND pk <= (SELECT paragraphs_up_to FROM fts_state)"_s)
            && indexSubjects();
    });
    return reindexed && indexSteps(progress);
}

// The paragraphs stored since the last indexing, a step at a time.
bool CableIndexer::indexSteps(const std::function<void(qint64 done, qint64 total)> &progress)
{
    QSqlQuery range(m_library.database());
    if (!range.exec(u"SELECT (SELECT paragraphs_up_to FROM fts_state), coalesce((SELECT max(pk) FROM paragraphs), 0)"_s)
        || !range.next()) {
        m_error.readFailed(range);
        return false;
    }
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();
    constexpr qint64 step = 50000; // paragraphs: a few seconds each
    for (qint64 from = first; from < last; from += step) {
        if (progress)
            progress(from - first, last - first);
        const qint64 to = std::min(last, from + step);
        const bool ok = inTransaction([this, from, to] {
            QSqlQuery insert(m_library.database());
            insert.prepare(
                u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
                " WHERE pk > ? AND pk <= ?"_s);
            insert.addBindValue(from);
            insert.addBindValue(to);
            QSqlQuery state(m_library.database());
            state.prepare(u"UPDATE fts_state SET paragraphs_up_to = max(paragraphs_up_to, ?)"_s);
            state.addBindValue(to);
            return m_error.exec(insert) && m_error.exec(state);
        });
        if (!ok)
            return false;
    }
    if (progress)
        progress(last - first, last - first);
    return true;
}

bool CableIndexer::indexNew()
{
    if (m_server)
        return true;
    // The rows stored since the last commit and the cables filled again, in
    // one statement per index (see fts_state in schemamigrations.cpp).
    return m_error.execSql(
               u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
               " WHERE pk > (SELECT paragraphs_up_to FROM fts_state)"
               " OR cable_pk IN (SELECT cable_pk FROM fts_reindex)"_s)
        && m_error.execSql(u"UPDATE fts_state SET"
                           " paragraphs_up_to = max(paragraphs_up_to, coalesce((SELECT max(pk) FROM paragraphs), 0))"_s)
        && indexSubjects();
}

// After the paragraphs: the cables filled again are indexed, and the new
// subjects are.
bool CableIndexer::indexSubjects()
{
    return m_error.execSql(u"DELETE FROM fts_reindex"_s) && m_error.execSql(newSubjects(m_subjectsHaveTokens))
        && m_error.execSql(u"UPDATE fts_state SET"
                           " subjects_up_to = max(subjects_up_to, coalesce((SELECT max(pk) FROM cables), 0))"_s);
}

}
