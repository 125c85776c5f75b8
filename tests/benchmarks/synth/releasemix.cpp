// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasemix.h"

#include "rng.h"

#include <QByteArrayView>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace Reftel::Synth
{
namespace
{
struct Weighted
{
    const char *text;
    int weight;
};

// Release totals per classification, in enum order.
constexpr int classificationWeights[classificationCount] = { 75792, 58095, 97070, 4678, 11322, 4330 };

// Subject tags by their count on the TAGS lines of the 250 real pages (those
// seen at least three times), and a few common ones of the wider release.
constexpr Weighted subjectTagWeights[] = {
    { "PREL", 160 },
    { "PGOV", 157 },
    { "PHUM", 47 },
    { "ECON", 45 },
    { "PTER", 41 },
    { "PINR", 35 },
    { "MARR", 28 },
    { "ENRG", 19 },
    { "MOPS", 18 },
    { "ETRD", 18 },
    { "EINV", 17 },
    { "KDEM", 15 },
    { "ASEC", 14 },
    { "PINS", 13 },
    { "PARM", 13 },
    { "KCRM", 13 },
    { "SNAR", 12 },
    { "EAID", 11 },
    { "EFIN", 11 },
    { "KNNP", 10 },
    { "SOCI", 9 },
    { "EPET", 9 },
    { "KCOR", 8 },
    { "MASS", 7 },
    { "ELAB", 7 },
    { "EAIR", 7 },
    { "KPAO", 7 },
    { "MCAP", 5 },
    { "PBTS", 5 },
    { "OPRC", 4 },
    { "KWBG", 4 },
    { "SCUL", 4 },
    { "MNUC", 4 },
    { "ECIN", 4 },
    { "PREF", 4 },
    { "EFIS", 4 },
    { "KJUS", 3 },
    { "UNGA", 3 },
    { "CASC", 3 },
    { "KIRF", 3 },
    { "IAEA", 3 },
    { "ETTC", 3 },
    { "KISL", 3 },
    { "SENV", 3 },
    { "EWWT", 3 },
    { "EAGR", 3 },
    { "KTFN", 2 },
    { "AMGT", 2 },
    { "CVIS", 2 },
    { "OVIP", 2 },
    { "OEXC", 2 },
    { "KPKO", 2 },
    { "EIND", 2 },
    { "KWMN", 2 },
    { "KTIP", 2 },
    { "SMIG", 2 },
    { "TBIO", 2 },
    { "KFLU", 2 },
};

// Countries most cited beside the post's own (the real pages' country tags).
constexpr Weighted otherCountryWeights[] = {
    { "IR", 27 },
    { "IZ", 14 },
    { "RS", 13 },
    { "AF", 12 },
    { "IN", 13 },
    { "PK", 11 },
    { "CH", 10 },
    { "SY", 8 },
    { "IS", 8 },
    { "TU", 8 },
    { "FR", 7 },
    { "LE", 7 },
    { "CU", 7 },
    { "UK", 5 },
    { "KN", 5 },
    { "VE", 4 },
    { "SA", 5 },
    { "EG", 4 },
    { "GM", 4 },
    { "JA", 4 },
    { "KS", 4 },
    { "SU", 4 },
    { "GG", 7 },
    { "UP", 3 },
};

struct Country
{
    const char *code;
    const char *name;
};

// Sorted by code, for the binary search.
constexpr Country countries[] = {
    { "AE", "UAE" },
    { "AF", "AFGHANISTAN" },
    { "AG", "ALGERIA" },
    { "AJ", "AZERBAIJAN" },
    { "AL", "ALBANIA" },
    { "AM", "ARMENIA" },
    { "AO", "ANGOLA" },
    { "AR", "ARGENTINA" },
    { "AS", "AUSTRALIA" },
    { "AU", "AUSTRIA" },
    { "BA", "BAHRAIN" },
    { "BE", "BELGIUM" },
    { "BG", "BANGLADESH" },
    { "BK", "BOSNIA" },
    { "BL", "BOLIVIA" },
    { "BM", "BURMA" },
    { "BO", "BELARUS" },
    { "BR", "BRAZIL" },
    { "BU", "BULGARIA" },
    { "CA", "CANADA" },
    { "CE", "SRI LANKA" },
    { "CG", "DRC" },
    { "CH", "CHINA" },
    { "CI", "CHILE" },
    { "CO", "COLOMBIA" },
    { "CS", "COSTA RICA" },
    { "CU", "CUBA" },
    { "CY", "CYPRUS" },
    { "DA", "DENMARK" },
    { "DR", "DOMINICAN REPUBLIC" },
    { "EC", "ECUADOR" },
    { "EG", "EGYPT" },
    { "EI", "IRELAND" },
    { "EN", "ESTONIA" },
    { "ES", "EL SALVADOR" },
    { "ET", "ETHIOPIA" },
    { "EZ", "CZECH REPUBLIC" },
    { "FI", "FINLAND" },
    { "FR", "FRANCE" },
    { "GG", "GEORGIA" },
    { "GH", "GHANA" },
    { "GM", "GERMANY" },
    { "GR", "GREECE" },
    { "GT", "GUATEMALA" },
    { "HA", "HAITI" },
    { "HK", "HONG KONG" },
    { "HO", "HONDURAS" },
    { "HR", "CROATIA" },
    { "HU", "HUNGARY" },
    { "IC", "ICELAND" },
    { "ID", "INDONESIA" },
    { "IN", "INDIA" },
    { "IR", "IRAN" },
    { "IS", "ISRAEL" },
    { "IT", "ITALY" },
    { "IV", "COTE D'IVOIRE" },
    { "IZ", "IRAQ" },
    { "JA", "JAPAN" },
    { "JM", "JAMAICA" },
    { "JO", "JORDAN" },
    { "KE", "KENYA" },
    { "KG", "KYRGYZSTAN" },
    { "KN", "NORTH KOREA" },
    { "KS", "SOUTH KOREA" },
    { "KU", "KUWAIT" },
    { "KV", "KOSOVO" },
    { "KZ", "KAZAKHSTAN" },
    { "LE", "LEBANON" },
    { "LG", "LATVIA" },
    { "LH", "LITHUANIA" },
    { "LY", "LIBYA" },
    { "MO", "MOROCCO" },
    { "MX", "MEXICO" },
    { "MY", "MALAYSIA" },
    { "NI", "NIGERIA" },
    { "NL", "NETHERLANDS" },
    { "NO", "NORWAY" },
    { "NP", "NEPAL" },
    { "NU", "NICARAGUA" },
    { "NZ", "NEW ZEALAND" },
    { "PE", "PERU" },
    { "PK", "PAKISTAN" },
    { "PL", "POLAND" },
    { "PM", "PANAMA" },
    { "PO", "PORTUGAL" },
    { "QA", "QATAR" },
    { "RO", "ROMANIA" },
    { "RP", "PHILIPPINES" },
    { "RS", "RUSSIA" },
    { "SA", "SAUDI ARABIA" },
    { "SF", "SOUTH AFRICA" },
    { "SN", "SINGAPORE" },
    { "SP", "SPAIN" },
    { "SR", "SERBIA" },
    { "SU", "SUDAN" },
    { "SW", "SWEDEN" },
    { "SY", "SYRIA" },
    { "SZ", "SWITZERLAND" },
    { "TH", "THAILAND" },
    { "TI", "TAJIKISTAN" },
    { "TS", "TUNISIA" },
    { "TU", "TURKEY" },
    { "TW", "TAIWAN" },
    { "TX", "TURKMENISTAN" },
    { "UK", "UNITED KINGDOM" },
    { "UP", "UKRAINE" },
    { "UY", "URUGUAY" },
    { "UZ", "UZBEKISTAN" },
    { "VE", "VENEZUELA" },
    { "VM", "VIETNAM" },
    { "YM", "YEMEN" },
    { "ZI", "ZIMBABWE" },
};

template<std::size_t N>
const char *pickWeighted(const Weighted (&table)[N], Rng &rng)
{
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int pick = int(rng.below(std::uint32_t(total)));
    for (const Weighted &w : table) {
        if (pick < w.weight)
            return w.text;
        pick -= w.weight;
    }
    return table[N - 1].text;
}
}

Classification ReleaseMix::classification(Rng &rng)
{
    int total = 0;
    for (const int w : classificationWeights)
        total += w;
    int pick = int(rng.below(std::uint32_t(total)));
    for (int c = 0; c < classificationCount; ++c) {
        if (pick < classificationWeights[c])
            return Classification(c);
        pick -= classificationWeights[c];
    }
    return Classification::Unclassified;
}

QByteArray ReleaseMix::name(Classification c)
{
    switch (c) {
    case Classification::Unclassified:
        return QByteArrayLiteral("UNCLASSIFIED");
    case Classification::UnclassifiedFouo:
        return QByteArrayLiteral("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
    case Classification::Confidential:
        return QByteArrayLiteral("CONFIDENTIAL");
    case Classification::ConfidentialNoforn:
        return QByteArrayLiteral("CONFIDENTIAL//NOFORN");
    case Classification::Secret:
        return QByteArrayLiteral("SECRET");
    case Classification::SecretNoforn:
        return QByteArrayLiteral("SECRET//NOFORN");
    }
    return {};
}

QByteArray ReleaseMix::banner(Classification c, bool spaced)
{
    switch (c) {
    case Classification::Unclassified:
    case Classification::UnclassifiedFouo:
        return spaced ? QByteArrayLiteral("UNCLAS") : QByteArrayLiteral("UNCLASSIFIED");
    case Classification::Confidential:
    case Classification::ConfidentialNoforn:
        return spaced ? QByteArrayLiteral("C O N F I D E N T I A L") : QByteArrayLiteral("CONFIDENTIAL");
    case Classification::Secret:
    case Classification::SecretNoforn:
        return spaced ? QByteArrayLiteral("S E C R E T") : QByteArrayLiteral("SECRET");
    }
    return {};
}

QByteArray ReleaseMix::securityLine(Classification c)
{
    switch (c) {
    case Classification::Unclassified:
    case Classification::UnclassifiedFouo:
        return QByteArrayLiteral("ZNR UUUUU ZZH");
    case Classification::Confidential:
    case Classification::ConfidentialNoforn:
        return QByteArrayLiteral("ZNY CCCCC ZZH");
    case Classification::Secret:
    case Classification::SecretNoforn:
        return QByteArrayLiteral("ZNY SSSSS ZZH");
    }
    return {};
}

QByteArray ReleaseMix::paragraphMark(Classification c, Rng &rng)
{
    // Shares of marks on the real pages within each level: a confidential cable
    // has mostly (C) paragraphs, some (SBU) and (U).
    const double r = rng.uniform();
    switch (c) {
    case Classification::Unclassified:
        return QByteArrayLiteral("(U)");
    case Classification::UnclassifiedFouo:
        return r < 0.8 ? QByteArrayLiteral("(SBU)") : QByteArrayLiteral("(U)");
    case Classification::Confidential:
        return r < 0.75 ? QByteArrayLiteral("(C)") : r < 0.9 ? QByteArrayLiteral("(SBU)") : QByteArrayLiteral("(U)");
    case Classification::ConfidentialNoforn:
        return r < 0.6 ? QByteArrayLiteral("(C/NF)") : r < 0.9 ? QByteArrayLiteral("(C)") : QByteArrayLiteral("(SBU)");
    case Classification::Secret:
        return r < 0.65 ? QByteArrayLiteral("(S)") : r < 0.9 ? QByteArrayLiteral("(C)") : QByteArrayLiteral("(SBU)");
    case Classification::SecretNoforn:
        return r < 0.6 ? QByteArrayLiteral("(S/NF)") : r < 0.85 ? QByteArrayLiteral("(S)") : QByteArrayLiteral("(C)");
    }
    return {};
}

int ReleaseMix::targetSize(Rng &rng)
{
    // Lognormal: median 4.6 KB, sigma 0.77, so the targets average
    // 4.6 * exp(0.77^2 / 2) = 6.2 KB; a cable overshoots its target by part of
    // a paragraph, which brings the mean to 6.5 KB, and about one cable in a
    // thousand passes 50 KB. Clamped to what a telegram can be.
    constexpr double median = 4600.0;
    constexpr double sigma = 0.77;
    const double size = median * std::exp(sigma * rng.normal());
    return int(std::clamp(size, 700.0, 160000.0));
}

int ReleaseMix::referenceCount(Rng &rng)
{
    if (!rng.chance(0.5))
        return 0;
    const double r = rng.uniform();
    return r < 0.45 ? 1 : r < 0.70 ? 2 : r < 0.85 ? 3 : r < 0.95 ? 4 : 5;
}

QByteArrayList ReleaseMix::subjectTags(Rng &rng, int count)
{
    QByteArrayList tags;
    // Bounded tries: the table has enough distinct tags for any count asked.
    for (int tries = 0; tags.size() < count && tries < 50; ++tries) {
        const QByteArray tag(pickWeighted(subjectTagWeights, rng));
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QByteArray ReleaseMix::otherCountry(Rng &rng)
{
    return QByteArray(pickWeighted(otherCountryWeights, rng));
}

QByteArray ReleaseMix::countryName(const QByteArray &code)
{
    const auto it = std::lower_bound(std::begin(countries), std::end(countries), code,
        [](const Country &c, const QByteArray &key) { return QByteArrayView(c.code) < key; });
    if (it != std::end(countries) && QByteArrayView(it->code) == code)
        return QByteArray(it->name);
    return {};
}
}
