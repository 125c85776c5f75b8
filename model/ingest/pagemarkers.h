// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telegramlines.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Reftel
{
// Page-break markers: "ASTANA 00000253 002 OF 002" on a line of its own,
// the old "PAGE 02 ROME 01196 01 OF 02 271458Z" with text after it, and the
// same markers glued into the unwrapped lines of some pages. They are not
// text: they are removed and reported.
class PageMarkers final
{
public:
    // A line that is or opens with a marker. *rest is where text on the same
    // line continues, or the line's length when nothing follows.
    static bool isMarkerLine(QStringView line, qsizetype *rest = nullptr);

    // The markers inside a text, in any letter case ("...said KIEV 00001261
    // 002 OF 004 that...", "Moscow 00000403 003 of 003"): [start, end) ranges,
    // in order. post is the banner's post, or empty.
    static QList<std::pair<qsizetype, qsizetype>> findInText(QStringView text, QStringView post = {});
    // text with its markers replaced by a space.
    static QString withoutMarkers(QStringView text, QStringView post = {});

    // Cuts the markers that stand inside lines of text. post is the banner's
    // post ("ASTANA"), which tells how many words before the serial belong to
    // the marker; it may be empty.
    static void cutInline(TelegramLines &lines, QStringView post);
};
}
