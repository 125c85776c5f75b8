// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Reftel
{
class LibraryDatabase;
class SearchQuery;

// The SQL condition, on the cables table under the alias "c", that a query's
// cables meet: one definition of "the cables a search lists", shared by the
// library list, the facet counts and the advice on an empty search, so that
// they never disagree.
class SearchCondition final
{
public:
    // Words are looked up in the MatchWindow newest paragraph hits (and as
    // many subject hits), with the field filters that the index holds as
    // tokens already applied there: a word in half the release costs what a
    // rare one does.
    static constexpr int MatchWindow = 2000;

    // The condition; its values are appended to *values.
    static QString sql(
        LibraryDatabase &library, const SearchQuery &query, QVariantList *values, int window = MatchWindow);

private:
    static QString serverSql(const QStringList &userTags, const SearchQuery &query, QVariantList *values, int window);
};
}
