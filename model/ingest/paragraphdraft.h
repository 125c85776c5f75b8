// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Reftel
{
// A paragraph while the body parser reads it: where its text lies in the
// telegram, before ParagraphText joins the pieces.
struct ParagraphDraft
{
    struct Segment
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    int number = 0;
    QString mark;
    QList<Segment> segments;
    qsizetype position = 0; // offset of its first line in the telegram
    int section = 0; // index of its section heading
    QString text; // set by ParagraphText::finish()
};
}
