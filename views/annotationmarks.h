// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "paragraphmap.h"
#include "usertag.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QTextEdit>

class QPainter;
class QPointF;
class QTextDocument;

namespace Reftel
{
// How the user's annotations look over a body view's text: each passage
// tinted with its first tag's colour and underlined once per tag, a bar in
// the margin of each annotated paragraph, and what hovering them says.
class AnnotationMarks final
{
public:
    using Tags = QHash<qint64, UserTag>;

    // The annotation's tags' colours (the default colour for an untagged one or a colour not set).
    static QList<QColor> colours(const Annotation &annotation, const Tags &tags);
    // The tints of the annotated passages, over base (the text's background).
    static QList<QTextEdit::ExtraSelection> tints(QTextDocument &document, const ParagraphMap &map,
        const QList<Annotation> &annotations, const Tags &tags, const QColor &base);
    // The underlines and margin bars, on a viewport scrolled by offset.
    static void paint(QPainter &painter, const QTextDocument &document, const ParagraphMap &map,
        const QList<Annotation> &annotations, const Tags &tags, const QPointF &offset);
    // Tags, the note rendered, the author: one part per annotation.
    static QString toolTip(const QList<Annotation> &annotations, const Tags &tags);
};
}
