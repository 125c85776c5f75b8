// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "bodyrenderer.h"
#include "cablelink.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

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
    connect(this, &QTextBrowser::anchorClicked, this, &BodyView::onAnchorClicked);
}

void BodyView::setCable(const Cable &cable)
{
    m_cable = cable;
    render();
}

void BodyView::render()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    BodyRenderer::Colours colours;
    colours.text = pal.color(QPalette::Text);
    colours.muted = pal.color(QPalette::PlaceholderText);
    colours.link = pal.color(QPalette::Link);
    colours.mark = dark ? QColor(0xf8, 0x8a, 0x8a) : QColor(0x9b, 0x1c, 0x1c);
    colours.span = dark ? QColor(0x33, 0x3a, 0x46) : QColor(0xf1, 0xee, 0xe2);
    const int scroll = verticalScrollBar()->value();
    setHtml(BodyRenderer::html(m_cable, colours));
    verticalScrollBar()->setValue(scroll);
    applyHighlights();
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
    setExtraSelections(selections);
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
        menu->addSeparator();
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
}
