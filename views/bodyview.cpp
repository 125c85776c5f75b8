// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "bodyrenderer.h"
#include "cablelink.h"
#include "notemarkdown.h"
#include "preferences.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
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

void BodyView::mapParagraphs()
{
    m_placements.clear();
    QHash<QString, const Paragraph *> byName;
    for (const Section &section : std::as_const(m_cable.sections)) {
        for (const Paragraph &paragraph : section.paragraphs)
            byName.insert(BodyRenderer::anchorName(paragraph.anchor), &paragraph);
    }
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const Paragraph *paragraph = nullptr;
        for (auto it = block.begin(); !it.atEnd() && !paragraph; ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (const Paragraph *p = byName.value(name)) {
                    paragraph = p;
                    break;
                }
            }
        }
        if (!paragraph)
            continue;
        // The renderer puts "N. " and "(MARK) " before the text.
        const QString shown = block.text();
        int j = 0;
        if (paragraph->number > 0)
            j += int(QString::number(paragraph->number).size()) + 2;
        if (!paragraph->mark.isEmpty())
            j += int(paragraph->mark.size()) + 3;
        while (j < shown.size() && shown.at(j).isSpace())
            ++j;
        // Walk both texts: a whitespace run of the paragraph shows as one space.
        const QString &text = paragraph->text;
        ParagraphPlacement placed;
        placed.anchor = paragraph->anchor;
        placed.blockNumber = block.blockNumber();
        placed.docPositions.resize(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            placed.docPositions[i] = block.position() + j;
            const bool same = j < shown.size() && (shown.at(j) == c || (c.isSpace() && shown.at(j).isSpace()));
            if (same || (!c.isSpace() && j < shown.size()))
                ++j;
        }
        placed.docPositions[text.size()] = block.position() + std::min<int>(j, int(shown.size()));
        m_placements << placed;
    }
}

const BodyView::ParagraphPlacement *BodyView::placement(const QString &anchor) const
{
    for (const ParagraphPlacement &placed : m_placements) {
        if (placed.anchor == anchor)
            return &placed;
    }
    return nullptr;
}

qsizetype BodyView::textOffset(const ParagraphPlacement &placed, int docPosition, bool end) const
{
    const QList<int> &d = placed.docPositions;
    // The first text offset shown at or after the position; for an end, the
    // offset just past the last character before it.
    const auto it = std::lower_bound(d.begin(), d.end(), docPosition);
    Q_UNUSED(end)
    return qsizetype(std::distance(d.begin(), it == d.end() ? d.end() - 1 : it));
}

QPair<int, int> BodyView::documentRange(const Passage &passage) const
{
    const ParagraphPlacement *placed = placement(passage.anchor);
    if (!placed)
        return {-1, -1};
    const qsizetype size = placed->docPositions.size() - 1;
    const qsizetype start = std::clamp<qsizetype>(passage.start, 0, size);
    const qsizetype end = passage.length == 0 ? size : std::clamp<qsizetype>(passage.start + passage.length, start, size);
    return {placed->docPositions.at(passage.length == 0 ? 0 : start), placed->docPositions.at(end)};
}

QList<BodyView::Passage> BodyView::selectedPassages() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        const QString anchor = currentParagraphAnchor();
        if (anchor.isEmpty())
            return {};
        return {Passage{anchor, 0, 0}};
    }
    const int a = cursor.selectionStart();
    const int b = cursor.selectionEnd();
    QList<const ParagraphPlacement *> touched;
    for (const ParagraphPlacement &placed : m_placements) {
        if (placed.docPositions.first() < b && placed.docPositions.last() > a)
            touched << &placed;
    }
    if (touched.isEmpty()) {
        const QString anchor = paragraphAnchorOf(cursor.block());
        return anchor.isEmpty() ? QList<Passage>{} : QList<Passage>{Passage{anchor, 0, 0}};
    }
    QList<Passage> passages;
    if (touched.size() == 1) {
        const ParagraphPlacement &placed = *touched.first();
        const QString text = [&] {
            for (const Section &section : m_cable.sections) {
                for (const Paragraph &paragraph : section.paragraphs) {
                    if (paragraph.anchor == placed.anchor)
                        return paragraph.text;
                }
            }
            return QString();
        }();
        qsizetype start = textOffset(placed, a, false);
        qsizetype end = textOffset(placed, b, true);
        // A passage does not begin or end with white space.
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end <= start || (start == 0 && end == text.size()))
            return {Passage{placed.anchor, 0, 0}};
        return {Passage{placed.anchor, start, end - start}};
    }
    for (const ParagraphPlacement *placed : std::as_const(touched))
        passages << Passage{placed->anchor, 0, 0};
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

QList<QColor> BodyView::annotationColours(const Annotation &annotation) const
{
    QList<QColor> colours;
    for (const qint64 id : annotation.tagIds) {
        const QColor colour(m_tags.value(id).colour);
        colours << (colour.isValid() ? colour : UserTag::defaultColour());
    }
    if (colours.isEmpty())
        colours << UserTag::defaultColour();
    return colours;
}

void BodyView::applyAnnotationSelections()
{
    m_annotationSelections.clear();
    const QColor base = palette().color(QPalette::Base);
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.detached || annotation.isWholeParagraph())
            continue;
        const auto [a, b] = documentRange({annotation.anchor, annotation.start, annotation.length});
        if (a < 0 || b <= a)
            continue;
        const QColor colour = annotationColours(annotation).first();
        // A light wash of the first tag's colour; the underlines carry every tag.
        const qreal alpha = 0.28;
        const QColor tint = QColor::fromRgbF(colour.redF() * alpha + base.redF() * (1 - alpha),
                                             colour.greenF() * alpha + base.greenF() * (1 - alpha),
                                             colour.blueF() * alpha + base.blueF() * (1 - alpha));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(a);
        selection.cursor.setPosition(b, QTextCursor::KeepAnchor);
        selection.format.setBackground(tint);
        if (!annotation.note.isEmpty())
            selection.format.setToolTip(NoteMarkdown::plainText(annotation.note));
        m_annotationSelections << selection;
    }
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
        const auto [a, b] = documentRange({annotation.anchor, annotation.start, annotation.length});
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
    auto *layout = document()->documentLayout();
    QHash<QString, QColor> marginColour;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.detached)
            continue;
        const QList<QColor> colours = annotationColours(annotation);
        if (!marginColour.contains(annotation.anchor))
            marginColour.insert(annotation.anchor, colours.first());
        if (annotation.isWholeParagraph())
            continue;
        const auto [a, b] = documentRange({annotation.anchor, annotation.start, annotation.length});
        if (a < 0 || b <= a)
            continue;
        // One underline per tag, stacked under the passage.
        for (QTextBlock block = document()->findBlock(a); block.isValid() && block.position() < b; block = block.next()) {
            const QTextLayout *text = block.layout();
            const QPointF origin = layout->blockBoundingRect(block).topLeft() + offset;
            for (int l = 0; l < text->lineCount(); ++l) {
                const QTextLine line = text->lineAt(l);
                const int lineStart = block.position() + line.textStart();
                const int lineEnd = lineStart + line.textLength();
                const int from = std::max(a, lineStart);
                const int to = std::min(b, lineEnd);
                if (from >= to)
                    continue;
                const qreal x1 = line.cursorToX(from - block.position());
                const qreal x2 = line.cursorToX(to - block.position());
                qreal y = origin.y() + line.y() + line.ascent() + line.descent() - 1;
                for (const QColor &colour : colours) {
                    painter.fillRect(QRectF(origin.x() + x1, y, x2 - x1, 2), colour);
                    y += 3;
                }
            }
        }
    }
    // A bar in the left margin of every annotated paragraph.
    for (const ParagraphPlacement &placed : std::as_const(m_placements)) {
        const auto it = marginColour.constFind(placed.anchor);
        if (it == marginColour.constEnd())
            continue;
        const QRectF rect = layout->blockBoundingRect(document()->findBlockByNumber(placed.blockNumber)).translated(offset);
        painter.fillRect(QRectF(5, rect.top() + 2, 4, rect.height() - 4), *it);
    }
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
    mapParagraphs();
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
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    format.setBackground(dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe0, 0x66));
    format.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
    for (const QString &term : std::as_const(m_terms)) {
        QString t = term.trimmed();
        if (t.isEmpty())
            continue;
        const bool prefix = t.endsWith(u'*');
        if (prefix)
            t.chop(1);
        if (t.isEmpty())
            continue;
        // Word-start match, case-insensitive, whitespace in phrases matching any run of it.
        QString pattern = QRegularExpression::escape(t);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        pattern = QStringLiteral("\\b") + pattern + (prefix ? QStringLiteral("\\w*") : QStringLiteral("\\b"));
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QTextCursor cursor(document());
        while (true) {
            cursor = document()->find(re, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format = format;
            selections << selection;
        }
    }
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
        if (!current.hasSelection() || clicked.position() < current.selectionStart() || clicked.position() > current.selectionEnd())
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

namespace
{
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'\u2019' || c == u'_';
}
}

void BodyView::snapSelectionToWords()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return;
    const QTextDocument *doc = document();
    const int last = doc->characterCount() - 1;
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    // Inside a word at either end: out to its edge, not past a paragraph's end.
    while (start > 0 && isWordCharacter(doc->characterAt(start - 1)) && isWordCharacter(doc->characterAt(start)))
        --start;
    while (end < last && isWordCharacter(doc->characterAt(end - 1)) && isWordCharacter(doc->characterAt(end)))
        ++end;
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
    QStringList parts;
    for (const Annotation &annotation : annotations) {
        QStringList names;
        for (const qint64 id : annotation.tagIds)
            names << m_tags.value(id).path;
        QString part;
        if (!names.isEmpty())
            part += QStringLiteral("<b>") + names.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("</b>");
        // The note's Markdown rendered (**Putin** in bold), its own markup never obeyed.
        if (const QString note = NoteMarkdown::toolTipHtml(annotation.note); !note.isEmpty())
            part += (part.isEmpty() ? QString() : QStringLiteral("<br/>")) + note;
        part += QStringLiteral("<br/><i>")
            + (annotation.author.isEmpty() ? Preferences::unknownAuthor() : annotation.author).toHtmlEscaped()
            + QStringLiteral("</i>");
        parts << part;
    }
    return parts.join(QStringLiteral("<hr/>"));
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

void BodyView::nextParagraph()
{
    moveParagraph(1);
}

void BodyView::previousParagraph()
{
    moveParagraph(-1);
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
    for (const ParagraphPlacement &placed : m_placements) {
        if (blocks.contains(placed.blockNumber))
            anchors << placed.anchor;
    }
    return anchors;
}

bool BodyView::goToMatchIn(const QString &anchor)
{
    const ParagraphPlacement *placed = placement(anchor);
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

bool BodyView::nextMatch()
{
    return moveToMatch(1);
}

bool BodyView::previousMatch()
{
    return moveToMatch(-1);
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
            if (placement(anchor)->blockNumber > current) {
                target = anchor;
                break;
            }
        }
    } else {
        for (auto it = anchors.crbegin(); it != anchors.crend(); ++it) {
            if (placement(*it)->blockNumber < current) {
                target = *it;
                break;
            }
        }
    }
    return goToMatchIn(target);
}
}
