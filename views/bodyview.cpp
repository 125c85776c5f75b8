// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "annotationmarks.h"
#include "bodyrenderer.h"
#include "cablelink.h"
#include "paragraphmap.h"
#include "textwords.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <memory>

namespace Reftel
{
BodyView::BodyView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("bodyView"));
    setAccessibleName(tr("Cable text"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(18);
    // Headings and words stay whole: a narrow column scrolls sideways rather than break "MULTILAT-ERAL".
    setWordWrapMode(QTextOption::WordWrap);
    connect(this, &QTextBrowser::anchorClicked, this, &BodyView::onAnchorClicked);
}

void BodyView::setCable(const Cable &cable)
{
    const bool another = cable.id != m_cable.id;
    if (another)
        m_annotations.clear();
    m_cable = cable;
    m_missingNow = m_missing ? m_missing(m_cable) : QSet<int> {};
    render();
    // render() keeps the place for a redraw of the same cable; another cable opens at its top.
    if (another) {
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    }
}

QPair<int, int> BodyView::documentRange(const Passage &passage) const
{
    return m_map.documentRange(passage.anchor, passage.start, passage.length);
}

QList<BodyView::Passage> BodyView::selectedPassages() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        const QString anchor = currentParagraphAnchor();
        if (anchor.isEmpty())
            return {};
        return { Passage { anchor, 0, 0 } };
    }
    const int a = cursor.selectionStart();
    const int b = cursor.selectionEnd();
    QList<Passage> passages = m_map.passagesBetween(a, b, m_cable);
    if (passages.isEmpty()) {
        const QString anchor = paragraphAnchorOf(cursor.block());
        if (!anchor.isEmpty())
            passages << Passage { anchor, 0, 0 };
    }
    return passages;
}

bool BodyView::selectPassage(const Passage &passage)
{
    const auto [a, b] = documentRange(passage);
    if (a < 0)
        return false;
    scrollToParagraph(passage.anchor);
    QTextCursor cursor(document());
    cursor.setPosition(a);
    cursor.setPosition(b, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void BodyView::setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, UserTag> &tags)
{
    m_annotations = annotations;
    m_tags = tags;
    applyAnnotationSelections();
}

void BodyView::applyAnnotationSelections()
{
    m_annotationSelections =
        AnnotationMarks::tints(*document(), m_map, m_annotations, m_tags, palette().color(QPalette::Base));
    applyHighlights();
    viewport()->update();
}

QList<Annotation> BodyView::annotationsAt(const QPoint &viewportPos) const
{
    QList<Annotation> found;
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const int position = cursor.position();
    // In the left margin: every annotation of the paragraph.
    const bool inMargin = viewportPos.x() < int(document()->documentMargin());
    const QString anchor = paragraphAnchorOf(cursor.block());
    for (const Annotation &annotation : m_annotations) {
        if (annotation.detached)
            continue;
        if (annotation.anchor == anchor && (inMargin || annotation.isWholeParagraph())) {
            found << annotation;
            continue;
        }
        const auto [a, b] = documentRange({ annotation.anchor, annotation.start, annotation.length });
        if (a >= 0 && position >= a && position < b)
            found << annotation;
    }
    return found;
}

void BodyView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_annotations.isEmpty())
        return;
    QPainter painter(viewport());
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    AnnotationMarks::paint(painter, *document(), m_map, m_annotations, m_tags, offset);
}

void BodyView::render()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    BodyRenderer::Colours colours;
    colours.text = pal.color(QPalette::Text);
    colours.muted = pal.color(QPalette::PlaceholderText);
    colours.link = pal.color(QPalette::Link);
    colours.missingLink = pal.color(QPalette::PlaceholderText);
    colours.mark = dark ? QColor(0xf8, 0x8a, 0x8a) : QColor(0x9b, 0x1c, 0x1c);
    colours.span = dark ? QColor(0x33, 0x3a, 0x46) : QColor(0xf1, 0xee, 0xe2);
    const int scroll = verticalScrollBar()->value();
    setHtml(BodyRenderer::html(m_cable, colours, m_missingNow));
    m_map = ParagraphMap::of(*document(), m_cable);
    verticalScrollBar()->setValue(scroll);
    applyAnnotationSelections();
}

void BodyView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    applyHighlights();
}

void BodyView::applyHighlights()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QList<QTextEdit::ExtraSelection> selections = TextWords::selections(*document(), m_terms, dark);
    m_highlightCount = int(selections.size());
    m_highlights = selections;
    // Search hits over the annotation tints: drawn later, they win.
    setExtraSelections(m_annotationSelections + selections);
}

bool BodyView::scrollToParagraph(const QString &anchor)
{
    const QString name = BodyRenderer::anchorName(anchor);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorNames().contains(name)) {
                QTextCursor cursor(block);
                setTextCursor(cursor);
                scrollToAnchor(name);
                return true;
            }
        }
    }
    return false;
}

QString BodyView::paragraphAnchorOf(const QTextBlock &block) const
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        for (const Section &section : m_cable.sections) {
            for (const Paragraph &paragraph : section.paragraphs) {
                if (names.contains(BodyRenderer::anchorName(paragraph.anchor)))
                    return paragraph.anchor;
            }
        }
        if (!names.isEmpty())
            break;
    }
    return {};
}

QString BodyView::paragraphAnchorAt(const QPoint &viewportPos) const
{
    return paragraphAnchorOf(cursorForPosition(viewportPos).block());
}

QString BodyView::currentParagraphAnchor() const
{
    const QTextCursor cursor = textCursor();
    // The cursor only counts once the reader has put it somewhere.
    if (cursor.position() > 0 || cursor.hasSelection()) {
        if (const QString anchor = paragraphAnchorOf(cursor.block()); !anchor.isEmpty())
            return anchor;
    }
    for (QTextBlock block = cursorForPosition(QPoint(4, 4)).block(); block.isValid(); block = block.next()) {
        if (const QString anchor = paragraphAnchorOf(block); !anchor.isEmpty())
            return anchor;
    }
    return {};
}

bool BodyView::copyParagraphLink(const QString &anchor) const
{
    if (anchor.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(CableLink::toParagraph(anchor));
    return true;
}

void BodyView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QString anchor = paragraphAnchorAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!anchor.isEmpty()) {
        // Right-clicking elsewhere than the selection puts the cursor there, so Tag… aims at what was clicked.
        const QTextCursor clicked = cursorForPosition(viewport()->mapFromGlobal(event->globalPos()));
        const QTextCursor current = textCursor();
        if (!current.hasSelection() || clicked.position() < current.selectionStart()
            || clicked.position() > current.selectionEnd())
            setTextCursor(clicked);
        menu->addSeparator();
        QAction *tag = menu->addAction(tr("&Tag…"));
        tag->setObjectName(QStringLiteral("tagAction"));
        connect(tag, &QAction::triggered, this, &BodyView::tagRequested);
        QAction *annotate = menu->addAction(tr("&Annotate…"));
        annotate->setObjectName(QStringLiteral("annotateAction"));
        connect(annotate, &QAction::triggered, this, &BodyView::annotateRequested);
        QAction *copyLink = menu->addAction(tr("Copy Link to Paragraph"));
        copyLink->setObjectName(QStringLiteral("copyParagraphLink"));
        connect(copyLink, &QAction::triggered, this, [this, anchor] { copyParagraphLink(anchor); });
    }
    menu->exec(event->globalPos());
}

int BodyView::referenceIndexFor(const QUrl &url) const
{
    if (url.scheme() == QLatin1String(BodyRenderer::ReferenceScheme)) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        return ok && index >= 0 && index < m_cable.references.size() ? index : -1;
    }
    if (url.scheme() == QLatin1String(BodyRenderer::CitationScheme)) {
        const QStringList parts = url.path().split(u'/');
        if (parts.size() != 3)
            return -1;
        const int s = parts.at(0).toInt(), p = parts.at(1).toInt(), c = parts.at(2).toInt();
        if (s < 0 || s >= m_cable.sections.size() || p < 0 || p >= m_cable.sections.at(s).paragraphs.size())
            return -1;
        const Paragraph &para = m_cable.sections.at(s).paragraphs.at(p);
        if (c < 0 || c >= para.citations.size() || para.citations.at(c).referenceIndexes.isEmpty())
            return -1;
        const int index = para.citations.at(c).referenceIndexes.first();
        return index >= 0 && index < m_cable.references.size() ? index : -1;
    }
    return -1;
}

int BodyView::referenceIndexAt(const QPoint &viewportPos) const
{
    const QString href = anchorAt(viewportPos);
    return href.isEmpty() ? -1 : referenceIndexFor(QUrl(href));
}

void BodyView::onAnchorClicked(const QUrl &url)
{
    const int index = referenceIndexFor(url);
    if (index >= 0)
        Q_EMIT referenceActivated(index, QApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
}

void BodyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        const int index = referenceIndexAt(event->position().toPoint());
        if (index >= 0) {
            Q_EMIT referenceActivated(index, true);
            event->accept();
            return;
        }
    }
    QTextBrowser::mouseReleaseEvent(event);
    // A sloppy drag ("th|at 80%") takes whole words, as in a word processor;
    // Alt or Ctrl held keeps the selection to the letter.
    if (event->button() == Qt::LeftButton && !(event->modifiers() & (Qt::AltModifier | Qt::ControlModifier)))
        snapSelectionToWords();
}

void BodyView::snapSelectionToWords()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return;
    const auto [start, end] = TextWords::wholeWords(*document(), cursor.selectionStart(), cursor.selectionEnd());
    if (start == cursor.selectionStart() && end == cursor.selectionEnd())
        return;
    // The anchor stays on the side the drag began.
    const bool forward = cursor.anchor() <= cursor.position();
    cursor.setPosition(forward ? start : end);
    cursor.setPosition(forward ? end : start, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QString BodyView::annotationToolTip(const QList<Annotation> &annotations) const
{
    return AnnotationMarks::toolTip(annotations, m_tags);
}

bool BodyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = referenceIndexAt(help->pos());
        if (index >= 0) {
            const Reference &ref = m_cable.references.at(index);
            QString tip = m_describer ? m_describer(ref) : QString();
            if (tip.isEmpty())
                tip = ref.citedId.isEmpty() ? ref.text : ref.citedId;
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
        const QList<Annotation> here = annotationsAt(help->pos());
        if (!here.isEmpty()) {
            QToolTip::showText(help->globalPos(), annotationToolTip(here), viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QTextBrowser::viewportEvent(event);
}

void BodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_cable.id.isEmpty())
        render();
    QTextBrowser::changeEvent(event);
}

bool BodyView::findText(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (find(text, flags))
        return true;
    // Wrap around, as every find bar does.
    QTextCursor cursor = textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    setTextCursor(cursor);
    return find(text, flags);
}

int BodyView::countMatches(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    int n = 0;
    QTextCursor cursor(document());
    while (true) {
        cursor = document()->find(text, cursor);
        if (cursor.isNull())
            break;
        ++n;
    }
    return n;
}

void BodyView::moveParagraph(int step)
{
    // Paragraph blocks are the ones carrying an anchor name.
    QList<QTextBlock> anchored;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorNames().isEmpty()) {
                anchored << block;
                break;
            }
        }
    }
    if (anchored.isEmpty())
        return;
    const int current = textCursor().blockNumber();
    int target = step > 0 ? 0 : int(anchored.size()) - 1;
    if (step > 0) {
        for (int i = 0; i < anchored.size(); ++i) {
            if (anchored.at(i).blockNumber() > current) {
                target = i;
                break;
            }
        }
    } else {
        for (int i = int(anchored.size()) - 1; i >= 0; --i) {
            if (anchored.at(i).blockNumber() < current) {
                target = i;
                break;
            }
        }
    }
    QTextCursor cursor(anchored.at(target));
    setTextCursor(cursor);
    ensureCursorVisible();
}

QStringList BodyView::matchingParagraphs() const
{
    QSet<int> blocks;
    for (const QTextEdit::ExtraSelection &highlight : m_highlights)
        blocks.insert(document()->findBlock(highlight.cursor.selectionStart()).blockNumber());
    QStringList anchors;
    for (const ParagraphPlacement &placed : m_map.placements()) {
        if (blocks.contains(placed.blockNumber))
            anchors << placed.anchor;
    }
    return anchors;
}

bool BodyView::goToMatchIn(const QString &anchor)
{
    const ParagraphPlacement *placed = m_map.placement(anchor);
    if (!placed)
        return false;
    for (const QTextEdit::ExtraSelection &highlight : std::as_const(m_highlights)) {
        const int start = highlight.cursor.selectionStart();
        if (document()->findBlock(start).blockNumber() != placed->blockNumber)
            continue;
        scrollToParagraph(anchor);
        QTextCursor cursor(document());
        cursor.setPosition(start);
        setTextCursor(cursor);
        return true;
    }
    return false;
}

bool BodyView::moveToMatch(int step)
{
    const QStringList anchors = matchingParagraphs();
    if (anchors.isEmpty())
        return false;
    const int current = textCursor().blockNumber();
    QString target = step > 0 ? anchors.first() : anchors.last(); // wrapping around
    if (step > 0) {
        for (const QString &anchor : anchors) {
            if (m_map.placement(anchor)->blockNumber > current) {
                target = anchor;
                break;
            }
        }
    } else {
        for (auto it = anchors.crbegin(); it != anchors.crend(); ++it) {
            if (m_map.placement(*it)->blockNumber < current) {
                target = *it;
                break;
            }
        }
    }
    return goToMatchIn(target);
}
}
