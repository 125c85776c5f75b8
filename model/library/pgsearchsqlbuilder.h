// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace Reftel
{
// A parsed query as a PostgreSQL library takes it: the words as tsquery
// text (TsQueryText) for the tsv columns of paragraphs and cables, the
// field filters and the period as SQL conditions on the cables table under
// the alias "c" with bound values. SearchSqlBuilder's counterpart: the same
// meaning for each filter, written for PostgreSQL (LIKE instead of GLOB,
// ILIKE and lower() where SQLite's LIKE and NOCASE ignore case, the tsv
// columns instead of FTS5). There are no filter tokens on a server: the
// filters are joins to the hit's cable, which PostgreSQL plans as it likes.
// Where SQLite's tokens and its SQL differ, a server does what the tokens
// do, since a query with words uses them: origin: matches the post or the
// origin's words, whatever their case ("embassy astana").
class PgSearchSqlBuilder final
{
public:
    explicit PgSearchSqlBuilder(const SearchQuery &query);

    // The filters as conditions joined with AND ("TRUE" when there are
    // none); userTagNames (lower case) as in SearchSqlBuilder::conditions().
    QString conditions(QVariantList *values, const QStringList *userTagNames = nullptr) const;
    static QString condition(
        const SearchQuery::Filter &filter, QVariantList *values, const QStringList *userTagNames = nullptr);
    // The words, for CAST(? AS tsquery); TsQueryText::NoMatch when there are none.
    QString tsquery() const;

private:
    SearchQuery m_query;
};
}
