// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// A note's Markdown as it is shown where the note is not edited: a list's
// cell, a tooltip. Read with raw HTML off; what comes out is text or a
// small, escaped subset of rich text (bold, italics, struck, code), never
// a link, an image or markup from the note itself.
class NoteMarkdown final
{
public:
    // The words without the markup ("**Putin** said" → "Putin said"), one line.
    static QString plainText(const QString &markdown);
    // Rich text for a tooltip: emphasis kept, lines and list items broken.
    static QString toolTipHtml(const QString &markdown);
};
}
