// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesorter.h"

#include "bannerreader.h"
#include "lineclassifier.h"
#include "pagemarkers.h"
#include "tagglossary.h"
#include "tagsreader.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
bool isCsvRowStart(QStringView v)
{
    // digits,M/D/YYYY H:MM,<id>,
    qsizetype i = 0;
    while (i < v.size() && v[i].isDigit())
        ++i;
    if (i == 0 || i >= v.size() || v[i] != u',')
        return false;
    const qsizetype second = v.indexOf(u',', i + 1);
    if (second < 0 || !TextScan::parseDateTime(v.sliced(i + 1, second - i - 1)).isValid())
        return false;
    const qsizetype third = v.indexOf(u',', second + 1);
    return third > second && TextScan::looksLikeCableId(v.sliced(second + 1, third - second - 1));
}

// " NNNN" as a word: the end-of-message mark. Found through its first "N"
// (a vectorised character search; a substring search is not).
qsizetype findEndOfMessage(QStringView v)
{
    for (qsizetype n = v.indexOf(QChar(u'N')); n > 0 && n + 4 <= v.size(); n = v.indexOf(QChar(u'N'), n + 1)) {
        if (v[n - 1] == u' ' && v[n + 1] == u'N' && v[n + 2] == u'N' && v[n + 3] == u'N'
            && (n + 4 == v.size() || v[n + 4] == u' '))
            return n - 1;
    }
    return -1;
}
}

void LineSorter::splitLines()
{
    const QList<TextScan::LineRef> refs = TextScan::splitLines(m_t);
    m_lines.reserve(refs.size());
    for (const TextScan::LineRef &r : refs) {
        TelegramLine l;
        l.start = r.start;
        l.end = r.end;
        qsizetype s = r.start;
        qsizetype e = r.end;
        while (s < e && m_t[s].isSpace())
            ++s;
        while (e > s && m_t[e - 1].isSpace())
            --e;
        // Some pages end lines with a backslash continuation mark.
        if (e > s && m_t[e - 1] == u'\\') {
            --e;
            while (e > s && m_t[e - 1].isSpace())
                --e;
        }
        l.cstart = s;
        l.cend = e;
        l.kind = s == e ? LineKind::Blank : LineKind::Text;
        // "Cable dated:...", also after the site's "ID:248885 ".
        const qsizetype dated = e - s > 30 && m_t[s] != u' '
            ? QStringView(m_t).sliced(s, std::min<qsizetype>(e - s, 40)).indexOf(u"Cable dated:")
            : -1;
        if (dated >= 0) {
            if (dated > 0)
                m_lines.remove(DedupEntry::Kind::SiteBoilerplate, s, s + dated);
            l.cstart = s + dated;
            splitGluedHeader(l);
            continue;
        }
        m_lines.append(l);
    }
}

// Some pages glue the whole header onto one line: "Cable dated:2010-01-21T11:33:00C O N F I D E N T I A L
// SECTION 01 OF 03 BERLIN 000081SIPDISE.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL KNNP IR GM". It becomes
// one line per field again, each a slice of the same text, so positions stay true.
void LineSorter::splitGluedHeader(const TelegramLine &line)
{
    const QStringView v = QStringView(m_t).sliced(line.cstart, line.cend - line.cstart);
    QList<qsizetype> cuts; // offsets in v where a new field starts
    // "Cable dated:" (12 characters; the caller checked the line is longer) and its ISO date-time are the site's.
    qsizetype at = 12;
    while (at < v.size() && (v[at].isDigit() || v[at] == u'-' || v[at] == u':' || v[at] == u'T'))
        ++at;
    m_lines.remove(DedupEntry::Kind::SiteBoilerplate, line.cstart, line.cstart + at);
    cuts.append(at);
    // The banner ends with the serial's digits.
    const QStringView rest = v.sliced(at);
    const qsizetype section = rest.indexOf(u" OF ");
    qsizetype k = 0;
    if (section > 0 && section < 60) {
        k = section + 4;
        while (k < rest.size() && (rest[k].isDigit() || rest[k] == u' '))
            ++k;
        while (k < rest.size() && (rest[k].isUpper() || rest[k] == u' ') && !rest.sliced(k).startsWith(u"SIPDIS"))
            ++k;
    } else {
        while (k < rest.size() && !rest[k].isDigit())
            ++k;
    }
    while (k < rest.size() && rest[k].isDigit())
        ++k;
    if (k < rest.size())
        cuts.append(at + k);
    static constexpr QStringView Fields[] = { u"SIPDIS", u"SENSITIVE", u"NOFORN", u"E.O.", u"EO 12958", u"TAGS",
        u"SUBJECT", u"REF:", u"Classified By", u"CLASSIFIED BY" };
    for (const QStringView f : Fields) {
        for (qsizetype p = v.indexOf(f, at); p >= 0; p = v.indexOf(f, p + f.size())) {
            if (p > at)
                cuts.append(p);
            // A caveat glued to what follows ("SIPDISDOE FOR S2") ends where the word does.
            if ((f == u"SIPDIS" || f == u"SENSITIVE" || f == u"NOFORN") && p + f.size() < v.size())
                cuts.append(p + f.size());
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.append(v.size());
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        TelegramLine part = line;
        qsizetype from = line.cstart + cuts[c];
        qsizetype to = line.cstart + cuts[c + 1];
        while (from < to && m_t[from].isSpace())
            ++from;
        while (to > from && m_t[to - 1].isSpace())
            --to;
        if (from >= to)
            continue;
        part.cstart = from;
        part.cend = to;
        part.kind = LineKind::Text;
        m_lines.append(part);
    }
}

void LineSorter::markFurniture()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind != LineKind::Text)
            continue;
        if (markDump(i) || markCsvRow(i) || markPageMarker(i))
            continue;
        markNoise(i);
    }
}

// A database dump: "id: 155355", "date: ...", ... "header ends". On success i is its last line.
bool LineSorter::markDump(qsizetype &i)
{
    const QStringView v = m_lines.content(i);
    if (!v.startsWith(u"id: ") || !TextScan::isDigits(v.sliced(4).trimmed()))
        return false;
    qsizetype end = -1;
    for (qsizetype k = i + 1; k < m_lines.size() && k < i + 400; ++k) {
        if (m_lines.content(k).contains(u"header ends")) {
            end = k;
            break;
        }
    }
    if (end < 0)
        return false;
    for (qsizetype k = i; k <= end; ++k)
        m_lines[k].kind = LineKind::Dump;
    m_lines.remove(DedupEntry::Kind::MetadataDump, m_lines[i].start, m_lines[end].end);
    i = end;
    return true;
}

// A release-CSV row pasted into the page: 141877,2/19/2008 6:18,08JEDDAH84,"Consulate Jeddah",
// ... "VZCZC...","<the body again>", ... On success i is the line before the body's.
bool LineSorter::markCsvRow(qsizetype &i)
{
    if (!isCsvRowStart(m_lines.content(i)))
        return false;
    qsizetype split = -1;
    qsizetype k = i;
    for (; k < m_lines.size() && k < i + 300; ++k) {
        split = m_lines.content(k).indexOf(u"\",\"");
        if (split >= 0)
            break;
    }
    if (split < 0)
        return false;
    for (qsizetype d = i; d < k; ++d)
        m_lines[d].kind = LineKind::Dump;
    const qsizetype cut = m_lines[k].cstart + split + 3;
    m_lines.remove(DedupEntry::Kind::MetadataDump, m_lines[i].start, cut);
    m_lines[k].cstart = cut;
    if (m_lines[k].cstart >= m_lines[k].cend)
        m_lines[k].kind = LineKind::Blank;
    m_lines.csvDump = true;
    // The row's closing quote at the end of the body.
    for (qsizetype e = m_lines.size() - 1; e > k; --e) {
        if (m_lines[e].kind == LineKind::Blank)
            continue;
        const QStringView ev = m_lines.content(e);
        qsizetype strip = 0;
        while (strip < ev.size() && (ev[ev.size() - 1 - strip] == u'"' || ev[ev.size() - 1 - strip] == u','))
            ++strip;
        if (strip > 0) {
            m_lines.remove(DedupEntry::Kind::MetadataDump, m_lines[e].cend - strip, m_lines[e].cend);
            m_lines[e].cend -= strip;
            m_lines.trimContent(e);
        }
        break;
    }
    i = k - 1;
    return true;
}

bool LineSorter::markPageMarker(qsizetype i)
{
    const QStringView v = m_lines.content(i);
    qsizetype rest = 0;
    if (!PageMarkers::isMarkerLine(v, &rest))
        return false;
    if (v.startsWith(u"PAGE ", Qt::CaseInsensitive))
        markLevelBeforeOldMarker(i);
    TelegramLine &l = m_lines[i];
    if (rest >= v.size()) {
        l.kind = LineKind::PageMarker;
        m_lines.remove(DedupEntry::Kind::PageMarker, l.start, l.end);
    } else {
        m_lines.remove(DedupEntry::Kind::PageMarker, l.cstart, l.cstart + rest);
        l.cstart += rest;
        m_lines.trimContent(i);
    }
    return true;
}

// The classification word printed at the foot of the page before an old "PAGE 02" marker.
void LineSorter::markLevelBeforeOldMarker(qsizetype i)
{
    qsizetype p = i - 1;
    while (p >= 0 && m_lines[p].kind == LineKind::Blank)
        --p;
    if (p < 0 || m_lines[p].kind != LineKind::Text)
        return;
    const QStringView pv = m_lines.content(p);
    if (LineClassifier::isLevelLine(pv)) {
        m_lines[p].kind = LineKind::PageMarker;
        m_lines.remove(DedupEntry::Kind::PageMarker, m_lines[p].start, m_lines[p].end);
        return;
    }
    for (const QStringView w :
        { QStringView(u" CONFIDENTIAL"), QStringView(u" UNCLASSIFIED"), QStringView(u" SECRET") }) {
        if (pv.endsWith(w) && pv.size() > w.size() + 1 && pv[pv.size() - w.size() - 1] == u' ') {
            const qsizetype cut = m_lines[p].cend - w.size();
            m_lines.remove(DedupEntry::Kind::PageMarker, cut, m_lines[p].cend);
            m_lines[p].cend = cut;
            m_lines.trimContent(p);
            return;
        }
    }
}

bool LineSorter::markNoise(qsizetype i)
{
    TelegramLine &l = m_lines[i];
    const QStringView v = m_lines.content(i);
    if (v.isEmpty())
        return false;
    // "NNNN", "> @@@OASYS@@@", ">  2002ROME01196 - Classification: CONFIDENTIAL": transmission trailers.
    // Also "=====CABLE ENDS=====" and the "..." of a truncated page.
    if (v.startsWith(u'>') || v == u"NNNN" || v.startsWith(u"====") || v == u"...") {
        l.kind = LineKind::Noise;
        return true;
    }
    // "HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL": the end-of-message mark after the signature.
    if (const qsizetype nnnn = findEndOfMessage(v); nnnn > 0) {
        const qsizetype cut = l.cstart + nnnn;
        m_lines.remove(DedupEntry::Kind::SiteBoilerplate, cut + 1, l.cend);
        l.cend = cut;
        return true;
    }
    // "Visit Embassy Manama's Classified Website: ..." (and its rows of stars).
    if ((v[0] == u'V' || v[0] == u'*') && v.contains(u"Classified Website")) {
        l.kind = LineKind::Noise;
        m_lines.remove(DedupEntry::Kind::SiteBoilerplate, l.cstart, l.cend);
        return true;
    }
    return false;
}
}
