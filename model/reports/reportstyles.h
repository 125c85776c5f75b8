// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>

namespace Reftel
{
// The report's type and colours: its text and block formats, made once a
// build, and the helpers they are made with. Sizes are in points.
struct ReportStyles
{
    static const QColor MutedText;
    static const QColor AccentText;

    // Points in the report's layout units.
    static qreal pt(qreal points);
    // The passage's background: the tag colour lightened so dark text on it
    // stays legible in print.
    static QColor highlight(const QColor &colour);
    static QFont serif(qreal points, QFont::Weight weight = QFont::Normal);
    static QFont sans(qreal points, QFont::Weight weight = QFont::Normal);
    static QTextCharFormat charFormat(const QFont &font, const QColor &colour = Qt::black);
    static QTextBlockFormat blockFormat(qreal topPt, qreal bottomPt, qreal leftPt = 0);
    // Contents and index entries: the page number right-aligned in a gutter
    // on the left ("\t12\tentry"), the entry's lines hanging after it.
    static QTextBlockFormat entryFormat();
    static QTextBlockFormat pageBreakBefore(QTextBlockFormat format);

    QTextCharFormat bodyText = charFormat(serif(10));
    QTextCharFormat markText = charFormat(sans(8.5, QFont::Bold), MutedText);
    QTextCharFormat metaLabel = charFormat(sans(8.5, QFont::Bold), MutedText);
    QTextCharFormat metaValue = charFormat(sans(8.5));
    QTextCharFormat noteText = charFormat(serif(9));
    QTextCharFormat noteMeta = charFormat(sans(7.5), MutedText);
    QTextCharFormat noteNumber = charFormat(serif(9, QFont::Bold), AccentText);
    QTextCharFormat h1 = charFormat(serif(16, QFont::Bold), AccentText);
    QTextCharFormat h2 = charFormat(sans(10.5, QFont::Bold), AccentText);
    QTextCharFormat h3 = charFormat(sans(9.5, QFont::Bold), MutedText);
    QTextBlockFormat chapterBlock = pageBreakBefore(blockFormat(0, 4));
    QTextBlockFormat h2Block = blockFormat(12, 4);
    QTextBlockFormat h3Block = blockFormat(8, 3);
    QTextBlockFormat metaBlock = blockFormat(0, 1);
    QTextBlockFormat paragraphBlock = blockFormat(0, 7);
    QTextBlockFormat noteBlock = blockFormat(0, 5, 18);
    QTextBlockFormat entryBlock = entryFormat();
};
}
