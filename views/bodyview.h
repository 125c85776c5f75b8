// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "cable.h"
#include "paragraphmap.h"
#include "usertag.h"

#include <QTextBlock>
#include <QTextBrowser>

#include <QHash>
#include <QPair>
#include <QSet>

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

    // Where a tag or note goes (see ParagraphMap::Passage).
    using Passage = ParagraphMap::Passage;

    void setCable(const Cable &cable);
    const Cable &cable() const { return m_cable; }
    void setReferenceDescriber(ReferenceDescriber describer) { m_describer = std::move(describer); }
    // Which of a cable's references (indexes into Cable::references) cite a
    // cable that is not in the library: those links look apart. Read at each
    // setCable(); given by whoever knows the library.
    using MissingReferences = std::function<QSet<int>(const Cable &)>;
    void setMissingReferences(MissingReferences missing) { m_missing = std::move(missing); }

    // Words to highlight (as typed in a search: "manas", "air base", "kaz*").
    void setHighlightTerms(const QStringList &terms);
    int highlightCount() const { return m_highlightCount; }

    // The user's annotations on this cable, drawn over the text: passages
    // tinted and underlined in their tags' colours (one line per tag), a bar
    // in the margin of annotated paragraphs, the note as a tooltip.
    void setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, UserTag> &tags);
    const QList<Annotation> &annotations() const { return m_annotations; }
    // The tint selections drawn for annotated passages (what the reader sees highlighted).
    QList<QTextEdit::ExtraSelection> annotationHighlights() const { return m_annotationSelections; }
    // The annotations covering a point of the viewport.
    QList<Annotation> annotationsAt(const QPoint &viewportPos) const;
    // What hovering them shows: tags, the note rendered, the author.
    QString annotationToolTip(const QList<Annotation> &annotations) const;
    // What the reader has selected, as paragraph passages: the selected text
    // of one paragraph; every paragraph a selection spans, whole; the
    // paragraph at the cursor when nothing is selected. Empty outside paragraphs.
    QList<Passage> selectedPassages() const;
    // Selects a passage (whole paragraph when length is 0) and scrolls to it.
    bool selectPassage(const Passage &passage);
    // The document range of a passage, or {-1, -1} when its paragraph is not shown.
    QPair<int, int> documentRange(const Passage &passage) const;

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

    // Widens the selection to whole words at both ends (what a mouse drag
    // does when released without Alt or Ctrl).
    void snapSelectionToWords();

    // Paragraph navigation for the keyboard.
    void nextParagraph() { moveParagraph(1); }
    void previousParagraph() { moveParagraph(-1); }

    // The paragraphs holding a highlighted search word, in reading order.
    QStringList matchingParagraphs() const;
    // Scrolls a paragraph to the top and puts the cursor on its first
    // highlighted word: where a search hit opens. False when it holds none.
    bool goToMatchIn(const QString &anchor);
    // The next (previous) paragraph holding a search word after (before) the
    // cursor's, wrapping around (Go ▸ Next Match, F3). False when none holds one.
    bool nextMatch() { return moveToMatch(1); }
    bool previousMatch() { return moveToMatch(-1); }

Q_SIGNALS:
    // A reference link was followed; otherColumn when Ctrl or the middle button was used.
    void referenceActivated(int referenceIndex, bool otherColumn);
    // The reader chose Tag… or Annotate… in the context menu.
    void tagRequested();
    void annotateRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    int referenceIndexFor(const QUrl &url) const;
    void onAnchorClicked(const QUrl &url);
    void applyHighlights();
    void moveParagraph(int step);
    bool moveToMatch(int step);
    QString paragraphAnchorOf(const QTextBlock &block) const;
    using ParagraphPlacement = ParagraphMap::Placement;
    void applyAnnotationSelections();

    Cable m_cable;
    ReferenceDescriber m_describer;
    MissingReferences m_missing;
    QSet<int> m_missingNow; // m_missing's answer for the cable shown
    QStringList m_terms;
    int m_highlightCount = 0;
    ParagraphMap m_map;
    QList<Annotation> m_annotations;
    QHash<qint64, UserTag> m_tags;
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
    QList<QTextEdit::ExtraSelection> m_highlights; // the search words' selections
};
}
