// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QString>
#include <QStringList>

namespace Reftel
{
// The annotations browser's grouped view: a proxy over the flat
// AnnotationListModel with a group per cable or per tag (an annotation with
// two tags stands in both; one with none under "(no tag)"), the groups in
// order of their names and each group's rows in the source's order. A row
// shows "¶N “quote”" (by tag, led by the cable's id), the note, tags,
// author and modified time; the group shows its name and how many it holds.
//
// It follows the source exactly: rows inserted, removed or changed in the
// source are inserted into, removed from or changed in their groups (a group
// made or removed with its first or last row), a new order is a layout
// change; only a reset of the source (a new filter) resets it.
class AnnotationGroupModel final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class Grouping
    {
        ByCable,
        ByTag
    };
    enum Column
    {
        PassageColumn,
        NoteColumn,
        TagsColumn,
        AuthorColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AnnotationGroupModel(QObject *parent = nullptr);

    // The source's columns are AnnotationListModel's.
    void setSourceModel(QAbstractItemModel *source) override;
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A row's first place (by tag, a row may stand in several groups).
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

private:
    struct Group
    {
        quintptr id = 0; // the children's internalId: stable while rows come and go
        QString key;
        QList<QPersistentModelIndex> rows; // source rows, column 0, in source order
    };

    QStringList keysOf(int sourceRow) const;
    void rebuild();
    int groupRow(const QString &key) const;
    Group *groupById(quintptr id);
    const Group *groupById(quintptr id) const;
    void addRow(int sourceRow);
    void addToGroup(const QString &key, const QPersistentModelIndex &row);
    void removeFromGroup(int group, int position);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceReset();
    QVariant rowData(const Group &group, int position, int column, int role) const;

    Grouping m_grouping = Grouping::ByCable;
    QList<Group> m_groups; // by key
    quintptr m_nextId = 1;
    QList<QMetaObject::Connection> m_connections;
    // Across a source's layout change: what each of the proxy's persistent indexes stood for.
    struct Place
    {
        quintptr group = 0; // 0: a group's own row
        QString key; // for a group's own row
        QPersistentModelIndex source; // for an annotation's row
    };
    QModelIndexList m_layoutBefore;
    QList<Place> m_layoutPlaces;
};
}
