// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Reftel
{
// Reads the REF list and the in-text citations that point into it.
class ReferenceParser final
{
public:
    // text: everything after "REF:" / "REFS:", joined across its lines.
    // citingYear: the two-digit year of the citing cable, used when an entry
    // gives none ("ASTANA 0674" in a 2009 cable is 09ASTANA674).
    // unreadable receives the entries that looked like neither a cable nor a
    // known non-cable reference.
    static QList<Reference> parseList(QStringView text, int citingYear, QStringList *unreadable = nullptr);

    // Where a REF list ends when the body's first sentence was glued onto it
    // ("REF: STATE 1234 The Embassy delivered..."): the offset of that
    // sentence, or -1 when the text is the list alone.
    static qsizetype listEnd(QStringView text);

    // One entry without its letter: "BISHKEK 0123", "08 STATE 123456 (TITLE)".
    static Reference parseEntry(QStringView text, int citingYear);

    // "BISHKEK" + 123 in year 9 -> "09BISHKEK123"; empty when the parts do not make an id.
    static QString canonicalId(QStringView post, QStringView serial, int year);

    // Whether a reference's parenthesised title names a cable with this
    // subject. Titles are often shortened with "..." ("KAZAKHSTAN...SEEKS AN
    // ENHANCED RELATIONSHIP"): every part must appear in the subject, in
    // order. Lets the library catch a mistyped serial (sample 004 cites
    // "ASTANA 0731" with the title of 09ASTANA713) instead of trusting the
    // number alone.
    static bool titleMatches(QStringView title, QStringView subject);

    // Citations ("reftel A", "refs B and C", "ref B", "reftel") in a
    // paragraph's text, linked to the references by letter.
    static QList<Citation> findCitations(QStringView text, const QList<Reference> &references);
};
}
