// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcondition.h"

#include "librarydatabase.h"
#include "librarysearch.h"
#include "pgsearchsqlbuilder.h"
#include "searchquery.h"
#include "searchsqlbuilder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Reftel
{
// On PostgreSQL every filter is a condition on the cable, inside each
// window too (there are no filter tokens): the newest hits among the
// cables the filters let through, as on SQLite for the filters FTS5 holds.
QString SearchCondition::serverSql(
    const QStringList &userTags, const SearchQuery &query, QVariantList *values, int window)
{
    const PgSearchSqlBuilder builder(query);
    QString where = builder.conditions(values, &userTags);
    if (!query.hasWords())
        return where;
    QVariantList windowValues;
    const QString conditions = builder.conditions(&windowValues, &userTags);
    const QString limit = QString::number(window);
    where += u" AND c.pk IN (SELECT w.cable_pk FROM (SELECT p.cable_pk FROM paragraphs p JOIN cables c"
             " ON c.pk = p.cable_pk WHERE p.tsv @@ CAST(? AS tsquery) AND "_s
        + conditions + u" ORDER BY p.pk DESC LIMIT "_s + limit
        + u") w UNION SELECT s.pk FROM (SELECT c.pk FROM cables c WHERE c.tsv @@ CAST(? AS tsquery) AND "_s + conditions
        + u" ORDER BY c.pk DESC LIMIT "_s + limit + u") s)"_s;
    const QString words = builder.tsquery();
    for (int half = 0; half < 2; ++half) {
        values->append(words);
        *values += windowValues;
    }
    return where;
}

QString SearchCondition::sql(LibraryDatabase &library, const SearchQuery &query, QVariantList *values, int window)
{
    const QStringList userTags = LibrarySearch::userTagNames(library);
    if (library.isServer())
        return serverSql(userTags, query, values, window);
    if (!query.hasWords())
        return SearchSqlBuilder(query).conditions(values, &userTags);

    // The filters the indexes hold as tokens narrow each window themselves,
    // so that "government origin:Baghdad" finds Baghdad's newest hits, not
    // the newest hits anywhere; they are not asked again as SQL, which
    // means something else for some of them (origin:"embassy astana" is two
    // origin words as a token, one exact origin as SQL), so that the cables
    // listed are the hits' cables. The filters without a token (a user's
    // tag, ref:, the annotation filters) are SQL conditions on every hit.
    const SearchSqlBuilder::IndexMatch match = SearchSqlBuilder(query).indexMatch(userTags);
    QString where = match.sqlConditions.isEmpty() ? u"1"_s : match.sqlConditions.join(u" AND "_s);
    *values += match.sqlValues;
    const QString limit = QString::number(window);
    where +=
        QStringLiteral(" AND c.pk IN (SELECT p.cable_pk FROM paragraphs p WHERE p.pk IN"
                       " (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rowid DESC LIMIT ")
        + limit
        + QStringLiteral(") UNION SELECT pk FROM (SELECT rowid AS pk FROM subjects_fts WHERE subjects_fts MATCH ?"
                         " ORDER BY rowid DESC LIMIT ")
        + limit + QStringLiteral("))");
    values->append(match.paragraphs);
    values->append(match.subjects);
    return where;
}
}
