// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "librarydatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::LibrarySearch", text);
}

QDateTime readDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = tr("The search failed: %1").arg(query.lastError().text());
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
        return Result { {}, 0, query.errorString() };
    if (query.isEmpty())
        return {};
    return query.ftsMatch().isEmpty() ? searchFilters(query, limit, offset) : searchText(query, limit, offset);
}

LibrarySearch::Result LibrarySearch::searchText(const SearchQuery &query, int limit, int offset) const
{
    Result result;
    QVariantList filterValues;
    const QString conditions = query.sqlConditions(&filterValues);
    const bool filtered = !filterValues.isEmpty();
    const QString match = query.ftsMatch();

    // Ranking first, without snippets: snippet() costs far more than bm25()
    // and is needed for one page only. The joins to cables are made only
    // when a filter needs them.
    const QString subjects = u"SELECT 0 AS kind, subjects_fts.rowid AS pk, bm25(subjects_fts) * "_s
        + QString::number(SubjectWeight) + u" AS score FROM subjects_fts"_s
        + (filtered ? u" JOIN cables c ON c.pk = subjects_fts.rowid"_s : QString()) + u" WHERE subjects_fts MATCH ?"_s
        + (filtered ? u" AND "_s + conditions : QString());
    const QString paragraphs = u"SELECT 1 AS kind, paragraphs_fts.rowid AS pk, bm25(paragraphs_fts) AS score"
                               " FROM paragraphs_fts"_s
        + (filtered ? u" JOIN paragraphs p ON p.pk = paragraphs_fts.rowid JOIN cables c ON c.pk = p.cable_pk"_s
                    : QString())
        + u" WHERE paragraphs_fts MATCH ?"_s + (filtered ? u" AND "_s + conditions : QString());
    QVariantList values { match };
    values += filterValues;
    values.append(match);
    values += filterValues;

    const QSqlDatabase db = m_library.database();
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(u"SELECT kind, pk, score FROM ("_s + subjects + u" UNION ALL "_s + paragraphs
        + u") ORDER BY score, kind, pk LIMIT ? OFFSET ?"_s);
    if (!run(ranked, values + QVariantList { limit, offset }, &result.error))
        return result;
    struct Ranked
    {
        bool subject;
        qint64 pk;
        double score;
    };
    QList<Ranked> page;
    while (ranked.next())
        page.append(Ranked { ranked.value(0).toInt() == 0, ranked.value(1).toLongLong(), ranked.value(2).toDouble() });
    ranked.finish();

    QSqlQuery count(db);
    count.setForwardOnly(true);
    count.prepare(
        u"SELECT (SELECT count(*) FROM ("_s + subjects + u")) + (SELECT count(*) FROM ("_s + paragraphs + u"))"_s);
    if (!run(count, values, &result.error))
        return result;
    if (count.next())
        result.total = count.value(0).toLongLong();
    count.finish();

    QSqlQuery paragraphHit(db);
    paragraphHit.setForwardOnly(true);
    paragraphHit.prepare(u"SELECT c.id, p.anchor, p.number, c.subject, c.created, c.origin, c.classification,"
                         " snippet(paragraphs_fts, 0, char(2), char(3), char(8230), 24)"
                         " FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid"
                         " JOIN cables c ON c.pk = p.cable_pk"
                         " WHERE paragraphs_fts MATCH ? AND paragraphs_fts.rowid = ?"_s);
    QSqlQuery subjectHit(db);
    subjectHit.setForwardOnly(true);
    subjectHit.prepare(u"SELECT c.id, '', 0, c.subject, c.created, c.origin, c.classification,"
                       " highlight(subjects_fts, 0, char(2), char(3))"
                       " FROM subjects_fts JOIN cables c ON c.pk = subjects_fts.rowid"
                       " WHERE subjects_fts MATCH ? AND subjects_fts.rowid = ?"_s);
    for (const Ranked &entry : std::as_const(page)) {
        QSqlQuery &detail = entry.subject ? subjectHit : paragraphHit;
        if (!run(detail, { match, entry.pk }, &result.error))
            return result;
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
            hit.snippet = detail.value(7).toString();
            hit.rank = entry.score;
            result.hits.append(hit);
        }
        detail.finish();
    }
    return result;
}

LibrarySearch::Result LibrarySearch::searchFilters(const SearchQuery &query, int limit, int offset) const
{
    Result result;
    QVariantList values;
    const QString conditions = query.sqlConditions(&values);
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
    count.prepare(u"SELECT count(*) FROM cables c WHERE "_s + conditions);
    if (!run(count, values, &result.error))
        return result;
    if (count.next())
        result.total = count.value(0).toLongLong();
    return result;
}

QString LibrarySearch::snippetToHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped().replace(QChar(HighlightStart), "<b>"_L1).replace(QChar(HighlightEnd), "</b>"_L1);
}
}
