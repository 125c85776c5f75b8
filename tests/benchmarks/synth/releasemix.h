// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace Reftel::Synth
{
class Rng;

enum class Classification
{
    Unclassified,
    UnclassifiedFouo,
    Confidential,
    ConfidentialNoforn,
    Secret,
    SecretNoforn,
};
inline constexpr int classificationCount = 6;

// The proportions of the real release the synthetic one follows. Where the
// numbers come from:
// - classification: the release's published totals (UNCLASSIFIED 75,792,
//   U//FOUO 58,095, CONFIDENTIAL 97,070, C//NOFORN 4,678, SECRET 11,322,
//   S//NOFORN 4,330). The 250 real pages are stratified towards classified
//   cables, so their own mix is not used;
// - size: the release's 1.7 GB over 251,287 rows, about 6.5 KB a cable
//   (routing header plus body), lognormal with a tail past 50 KB; the real
//   pages' quartiles (5.1, 8.4 and 12.3 KB, again skewed to long classified
//   cables) give the spread;
// - references: half of the real pages carry a REF line, citing 1 to 5
//   cables, most often one;
// - tags: 3 to 8 a cable on the real pages, subject tags weighted by how often
//   they occur there, plus the post's country code and sometimes others.
class ReleaseMix final
{
public:
    static Classification classification(Rng &rng);
    // The release's own spelling: "UNCLASSIFIED//FOR OFFICIAL USE ONLY".
    static QByteArray name(Classification c);
    // The banner word of the telegram: "C O N F I D E N T I A L", "UNCLAS".
    static QByteArray banner(Classification c, bool spaced);
    // The routing line's security field: "ZNY CCCCC ZZH".
    static QByteArray securityLine(Classification c);
    // A paragraph's own mark, at or below the cable's level: "(C)", "(SBU)", "(S/NF)".
    static QByteArray paragraphMark(Classification c, Rng &rng);
    static bool isClassified(Classification c) { return c >= Classification::Confidential; }
    static bool isNoforn(Classification c)
    {
        return c == Classification::ConfidentialNoforn || c == Classification::SecretNoforn;
    }

    // Bytes of header plus body to aim for.
    static int targetSize(Rng &rng);
    // How many cables the REF line cites: 0 for about half of the cables.
    static int referenceCount(Rng &rng);
    // Subject tags ("PGOV", "PREL"...), without repeats.
    static QByteArrayList subjectTags(Rng &rng, int count);
    // A country code other than the post's, for tags and subjects.
    static QByteArray otherCountry(Rng &rng);
    // The country as subjects name it: "KAZAKHSTAN" for KZ; empty if unknown.
    static QByteArray countryName(const QByteArray &code);
};
}
