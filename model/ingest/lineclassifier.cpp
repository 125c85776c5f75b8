// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclassifier.h"

#include "bannerreader.h"
#include "linesorter.h"
#include "pagemarkers.h"
#include "tagglossary.h"
#include "tagsreader.h"
#include "textscan.h"

namespace Reftel
{
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
        const bool gluedRef =
            before.isUpper() && v[p] == u'R' && (v.sliced(p).startsWith(u"REF:") || v.sliced(p).startsWith(u"REFS:"));
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
