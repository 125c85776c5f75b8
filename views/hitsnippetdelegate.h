// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Reftel
{
// Draws a search hit's snippet (ItemRole::Snippet) on one line with the
// matched words set off in the palette's highlight colours, the way a
// search engine shows them. Falls back to the plain text without a snippet.
class HitSnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet's parts: even indexes plain, odd indexes matched words.
    static QStringList split(const QString &snippet);
};
}
