// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmarks.h"

#include "notemarkdown.h"
#include "preferences.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace Reftel
{
QList<QColor> AnnotationMarks::colours(const Annotation &annotation, const Tags &tags)
{
    QList<QColor> colours;
    for (const qint64 id : annotation.tagIds) {
        const QColor colour(tags.value(id).colour);
        colours << (colour.isValid() ? colour : UserTag::defaultColour());
    }
    if (colours.isEmpty())
        colours << UserTag::defaultColour();
    return colours;
}

QList<QTextEdit::ExtraSelection> AnnotationMarks::tints(QTextDocument &document, const ParagraphMap &map,
    const QList<Annotation> &annotations, const Tags &tags, const QColor &base)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Annotation &annotation : annotations) {
        if (annotation.detached || annotation.isWholeParagraph())
            continue;
        const auto [a, b] = map.documentRange(annotation.anchor, annotation.start, annotation.length);
        if (a < 0 || b <= a)
            continue;
        const QColor colour = colours(annotation, tags).first();
        // A light wash of the first tag's colour; the underlines carry every tag.
        const qreal alpha = 0.28;
        const QColor tint = QColor::fromRgbF(colour.redF() * alpha + base.redF() * (1 - alpha),
            colour.greenF() * alpha + base.greenF() * (1 - alpha), colour.blueF() * alpha + base.blueF() * (1 - alpha));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(&document);
        selection.cursor.setPosition(a);
        selection.cursor.setPosition(b, QTextCursor::KeepAnchor);
        selection.format.setBackground(tint);
        if (!annotation.note.isEmpty())
            selection.format.setToolTip(NoteMarkdown::plainText(annotation.note));
        selections << selection;
    }
    return selections;
}

void AnnotationMarks::paint(QPainter &painter, const QTextDocument &document, const ParagraphMap &map,
    const QList<Annotation> &annotations, const Tags &tags, const QPointF &offset)
{
    auto *layout = document.documentLayout();
    QHash<QString, QColor> marginColour;
    for (const Annotation &annotation : annotations) {
        if (annotation.detached)
            continue;
        const QList<QColor> colours = AnnotationMarks::colours(annotation, tags);
        if (!marginColour.contains(annotation.anchor))
            marginColour.insert(annotation.anchor, colours.first());
        if (annotation.isWholeParagraph())
            continue;
        const auto [a, b] = map.documentRange(annotation.anchor, annotation.start, annotation.length);
        if (a < 0 || b <= a)
            continue;
        // One underline per tag, stacked under the passage.
        for (QTextBlock block = document.findBlock(a); block.isValid() && block.position() < b; block = block.next()) {
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
    for (const ParagraphMap::Placement &placed : map.placements()) {
        const auto it = marginColour.constFind(placed.anchor);
        if (it == marginColour.constEnd())
            continue;
        const QRectF rect =
            layout->blockBoundingRect(document.findBlockByNumber(placed.blockNumber)).translated(offset);
        painter.fillRect(QRectF(5, rect.top() + 2, 4, rect.height() - 4), *it);
    }
}

QString AnnotationMarks::toolTip(const QList<Annotation> &annotations, const Tags &tags)
{
    QStringList parts;
    for (const Annotation &annotation : annotations) {
        QStringList names;
        for (const qint64 id : annotation.tagIds)
            names << tags.value(id).path;
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
}
