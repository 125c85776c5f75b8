// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notemarkdown.h"

#include <QFont>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>
#include <QVariant>

namespace Reftel
{
namespace
{
// Visits the note's blocks: each gets its list bullet and its runs of text with their format.
template<typename Block, typename Run>
void walk(const QString &markdown, Block onBlock, Run onRun)
{
    QTextDocument document;
    document.setResourceProvider([](const QUrl &) { return QVariant(); }); // nothing is fetched
    document.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString bullet;
        if (const QTextList *list = block.textList())
            bullet = list->format().style() == QTextListFormat::ListDecimal
                ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                : QStringLiteral("• ");
        onBlock(bullet);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            // An image shows as its title, if any: never loaded, its address never shown.
            onRun(format.isImageFormat() ? format.toolTip() : fragment.text(), format);
        }
    }
}
}

QString NoteMarkdown::plainText(const QString &markdown)
{
    QStringList blocks;
    walk(
        markdown, [&](const QString &bullet) { blocks << bullet; },
        [&](const QString &text, const QTextCharFormat &) { blocks.last() += text; });
    blocks.removeAll(QString());
    return blocks.join(u' ').simplified();
}

QString NoteMarkdown::toolTipHtml(const QString &markdown)
{
    QStringList blocks;
    walk(
        markdown, [&](const QString &bullet) { blocks << bullet.toHtmlEscaped(); },
        [&](const QString &text, const QTextCharFormat &format) {
            QString html = text.toHtmlEscaped().replace(QChar::LineSeparator, QStringLiteral("<br/>"));
            if (format.fontFixedPitch() || format.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
                html = QStringLiteral("<code>") + html + QStringLiteral("</code>");
            if (format.fontStrikeOut())
                html = QStringLiteral("<s>") + html + QStringLiteral("</s>");
            if (format.fontItalic())
                html = QStringLiteral("<i>") + html + QStringLiteral("</i>");
            if (format.fontWeight() >= QFont::DemiBold)
                html = QStringLiteral("<b>") + html + QStringLiteral("</b>");
            blocks.last() += html;
        });
    blocks.removeAll(QString());
    return blocks.join(QStringLiteral("<br/>"));
}
}
