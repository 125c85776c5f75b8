// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace Reftel
{
// A parsed query as SQLite takes it: the field filters and the period as
// SQL conditions on the cables table with bound values, and the FTS5
// expressions on the library's full-text indexes (their columns and token
// scheme, see CableRowCodec::searchTokens()). This is the one place that knows
// the SQLite library's search dialect: another engine brings its own
// builder, the query itself stays the same.
class SearchSqlBuilder final
{
public:
    explicit SearchSqlBuilder(const SearchQuery &query);

    // The filters as SQL conditions on the cables table under the alias
    // "c", joined with AND ("1" when there are none); their values are
    // appended to *values in the order of the placeholders.
    // userTagNames (lower case), when given, are the user's tags: a tag:
    // value that is none of them is looked up among the TAGS codes only,
    // which lets SQLite use one index instead of two.
    QString conditions(QVariantList *values, const QStringList *userTagNames = nullptr) const;
    // One filter's condition, and the period's ("" when open).
    static QString condition(
        const SearchQuery::Filter &filter, QVariantList *values, const QStringList *userTagNames = nullptr);
    QString dateConditions(QVariantList *values) const;

    // The same as FTS5 terms on the paragraph index's tokens column (see
    // CableRowCodec::searchTokens()), without the negation; empty for a filter
    // that has no tokens (ref:).
    static QString tokenMatch(const SearchQuery::Filter &filter);

    // The query as the full-text indexes take it: its words on each index's
    // own column, ANDed (or NOTed) with the field filters the indexes hold as
    // tokens; the filters they cannot hold (ref:, a tag that is one of the
    // user's tags, the annotation filters) as SQL conditions on the hit's
    // cable "c". userTagNames in lower case.
    struct IndexMatch
    {
        QString paragraphs; // for paragraphs_fts
        QString subjects; // for subjects_fts
        QStringList sqlConditions;
        QVariantList sqlValues;
    };
    IndexMatch indexMatch(const QStringList &userTagNames) const;
    // The period as year, month and day tokens; empty when open at both ends.
    QString dateTokenMatch() const;

    // The tree of words as an FTS5 expression: each term a quoted string
    // (SearchQuery::quoted()), AND, OR and NOT in parentheses.
    static QString ftsExpression(const SearchQuery::Node &words);

    // note: words as an FTS5 expression on annotations_fts.
    static QString noteMatch(const QString &words);

    // Escapes % _ and \ for LIKE ... ESCAPE '\'.
    static QString escapeLike(const QString &text);

private:
    SearchQuery m_query;
};
}
