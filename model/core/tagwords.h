// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taginfo.h"

#include <QString>
#include <QStringView>

namespace Reftel
{
// The shapes of the words of a TAGS line that tell a tag the glossary does
// not know: a person ("GATES, ROBERT M."), words written out ("HUMAN
// RIGHTS"). TagsReader reads a line with them; the library, which keeps only
// a tag's code, gives a stored code its kind back with describe(), without
// the reader.
namespace TagWords
{
// Letters, with the hyphens and apostrophes of names and words ("ZANU-PF", "O'NEILL").
bool isWordLike(QStringView w);
bool hasVowel(QStringView w);
// A word of a language rather than letters of codes: at least a quarter of
// its letters are vowels ("ELECTIONS", not "PGOVQQXZ").
bool soundsLikeWord(QStringView w);
bool isStopWord(QStringView w); // OF, AND, THE...

// t with written kept when it differs from the code.
TagInfo withWritten(TagInfo t, QStringView written);
// A person or a phrase, with the meaning shown for its kind.
TagInfo ofKind(const QString &code, TagInfo::Kind kind, QStringView written);

// What a stored code is: the glossary's tag, or when the glossary does not
// know it a person ("GATES, ROBERT M."), a phrase ("HUMAN RIGHTS") or unknown.
TagInfo describe(QStringView code);
}
}
