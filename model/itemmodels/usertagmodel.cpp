// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertagmodel.h"

#include "usertagstore.h"

#include <QColor>
#include <QHash>
#include <QSet>

namespace Reftel
{
UserTagModel::UserTagModel(const UserTagStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_tags(store.tags())
{
    connect(&store, &UserTagStore::tagAdded, this, &UserTagModel::update);
    connect(&store, &UserTagStore::tagChanged, this, &UserTagModel::update);
    connect(&store, &UserTagStore::tagRemoved, this, &UserTagModel::update);
}

int UserTagModel::rowOf(qint64 id) const
{
    for (int i = 0; i < int(m_tags.size()); ++i) {
        if (m_tags.at(i).id == id)
            return i;
    }
    return -1;
}

void UserTagModel::update()
{
    const QList<UserTag> fresh = m_store.tags();
    if (fresh == m_tags)
        return;
    QHash<qint64, UserTag> byId;
    for (const UserTag &tag : fresh)
        byId.insert(tag.id, tag);
    // Removals, from the end so the rows before stay put.
    for (int i = int(m_tags.size()) - 1; i >= 0; --i) {
        if (!byId.contains(m_tags.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_tags.removeAt(i);
            endRemoveRows();
        }
    }
    // A rename or a new parent can move a tag: the rows both lists hold,
    // in the new order.
    QSet<qint64> present;
    for (const UserTag &tag : std::as_const(m_tags))
        present.insert(tag.id);
    QList<qint64> order;
    for (const UserTag &tag : fresh) {
        if (present.contains(tag.id))
            order.append(tag.id);
    }
    QList<qint64> current;
    for (const UserTag &tag : std::as_const(m_tags))
        current.append(tag.id);
    if (order != current) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> persistentIds;
        for (const QModelIndex &index : before)
            persistentIds.append(m_tags.at(index.row()).id);
        QList<UserTag> reordered;
        for (qint64 id : std::as_const(order))
            reordered.append(m_tags.at(int(current.indexOf(id))));
        m_tags = std::move(reordered);
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOf(persistentIds.at(i))));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // Insertions where the new list has them, then what changed in place.
    for (int i = 0; i < int(fresh.size()); ++i) {
        if (i < int(m_tags.size()) && m_tags.at(i).id == fresh.at(i).id) {
            if (m_tags.at(i) != fresh.at(i)) {
                m_tags[i] = fresh.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_tags.insert(i, fresh.at(i));
        endInsertRows();
    }
    Q_EMIT tagsChanged();
}

int UserTagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant UserTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserTag &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return tag.path;
    case Qt::EditRole:
        return tag.name;
    case Qt::DecorationRole:
        return tag.colour.isEmpty() ? UserTag::defaultColour() : QColor(tag.colour);
    case TagIdRole:
        return tag.id;
    case ParentIdRole:
        return tag.parent;
    }
    return {};
}
}
