// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "navigationhistory.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace Reftel
{
class BodyView;
class FindBar;
class RawView;

// One open cable in the reading area: a banner saying what was deduplicated
// with a toggle to the original text (and, for a page, to the saved file),
// the clean body or the highlighted original, and the find bar.
class CableView final : public QWidget
{
    Q_OBJECT
public:
    // Reads a cable by id, for going back and forward; given by whoever holds the library.
    using CableLoader = std::function<std::optional<Cable>(const QString &id)>;

    explicit CableView(QWidget *parent = nullptr);

    // Opens a cable: it becomes the current place of the column's history.
    void setCable(const Cable &cable);
    void setCableLoader(CableLoader loader) { m_loader = std::move(loader); }
    const NavigationHistory &history() const { return m_history; }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    // Shows the previous (next) cable of this column where the reader left it.
    bool goBack();
    bool goForward();
    const Cable &cable() const;

    BodyView *bodyView() const { return m_body; }
    RawView *rawView() const { return m_raw; }
    FindBar *findBar() const { return m_find; }
    QLabel *dedupBanner() const { return m_banner; }

    bool showsOriginal() const;
    void setShowOriginal(bool original);
    // The original is the telegram as the parser read it. Where that is not
    // simply a stretch of the saved file (an HTML page, a CSV row), the
    // saved file itself is one more click away (Show saved file).
    bool hasSeparateSavedFile() const { return m_separateSavedFile; }
    bool showsSavedFile() const { return m_showsSavedFile; }
    void setShowSavedFile(bool savedFile);
    void find(); // Ctrl+F

Q_SIGNALS:
    void referenceActivated(const QString &citingId, int referenceIndex, bool otherColumn);
    // Back or forward showed another cable.
    void cableShown(const Reftel::Cable &cable);
    // The column shows this cable now, however it came (opened, back, forward).
    void cableChanged(const Reftel::Cable &cable);

private:
    void display(const Cable &cable);
    bool goTo(NavigationHistory::Place (NavigationHistory::*step)());
    void updateBanner();
    void fillRawView();
    void findInView(const QString &text, bool backward);

    QLabel *m_banner = nullptr;
    QToolButton *m_toggle = nullptr;
    QToolButton *m_savedFileToggle = nullptr;
    QWidget *m_bannerRow = nullptr;
    QStackedWidget *m_stack = nullptr;
    BodyView *m_body = nullptr;
    RawView *m_raw = nullptr;
    FindBar *m_find = nullptr;
    NavigationHistory m_history;
    CableLoader m_loader;
    bool m_separateSavedFile = false;
    bool m_showsSavedFile = false;
};
}
