// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepane.h"

#include "cabletreemodel.h"
#include "itemroles.h"
#include "placeholderlabel.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Reftel
{
OutlinePane::OutlinePane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderLabel(tr("Open a cable to see its sections and paragraphs."), this))
    , m_view(new QTreeView(this))
    , m_model(new CableTreeModel(this))
{
    setObjectName(QStringLiteral("outlinePane"));
    setAccessibleName(tr("Outline"));
    m_view->setObjectName(QStringLiteral("outlineView"));
    m_view->setAccessibleName(tr("Sections and paragraphs of the open cable"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // one line a paragraph, elided
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CableTreeModel::OutlineColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CableTreeModel::AnnotationColumn, QHeaderView::ResizeToContents);
    // Click or Enter: the reading column follows.
    connect(m_view, &QTreeView::activated, this, &OutlinePane::activate);
    connect(m_view, &QTreeView::clicked, this, &OutlinePane::activate);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

OutlinePane::~OutlinePane() = default;

void OutlinePane::setCable(const Cable &cable)
{
    m_model->setCable(cable);
    m_view->expandAll();
    m_stack->setCurrentWidget(m_view);
}

void OutlinePane::clear()
{
    m_model->setCable(Cable());
    m_stack->setCurrentWidget(m_placeholder);
}

void OutlinePane::setAnnotationCounts(const QHash<QString, int> &countsByAnchor)
{
    m_model->setAnnotationCounts(countsByAnchor);
}

void OutlinePane::activate(const QModelIndex &index)
{
    QModelIndex node = index.siblingAtColumn(CableTreeModel::OutlineColumn);
    const auto kind = node.data(ItemRole::NodeKind).value<CableTreeModel::NodeKind>();
    if (kind == CableTreeModel::NodeKind::Section)
        node = m_model->index(0, CableTreeModel::OutlineColumn, node);
    const QString anchor = node.data(ItemRole::Anchor).toString();
    if (!anchor.isEmpty())
        Q_EMIT paragraphActivated(anchor);
}
}
