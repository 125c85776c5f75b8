// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class QDockWidget;
class QMainWindow;

namespace Reftel
{
// Where the window's docks are: saved on close and restored on start
// (QSettings, guarded by a layout version so a stale dock set is not
// applied), reset to the first layout, and made to give way to the reading
// columns: narrower first, with two columns hidden if need be, and back as
// they were when the second column closes.
class DockLayout final
{
public:
    // The docks as the window lays them out first: the default layout.
    DockLayout(QMainWindow &window, const QList<QDockWidget *> &docks);

    void restore();
    void save() const;
    // The first layout again, every dock shown.
    void reset();
    // Room for columns of the reading area, now readingWidth wide; true
    // when docks were hidden to make it.
    bool fitColumns(int columns, int readingWidth);

private:
    QDockWidget *side(int area) const;

    QMainWindow &m_window;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
    QByteArray m_stateBeforeColumns; // the docks as they were before they gave way to two columns
};
}
