// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextEdit>

#include <utility>

class QTextDocument;

namespace Reftel
{
// Words in a body view's text: where a search's words are (to highlight
// them), and a selection widened to whole words (what a sloppy drag meant).
class TextWords final
{
public:
    // Each occurrence of the terms as typed in a search ("manas", "air base",
    // "kaz*"): at a word's start, case-insensitive, a phrase's spaces
    // matching any run of white space; in the highlight's colours.
    static QList<QTextEdit::ExtraSelection> selections(QTextDocument &document, const QStringList &terms, bool dark);
    // [start, end) widened out to the edges of the words it begins or ends
    // inside, never past a paragraph's end.
    static std::pair<int, int> wholeWords(const QTextDocument &document, int start, int end);
};
}
