// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bannerreader.h"

#include "textscan.h"

namespace Reftel
{
namespace
{
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLevelWord(QStringView w)
{
    return w == u"CONFIDENTIAL" || w == u"SECRET" || w == u"UNCLAS" || w == u"UNCLASSIFIED" || w == u"TOPSECRET";
}

QString normalisedLevel(QStringView w)
{
    if (w == u"UNCLAS")
        return QStringLiteral("UNCLASSIFIED");
    if (w == u"TOPSECRET")
        return QStringLiteral("TOP SECRET");
    return w.toString();
}

bool isCaveatWord(QStringView t)
{
    static constexpr QStringView Words[] = { u"NOFORN", u"EXDIS", u"NODIS", u"SIPDIS", u"LIMDIS", u"STADIS",
        u"SENSITIVE", u"ORCON" };
    for (const QStringView w : Words) {
        if (t == w)
            return true;
    }
    return false;
}

// "SS E C R E T", "C O N F I D E N T I A L": the letters of a spaced level,
// with a letter typed twice forgiven. Returns how many tokens it took (0: none).
qsizetype spacedLevel(const QList<QStringView> &toks, QString *level)
{
    QString word;
    qsizetype i = 0;
    while (i < toks.size() && toks[i].size() <= 2 && isAsciiUpper(toks[i][0])
        && (toks[i].size() == 1 || toks[i][1] == toks[i][0])) {
        word += toks[i][0];
        if (toks[i].size() == 2)
            word += toks[i][1];
        ++i;
    }
    if (i < 3)
        return 0;
    if (isLevelWord(word)) {
        *level = normalisedLevel(word);
        return i;
    }
    for (qsizetype k = 1; k < word.size(); ++k) {
        if (word[k] == word[k - 1] && isLevelWord(QString(word).remove(k, 1))) {
            *level = normalisedLevel(QString(word).remove(k, 1));
            return i;
        }
    }
    return 0;
}

// "CONFIDENTIAL", "SECRET//NOFORN", "LIMITED OFFICIAL USE", "TOP SECRET".
qsizetype wordLevel(const QList<QStringView> &toks, QString *level, QStringList *caveats)
{
    if (toks.isEmpty())
        return 0;
    QStringView w = toks[0];
    const qsizetype slashes = w.indexOf(u"//");
    if (slashes > 0) {
        if (w.size() > slashes + 2)
            caveats->append(w.sliced(slashes + 2).toString());
        w = w.first(slashes);
    }
    if (w == u"LIMITED" && toks.size() >= 3 && toks[1] == u"OFFICIAL" && toks[2] == u"USE") {
        *level = QStringLiteral("LIMITED OFFICIAL USE");
        return 3;
    }
    if (w == u"TOP" && toks.size() >= 2 && toks[1] == u"SECRET") {
        *level = QStringLiteral("TOP SECRET");
        return 2;
    }
    if (!isLevelWord(w))
        return 0;
    *level = normalisedLevel(w);
    return 1;
}

// "SECTION" digits "OF" digits, written without spaces.
bool parseSection(QStringView joined, int *k, int *n)
{
    if (!joined.startsWith(u"SECTION"))
        return false;
    const qsizetype of = joined.indexOf(u"OF", 7);
    if (of <= 7 || of + 2 >= joined.size())
        return false;
    const int sk = TextScan::toInt(joined.sliced(7, of - 7), -1);
    const int sn = TextScan::toInt(joined.sliced(of + 2), -1);
    if (sk < 0 || sn < 0)
        return false;
    *k = sk;
    *n = sn;
    return true;
}

// "SECTION 01 OF 02", "SECTION01 OF 02", "SECTION 01OF 02": how many tokens it took (0: none).
qsizetype section(const QList<QStringView> &toks, qsizetype i, int *k, int *n)
{
    if (i >= toks.size() || !toks[i].startsWith(u"SECTION"))
        return 0;
    QString joined;
    for (qsizetype used = 1; used <= 4 && i + used - 1 < toks.size(); ++used) {
        joined += toks[i + used - 1];
        if (parseSection(joined, k, n))
            return used;
    }
    return 0;
}

// After the level: caveats, SECTION k OF n, post and serial, caveats. Sets
// r.length where the banner ends; false when the line is prose.
bool readRest(QStringView line, const QList<QStringView> &toks, qsizetype i, bool spaced, BannerReader::Result &r)
{
    Banner &b = r.banner;
    bool sawSection = false;
    bool sawSerial = false;
    QStringList post;
    r.length = line.size();
    while (i < toks.size()) {
        const QStringView t = toks[i];
        if (const qsizetype used = section(toks, i, &b.section, &b.sectionCount); used > 0) {
            sawSection = true;
            i += used;
            continue;
        }
        if (!sawSerial && TextScan::isDigits(t) && t.size() >= 2 && !post.isEmpty()) {
            b.serial = t.toString();
            b.post = post.join(u' ');
            sawSerial = true;
            ++i;
            continue;
        }
        if (!sawSerial && (sawSection || spaced || !post.isEmpty() || i > 0) && TextScan::isUpperWord(t)
            && !t.contains(u'/')) {
            // Before the serial, capitals are the post name unless they are a known caveat.
            (isCaveatWord(t) ? b.caveats : post).append(t.toString());
            ++i;
            continue;
        }
        if (t.startsWith(u"//")) {
            b.caveats.append(t.sliced(2).toString());
            ++i;
            continue;
        }
        const bool lastWords = toks.size() - i <= 2;
        if (sawSerial && TextScan::isUpperWord(t) && (isCaveatWord(t) || lastWords) && b.caveats.size() < 4) {
            b.caveats.append(t.toString());
            ++i;
            continue;
        }
        // Text after a zero-padded serial or a SECTION is the header's next element, glued on.
        if (sawSerial && (sawSection || (b.serial.size() >= 5 && b.serial.startsWith(u'0')))) {
            r.length = t.data() - line.data();
            break;
        }
        return false; // a lower-case word, a stray number, a long tail: prose
    }
    if (post.size() > 4)
        return false;
    // A lone word "CONFIDENTIAL" is page-break residue, not a banner; the
    // spaced form and a form with SECTION or a serial are banners.
    if (!spaced && !sawSection && !sawSerial)
        return false;
    if (!sawSerial && !post.isEmpty())
        b.caveats.append(post); // "UNCLAS SECTION 01 OF 02 SENSITIVE"
    return true;
}
}

BannerReader::Result BannerReader::read(QStringView line)
{
    Result r;
    const QStringView t = line.trimmed();
    if (t.size() < 5 || t.size() > 2000)
        return r;
    // Cheap rejection first: this runs on every line of every body.
    const char16_t c0 = t[0].unicode();
    if (c0 != u'C' && c0 != u'S' && c0 != u'U' && c0 != u'T' && c0 != u'L')
        return r;
    if (!(t[1] == u' ' || t[1] == t[0] || t.startsWith(u"CONF") || t.startsWith(u"SECR") || t.startsWith(u"UNCL")
            || t.startsWith(u"LIMI") || t.startsWith(u"TOP ")))
        return r;
    const QList<QStringView> toks = TextScan::tokens(t.first(std::min<qsizetype>(t.size(), 400)));
    QString level;
    bool spaced = true;
    qsizetype i = spacedLevel(toks, &level);
    if (i == 0) {
        spaced = false;
        i = wordLevel(toks, &level, &r.banner.caveats);
    }
    if (i == 0)
        return r;
    r.banner.level = level;
    if (!readRest(line, toks, i, spaced, r))
        return {};
    r.banner.text = line.first(r.length).trimmed().toString();
    r.valid = true;
    return r;
}

bool BannerReader::isBanner(QStringView line)
{
    return read(line).valid;
}

bool BannerReader::isCorrectedCopyLine(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 13 || line.size() > 80 || (line[0] != u'C' && line[0] != u'c' && line[0] != u'*'))
        return false; // cheap rejection: every line before the header comes through here
    QString letters;
    for (const QChar c : line) {
        if (c.isLetter())
            letters += c.toUpper();
        else if (!c.isSpace() && c != u'-' && c != u'*')
            return false;
    }
    return letters == u"CORRECTEDCOPY" || letters == u"CORRECTEDCOPYCORRECTEDCOPY";
}

bool BannerReader::isTelegramStart(QStringView line)
{
    if (line.startsWith(u"VZCZC"))
        return true;
    if (TextScan::isDateTimeGroupLine(line) && line.size() < 40)
        return true;
    return isBanner(line) || isCorrectedCopyLine(line);
}
}
