// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableview.h"

#include "bodyview.h"
#include "dedupsummary.h"
#include "findbar.h"
#include "rawview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Reftel
{
CableView::CableView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_savedFileToggle(new QToolButton(this))
    , m_bannerRow(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_body(new BodyView(this))
    , m_raw(new RawView(this))
    , m_find(new FindBar(this))
{
    setObjectName(QStringLiteral("cableView"));
    m_banner->setObjectName(QStringLiteral("dedupBanner"));
    m_banner->setWordWrap(true);
    m_banner->setForegroundRole(QPalette::PlaceholderText);
    m_toggle->setObjectName(QStringLiteral("showOriginal"));
    m_toggle->setCheckable(true);
    m_toggle->setText(tr("Show original"));
    m_toggle->setToolTip(tr("Show the cable as it was saved, with what was removed marked"));
    m_toggle->setAutoRaise(true);
    m_savedFileToggle->setObjectName(QStringLiteral("showSavedFile"));
    m_savedFileToggle->setCheckable(true);
    m_savedFileToggle->setText(tr("Show saved file"));
    m_savedFileToggle->setToolTip(
        tr("Show the file as it was saved (the web page's source), not only the telegram in it"));
    m_savedFileToggle->setAutoRaise(true);
    m_savedFileToggle->hide();

    auto *row = new QHBoxLayout(m_bannerRow);
    row->setContentsMargins(8, 2, 4, 2);
    row->addWidget(m_banner, 1);
    row->addWidget(m_savedFileToggle);
    row->addWidget(m_toggle);

    m_stack->addWidget(m_body);
    m_stack->addWidget(m_raw);
    m_find->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bannerRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_find);

    connect(m_toggle, &QToolButton::toggled, this, &CableView::setShowOriginal);
    connect(m_savedFileToggle, &QToolButton::toggled, this, &CableView::setShowSavedFile);
    connect(m_body, &BodyView::referenceActivated, this,
        [this](int index, bool other) { Q_EMIT referenceActivated(m_body->cable().id, index, other); });
    connect(m_find, &FindBar::findNext, this, [this](const QString &text) { findInView(text, false); });
    connect(m_find, &FindBar::findPrevious, this, [this](const QString &text) { findInView(text, true); });
    connect(m_find, &FindBar::textChanged, this,
        [this](const QString &text) { m_find->setMatchCount(m_body->countMatches(text), true); });
    connect(m_find, &FindBar::closed, this, [this] { m_stack->currentWidget()->setFocus(); });
}

void CableView::setCable(const Cable &cable)
{
    m_history.setCurrentScroll(m_body->verticalScrollBar()->value());
    m_history.visit(cable.id);
    display(cable);
}

bool CableView::goBack()
{
    return m_history.canGoBack() && goTo(&NavigationHistory::back);
}

bool CableView::goForward()
{
    return m_history.canGoForward() && goTo(&NavigationHistory::forward);
}

bool CableView::goTo(NavigationHistory::Place (NavigationHistory::*step)())
{
    if (!m_loader)
        return false;
    m_history.setCurrentScroll(m_body->verticalScrollBar()->value());
    const NavigationHistory::Place place = (m_history.*step)();
    const std::optional<Cable> cable = m_loader(place.cableId);
    if (!cable)
        return false; // removed from the library meanwhile: the history still names it
    display(*cable);
    // The body lays out on the next pass of the event loop: scroll then too.
    m_body->verticalScrollBar()->setValue(place.scroll);
    QTimer::singleShot(
        0, m_body, [body = m_body, scroll = place.scroll] { body->verticalScrollBar()->setValue(scroll); });
    Q_EMIT cableShown(*cable);
    return true;
}

void CableView::display(const Cable &cable)
{
    m_body->setCable(cable);
    m_separateSavedFile = cable.telegramOffset < 0 && !cable.telegram.isEmpty() && !cable.documentText.isEmpty()
        && cable.documentText != cable.telegram;
    m_showsSavedFile = false;
    fillRawView();
    setShowOriginal(false);
    updateBanner();
    Q_EMIT cableChanged(cable);
}

void CableView::fillRawView()
{
    const Cable &cable = m_body->cable();
    // The telegram when it stands apart from the saved file, else the saved
    // file, which then holds the telegram as a slice.
    const bool telegram = m_separateSavedFile && !m_showsSavedFile;
    QList<RawView::Mark> marks;
    for (const DedupEntry &entry : cable.dedup) {
        qsizetype position = entry.position;
        if (telegram) {
            if (entry.in != DedupEntry::In::Telegram)
                continue;
        } else if (entry.in == DedupEntry::In::Telegram) {
            // Shifted to the page when the telegram is a slice of it; else not to be found there.
            if (cable.telegramOffset < 0)
                continue;
            position += cable.telegramOffset;
        }
        marks.append({ position, entry.length, dedupKindName(entry.kind) });
    }
    m_raw->setCable(telegram || cable.documentText.isEmpty() ? cable.telegram : cable.documentText, marks);
}

void CableView::setShowSavedFile(bool savedFile)
{
    savedFile = savedFile && m_separateSavedFile;
    if (savedFile != m_showsSavedFile) {
        m_showsSavedFile = savedFile;
        fillRawView();
    }
    if (savedFile && !showsOriginal())
        setShowOriginal(true);
    const QSignalBlocker blocker(m_savedFileToggle);
    m_savedFileToggle->setChecked(savedFile);
}

const Cable &CableView::cable() const
{
    return m_body->cable();
}

bool CableView::showsOriginal() const
{
    return m_stack->currentWidget() == m_raw;
}

void CableView::setShowOriginal(bool original)
{
    m_stack->setCurrentWidget(original ? static_cast<QWidget *>(m_raw) : m_body);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(original);
    m_toggle->setText(original ? tr("Show clean text") : tr("Show original"));
    m_savedFileToggle->setVisible(original && m_separateSavedFile);
    if (!original && m_showsSavedFile)
        setShowSavedFile(false);
}

void CableView::find()
{
    m_find->activate();
}

void CableView::findInView(const QString &text, bool backward)
{
    bool found = false;
    if (showsOriginal()) {
        found = m_raw->find(text, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    } else {
        found = m_body->findText(text, backward);
    }
    m_find->setMatchCount(m_body->countMatches(text), found);
}

void CableView::updateBanner()
{
    const QString summary = DedupSummary::text(cable());
    m_banner->setText(summary.isEmpty() ? tr("Nothing was removed from this cable.") : summary);
}
}
