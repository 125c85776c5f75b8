// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include "readingarea.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace Reftel
{
namespace
{
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
// Bump when the set of docks changes so an old saved state is not applied to a new layout.
constexpr int LayoutVersion = 2; // 2: the Outline dock
constexpr int NarrowPane = 240;
}

DockLayout::DockLayout(QMainWindow &window, const QList<QDockWidget *> &docks)
    : m_window(window)
    , m_docks(docks)
    , m_defaultState(window.saveState(LayoutVersion))
{
}

void DockLayout::restore()
{
    const QSettings settings;
    m_window.restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_window.restoreState(settings.value(StateKey).toByteArray(), LayoutVersion);
}

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(GeometryKey, m_window.saveGeometry());
    settings.setValue(StateKey, m_window.saveState(LayoutVersion));
}

void DockLayout::reset()
{
    m_window.restoreState(m_defaultState, LayoutVersion);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->show();
}

// One dock stands for each side: resizing it resizes its side.
QDockWidget *DockLayout::side(int area) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->isVisible() && !dock->isFloating() && m_window.dockWidgetArea(dock) == area)
            return dock;
    }
    return nullptr;
}

bool DockLayout::fitColumns(int columns, int readingWidth)
{
    if (columns < 2 && !m_stateBeforeColumns.isEmpty()) {
        // As they were before the second column, deferred until the column is gone from the layout.
        QTimer::singleShot(0, &m_window,
            [window = &m_window, state = m_stateBeforeColumns] { window->restoreState(state, LayoutVersion); });
        m_stateBeforeColumns.clear();
        return false;
    }
    if (!m_window.isVisible() || columns < 1)
        return false;
    const int handles = 8 * columns;
    int missing = columns * ReadingArea::ComfortableColumnWidth + handles - readingWidth;
    if (columns > 1 && missing > 0 && m_stateBeforeColumns.isEmpty())
        m_stateBeforeColumns = m_window.saveState(LayoutVersion);
    for (Qt::DockWidgetArea area : { Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea }) {
        QDockWidget *dock = side(area);
        if (missing <= 0 || !dock)
            continue;
        const int spare = dock->width() - std::max(NarrowPane, dock->minimumSizeHint().width());
        if (spare <= 0)
            continue;
        const int give = std::min(spare, missing);
        m_window.resizeDocks({ dock }, { dock->width() - give }, Qt::Horizontal);
        missing -= give;
    }
    if (columns < 2)
        return false; // one column never sends a pane away
    // Still too narrow (a small screen): the right-hand panes, then the library, step aside.
    bool hid = false;
    for (Qt::DockWidgetArea area : { Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea }) {
        while (missing > 0) {
            QDockWidget *dock = side(area);
            if (!dock)
                break;
            missing -= dock->width();
            for (QDockWidget *each : std::as_const(m_docks)) {
                if (each->isVisible() && !each->isFloating() && m_window.dockWidgetArea(each) == area) {
                    each->hide();
                    hid = true;
                }
            }
        }
    }
    return hid;
}
}
