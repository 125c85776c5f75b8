// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceentryreader.h"

#include "canonicalid.h"
#include "postnames.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
struct Token
{
    QStringView text; // without the punctuation around it
    qsizetype start = 0;
    bool group = false; // a bracketed part: a title or a year
    bool used = false;
};

QStringView trimPunctuation(QStringView t)
{
    while (!t.isEmpty()
        && (t.back() == u',' || t.back() == u';' || t.back() == u'.' || t.back() == u':' || t.back() == u'-'))
        t.chop(1);
    while (!t.isEmpty() && (t.front() == u'-' || t.front() == u'"' || t.front() == u'*'))
        t = t.sliced(1);
    return t;
}

QList<Token> tokenise(QStringView s)
{
    QList<Token> toks;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i].isSpace())
            ++i;
        if (i >= s.size())
            break;
        Token t;
        t.start = i;
        if (s[i] == u'(') {
            const qsizetype close = s.indexOf(u')', i);
            const qsizetype end = close < 0 ? s.size() : close;
            t.text = s.sliced(i + 1, end - i - 1).trimmed();
            t.group = true;
            i = close < 0 ? s.size() : close + 1;
        } else {
            const qsizetype from = i;
            while (i < s.size() && !s[i].isSpace() && s[i] != u'(')
                ++i;
            t.text = trimPunctuation(s.sliced(from, i - from));
        }
        // "09RIYADH 1302": the year glued to the post is a token of its own.
        qsizetype letters = 2;
        while (!t.group && letters < t.text.size() && t.text[letters].isLetter())
            ++letters;
        if (!t.group && t.text.size() >= 5 && letters == t.text.size() && t.text[0].isDigit() && t.text[1].isDigit()) {
            Token year = t;
            year.text = t.text.first(2);
            toks.append(year);
            t.text = t.text.sliced(2);
            t.start += 2;
        }
        toks.append(t);
    }
    return toks;
}

bool isSerial(QStringView t)
{
    return !t.isEmpty() && t.size() <= 8 && TextScan::isDigits(t) && TextScan::toInt(t, 0) < 10000000;
}

bool isPostWord(QStringView t)
{
    if (t.isEmpty())
        return false;
    int letters = 0;
    for (const QChar c : t) {
        if (c.isLetter())
            ++letters;
        else if (c != u'.' && c != u'-' && c != u'\'')
            return false;
    }
    return letters > 0;
}

bool isMonth(QStringView t)
{
    static constexpr QStringView Months[] = { u"JANUARY", u"FEBRUARY", u"MARCH", u"APRIL", u"MAY", u"JUNE", u"JULY",
        u"AUGUST", u"SEPTEMBER", u"OCTOBER", u"NOVEMBER", u"DECEMBER", u"JAN", u"FEB", u"MAR", u"APR", u"JUN", u"JUL",
        u"AUG", u"SEP", u"SEPT", u"OCT", u"NOV", u"DEC" };
    for (const QStringView m : Months) {
        if (t.compare(m, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Words that stand before numbers without being posts: "AND 08", "PARA 5".
bool isFillerWord(QStringView t)
{
    static constexpr QStringView Words[] = { u"AND", u"OR", u"THE", u"OF", u"SEE", u"ALSO", u"PARA", u"PARAS",
        u"PARAGRAPH", u"SECTION", u"NO", u"NR", u"NUMBER", u"REF", u"REFS", u"REFTEL", u"PAGE", u"NOTAL", u"TO", u"IN",
        u"ON", u"AT" };
    for (const QStringView w : Words) {
        if (t.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A two- or four-digit number that is the year of the cable after it: "AND 08 ALGIERS 0075".
bool isYearOfNext(const QList<Token> &toks, qsizetype j)
{
    if (CanonicalId::twoDigitYear(toks[j].text) < 0 || j + 2 >= toks.size())
        return false;
    for (qsizetype k = j + 1; k < toks.size() && k <= j + 4; ++k) {
        if (toks[k].group)
            return false;
        if (isSerial(toks[k].text))
            return k > j + 1 && !PostNames::instance().resolve(toks[j + 1].text).isEmpty();
        if (!isPostWord(toks[k].text))
            return false;
    }
    return false;
}

// The post written before the serial at toks[serial]: the longest run of up
// to four words the release knows as a post; or one word in capitals that
// it does not know, when nothing in the entry says it is no cable.
// Returns the index of the post's first token, or -1.
qsizetype postBefore(const QList<Token> &toks, qsizetype serial, bool allowUnknown, QString *post)
{
    qsizetype best = -1;
    QString acc;
    for (qsizetype w = 1; w <= 4 && serial - w >= 0; ++w) {
        const Token &t = toks[serial - w];
        if (t.used || t.group || !isPostWord(t.text))
            break;
        acc.prepend(PostNames::compact(t.text));
        const QString known = PostNames::instance().resolve(acc);
        if (!known.isEmpty()) {
            best = serial - w;
            *post = known;
        }
    }
    if (best >= 0 || !allowUnknown || serial < 1)
        return best;
    const Token &t = toks[serial - 1];
    if (t.used || t.group || !isPostWord(t.text) || t.text.size() < 3 || !TextScan::isUpperWord(t.text)
        || isMonth(t.text) || isFillerWord(t.text))
        return -1;
    *post = PostNames::compact(t.text);
    return serial - 1;
}

// "BOGOTA2629": a post the release knows with its serial glued on.
CanonicalId::Parts gluedPostAndSerial(QStringView t)
{
    qsizetype i = 0;
    while (i < t.size() && t[i].isLetter())
        ++i;
    CanonicalId::Parts parts;
    if (i < 4 || i >= t.size() || !isSerial(t.sliced(i)))
        return parts;
    parts.post = PostNames::instance().resolve(t.first(i));
    parts.postKnown = !parts.post.isEmpty();
    parts.serial = parts.postKnown ? TextScan::toInt(t.sliced(i), 0) : -1;
    return parts;
}

// The year and the title around a cable's tokens [first, last]: "08 STATE
// 123456", "STATE 123456 (2008)", "LIMA 12 (FLOODS)". Marks them used and
// makes the id.
bool finishCable(QList<Token> &toks, qsizetype first, qsizetype last, CanonicalId::Parts parts, int citingYear,
    ReferenceEntryReader::Cable *cable)
{
    if (first > 0 && !toks[first - 1].used && !toks[first - 1].group
        && CanonicalId::twoDigitYear(toks[first - 1].text) >= 0)
        parts.year = CanonicalId::twoDigitYear(toks[--first].text);
    if (last + 1 < toks.size() && toks[last + 1].group) {
        const int bracketYear = CanonicalId::twoDigitYear(toks[last + 1].text);
        if (bracketYear >= 0 && parts.year < 0)
            parts.year = bracketYear;
        else if (bracketYear < 0 && toks[last + 1].text.compare(u"NOTAL", Qt::CaseInsensitive) != 0)
            cable->title = toks[last + 1].text.toString().simplified();
        ++last;
    }
    cable->citedId = CanonicalId::make(parts, citingYear);
    if (cable->citedId.isEmpty())
        return false;
    cable->start = toks[first].start;
    for (qsizetype k = first; k <= last; ++k)
        toks[k].used = true;
    return true;
}

// The cable whose serial is toks[j], written after its post.
bool readCableAt(QList<Token> &toks, qsizetype j, int citingYear, bool allowUnknown, ReferenceEntryReader::Cable *cable)
{
    CanonicalId::Parts parts;
    parts.serial = TextScan::toInt(toks[j].text, 0);
    const qsizetype first = postBefore(toks, j, allowUnknown, &parts.post);
    return first >= 0 && finishCable(toks, first, j, parts, citingYear, cable);
}

// "00821 ASMARA": the serial before a post the release knows.
bool readSerialFirstAt(QList<Token> &toks, qsizetype j, int citingYear, ReferenceEntryReader::Cable *cable)
{
    // Only a zero-padded serial: "2005 Minsk" is a year.
    if (toks[j].text.size() < 3 || !toks[j].text.startsWith(u'0') || j + 1 >= toks.size() || toks[j + 1].group
        || toks[j + 1].used)
        return false;
    CanonicalId::Parts parts;
    parts.post = PostNames::instance().resolve(toks[j + 1].text);
    parts.serial = TextScan::toInt(toks[j].text, 0);
    if (parts.post.isEmpty())
        return false;
    return finishCable(toks, j, j + 1, parts, citingYear, cable);
}
}

bool ReferenceEntryReader::namesNonCable(QStringView entry)
{
    static constexpr QStringView Words[] = { u"AND PREVIOUS", u"EMAIL", u"E-MAIL", u"TELECON", u"TELCON", u"MEMO",
        u"FAX", u"LETTER", u"PHONE", u"CONVERSATION", u"MEETING", u"REPORT", u"NONE", u"DIPNOTE", u"NOTE", u"IIR",
        u"WEBSITE", u"FBIS", u"DEMARCHE", u"PAPER", u"ASSESSMENT", u"ARTICLE", u"BRIEFING", u"TELEPHONE", u"CALL",
        u"DISCUSSION", u"INTERVIEW", u"STATEMENT", u"SEPTEL", u"DAILY" };
    const QString upper = entry.toString().toUpper();
    // Whole words (or their plural) only: HALIFAX is a post, not a FAX; E-MAILS are e-mails.
    for (const QStringView w : Words) {
        for (qsizetype at = upper.indexOf(w); at >= 0; at = upper.indexOf(w, at + 1)) {
            qsizetype end = at + w.size();
            if (end < upper.size() && upper[end] == u'S')
                ++end;
            const bool startsWord = at == 0 || !upper[at - 1].isLetter();
            const bool endsWord = end >= upper.size() || !upper[end].isLetter();
            if (startsWord && endsWord)
                return true;
        }
    }
    return false;
}

ReferenceEntryReader::Result ReferenceEntryReader::read(QStringView entry, int citingYear)
{
    Result r;
    QList<Token> toks = tokenise(entry);
    // What is outside the brackets decides whether an unknown word may be a post.
    QString outside;
    for (const Token &t : std::as_const(toks)) {
        if (!t.group)
            outside += t.text + u' ';
    }
    r.nonCable = namesNonCable(outside);
    for (qsizetype j = 0; j < toks.size(); ++j) {
        Token &t = toks[j];
        if (t.used || t.group)
            continue;
        Cable cable;
        if (isSerial(t.text)) {
            if (!isYearOfNext(toks, j) && readCableAt(toks, j, citingYear, !r.nonCable, &cable))
                r.cables.append(cable);
            continue;
        }
        // Already an id: "09BAMAKO280", "08STATE123456"; or post and serial glued: "BOGOTA2629".
        CanonicalId::Parts glued = t.text.size() >= 6 ? CanonicalId::read(t.text) : CanonicalId::Parts {};
        if (!glued.isValid() && t.text.size() >= 6)
            glued = gluedPostAndSerial(t.text);
        if (glued.isValid() && (glued.postKnown || !r.nonCable)) {
            cable.citedId = CanonicalId::make(glued, citingYear);
            cable.start = t.start;
            t.used = true;
            r.cables.append(cable);
        }
    }
    // Serials left over may stand before their post.
    for (qsizetype j = 0; j < toks.size(); ++j) {
        Cable cable;
        if (!toks[j].used && !toks[j].group && isSerial(toks[j].text) && readSerialFirstAt(toks, j, citingYear, &cable))
            r.cables.append(cable);
    }
    std::sort(r.cables.begin(), r.cables.end(), [](const Cable &a, const Cable &b) { return a.start < b.start; });
    return r;
}
}
