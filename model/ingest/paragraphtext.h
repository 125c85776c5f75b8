// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphdraft.h"
#include "telegramlines.h"

namespace Reftel
{
// Joins a paragraph's pieces of the telegram into flowing text: line breaks
// and runs of spaces become one space, HTML entities are decoded, and an
// entity broken over a line break ("&#" + "x000A;") is repaired and reported.
class ParagraphText final
{
public:
    // Sets draft.text. Repairs are recorded in lines.
    static void finish(ParagraphDraft &draft, TelegramLines &lines);
    // One space between words, none at either end.
    static QString collapseSpaces(QString text);
};
}
