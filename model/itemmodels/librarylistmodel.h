// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cablelistquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Reftel
{
class LibraryDatabase;

// The whole library as a list, loaded a page at a time (canFetchMore /
// fetchMore) from a CableListQuery, which filters and sorts in SQL, so
// 251,287 cables open at once and memory grows with what was scrolled
// through, not with the library.
class LibraryListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // MatchColumn shows where a search's words are found (empty without words to search).
    enum Column
    {
        IdColumn,
        DateColumn,
        OriginColumn,
        ClassificationColumn,
        SubjectColumn,
        MatchColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int PageSize = 256;
    // The drag-and-drop type of cables: their ids, one a line.
    static constexpr auto CableIdsMimeType = "application/x-reftel-cable-ids";

    explicit LibraryListModel(LibraryDatabase &library, QObject *parent = nullptr);

    // Narrows the list to the cables a query matches: its words in a
    // paragraph or the subject, and its field filters. An empty query lists all.
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    // Reads the library again (after an import).
    void reload();

    // Cables that match, whether loaded yet or not.
    qint64 totalCount() const { return m_total; }
    QString cableId(int row) const;
    // The row of a cable, loading pages until it is found; -1 when the cable is not listed.
    int rowOf(const QString &id);
    // The row of a cable among the rows loaded so far, or -1; reads nothing.
    int loadedRowOf(const QString &id) const;
    QString errorString() const { return m_error; }

    // The window of hits this list uses (SearchCondition::MatchWindow; a
    // smaller one makes the bound visible on a small library).
    void setMatchWindow(int window) { m_matchWindow = window; }
    // More cables match than are listed: a window of hits was full.
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    using Row = CableListRow;

    static CableListQuery::SortKey sortKey(int column);
    // Read when the Match column of a row is first shown: a page of snippets
    // would cost a full-text lookup for rows nobody scrolls to.
    QString snippet(const Row &row) const;

    CableListQuery m_list;
    SearchQuery m_query;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    int m_matchWindow = SearchCondition::MatchWindow;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
    mutable QHash<qint64, QString> m_snippets; // by cable pk, for the current query
};
}
