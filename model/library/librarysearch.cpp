// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "librarydatabase.h"
#include "pgsearchsqlbuilder.h"
#include "searchsqlbuilder.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QDateTime readDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// The subject and the paragraph hits among the windows' rows, in SQL both
// engines read (PostgreSQL has no sum() of a comparison).
const QString SubjectCount = u"sum(CASE WHEN kind = 0 THEN 1 ELSE 0 END)"_s;
const QString ParagraphCount = u"sum(CASE WHEN kind = 1 THEN 1 ELSE 0 END)"_s;

bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error =
        QCoreApplication::translate("Reftel::LibrarySearch", "The search failed: %1").arg(query.lastError().text());
    return false;
}
}

LibrarySearch::LibrarySearch(LibraryDatabase &library)
    : m_library(library)
{
}

LibrarySearch::Result LibrarySearch::search(const QString &text, int limit, int offset) const
{
    return search(SearchQuery::parse(text), limit, offset);
}

LibrarySearch::Result LibrarySearch::search(const SearchQuery &query, int limit, int offset) const
{
    if (!query.isValid())
        return Result { {}, 0, false, query.errorString() };
    if (query.isEmpty())
        return {};
    return !query.hasWords() ? searchFilters(query, limit, offset) : searchText(query, limit, offset);
}

// The two halves of a text search, each its index's newest RankWindow hits
// ranked, and their bound values in order.
struct LibrarySearch::TextStatements
{
    QString subjects;
    QString paragraphs;
    QVariantList values;
};

struct LibrarySearch::RankedHit
{
    bool subject = false;
    qint64 pk = 0;
    double score = 0;
};

LibrarySearch::TextStatements LibrarySearch::textStatements(const SearchQuery &query) const
{
    if (m_library.isServer())
        return serverTextStatements(query);
    // Field filters become terms on the indexes' tokens columns where they
    // can: both the paragraph and the subject index carry the cable's search
    // tokens, so a filtered search never joins hits to their cables. The rest
    // are SQL conditions on the hit's cable (see SearchSqlBuilder::indexMatch()).
    const SearchSqlBuilder::IndexMatch match = SearchSqlBuilder(query).indexMatch(userTagNames(m_library));
    const bool join = !match.sqlConditions.isEmpty();
    const QString conditions = join ? u" AND "_s + match.sqlConditions.join(" AND "_L1) : QString();

    // Ranking is bounded: bm25 is computed for the RankWindow newest hits
    // only (FTS5 walks its index backwards by rowid and stops), so a word in
    // half the library costs what a word in RankWindow paragraphs costs.
    // Snippets come after, for one page: snippet() costs far more than bm25().
    const QString window = QString::number(RankWindow);
    // With one word or phrase, how rare it is would scale every score alike:
    // reftel_rank() is told to leave it out (see Fts5Ranking).
    const auto rank = [this, &query](const QString &table) {
        return m_library.rankFunction() + u'(' + table + u", 1.0, 0.0"_s
            + (m_library.hasOwnRanking() ? (query.phraseCount() > 1 ? u", 1)"_s : u", 0)"_s) : u")"_s);
    };
    TextStatements statements;
    statements.subjects = u"SELECT 0 AS kind, pk, score FROM (SELECT subjects_fts.rowid AS pk, "_s
        + rank(u"subjects_fts"_s) + u" * "_s + QString::number(SubjectWeight) + u" AS score FROM subjects_fts"_s
        + (join ? u" JOIN cables c ON c.pk = subjects_fts.rowid"_s : QString()) + u" WHERE subjects_fts MATCH ?"_s
        + conditions + u" ORDER BY subjects_fts.rowid DESC LIMIT "_s + window + u')';
    statements.paragraphs = u"SELECT 1 AS kind, pk, score FROM (SELECT paragraphs_fts.rowid AS pk, "_s
        + rank(u"paragraphs_fts"_s) + u" AS score FROM paragraphs_fts"_s
        + (join ? u" JOIN paragraphs p ON p.pk = paragraphs_fts.rowid JOIN cables c ON c.pk = p.cable_pk"_s : QString())
        + u" WHERE paragraphs_fts MATCH ?"_s + conditions + u" ORDER BY paragraphs_fts.rowid DESC LIMIT "_s + window
        + u')';
    statements.values = { match.subjects };
    statements.values += match.sqlValues;
    statements.values.append(match.paragraphs);
    statements.values += match.sqlValues;
    return statements;
}

// On PostgreSQL: the words as tsquery on the tsv columns (GIN), the filters
// as conditions on the hit's cable (a server has no filter tokens). Each
// half takes its newest RankWindow hits, as on SQLite, and ranks only those
// with ts_rank_cd() (cover density: words close together score higher),
// normalized by the log of the text's length as bm25 favours short texts;
// negated so that lower is better on both engines, subjects weighing
// SubjectWeight times a paragraph.
LibrarySearch::TextStatements LibrarySearch::serverTextStatements(const SearchQuery &query) const
{
    const QStringList userTags = userTagNames(m_library);
    const PgSearchSqlBuilder builder(query);
    QVariantList conditionValues;
    const QString conditions = builder.conditions(&conditionValues, &userTags);
    const bool join = conditions != "TRUE"_L1;
    const QString window = QString::number(RankWindow);
    const QString rank = u"-ts_rank_cd(tsv, CAST(? AS tsquery), "_s + QString::number(ServerRankNormalization) + u')';
    TextStatements statements;
    statements.subjects = u"SELECT 0 AS kind, pk, "_s + rank + u" * "_s + QString::number(SubjectWeight)
        + u" AS score FROM (SELECT c.pk, c.tsv FROM cables c WHERE c.tsv @@ CAST(? AS tsquery) AND "_s + conditions
        + u" ORDER BY c.pk DESC LIMIT "_s + window + u") s"_s;
    statements.paragraphs = u"SELECT 1 AS kind, pk, "_s + rank
        + u" AS score FROM (SELECT p.pk, p.tsv FROM paragraphs p"_s
        + (join ? u" JOIN cables c ON c.pk = p.cable_pk"_s : QString()) + u" WHERE p.tsv @@ CAST(? AS tsquery) AND "_s
        + conditions + u" ORDER BY p.pk DESC LIMIT "_s + window + u") h"_s;
    const QString words = builder.tsquery();
    for (int half = 0; half < 2; ++half) {
        statements.values.append(words); // the rank's
        statements.values.append(words); // the match's
        statements.values += conditionValues;
    }
    return statements;
}

LibrarySearch::Result LibrarySearch::searchText(const SearchQuery &query, int limit, int offset) const
{
    Result result;
    const QSqlDatabase db = m_library.database();
    const TextStatements statements = textStatements(query);
    const QString both = statements.subjects + u" UNION ALL "_s + statements.paragraphs;

    // One pass over the index: the page and the counts of the windows' hits
    // (window functions, computed before LIMIT) in one statement.
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(u"SELECT kind, pk, score, "_s + SubjectCount + u" OVER (), "_s + ParagraphCount
        + u" OVER () FROM ("_s + both + u") hits ORDER BY score, kind, pk LIMIT ? OFFSET ?"_s);
    if (!run(ranked, statements.values + QVariantList { limit, offset }, &result.error))
        return result;
    QList<RankedHit> page;
    qint64 subjectHits = -1;
    qint64 paragraphHits = -1;
    while (ranked.next()) {
        page.append(
            RankedHit { ranked.value(0).toInt() == 0, ranked.value(1).toLongLong(), ranked.value(2).toDouble() });
        subjectHits = ranked.value(3).toLongLong();
        paragraphHits = ranked.value(4).toLongLong();
    }
    ranked.finish();
    if (subjectHits < 0) {
        // A page past the end: count apart.
        QSqlQuery count(db);
        count.setForwardOnly(true);
        count.prepare(u"SELECT "_s + SubjectCount + u", "_s + ParagraphCount + u" FROM ("_s + both + u") hits"_s);
        if (!run(count, statements.values, &result.error))
            return result;
        if (count.next()) {
            subjectHits = count.value(0).toLongLong();
            paragraphHits = count.value(1).toLongLong();
        }
    }
    result.total = std::max<qint64>(subjectHits, 0) + std::max<qint64>(paragraphHits, 0);
    result.totalIsLowerBound = subjectHits >= RankWindow || paragraphHits >= RankWindow;
    readHits(page, query, &result);
    return result;
}

// The page's details by key, and its snippets made here from the query's
// words (see SnippetMaker): no second full-text lookup per hit. A failed
// lookup ends the page there, with the error.
void LibrarySearch::readHits(const QList<RankedHit> &page, const SearchQuery &query, Result *result) const
{
    const QSqlDatabase db = m_library.database();
    const SnippetMaker snippets(query.terms());
    QSqlQuery paragraphHit(db);
    paragraphHit.setForwardOnly(true);
    paragraphHit.prepare(u"SELECT c.id, p.anchor, p.number, c.subject, c.created, c.origin, c.classification, p.text"
                         " FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk WHERE p.pk = ?"_s);
    QSqlQuery subjectHit(db);
    subjectHit.setForwardOnly(true);
    subjectHit.prepare(u"SELECT c.id, '', 0, c.subject, c.created, c.origin, c.classification, c.subject"
                       " FROM cables c WHERE c.pk = ?"_s);
    for (const RankedHit &entry : page) {
        QSqlQuery &detail = entry.subject ? subjectHit : paragraphHit;
        if (!run(detail, { entry.pk }, &result->error))
            return;
        if (detail.next()) {
            Hit hit;
            hit.kind = entry.subject ? HitKind::Subject : HitKind::Paragraph;
            hit.cableId = detail.value(0).toString();
            hit.anchor = detail.value(1).toString();
            hit.paragraphNumber = detail.value(2).toInt();
            hit.subject = detail.value(3).toString();
            hit.created = readDateTime(detail.value(4));
            hit.origin = detail.value(5).toString();
            hit.classification = detail.value(6).toString();
            const QString text = detail.value(7).toString();
            hit.snippet = entry.subject ? snippets.highlight(text) : snippets.snippet(text, SnippetTokens);
            hit.rank = entry.score;
            result->hits.append(hit);
        }
        detail.finish();
    }
}

LibrarySearch::Result LibrarySearch::searchFilters(const SearchQuery &query, int limit, int offset) const
{
    Result result;
    QVariantList values;
    const QStringList userTags = userTagNames(m_library);
    const QString conditions = m_library.isServer() ? PgSearchSqlBuilder(query).conditions(&values, &userTags)
                                                    : SearchSqlBuilder(query).conditions(&values, &userTags);
    const QSqlDatabase db = m_library.database();

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT c.id, c.subject, c.created, c.origin, c.classification FROM cables c WHERE "_s + conditions
        + u" ORDER BY c.created DESC, c.id LIMIT ? OFFSET ?"_s);
    if (!run(rows, values + QVariantList { limit, offset }, &result.error))
        return result;
    while (rows.next()) {
        Hit hit;
        hit.kind = HitKind::Cable;
        hit.cableId = rows.value(0).toString();
        hit.subject = rows.value(1).toString();
        hit.snippet = hit.subject;
        hit.created = readDateTime(rows.value(2));
        hit.origin = rows.value(3).toString();
        hit.classification = rows.value(4).toString();
        result.hits.append(hit);
    }

    QSqlQuery count(db);
    count.setForwardOnly(true);
    count.prepare(u"SELECT count(*) FROM (SELECT 1 FROM cables c WHERE "_s + conditions + u" LIMIT "_s
        + QString::number(CountLimit + 1) + u") found"_s);
    if (!run(count, values, &result.error))
        return result;
    if (count.next())
        result.total = count.value(0).toLongLong();
    if (result.total > CountLimit) {
        result.total = CountLimit;
        result.totalIsLowerBound = true;
    }
    return result;
}

QStringList LibrarySearch::userTagNames(LibraryDatabase &library)
{
    QStringList names;
    QSqlQuery query(library.database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT lower(name) FROM user_tags"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QString LibrarySearch::snippetToHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped().replace(QChar(HighlightStart), "<b>"_L1).replace(QChar(HighlightEnd), "</b>"_L1);
}
}
