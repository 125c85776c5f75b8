// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facetcounter.h"
#include "librarylocation.h"
#include "searchquery.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>

namespace Reftel
{
class LibraryDatabase;

// The library's facets as a tree: origin, year, classification and tag, each
// with its values and how many of the listed cables have them. Counting runs
// on a worker thread with a connection of its own (a count over the whole
// release takes longer than a keystroke); the tree changes when it is done,
// and only for the latest query.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        FilterTextRole = Qt::UserRole + 100, // the search text narrowing to this value
        KindRole, // FacetCounter::Kind, as int
        ValueRole, // the filter's value: post, year, classification, code
        ActiveRole, // bool: the query filters on this value already
    };

    explicit FacetModel(LibraryDatabase &library, QObject *parent = nullptr);
    ~FacetModel() override;

    void setQuery(const SearchQuery &query);
    void reload() { setQuery(m_query); }
    bool isCounting() const { return m_watcher.isRunning(); }
    // For tests and benchmarks: blocks until the running count is in the tree.
    void waitForCounts();
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(FacetCounter::Kind kind);

Q_SIGNALS:
    void countsChanged();

private:
    void applyCounts();
    bool isActive(FacetCounter::Kind kind, const QString &value) const;

    LibraryLocation m_location;
    SearchQuery m_query;
    FacetCounter::Counts m_counts;
    QFutureWatcher<FacetCounter::Counts> m_watcher;
    QString m_error;
};
}
