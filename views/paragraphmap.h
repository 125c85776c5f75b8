// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QPair>
#include <QString>

class QTextDocument;

namespace Reftel
{
// Where each paragraph's text landed in a body view's document, so a
// passage (offsets in Paragraph::text) can be found on screen and a
// selection on screen read back as a passage. HTML folds whitespace runs,
// so the offsets do not simply add up.
class ParagraphMap final
{
public:
    // Where a tag or note goes: a passage of a paragraph's text (offsets in
    // Paragraph::text), or the whole paragraph when length is 0.
    struct Passage
    {
        QString anchor;
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Passage &) const = default;
    };

    struct Placement
    {
        QString anchor;
        int blockNumber = -1;
        // docPositions[i] is the document position of Paragraph::text[i] (one more at the end).
        QList<int> docPositions;
    };

    // The paragraphs of cable as BodyRenderer laid them out in document.
    static ParagraphMap of(const QTextDocument &document, const Cable &cable);

    const QList<Placement> &placements() const { return m_placements; }
    const Placement *placement(const QString &anchor) const;
    // The first text offset shown at or after a document position.
    static qsizetype textOffset(const Placement &placement, int docPosition);
    // The document range of a passage (length 0: the whole paragraph), or
    // {-1, -1} when its paragraph is not shown.
    QPair<int, int> documentRange(const QString &anchor, qsizetype start, qsizetype length) const;

    // What the document range [a, b) selects, as passages: the text of one
    // paragraph (no white space at either end), or each paragraph it spans,
    // whole. Empty when it touches no paragraph.
    QList<Passage> passagesBetween(int a, int b, const Cable &cable) const;

private:
    QList<Placement> m_placements;
};
}
