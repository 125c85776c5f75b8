// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationgroupmodel.h"

#include "annotationlistmodel.h"
#include "itemroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Reftel
{
namespace
{
// The browser's words, kept in its translation context: the grouping moved
// here from AnnotationsBrowser, and its translations with it. Each call site
// names the context in QT_TRANSLATE_NOOP too, for lupdate.
QString browserText(const char *text)
{
    return QCoreApplication::translate("Reftel::AnnotationsBrowser", text);
}

// The source column shown in each of ours after the passage.
constexpr int sourceColumns[] = { AnnotationListModel::QuoteColumn, AnnotationListModel::NoteColumn,
    AnnotationListModel::TagsColumn, AnnotationListModel::AuthorColumn, AnnotationListModel::ModifiedColumn };

// Where row would stand in rows, which are in source order.
qsizetype lowerBound(const QList<QPersistentModelIndex> &rows, int row)
{
    return std::lower_bound(rows.cbegin(), rows.cend(), row, [](const QPersistentModelIndex &index, int value) {
        return index.row() < value;
    }) - rows.cbegin();
}

qsizetype positionOf(const QList<QPersistentModelIndex> &rows, int row)
{
    const qsizetype at = lowerBound(rows, row);
    return at < rows.size() && rows.at(at).row() == row ? at : -1;
}
}

AnnotationGroupModel::AnnotationGroupModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void AnnotationGroupModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, &AnnotationGroupModel::sourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &AnnotationGroupModel::sourceRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::dataChanged, this, &AnnotationGroupModel::sourceDataChanged),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &AnnotationGroupModel::sourceLayoutAboutToBeChanged),
            connect(source, &QAbstractItemModel::layoutChanged, this, &AnnotationGroupModel::sourceLayoutChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this, &AnnotationGroupModel::sourceReset),
        };
    }
    rebuild();
    endResetModel();
}

void AnnotationGroupModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

QStringList AnnotationGroupModel::keysOf(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_grouping == Grouping::ByCable)
        return { index.data(ItemRole::CableId).toString() };
    QStringList keys = index.data(ItemRole::TagPaths).toStringList();
    keys.removeDuplicates();
    if (keys.isEmpty())
        keys << browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "(no tag)"));
    return keys;
}

void AnnotationGroupModel::rebuild()
{
    // Reads every row of the source: fine for what a filter leaves; the
    // flat list stays lazy for the whole library.
    m_groups.clear();
    if (!sourceModel())
        return;
    const int rows = sourceModel()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QPersistentModelIndex index(sourceModel()->index(row, 0));
        for (const QString &key : keysOf(row)) {
            int g = groupRow(key);
            if (g < 0 || m_groups.at(g).key != key) {
                g = g < 0 ? int(m_groups.size()) : g;
                m_groups.insert(g, Group { m_nextId++, key, {} });
            }
            m_groups[g].rows.append(index);
        }
    }
}

int AnnotationGroupModel::groupRow(const QString &key) const
{
    // The first group whose key is not before key; -1 after the last.
    const auto it = std::lower_bound(
        m_groups.cbegin(), m_groups.cend(), key, [](const Group &group, const QString &k) { return group.key < k; });
    return it == m_groups.cend() ? -1 : int(it - m_groups.cbegin());
}

AnnotationGroupModel::Group *AnnotationGroupModel::groupById(quintptr id)
{
    for (Group &group : m_groups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

const AnnotationGroupModel::Group *AnnotationGroupModel::groupById(quintptr id) const
{
    return const_cast<AnnotationGroupModel *>(this)->groupById(id);
}

void AnnotationGroupModel::addToGroup(const QString &key, const QPersistentModelIndex &row)
{
    int g = groupRow(key);
    if (g < 0 || m_groups.at(g).key != key) {
        g = g < 0 ? int(m_groups.size()) : g;
        beginInsertRows({}, g, g);
        m_groups.insert(g, Group { m_nextId++, key, { row } });
        endInsertRows();
        return;
    }
    QList<QPersistentModelIndex> &rows = m_groups[g].rows;
    const int at = int(lowerBound(rows, row.row()));
    beginInsertRows(index(g, 0), at, at);
    rows.insert(at, row);
    endInsertRows();
    const QModelIndex head = index(g, 0);
    Q_EMIT dataChanged(head, head); // its count
}

void AnnotationGroupModel::removeFromGroup(int group, int position)
{
    if (m_groups.at(group).rows.size() == 1) {
        beginRemoveRows({}, group, group);
        m_groups.removeAt(group);
        endRemoveRows();
        return;
    }
    beginRemoveRows(index(group, 0), position, position);
    m_groups[group].rows.removeAt(position);
    endRemoveRows();
    const QModelIndex head = index(group, 0);
    Q_EMIT dataChanged(head, head);
}

void AnnotationGroupModel::addRow(int sourceRow)
{
    const QPersistentModelIndex index(sourceModel()->index(sourceRow, 0));
    for (const QString &key : keysOf(sourceRow))
        addToGroup(key, index);
}

void AnnotationGroupModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        addRow(row);
}

void AnnotationGroupModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        for (int p = int(m_groups.at(g).rows.size()) - 1; p >= 0; --p) {
            const int row = m_groups.at(g).rows.at(p).row();
            if (row < first)
                break;
            if (row <= last) {
                const bool only = m_groups.at(g).rows.size() == 1;
                removeFromGroup(g, p);
                if (only)
                    break;
            }
        }
    }
}

void AnnotationGroupModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        // The row's groups may change with its tags: out of those it left,
        // into those it joined, changed where it stays.
        QStringList keys = keysOf(row);
        for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
            const qsizetype at = positionOf(m_groups.at(g).rows, row);
            if (at < 0)
                continue;
            if (keys.removeAll(m_groups.at(g).key) > 0)
                Q_EMIT dataChanged(index(int(at), 0, index(g, 0)), index(int(at), ColumnCount - 1, index(g, 0)));
            else
                removeFromGroup(g, int(at));
        }
        const QPersistentModelIndex source(sourceModel()->index(row, 0));
        for (const QString &key : std::as_const(keys))
            addToGroup(key, source);
    }
}

void AnnotationGroupModel::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutBefore = persistentIndexList();
    m_layoutPlaces.clear();
    for (const QModelIndex &index : std::as_const(m_layoutBefore)) {
        if (index.internalId() == 0) {
            m_layoutPlaces.append({ 0, m_groups.at(index.row()).key, {} });
            continue;
        }
        const Group *group = groupById(index.internalId());
        m_layoutPlaces.append(
            { index.internalId(), {}, group ? group->rows.at(index.row()) : QPersistentModelIndex() });
    }
}

void AnnotationGroupModel::sourceLayoutChanged()
{
    // The groups keep their keys and so their order; their rows follow the source's.
    for (Group &group : m_groups) {
        group.rows.removeIf([](const QPersistentModelIndex &row) { return !row.isValid(); });
        std::sort(group.rows.begin(), group.rows.end(),
            [](const QPersistentModelIndex &a, const QPersistentModelIndex &b) { return a.row() < b.row(); });
    }
    m_groups.removeIf([](const Group &group) { return group.rows.isEmpty(); });
    QModelIndexList after;
    for (qsizetype i = 0; i < m_layoutBefore.size(); ++i) {
        const int column = m_layoutBefore.at(i).column();
        const Place &place = m_layoutPlaces.at(i);
        if (place.group == 0) {
            const int g = groupRow(place.key);
            after.append(g >= 0 && m_groups.at(g).key == place.key ? index(g, column) : QModelIndex());
            continue;
        }
        const Group *group = groupById(place.group);
        const qsizetype at = group && place.source.isValid() ? positionOf(group->rows, place.source.row()) : -1;
        after.append(at < 0 ? QModelIndex() : createIndex(int(at), column, place.group));
    }
    changePersistentIndexList(m_layoutBefore, after);
    m_layoutBefore.clear();
    m_layoutPlaces.clear();
    Q_EMIT layoutChanged();
}

void AnnotationGroupModel::sourceReset()
{
    rebuild();
    endResetModel();
}

QModelIndex AnnotationGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(parent.row());
    return row < group.rows.size() ? createIndex(row, column, group.id) : QModelIndex();
}

QModelIndex AnnotationGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (m_groups.at(g).id == child.internalId())
            return createIndex(g, 0, quintptr(0));
    }
    return {};
}

int AnnotationGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int AnnotationGroupModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AnnotationGroupModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex AnnotationGroupModel::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, parent(index));
}

QVariant AnnotationGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Group *group = groupById(index.internalId());
        return group ? rowData(*group, index.row(), index.column(), role) : QVariant();
    }
    const Group &group = m_groups.at(index.row());
    if (index.column() != PassageColumn)
        return {};
    if (role == Qt::DisplayRole)
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "%1 (%2)"))
            .arg(group.key)
            .arg(group.rows.size());
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AnnotationGroupModel::rowData(const Group &group, int position, int column, int role) const
{
    const QModelIndex source = group.rows.at(position);
    if (role == ItemRole::CableId || role == ItemRole::AnnotationId || role == ItemRole::Anchor)
        return source.data(role);
    if (role != Qt::DisplayRole)
        return {};
    const QModelIndex cell = source.siblingAtColumn(sourceColumns[column]);
    if (column == PassageColumn) {
        const QString paragraph = source.siblingAtColumn(AnnotationListModel::ParagraphColumn).data().toString();
        const QString cable =
            m_grouping == Grouping::ByCable ? QString() : source.data(ItemRole::CableId).toString() + u' ';
        return QString(cable + paragraph + QStringLiteral(" “") + cell.data().toString() + QStringLiteral("”"));
    }
    // Times as the flat list shows them, not as ISO text.
    const QVariant value = cell.data();
    return value.metaType().id() == QMetaType::QDateTime
        ? QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat)
        : value.toString();
}

QVariant AnnotationGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PassageColumn:
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "Passage"));
    case NoteColumn:
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "Note"));
    case TagsColumn:
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "Tags"));
    case AuthorColumn:
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "Author"));
    case ModifiedColumn:
        return browserText(QT_TRANSLATE_NOOP("Reftel::AnnotationsBrowser", "Modified"));
    }
    return {};
}

Qt::ItemFlags AnnotationGroupModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QModelIndex AnnotationGroupModel::mapFromSource(const QModelIndex &source) const
{
    if (!source.isValid())
        return {};
    const int column =
        int(std::find(std::begin(sourceColumns), std::end(sourceColumns), source.column()) - std::begin(sourceColumns));
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const qsizetype at = positionOf(m_groups.at(g).rows, source.row());
        if (at >= 0)
            return createIndex(int(at), column < ColumnCount ? column : 0, m_groups.at(g).id);
    }
    return {};
}

QModelIndex AnnotationGroupModel::mapToSource(const QModelIndex &proxy) const
{
    if (!proxy.isValid() || proxy.internalId() == 0)
        return {};
    const Group *group = groupById(proxy.internalId());
    if (!group || proxy.row() >= group->rows.size())
        return {};
    return QModelIndex(group->rows.at(proxy.row())).siblingAtColumn(sourceColumns[proxy.column()]);
}
}
