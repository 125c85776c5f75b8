// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchcondition.h"
#include "searchquery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace Reftel
{
class LibraryDatabase;

// The whole library as a list, loaded a page at a time (canFetchMore /
// fetchMore), filtered and sorted in SQL, so 251,287 cables open at once and
// memory grows with what was scrolled through, not with the library.
// Pages are read by key (the sort value and the row's key), never by OFFSET,
// so the millionth row costs what the first does.
class LibraryListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // MatchColumn shows where a search's words are found (empty without words to search).
    enum Column { IdColumn, DateColumn, OriginColumn, ClassificationColumn, SubjectColumn, MatchColumn, ColumnCount };
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
    struct Row {
        qint64 pk = 0;
        QString id;
        QString created; // ISO text, as stored: sorts as it reads
        QString origin;
        QString classification;
        QString subject;
        QVariant key; // the sort column's value, NULL when the cable has none
    };

    QString whereClause(QVariantList *values) const;
    QString sortExpression() const;
    void countRows();
    // Read when the Match column of a row is first shown: a page of snippets
    // would cost a full-text lookup for rows nobody scrolls to.
    QString snippet(const Row &row) const;
    // With total, also counts every row of the query (a window function: one evaluation of the query for both).
    QList<Row> readPage(const Row *after, qint64 *total = nullptr) const;
    // Whether a window of hits was full (see totalIsLowerBound()).
    void checkWindow();

    LibraryDatabase &m_library;
    SearchQuery m_query;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    int m_matchWindow = SearchCondition::MatchWindow;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QString m_error;
    mutable QHash<qint64, QString> m_snippets; // by cable pk, for the current query
};
}
