// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QTextBlock>
#include <QTextBrowser>

#include <functional>

namespace Reftel
{
// The reading view of one cable: the deduplicated body, with REF entries and
// in-text citations as links, search hits highlighted, and find-in-cable.
class BodyView final : public QTextBrowser
{
    Q_OBJECT
public:
    // Says what a reference leads to (subject and date of the cited cable, or
    // that it is missing), for hover tooltips. Provided by whoever knows the library.
    using ReferenceDescriber = std::function<QString(const Reference &)>;

    explicit BodyView(QWidget *parent = nullptr);

    void setCable(const Cable &cable);
    const Cable &cable() const { return m_cable; }
    void setReferenceDescriber(ReferenceDescriber describer) { m_describer = std::move(describer); }

    // Words to highlight (as typed in a search: "manas", "air base", "kaz*").
    void setHighlightTerms(const QStringList &terms);
    int highlightCount() const { return m_highlightCount; }

    bool scrollToParagraph(const QString &anchor);
    // The anchor ("09ASTANA253¶5") of the paragraph at a point of the
    // viewport, or of the one holding the text cursor (else the first one in
    // view); empty outside paragraphs.
    QString paragraphAnchorAt(const QPoint &viewportPos) const;
    QString currentParagraphAnchor() const;
    // Puts reftel://ID#N of the paragraph on the clipboard; false outside paragraphs.
    bool copyParagraphLink(const QString &anchor) const;
    // Index into Cable::references of a link target, or -1.
    int referenceIndexAt(const QPoint &viewportPos) const;

    // Find in cable: selects the next (or previous) match, wrapping around.
    bool findText(const QString &text, bool backward = false);
    int countMatches(const QString &text) const;

    // Paragraph navigation for the keyboard.
    void nextParagraph();
    void previousParagraph();

Q_SIGNALS:
    // A reference link was followed; otherColumn when Ctrl or the middle button was used.
    void referenceActivated(int referenceIndex, bool otherColumn);

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    int referenceIndexFor(const QUrl &url) const;
    void onAnchorClicked(const QUrl &url);
    void applyHighlights();
    void moveParagraph(int step);
    QString paragraphAnchorOf(const QTextBlock &block) const;

    Cable m_cable;
    ReferenceDescriber m_describer;
    QStringList m_terms;
    int m_highlightCount = 0;
};
}
