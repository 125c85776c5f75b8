// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcondition.h"

#include "librarysearch.h"
#include "searchquery.h"
#include "searchsqlbuilder.h"

#include <QStringList>

namespace Reftel
{
QString SearchCondition::sql(LibraryDatabase &library, const SearchQuery &query, QVariantList *values, int window)
{
    const QStringList userTags = LibrarySearch::userTagNames(library);
    QString where = SearchSqlBuilder(query).conditions(values, &userTags);
    if (!query.hasWords())
        return where;

    // The filters the indexes hold as tokens narrow each window themselves,
    // so that "government origin:Baghdad" finds Baghdad's newest hits, not
    // the newest hits anywhere. The SQL conditions above still apply to
    // every hit (a user's tag, ref:, the annotation filters have no token).
    const SearchSqlBuilder::IndexMatch match = SearchSqlBuilder(query).indexMatch(userTags);
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
