// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usertag.h"

#include <QAbstractListModel>
#include <QList>

namespace Reftel
{
class UserTagStore;

// The user's tags, one row each in the tree's display order (parents before
// children, siblings by name): the one list the tag manager, the tag palette
// and the browser's tag filter all show. It follows the store's
// announcements with exact changes (a tag added is a row inserted, a rename
// a dataChanged on it and the tags below, a merge a row removed), so every
// open view of it keeps its selection.
//
// Qt::DisplayRole is the path ("Russia/Military"), Qt::EditRole the name,
// Qt::DecorationRole the colour, TagIdRole the id.
class UserTagModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        TagIdRole = Qt::UserRole + 100,
        ParentIdRole,
    };

    explicit UserTagModel(const UserTagStore &store, QObject *parent = nullptr);

    QList<UserTag> tags() const { return m_tags; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After the exact changes of one announcement of the store: for views that
    // draw the whole list their own way (a tree, a combo box with "Any tag").
    void tagsChanged();

private:
    // Reads the tags again and applies the difference.
    void update();

    const UserTagStore &m_store;
    QList<UserTag> m_tags;
};
}
