// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taginfo.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Reftel
{
// The TAGS line, as posts typed it: "PGOV PREL KZ", "prel, pgov, tu",
// "OVIP (GATES, ROBERT M.), PREL", "GATES, ROBERT", "HUMAN RIGHTS",
// "PHUMKZ" (PHUM and KZ run together), "PGOVV" (PGOV mistyped). Every tag is
// looked up in the glossary and kept with what was written; what cannot be
// read stays as an unknown word and is reported.
class TagsReader final
{
public:
    struct Result
    {
        QList<TagInfo> tags; // in the order written, each once
        QStringList unknown; // the words that are no tag Reftel knows, as written

        QList<TagInfo> countries() const;
        QList<TagInfo> others() const; // everything that is not a country
        QList<TagInfo> ofKind(TagInfo::Kind kind) const;
    };

    // text: the list, with or without its keyword ("TAGS: ...", "Tags ...",
    // or an E.O. line that ends with one), joined across its lines.
    static Result read(QStringView text);

    // Where the list starts after a TAGS keyword anywhere in line ("E.o. 12958:
    // decl: 03/04/2015 Tags: prel"), and where the keyword itself starts; -1 when there is none.
    static qsizetype findKeyword(QStringView line, qsizetype *listStart);

    // Whether a tag goes with the countries (a country code, or an unknown two-letter code).
    static bool isCountry(const TagInfo &tag);
};
}
