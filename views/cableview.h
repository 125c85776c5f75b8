// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace Reftel
{
class BodyView;
class FindBar;
class RawView;

// One open cable in the reading area: a banner saying what was deduplicated
// with a toggle to the original text, the clean body or the highlighted
// original, and the find bar.
class CableView final : public QWidget
{
    Q_OBJECT
public:
    explicit CableView(QWidget *parent = nullptr);

    void setCable(const Cable &cable);
    const Cable &cable() const;

    BodyView *bodyView() const { return m_body; }
    RawView *rawView() const { return m_raw; }
    FindBar *findBar() const { return m_find; }
    QLabel *dedupBanner() const { return m_banner; }

    bool showsOriginal() const;
    void setShowOriginal(bool original);
    void find(); // Ctrl+F

Q_SIGNALS:
    void referenceActivated(const QString &citingId, int referenceIndex, bool otherColumn);

private:
    void updateBanner();
    void findInView(const QString &text, bool backward);

    QLabel *m_banner = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_bannerRow = nullptr;
    QStackedWidget *m_stack = nullptr;
    BodyView *m_body = nullptr;
    RawView *m_raw = nullptr;
    FindBar *m_find = nullptr;
};
}
