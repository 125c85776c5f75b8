// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchcondition.h"
#include "searchquery.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Reftel
{
class LibraryDatabase;

// One row of the library's list: what the list shows of a cable, and the
// value it was sorted by, to ask for the page after it.
struct CableListRow
{
    qint64 pk = 0;
    QString id;
    QString created; // ISO text, as stored: sorts as it reads
    QString origin;
    QString classification;
    QString subject;
    QVariant key; // the sort column's value, NULL when the cable has none
};

// The questions the library's list asks: how many cables a search lists,
// and its rows in pages, filtered and sorted in SQL. Pages are read by key
// (the sort value and the row's pk), never by OFFSET, so the millionth row
// costs what the first does.
class CableListQuery final
{
public:
    enum class SortKey
    {
        Id,
        Created,
        Origin,
        Classification,
        Subject
    };

    explicit CableListQuery(LibraryDatabase &library);

    // The cables a query lists, its words looked up in a window of hits
    // (SearchCondition::MatchWindow).
    void setQuery(const SearchQuery &query, int matchWindow = SearchCondition::MatchWindow);
    void setOrder(SortKey key, Qt::SortOrder order);

    // Every cable the query lists; 0 (and errorString()) when the library cannot be read.
    qint64 count();
    // The first rows (after is null) or the rows after one; with total, also
    // counts every row of the query (a window function: one evaluation of
    // the query for both). Empty, with errorString(), on a failure.
    QList<CableListRow> page(const CableListRow *after, int size, qint64 *total = nullptr);
    // A window of hits was full: more cables match than are listed.
    bool windowIsFull() const;
    // Where the query's words are in a cable: its paragraph with the most of
    // them (the first of equals), else its subject, the words marked between
    // LibrarySearch::HighlightStart and HighlightEnd; empty without words.
    QString snippet(const CableListRow &row) const;

    QString errorString() const { return m_error; }

private:
    QString keyExpression() const;
    QString condition(QVariantList *values) const;
    QString afterCondition(const CableListRow &after, QVariantList *values) const;

    LibraryDatabase &m_library;
    SearchQuery m_query;
    int m_matchWindow = SearchCondition::MatchWindow;
    SortKey m_key = SortKey::Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QString m_error;
};
}
