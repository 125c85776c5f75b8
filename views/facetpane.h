// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QModelIndex;
class QTreeView;

namespace Reftel
{
// The facets under the cable list: origin, year, classification and tag with
// how many listed cables have each value. Activating a value (click, Enter)
// asks for its filter to be added to the search, or taken out when it is on.
class FacetPane final : public QWidget
{
    Q_OBJECT
public:
    explicit FacetPane(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    // filterText as the search field takes it ("origin:ASTANA"); active when it is on already.
    void filterToggled(const QString &filterText, bool active);

private:
    void activate(const QModelIndex &index);

    QTreeView *m_tree = nullptr;
    // Top-level rows (facet kinds) that are open; origin and year at first.
    QSet<int> m_expanded { 0, 1 };
};
}
