// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclassifier.h"

#include "bannerreader.h"
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

// Builds the lines of one telegram and sets aside what is not text.
class LineSorter
{
public:
    explicit LineSorter(TelegramLines &lines)
        : m_lines(lines)
        , m_t(lines.text())
    {
    }

    void splitLines();
    void markFurniture();

private:
    void splitGluedHeader(const TelegramLine &line);
    bool markDump(qsizetype &i);
    bool markCsvRow(qsizetype &i);
    bool markPageMarker(qsizetype i);
    void markLevelBeforeOldMarker(qsizetype i);
    bool markNoise(qsizetype i);

    TelegramLines &m_lines;
    const QString &m_t;
};

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

TelegramLines LineClassifier::classify(const QString &telegram)
{
    TelegramLines lines(telegram);
    LineSorter c(lines);
    c.splitLines();
    c.markFurniture();
    return lines;
}

LineClassifier::Role LineClassifier::role(QStringView v, qsizetype *rest)
{
    qsizetype r = 0;
    Role role = Role::Text;
    int number = 0;
    if (v.isEmpty())
        role = Role::Text;
    else if (paragraphStart(v, &number, &r))
        role = Role::ParagraphStart;
    else if (BannerReader::isBanner(v))
        role = Role::Banner;
    else if (isLevelLine(v))
        role = Role::Level;
    else if (subjectKeyword(v, &r))
        role = Role::Subject;
    else if (tagsKeyword(v, &r))
        role = Role::Tags;
    else if (refKeyword(v, &r))
        role = Role::Ref;
    else if (classifiedByKeyword(v, &r))
        role = Role::ClassifiedBy;
    else if (eoKeyword(v, &r))
        role = Role::Eo;
    else if (isCaveatLine(v))
        role = Role::Caveat;
    else if (isUnderline(v))
        role = Role::Underline;
    if (rest)
        *rest = r;
    return role;
}

bool LineClassifier::isLevelLine(QStringView v)
{
    if (v.size() < 6 || v.size() > 24 || (v[0] != u'C' && v[0] != u'S' && v[0] != u'U' && v[0] != u'L'))
        return false;
    static constexpr QStringView Levels[] = { u"CONFIDENTIAL", u"SECRET", u"UNCLASSIFIED", u"UNCLAS",
        u"LIMITED OFFICIAL USE", u"C O N F I D E N T I A L", u"S E C R E T", u"U N C L A S S I F I E D" };
    for (const QStringView l : Levels) {
        if (v == l)
            return true;
    }
    return false;
}

bool LineClassifier::isCaveatLine(QStringView v)
{
    static constexpr QStringView Words[] = { u"SIPDIS", u"NOFORN", u"EXDIS", u"NODIS", u"LIMDIS", u"STADIS",
        u"SENSITIVE", u"ROGER", u"NOCONTRACT", u"ORCON", u"PROPIN", u"CHEROKEE", u"DISSENT" };
    // Cheap rejection first: headings and signatures are checked against this on every short line.
    if (v.size() > 60 || v.size() < 4 || !v[0].isUpper() || !v[1].isUpper())
        return false;
    bool caveat = false;
    for (const QStringView w : Words)
        caveat = caveat || v.startsWith(w); // v is trimmed: its first token starts it
    return caveat && !TextScan::hasLowercase(v) && TextScan::tokens(v).size() <= 6;
}

bool LineClassifier::isCaveatOnlyLine(QStringView v)
{
    static constexpr QStringView Words[] = { u"SIPDIS", u"NOFORN", u"EXDIS", u"NODIS", u"LIMDIS", u"STADIS",
        u"SENSITIVE", u"NOCONTRACT", u"ORCON", u"PROPIN" };
    // Cheap rejection first: every unnumbered line of every body comes through here.
    if (v.isEmpty() || v.size() > 60 || v[0] < u'E' || v[0] > u'S')
        return false;
    bool first = false;
    for (const QStringView w : Words)
        first = first || v.startsWith(w);
    if (!first)
        return false;
    for (const QStringView t : TextScan::tokens(v)) {
        bool caveat = t.startsWith(u"CX") && TextScan::isUpperWord(t);
        for (const QStringView w : Words)
            caveat = caveat || t == w;
        if (!caveat)
            return false;
    }
    return true;
}

bool LineClassifier::isHandlingNotice(QStringView v)
{
    static constexpr QStringView Starts[] = { u"SENSITIVE BUT UNCLASS", u"PLEASE PROTECT ACCORDINGLY",
        u"PLEASE HANDLE ACCORDINGLY", u"THIS CABLE IS SENSITIVE BUT UNCLASSIFIED",
        u"THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED", u"THIS CABLE IS SBU", u"SBU - PLEASE", u"SBU-PLEASE" };
    if (v.size() > 200 || v.size() < 8)
        return false;
    const char16_t c = v[0].unicode() | 0x20;
    if (c != u's' && c != u'p' && c != u't')
        return false; // cheap rejection: every unnumbered line comes through here
    for (const QStringView s : Starts) {
        if (v.startsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool LineClassifier::isUnderline(QStringView v)
{
    if (v.size() < 3)
        return false;
    for (const QChar c : v) {
        if (c != u'-' && c != u' ' && c != u'=' && c != u'_')
            return false;
    }
    return true;
}

bool LineClassifier::endsWithTerminal(QStringView v)
{
    if (v.isEmpty())
        return true;
    const QChar c = v.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\'' || c == u')' || c == u']'
        || c == u';' || c == u'\u201D' || c == u'\u2019';
}

bool LineClassifier::isHeaderLine(QStringView v)
{
    qsizetype rest = 0;
    if (BannerReader::isBanner(v) || isCaveatLine(v) || eoKeyword(v, &rest) || tagsKeyword(v, &rest)
        || v.startsWith(u"SUBJECT:"))
        return true;
    return isOldRoutingLine(v);
}

bool LineClassifier::isOldRoutingLine(QStringView v)
{
    qsizetype rest = 0;
    if (v.startsWith(u"PAGE 01 ") && PageMarkers::isMarkerLine(v, &rest))
        return true;
    if (v.startsWith(u"ACTION ") || v.startsWith(u"INFO LOG") || v.startsWith(u"------") || v.startsWith(u"FM ")
        || v.startsWith(u"TO "))
        return true;
    if (isLevelLine(v))
        return true;
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.size() == 2 && isLevelLine(toks[0]) && toks[1].size() >= 5 && toks[1].first(2) == u"PT")
        return true;
    return TextScan::isDateTimeGroupLine(v) && v.size() < 40;
}
}

namespace Reftel
{
// "SUBJECT:", "SUBJ:", "Subject:", "subject :", "SUBJECT -": the keyword of the
// subject. A dash or dot instead of the colon counts only after the capitals
// ("SUBJECT - FLOODS"), so a sentence starting with "Subject." is not read as one.
bool LineClassifier::subjectKeyword(QStringView v, qsizetype *rest)
{
    qsizetype n = 0;
    if (v.startsWith(u"SUBJECT", Qt::CaseInsensitive))
        n = 7;
    else if (v.startsWith(u"SUBJ", Qt::CaseInsensitive))
        n = 4;
    else
        return false;
    qsizetype i = n;
    while (i < v.size() && v[i] == u' ')
        ++i;
    const bool capitals = v.first(n) == u"SUBJECT" || v.first(n) == u"SUBJ";
    if (i < v.size() && v[i] == u':') {
        ++i;
    } else if (capitals && i < v.size() && (v[i] == u'-' || v[i] == u'.')) {
        while (i < v.size() && (v[i] == u'-' || v[i] == u'.'))
            ++i;
    } else {
        return false;
    }
    while (i < v.size() && (v[i] == u' ' || v[i] == u':'))
        ++i;
    *rest = i;
    return true;
}

// "TAGS:", "TAGS ", "TAG ", "Tags:", "tags prel": the keyword of the TAGS
// line (TagsReader::findKeyword), at the start of the line.
bool LineClassifier::tagsKeyword(QStringView v, qsizetype *rest)
{
    if (v.size() < 3 || (v[0] != u'T' && v[0] != u't'))
        return false;
    qsizetype listStart = 0;
    if (TagsReader::findKeyword(v.first(std::min<qsizetype>(v.size(), 60)), &listStart) != 0)
        return false;
    *rest = listStart;
    return true;
}

// "REF:", "REFS:", "REF(S):", "Ref(s):", "REF ", "REFTEL:", "REFTELS:",
// "REFERENCE:", "REF.": the keyword of the REF list.
bool LineClassifier::refKeyword(QStringView v, qsizetype *rest)
{
    if (v.size() < 3 || (v[0] != u'R' && v[0] != u'r'))
        return false;
    static constexpr QStringView Forms[] = { u"REFERENCES", u"REFERENCE", u"REFTELS", u"REFTEL", u"REF(S)", u"REFS",
        u"REF" };
    for (const QStringView f : Forms) {
        if (!v.startsWith(f, Qt::CaseInsensitive))
            continue;
        const qsizetype n = f.size();
        const QChar next = n < v.size() ? v[n] : QChar(u' ');
        if (next != u':' && next != u' ' && next != u'.')
            return false; // "REFORM", "REFUGEES"
        // Without a colon only the capitals count: "Ref lines" in prose would be mixed case.
        const bool colon = v.sliced(n).trimmed().startsWith(u':');
        if (!colon && !v.startsWith(u"REF", Qt::CaseSensitive))
            return false;
        if (next == u'.' && !(n + 1 < v.size() && v[n + 1] == u' '))
            return false;
        qsizetype i = n;
        while (i < v.size() && (v[i] == u':' || v[i] == u' ' || (v[i] == u'.' && i == n)))
            ++i;
        *rest = i;
        return true;
    }
    return false;
}

bool LineClassifier::classifiedByKeyword(QStringView v, qsizetype *rest)
{
    qsizetype i = 0;
    if (v.startsWith(u"(U)") || v.startsWith(u"(C)")) {
        i = 3;
        while (i < v.size() && v[i] == u' ')
            ++i;
    }
    if (!v.sliced(i).startsWith(u"CLASSIFIED BY", Qt::CaseInsensitive))
        return false;
    i += 13;
    while (i < v.size() && (v[i] == u':' || v[i] == u' '))
        ++i;
    *rest = i;
    return true;
}

// "E.O. 12958", "E. O. 12958", "EO 12958", "E.O 12958", "EO: ", "E.o. 12958".
bool LineClassifier::eoKeyword(QStringView v, qsizetype *rest)
{
    static constexpr QStringView Forms[] = { u"E.O.", u"E. O.", u"EO 1", u"E.O 1", u"EO: ", u"EO 12958", u"E.O.1" };
    for (const QStringView f : Forms) {
        if (v.startsWith(f, Qt::CaseInsensitive) && (f != u"EO 1" || v.startsWith(u"EO"))) {
            qsizetype i = f.endsWith(u'1') ? f.size() - 1 : f.size();
            while (i < v.size() && (v[i] == u' ' || v[i] == u':'))
                ++i;
            *rest = i;
            return true;
        }
    }
    return false;
}

bool LineClassifier::paragraphStart(QStringView v, int *number, qsizetype *after)
{
    qsizetype i = 0;
    if (i < v.size() && v[i] == u'\u00B6')
        ++i;
    while (i < v.size() && v[i] == u' ')
        ++i;
    const qsizetype s = i;
    while (i < v.size() && v[i].isDigit() && i - s < 3)
        ++i;
    if (i == s || i >= v.size() || v[i].isDigit())
        return false;
    if (v[i] != u'.' && v[i] != u')')
        return false;
    ++i;
    if (i < v.size() && v[i].isDigit())
        return false; // 1.4 (B)
    if (i < v.size() && v[i] != u' ' && v[i] != u'\t' && v[i] != u'(')
        return false;
    qsizetype j = i;
    while (j < v.size() && (v[j] == u' ' || v[j] == u'\t'))
        ++j;
    if (j < v.size()) {
        const QChar c = v[j];
        if (!(c.isUpper() || c == u'(' || c == u'"' || c == u'\u201C' || c == u'-' || c.isDigit() || c == u'\''
                || c == u'[' || c == u'.'))
            return false;
    }
    // v[s, i - 1) are the digits (i - 1 is the dot or bracket after them).
    *number = TextScan::toInt(v.sliced(s, i - 1 - s), 0);
    *after = j;
    return *number > 0;
}

qsizetype LineClassifier::markAt(QStringView v, qsizetype pos, QString *mark)
{
    if (pos < 0 || pos >= v.size() || v[pos] != u'(')
        return 0;
    const qsizetype close = v.indexOf(u')', pos);
    if (close < 0 || close - pos > 14 || close == pos + 1)
        return 0;
    const QStringView inside = v.sliced(pos + 1, close - pos - 1); // not empty: close > pos + 1
    const QChar f = inside[0];
    if (f != u'U' && f != u'C' && f != u'S' && f != u'T' && f != u'L')
        return 0;
    for (const QChar c : inside) {
        if (!((c >= u'A' && c <= u'Z') || c == u'/' || c == u' '))
            return 0;
    }
    if (inside.size() > 3 && !inside.contains(u'/') && inside != u"SBU" && inside != u"LOU" && inside != u"FOUO")
        return 0;
    *mark = inside.toString();
    return close + 1 - pos;
}
}

namespace Reftel
{
namespace
{
// A keyword of the header at v[p], strict enough to be believed in the
// middle of a line.
LineClassifier::Role gluedKeywordAt(QStringView v, qsizetype p)
{
    using Role = LineClassifier::Role;
    const QStringView t = v.sliced(p);
    qsizetype rest = 0;
    const QChar c = t[0].toUpper();
    if (c == u'S' && (t.startsWith(u"SUBJECT:", Qt::CaseInsensitive) || t.startsWith(u"SUBJ:", Qt::CaseInsensitive)))
        return Role::Subject;
    if (c == u'R' && LineClassifier::refKeyword(t, &rest) && rest > 0 && t.first(rest).contains(u':'))
        return Role::Ref;
    if (c == u'C' && t.startsWith(u"CLASSIFIED BY", Qt::CaseInsensitive))
        return Role::ClassifiedBy;
    if (c == u'E' && t.size() > 3 && (t[1] == u'.' || t[1] == u'O') && LineClassifier::eoKeyword(t, &rest)
        && (t.startsWith(u"E.O.") || t.startsWith(u"E. O.") || t.startsWith(u"EO 1")))
        return Role::Eo;
    if (c == u'T' && t.startsWith(u"TAG", Qt::CaseInsensitive)) {
        qsizetype listStart = 0;
        // In the middle of a line only a colon or a tag the glossary knows makes TAGS a keyword ("PRICE TAGS RISE").
        if (TagsReader::findKeyword(t.first(std::min<qsizetype>(t.size(), 60)), &listStart) == 0) {
            const QList<QStringView> next =
                TextScan::tokens(t.sliced(listStart).first(std::min<qsizetype>(t.size() - listStart, 20)));
            if (t.first(listStart).contains(u':')
                || (!next.isEmpty() && TagGlossary::instance().lookup(next[0]).known()))
                return Role::Tags;
        }
    }
    // A banner with its post and serial: "...4/1/2005 14:50 C O N F I D E N T I A L PRAGUE 000470".
    if ((c == u'C' || c == u'S' || c == u'U') && t.size() > 12
        && (t[1] == u' ' || t.startsWith(u"CONFIDENTIAL") || t.startsWith(u"SECRET") || t.startsWith(u"UNCLAS"))) {
        const BannerReader::Result banner = BannerReader::read(t);
        if (banner.valid && !banner.banner.serial.isEmpty())
            return Role::Banner;
    }
    int number = 0;
    qsizetype after = 0;
    QString mark;
    // "1. (C) ..." after the end of a sentence: the first paragraph.
    if ((t[0] == u'1' || t[0] == u'\u00B6') && LineClassifier::paragraphStart(t, &number, &after) && number == 1
        && (t[0] == u'\u00B6' || LineClassifier::markAt(t, after, &mark) > 0))
        return Role::ParagraphStart;
    return Role::Text;
}
}

qsizetype LineClassifier::gluedElement(QStringView v, qsizetype from, Role *role)
{
    for (qsizetype p = std::max<qsizetype>(from, 1); p + 3 < v.size(); ++p) {
        // Keywords start a word: after white space, punctuation or the digits of a date ("2020TAGS").
        const QChar before = v[p - 1];
        // "...MISSING AMCITREF: ISLAMABAD 21906": REF with its colon, glued to the last word.
        const bool gluedRef = before.isUpper() && v[p] == u'R' && (v.sliced(p).startsWith(u"REF:") || v.sliced(p).startsWith(u"REFS:"));
        if (gluedRef) {
            if (role)
                *role = Role::Ref;
            return p;
        }
        if (before.isLetter() || !(v[p].isUpper() || v[p] == u'1' || v[p] == u'\u00B6'))
            continue;
        if (v[p] == u'1' && !before.isSpace())
            continue;
        const Role r = gluedKeywordAt(v, p);
        if (r == Role::Text)
            continue;
        if (role)
            *role = r;
        return p;
    }
    return -1;
}

qsizetype LineClassifier::actionRequestAt(QStringView v, qsizetype from)
{
    // Action requests and handling notices typed on after the subject.
    static constexpr QStringView Phrases[] = { u"This is an action request", u"THIS IS AN ACTION REQUEST",
        u"ACTION REQUEST:", u"Action request:", u"This is a request for action", u"SENSITIVE BUT UNCLASSIFIED",
        u"Sensitive But Unclassified", u"Sensitive but unclassified" };
    qsizetype best = -1;
    for (const QStringView phrase : Phrases) {
        const qsizetype at = v.indexOf(phrase, from);
        if (at > 0 && (best < 0 || at < best))
            best = at;
    }
    return best;
}
}
