// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingarea.h"

#include "bodyview.h"
#include "cableview.h"
#include "placeholderlabel.h"

#include <QEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Reftel
{
ReadingArea::ReadingArea(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderLabel(tr("Choose a cable in the library to read it here."), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("readingArea"));
    setAccessibleName(tr("Reading area"));
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

CableView *ReadingArea::addColumn()
{
    auto *view = new CableView(m_splitter);
    view->setAccessibleName(tr("Column %1").arg(m_views.size() + 1));
    m_splitter->addWidget(view);
    m_views << view;
    view->bodyView()->installEventFilter(this);
    connect(view, &CableView::referenceActivated, this, &ReadingArea::referenceActivated);
    return view;
}

void ReadingArea::openCable(const Cable &cable, bool otherColumn)
{
    if (m_views.isEmpty())
        addColumn();
    int column = m_current;
    if (otherColumn) {
        if (m_views.size() < 2)
            addColumn();
        column = m_current == 0 ? 1 : 0;
    }
    m_views.at(column)->setCable(cable);
    m_stack->setCurrentWidget(m_splitter);
    setCurrentColumn(column);
}

CableView *ReadingArea::currentView() const
{
    return m_views.isEmpty() ? nullptr : m_views.at(m_current);
}

void ReadingArea::setCurrentColumn(int column)
{
    if (column < 0 || column >= m_views.size())
        return;
    m_current = column;
    for (int i = 0; i < m_views.size(); ++i)
        m_views.at(i)->setProperty("current", i == m_current);
    Q_EMIT currentCableChanged(m_views.at(m_current)->cable());
}

void ReadingArea::switchColumn()
{
    if (m_views.size() < 2)
        return;
    setCurrentColumn(m_current == 0 ? 1 : 0);
    m_views.at(m_current)->bodyView()->setFocus(Qt::OtherFocusReason);
}

void ReadingArea::closeOtherColumn()
{
    if (m_views.size() < 2)
        return;
    const int other = m_current == 0 ? 1 : 0;
    CableView *view = m_views.takeAt(other);
    view->deleteLater();
    m_current = 0;
    setCurrentColumn(0);
}

bool ReadingArea::eventFilter(QObject *watched, QEvent *event)
{
    // The column the reader works in is the one that last had focus.
    if (event->type() == QEvent::FocusIn) {
        for (int i = 0; i < m_views.size(); ++i) {
            if (m_views.at(i)->bodyView() == watched && i != m_current)
                setCurrentColumn(i);
        }
    }
    return QWidget::eventFilter(watched, event);
}
}
