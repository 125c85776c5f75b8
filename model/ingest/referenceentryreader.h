// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Reftel
{
// One entry of a REF list, without its letter: the cables it cites
// ("BISHKEK 0123", "08 STATE 123456", "STATE 123456 (2008)", "00821 ASMARA",
// "ISLAMABAD 5266 ISLAMABAD 4817", "ALGIERS 110 AND ALGIERS 140"), each
// with its canonical id, and its title in brackets. Entries that cite no
// cable (e-mails, meetings, reports, "AND PREVIOUS") are recognised as such.
class ReferenceEntryReader final
{
public:
    struct Cable
    {
        QString citedId;
        qsizetype start = 0; // where its citation starts in the entry
        QString title; // the bracketed title after it, when given
    };
    struct Result
    {
        QList<Cable> cables;
        bool nonCable = false; // the entry names a kind of reference that is no cable
    };

    // citingYear: the two-digit year of the citing cable, for entries that give none.
    static Result read(QStringView entry, int citingYear);
    // Whether the entry names an e-mail, a call, a meeting, a report...
    static bool namesNonCable(QStringView entry);
};
}
