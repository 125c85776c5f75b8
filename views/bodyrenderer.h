// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QSet>
#include <QString>

namespace Reftel
{
struct Cable;

// Turns a parsed cable into the rich text the reading view shows: subject and
// identity, the REF list, sections as headings, numbered paragraphs with their
// classification marks, summary and comment spans set apart, citations and
// REF entries as links. Cable text is always escaped: it is text, never markup.
class BodyRenderer final
{
public:
    struct Colours
    {
        QColor text = Qt::black;
        QColor muted = Qt::darkGray;
        QColor mark = QColor(0x9b, 0x1c, 0x1c);
        QColor span = QColor(0xf3, 0xf0, 0xe3);
        QColor link = QColor(0x1d, 0x4e, 0xd8);
        QColor missingLink = QColor(0x8a, 0x8a, 0x8a);
    };

    // Link targets in the rendered text.
    static constexpr auto ReferenceScheme = "reftel-ref"; // reftel-ref:<index into Cable::references>
    static constexpr auto CitationScheme = "reftel-cite"; // reftel-cite:<section>/<paragraph>/<citation>

    // missingReferences: indexes into Cable::references whose cable is not in
    // the library. They stay links (hovering says so, clicking offers the
    // public copy) but look apart: muted, not underlined, marked in the REF list.
    static QString html(const Cable &cable, const Colours &colours, const QSet<int> &missingReferences = {});
    // The name of the HTML anchor of a paragraph, for scrollToAnchor().
    static QString anchorName(const QString &paragraphAnchor);
};
}
