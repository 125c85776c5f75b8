// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "cableview.h"

#include <QFont>
#include <QList>
#include <QWidget>

class QSplitter;
class QStackedWidget;

namespace Reftel
{
class PlaceholderLabel;

// The middle of the window, where open cables are read: one column, or two
// side by side. A cable opens in the current column, or in the other one, or
// in the column it is dropped on. Each column has its own back/forward
// history; scrolling can be synchronised between the two.
class ReadingArea final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingArea(QWidget *parent = nullptr);

    // The width a column needs to be read comfortably; the window's side
    // panes give way to two of them.
    static constexpr int ComfortableColumnWidth = 380;

    void openCable(const Cable &cable, bool otherColumn = false);
    // Opens a cable in a given column (0 or 1), making a second column if needed.
    void openCableInColumn(const Cable &cable, int column);
    void setCableLoader(CableView::CableLoader loader);
    bool goBack();
    bool goForward();
    // The columns scroll together, each to the same fraction of its length.
    void setScrollSynchronized(bool synchronized);
    bool isScrollSynchronized() const { return m_syncScroll; }
    // The clean body's font in every column (the original stays fixed-width).
    void setReadingFont(const QFont &font);
    CableView *currentView() const;
    QList<CableView *> views() const { return m_views; }
    int columnCount() const { return int(m_views.size()); }
    void setCurrentColumn(int column);
    void switchColumn();
    void closeOtherColumn();

Q_SIGNALS:
    void currentCableChanged(const Reftel::Cable &cable);
    // A column was made: whoever knows the library sets it up (tooltips, highlights).
    void columnAdded(Reftel::CableView *view);
    // A column was made or closed.
    void columnCountChanged(int columns);
    void referenceActivated(const QString &citingId, int referenceIndex, bool otherColumn);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    CableView *addColumn();
    int columnAt(const QPoint &pos) const;
    void followScroll(CableView *source);

    QStackedWidget *m_stack = nullptr;
    PlaceholderLabel *m_placeholder = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<CableView *> m_views;
    int m_current = 0;
    CableView::CableLoader m_loader;
    bool m_syncScroll = false;
    std::optional<QFont> m_readingFont;
    bool m_syncing = false;
};
}
