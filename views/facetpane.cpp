// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetpane.h"

#include "facetmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Reftel
{
FacetPane::FacetPane(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("facetPane"));
    m_tree->setObjectName(QStringLiteral("facetTree"));
    m_tree->setAccessibleName(tr("Facets"));
    m_tree->setToolTip(tr("Click a value to narrow the list to it; click it again to widen the list."));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setHeaderHidden(true);
    // One click is enough: a facet is a filter switch, not a document to open.
    connect(m_tree, &QTreeView::clicked, this, &FacetPane::activate);
    connect(m_tree, &QTreeView::activated, this, &FacetPane::activate);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            m_expanded.insert(index.row());
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            m_expanded.remove(index.row());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void FacetPane::setModel(QAbstractItemModel *model)
{
    m_tree->setModel(model);
    if (!model)
        return;
    m_tree->header()->setSectionResizeMode(FacetModel::LabelColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FacetModel::CountColumn, QHeaderView::ResizeToContents);
    // A recount resets the model: the kinds the user opened stay open.
    const auto restore = [this, model] {
        for (int kind = 0; kind < model->rowCount(); ++kind)
            m_tree->setExpanded(model->index(kind, 0), m_expanded.contains(kind));
    };
    connect(model, &QAbstractItemModel::modelReset, this, restore);
    restore();
}

void FacetPane::activate(const QModelIndex &index)
{
    const QString filter = index.data(FacetModel::FilterTextRole).toString();
    if (!filter.isEmpty())
        Q_EMIT filterToggled(filter, index.data(FacetModel::ActiveRole).toBool());
}
}
