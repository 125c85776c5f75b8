// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingarea.h"

#include "bodyview.h"
#include "cableview.h"
#include "placeholderlabel.h"

#include "librarylistmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    setAcceptDrops(true);
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
    view->setCableLoader(m_loader);
    if (m_readingFont)
        view->bodyView()->setFont(*m_readingFont);
    if (m_readingFont)
        view->bodyView()->setFont(*m_readingFont);
    connect(view, &CableView::referenceActivated, this, &ReadingArea::referenceActivated);
    connect(view, &CableView::cableShown, this, [this, view] {
        if (m_views.indexOf(view) == m_current)
            Q_EMIT currentCableChanged(view->cable());
    });
    connect(
        view->bodyView()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, view] { followScroll(view); });
    Q_EMIT columnAdded(view);
    Q_EMIT columnCountChanged(int(m_views.size()));
    return view;
}

void ReadingArea::openCableInColumn(const Cable &cable, int column)
{
    if (m_views.isEmpty())
        addColumn();
    if (column >= m_views.size())
        addColumn();
    column = std::clamp(column, 0, int(m_views.size()) - 1);
    m_views.at(column)->setCable(cable);
    m_stack->setCurrentWidget(m_splitter);
    setCurrentColumn(column);
}

void ReadingArea::setCableLoader(CableView::CableLoader loader)
{
    m_loader = std::move(loader);
    for (CableView *view : std::as_const(m_views))
        view->setCableLoader(m_loader);
}

bool ReadingArea::goBack()
{
    CableView *view = currentView();
    return view && view->goBack();
}

bool ReadingArea::goForward()
{
    CableView *view = currentView();
    return view && view->goForward();
}

void ReadingArea::setScrollSynchronized(bool synchronized)
{
    m_syncScroll = synchronized;
    if (synchronized && currentView())
        followScroll(currentView());
}

void ReadingArea::setReadingFont(const QFont &font)
{
    m_readingFont = font;
    for (CableView *view : std::as_const(m_views))
        view->bodyView()->setFont(font);
}

void ReadingArea::followScroll(CableView *source)
{
    if (!m_syncScroll || m_syncing)
        return;
    const QScrollBar *from = source->bodyView()->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0.0;
    m_syncing = true;
    for (CableView *view : std::as_const(m_views)) {
        if (view == source)
            continue;
        QScrollBar *to = view->bodyView()->verticalScrollBar();
        to->setValue(int(fraction * to->maximum() + 0.5));
    }
    m_syncing = false;
}

int ReadingArea::columnAt(const QPoint &pos) const
{
    // With one column, the right third of the area opens a second one.
    if (m_views.size() == 1 && pos.x() > width() * 2 / 3)
        return 1;
    for (int i = 0; i < m_views.size(); ++i) {
        const CableView *view = m_views.at(i);
        if (QRect(view->mapTo(this, QPoint(0, 0)), view->size()).contains(pos))
            return i;
    }
    return m_views.isEmpty() ? 0 : m_current;
}

void ReadingArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(LibraryListModel::CableIdsMimeType)))
        event->acceptProposedAction();
}

void ReadingArea::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(LibraryListModel::CableIdsMimeType)))
        event->acceptProposedAction();
}

void ReadingArea::dropEvent(QDropEvent *event)
{
    const QStringList ids =
        QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(LibraryListModel::CableIdsMimeType)))
            .split(u'\n', Qt::SkipEmptyParts);
    if (ids.isEmpty() || !m_loader)
        return;
    // One cable a column: the first where it was dropped, a second one beside it.
    int column = columnAt(event->position().toPoint());
    for (const QString &id : ids.mid(0, 2)) {
        if (const std::optional<Cable> cable = m_loader(id))
            openCableInColumn(*cable, column);
        column = column == 0 ? 1 : 0;
    }
    event->acceptProposedAction();
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
    view->hide(); // out of the layout now, not only once deleted
    view->deleteLater();
    m_current = 0;
    setCurrentColumn(0);
    Q_EMIT columnCountChanged(int(m_views.size()));
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
