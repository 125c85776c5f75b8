// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hitsnippetdelegate.h"

#include "itemroles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Reftel
{
namespace
{
constexpr QChar MarkStart(u'\x02');
constexpr QChar MarkEnd(u'\x03');
}

QStringList HitSnippetDelegate::split(const QString &snippet)
{
    QStringList parts { QString() };
    for (const QChar c : snippet) {
        if (c == MarkStart || c == MarkEnd) {
            // Odd parts are matched: a start opens one only from a plain part, an end closes only a matched one.
            if ((c == MarkStart) == (parts.size() % 2 == 1))
                parts.append(QString());
            continue;
        }
        parts.last().append(c == u'\n' ? QChar(u' ') : c);
    }
    return parts;
}

void HitSnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(ItemRole::Snippet).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // A matched word: bold on a tint of the highlight colour, legible in light and dark palettes.
    QColor tint = opt.palette.color(group, QPalette::Highlight);
    tint.setAlpha(selected ? 0 : 70);
    QFont bold = opt.font;
    bold.setBold(true);

    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    QStringList parts = split(snippet);
    // In a narrow column the first matched word is brought into view: the
    // text before it gives way to "…" (it is context, the word is the point).
    if (parts.size() > 1) {
        const QFontMetrics metrics(opt.font);
        const int before = metrics.horizontalAdvance(parts.first());
        if (before > area.width() / 3) {
            const QString ellipsis(QChar(0x2026));
            const int keep = area.width() / 3 - metrics.horizontalAdvance(ellipsis);
            QString lead = parts.first();
            while (!lead.isEmpty() && metrics.horizontalAdvance(lead) > keep)
                lead.remove(0, std::max<qsizetype>(1, lead.size() / 8));
            parts.first() = ellipsis + lead;
        }
    }
    for (int i = 0; i < parts.size() && x < area.right(); ++i) {
        const bool matched = i % 2 == 1;
        const QFont &font = matched ? bold : opt.font;
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(parts.at(i));
        const QRect box(x, area.top(), width, area.height());
        if (matched && tint.alpha() > 0)
            painter->fillRect(box.adjusted(0, 2, 0, -2), tint);
        painter->setFont(font);
        painter->setPen(text);
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, parts.at(i));
        x += width;
    }
    painter->restore();
}
}
