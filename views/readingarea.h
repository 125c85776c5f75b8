// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QWidget>

class QSplitter;
class QStackedWidget;

namespace Reftel
{
class CableView;
class PlaceholderLabel;

// The middle of the window, where open cables are read: one column, or two
// side by side. A cable opens in the current column, or in the other one.
class ReadingArea final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingArea(QWidget *parent = nullptr);

    void openCable(const Cable &cable, bool otherColumn = false);
    CableView *currentView() const;
    QList<CableView *> views() const { return m_views; }
    int columnCount() const { return int(m_views.size()); }
    void setCurrentColumn(int column);
    void switchColumn();
    void closeOtherColumn();

Q_SIGNALS:
    void currentCableChanged(const Reftel::Cable &cable);
    void referenceActivated(const QString &citingId, int referenceIndex, bool otherColumn);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CableView *addColumn();

    QStackedWidget *m_stack = nullptr;
    PlaceholderLabel *m_placeholder = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<CableView *> m_views;
    int m_current = 0;
};
}
