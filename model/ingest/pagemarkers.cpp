// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemarkers.h"

#include "postnames.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
bool isOf(QStringView t)
{
    return t.size() == 2 && (t[0] == u'O' || t[0] == u'o') && (t[1] == u'F' || t[1] == u'f');
}

bool isLetters(QStringView t)
{
    if (t.isEmpty())
        return false;
    for (const QChar c : t) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

// "002", "001.2": the page of a modern marker.
bool isPageNumber(QStringView t)
{
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        if (!TextScan::isDigits(t.sliced(dot + 1)))
            return false;
        t = t.first(dot);
    }
    return t.size() == 3 && TextScan::isDigits(t);
}

// "003", or "00..." where the site cut the page short.
bool isPageCount(QStringView t)
{
    if (t.size() == 3 && TextScan::isDigits(t))
        return true;
    qsizetype digits = 0;
    while (digits < t.size() && t[digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 3 || digits == t.size())
        return false;
    for (const QChar c : t.sliced(digits)) {
        if (c != u'.' && c != u'\u2026')
            return false;
    }
    return true;
}

// "00000253": the serial of a modern marker, zero-padded.
bool isMarkerSerial(QStringView t)
{
    return t.size() >= 5 && t.size() <= 9 && t.startsWith(u'0') && TextScan::isDigits(t);
}

bool isLevelWord(QStringView t)
{
    return t == u"CONFIDENTIAL" || t == u"SECRET" || t == u"UNCLASSIFIED" || t == u"UNCLAS";
}

// Old form: PAGE nn POST serial kk OF nn [ddhhmmZ] [text...], from toks[first].
bool oldMarker(const QList<QStringView> &toks, qsizetype first, qsizetype *after)
{
    if (toks.size() < first + 6 || toks[first].compare(u"PAGE", Qt::CaseInsensitive) != 0
        || !TextScan::isDigits(toks[first + 1]))
        return false;
    qsizetype i = first + 2;
    while (i < toks.size() && isLetters(toks[i]))
        ++i;
    if (i == first + 2 || i + 3 >= toks.size())
        return false;
    if (!(TextScan::isDigits(toks[i]) && TextScan::isDigits(toks[i + 1]) && isOf(toks[i + 2])
            && TextScan::isDigits(toks[i + 3])))
        return false;
    i += 4;
    if (i < toks.size() && toks[i].size() == 7 && toks[i].endsWith(u'Z') && TextScan::isDigits(toks[i].first(6)))
        ++i;
    *after = i;
    return true;
}

// Modern form alone on its line: POST serial kkk[.n] OF nnn, in any letter case.
bool modernMarkerLine(const QList<QStringView> &toks)
{
    const qsizetype n = toks.size();
    if (n < 5 || n > 8 || !TextScan::isDigits(toks[n - 1]) || !isOf(toks[n - 2]))
        return false;
    QStringView k = toks[n - 3];
    const qsizetype dot = k.indexOf(u'.');
    if (dot > 0)
        k = k.first(dot);
    if (!TextScan::isDigits(k) || !TextScan::isDigits(toks[n - 4]) || toks[n - 4].size() < 3)
        return false;
    for (qsizetype i = 0; i < n - 4; ++i) {
        if (!isLetters(toks[i]))
            return false;
    }
    return true;
}

// The next " OF " (in any case) at or after from whose page and count are
// numbers: "002 OF 003". Searches for the letter F in both cases are
// vectorised, and each is repeated only once passed; most hits are rejected
// by the characters around them.
qsizetype findOf(QStringView v, qsizetype from)
{
    const qsizetype n = v.size();
    qsizetype upper = -2;
    qsizetype lower = -2;
    for (qsizetype f = std::max<qsizetype>(from, 3); f + 2 < n; ++f) {
        if (upper != -1 && upper < f)
            upper = v.indexOf(u'F', f);
        if (lower != -1 && lower < f)
            lower = v.indexOf(u'f', f);
        if (upper < 0 && lower < 0)
            return -1;
        f = upper < 0 ? lower : lower < 0 ? upper : std::min(upper, lower);
        if (f + 2 >= n)
            return -1;
        // f >= 3: v[f - 3] is the last digit of the page number.
        if ((v[f - 1] == u'O' || v[f - 1] == u'o') && v[f - 2] == u' ' && v[f + 1] == u' ' && v[f + 2].isDigit()
            && v[f - 3].isDigit())
            return f - 2;
    }
    return -1;
}

struct Range
{
    qsizetype start = -1; // offsets in the text searched
    qsizetype end = -1;
};

// How many words before the serial name the post: the banner's post when it
// is given, else the longest run of up to four words that the release knows
// as a post, else one.
qsizetype postWords(const QList<QStringView> &before, qsizetype serialAt, const QString &compactPost)
{
    qsizetype words = 1;
    QString acc;
    for (qsizetype w = 1; w <= 4 && serialAt - w >= 0; ++w) {
        const QStringView word = before[serialAt - w];
        if (!isLetters(word))
            break;
        acc.prepend(PostNames::compact(word));
        if (!compactPost.isEmpty() ? acc == compactPost : !PostNames::instance().resolve(acc).isEmpty())
            words = w;
    }
    return words;
}

// The marker whose " OF " is at v[of], or an empty range: "... POST 00000325 002 OF 003 ...".
Range markerAround(QStringView v, qsizetype of, const QString &compactPost)
{
    const QList<QStringView> before = TextScan::tokens(v.first(of).last(std::min<qsizetype>(of, 60)));
    const QList<QStringView> after =
        TextScan::tokens(v.sliced(of + 4).first(std::min<qsizetype>(v.size() - of - 4, 8)));
    const qsizetype nb = before.size();
    if (nb < 3 || after.isEmpty() || !isPageCount(after[0]))
        return {};
    if (!isPageNumber(before[nb - 1]) || !isMarkerSerial(before[nb - 2]))
        return {};
    const qsizetype words = postWords(before, nb - 2, compactPost);
    const QStringView first = before[nb - 2 - words]; // postWords counts only words before the serial
    if (!isLetters(first))
        return {};
    return { first.data() - v.data(), after[0].data() - v.data() + after[0].size() };
}
}

bool PageMarkers::isMarkerLine(QStringView line, qsizetype *rest)
{
    const QStringView t = line.trimmed();
    if (t.size() < 10)
        return false;
    // Cheap rejection: every line of every cable comes through here.
    const QChar c0 = t[0];
    const bool afterLevel = (c0 == u'C' && t.startsWith(u"CONFIDENTIAL ")) || (c0 == u'S' && t.startsWith(u"SECRET "))
        || (c0 == u'U' && t.startsWith(u"UNCLAS"));
    const bool oldForm = ((c0 == u'P' || c0 == u'p') && t.startsWith(u"PAGE ", Qt::CaseInsensitive))
        || (afterLevel && t.first(std::min<qsizetype>(t.size(), 24)).contains(u" PAGE ")); // "CONFIDENTIAL PAGE 02 ..."
    if (!oldForm) {
        // A modern marker ends with " OF " and its count.
        if (t.size() > 200 || !t.back().isDigit())
            return false;
        const QStringView tail = t.last(std::min<qsizetype>(t.size(), 12));
        if (!tail.contains(u" OF ") && !tail.contains(u" of ") && !tail.contains(u" Of "))
            return false;
    }
    // Only the first tokens matter; unwrapped pages put a whole paragraph after an old marker.
    const QList<QStringView> toks = TextScan::tokens(t.first(std::min<qsizetype>(t.size(), 120)));
    if (oldForm) {
        qsizetype after = 0;
        const qsizetype first = !toks.isEmpty() && isLevelWord(toks[0]) ? 1 : 0; // "CONFIDENTIAL PAGE 02 ..."
        if (!oldMarker(toks, first, &after))
            return false;
        if (rest)
            *rest = after < toks.size() ? toks[after].data() - line.data() : line.size();
        return true;
    }
    if (!modernMarkerLine(toks))
        return false;
    if (rest)
        *rest = line.size();
    return true;
}

namespace
{
QList<std::pair<qsizetype, qsizetype>> markerRanges(QStringView v, const QString &compact)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype of = findOf(v, 0); of > 0; of = findOf(v, of + 4)) {
        const Range r = markerAround(v, of, compact);
        if (r.start >= 0 && r.end > r.start && r.end <= v.size()
            && (ranges.isEmpty() || r.start >= ranges.back().second))
            ranges.append({ r.start, r.end });
    }
    return ranges;
}
}

QList<std::pair<qsizetype, qsizetype>> PageMarkers::findInText(QStringView v, QStringView post)
{
    return markerRanges(v, PostNames::compact(post));
}

QString PageMarkers::withoutMarkers(QStringView text, QStringView post)
{
    QString out;
    qsizetype at = 0;
    for (const auto &[start, end] : findInText(text, post)) {
        out += text.sliced(at, start - at); // ranges are in order and inside text
        out += u' ';
        at = end;
    }
    out += text.sliced(at);
    return out;
}

void PageMarkers::cutInline(TelegramLines &lines, QStringView post)
{
    const QString compact = PostNames::compact(post);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Lines without " OF " and a digit after it hold no marker: the common case, rejected by findOf alone.
        if (lines[i].kind != LineKind::Text || findOf(lines.content(i), 0) < 0)
            continue;
        TelegramLine &l = lines[i];
        const qsizetype base = l.cstart;
        // Offsets from the line as first seen: cstart and cend move as markers are cut.
        for (const auto &[from, to] : markerRanges(lines.content(i), compact)) {
            const qsizetype start = base + from;
            const qsizetype end = base + to;
            if (start < l.cstart || end > l.cend || l.kind != LineKind::Text)
                break;
            lines.remove(DedupEntry::Kind::PageMarker, start, end);
            if (start == l.cstart && end >= l.cend) {
                l.kind = LineKind::PageMarker;
            } else if (start == l.cstart) {
                l.cstart = end;
                lines.trimContent(i);
            } else if (end >= l.cend) {
                l.cend = start;
                lines.trimContent(i);
            } else {
                l.cuts.append({ start, end });
            }
        }
    }
}
}
