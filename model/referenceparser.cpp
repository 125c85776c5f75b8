// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceparser.h"

#include "canonicalid.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// A letter label at text[pos]: "A.", "A)", "(A)", returning its length (0 if none)
// and the letter.
qsizetype letterLabel(QStringView text, qsizetype pos, QChar *letter)
{
    const qsizetype n = text.size();
    if (pos >= n)
        return 0;
    auto boundaryAfter = [&](qsizetype i) { return i >= n || !text[i].isLetterOrNumber(); };
    if (text[pos] == u'(' && pos + 2 < n && isAsciiUpper(text[pos + 1]) && text[pos + 2] == u')') {
        *letter = text[pos + 1];
        return 3;
    }
    if (isAsciiUpper(text[pos]) && pos + 1 < n && (text[pos + 1] == u'.' || text[pos + 1] == u')')
        && boundaryAfter(pos + 2)) {
        // "U.S." is not a label.
        if (text[pos + 1] == u'.' && pos + 2 < n && isAsciiUpper(text[pos + 2]))
            return 0;
        *letter = text[pos];
        return 2;
    }
    return 0;
}

bool isNonCableWord(QStringView upper)
{
    static constexpr QStringView Words[] = { u"AND PREVIOUS", u"EMAIL", u"E-MAIL", u"TELECON", u"TELCON", u"MEMO",
        u"FAX", u"LETTER", u"PHONE", u"CONVERSATION", u"MEETING", u"REPORT", u"NONE", u"DIPNOTE", u"NOTE", u"IIR",
        u"WEBSITE" };
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

QString cleanEntry(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.endsWith(u',') || s.endsWith(u';') || s.endsWith(u'\\')))
        s = s.chopped(1).trimmed();
    return s.toString().simplified();
}
}

QString ReferenceParser::canonicalId(QStringView post, QStringView serial, int year)
{
    return CanonicalId::make(post, serial, year);
}

Reference ReferenceParser::parseEntry(QStringView text, int citingYear)
{
    Reference ref;
    QString entry = cleanEntry(text);
    // The parenthesised title: "(SCENESETTER FOR FM TAZHIN'S MAY 4-5 VISIT TO WASHINGTON)".
    int year = citingYear;
    const qsizetype open = entry.indexOf(u'(');
    if (open > 0) {
        qsizetype close = entry.lastIndexOf(u')');
        const QString inside =
            close > open ? entry.sliced(open + 1, close - open - 1).trimmed() : entry.sliced(open + 1).trimmed();
        if (inside.size() == 4 && TextScan::isDigits(inside)) {
            year = TextScan::toInt(inside) % 100;
        } else if (inside != u"NOTAL" && !inside.isEmpty()) {
            ref.title = inside;
        }
    }
    ref.text = entry;

    const QString upper = entry.toUpper();
    if (upper.contains(u"AND PREVIOUS"))
        return ref;
    // Already an id ("09BAMAKO280"), as some pages write them.
    if (const QStringView first = TextScan::tokens(QStringView(upper)).value(0); TextScan::looksLikeCableId(first)) {
        ref.citedId = first.toString();
        return ref;
    }
    // A repeated letter in brackets ("D. (C) PARIS 953"): the label is already taken.
    if (upper.size() > 4 && upper[0] == u'(' && upper[2] == u')' && upper[1].isLetter()) {
        Reference rest = parseEntry(QStringView(entry).sliced(3), citingYear);
        rest.text = ref.text;
        return rest;
    }
    const QList<QStringView> toks = TextScan::tokens(QStringView(upper));
    qsizetype i = 0;
    if (i < toks.size() && TextScan::isDigits(toks[i]) && (toks[i].size() == 2 || toks[i].size() == 4)
        && i + 2 < toks.size()) {
        year = TextScan::toInt(toks[i]) % 100;
        ++i;
    }
    QStringList post;
    while (i < toks.size() && post.size() < 4) {
        QStringView t = toks[i];
        if (t.endsWith(u','))
            t.chop(1);
        if (!TextScan::isUpperWord(t) || TextScan::isDigits(t))
            break;
        for (const QChar c : t) {
            if (!c.isLetter() && c != u'.' && c != u'-')
                return ref;
        }
        post.append(t.toString());
        ++i;
    }
    if (post.isEmpty() || i >= toks.size())
        return ref;
    QStringView serial = toks[i];
    while (!serial.isEmpty() && !serial.back().isDigit())
        serial.chop(1);
    if (!TextScan::isDigits(serial) || serial.size() > 7)
        return ref;
    const QString joined = post.join(u' ');
    if (isNonCableWord(joined))
        return ref;
    ref.citedId = canonicalId(joined, serial, year);
    return ref;
}

QList<Reference> ReferenceParser::parseList(QStringView text, int citingYear, QStringList *unreadable)
{
    QList<Reference> refs;
    const QString t = text.toString().simplified();
    const QStringView s(t);

    // Find letter labels in sequence: A, then B... so that "E. ROME" in a
    // list is a label but "U.S." in a title is not.
    struct Label
    {
        QChar letter;
        qsizetype start;
        qsizetype end;
    };
    QList<Label> labels;
    QChar expected = u'A';
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i - 1].isLetterOrNumber())
            continue;
        QChar letter;
        const qsizetype len = letterLabel(s, i, &letter);
        if (len == 0)
            continue;
        // A repeated label ("A. A) BRUSSELS 1389") is one label.
        if (!labels.isEmpty() && letter == labels.back().letter && i - labels.back().end <= 1) {
            labels.back().end = i + len;
            i += len - 1;
            continue;
        }
        if (letter != expected)
            continue;
        labels.append({ letter, i, i + len });
        expected = QChar(expected.unicode() + 1);
        i += len - 1;
    }

    auto addEntry = [&](const QString &letter, QStringView entryText) {
        const QString cleaned = cleanEntry(entryText);
        if (cleaned.isEmpty())
            return;
        Reference ref = parseEntry(cleaned, citingYear);
        ref.letter = letter;
        if (!ref.isCable() && unreadable && !isNonCableWord(cleaned.toUpper()))
            unreadable->append(cleaned);
        refs.append(ref);
    };

    if (!labels.isEmpty() && labels.front().start <= 2) {
        for (qsizetype k = 0; k < labels.size(); ++k) {
            const qsizetype from = labels[k].end;
            const qsizetype to = k + 1 < labels.size() ? labels[k + 1].start : s.size();
            addEntry(QString(labels[k].letter), s.sliced(from, to - from));
        }
        return refs;
    }
    if (s.trimmed().compare(u"NONE", Qt::CaseInsensitive) == 0)
        return refs;
    // Unlettered: one entry, or several separated by ";".
    const QList<QStringView> parts = s.split(u';', Qt::SkipEmptyParts);
    for (const QStringView part : parts)
        addEntry(QString(), part);
    return refs;
}

bool ReferenceParser::titleMatches(QStringView title, QStringView subject)
{
    const QString t = title.toString().simplified().toUpper();
    const QString s = subject.toString().simplified().toUpper();
    if (t.isEmpty() || s.isEmpty())
        return false;
    qsizetype at = 0;
    int parts = 0;
    for (QStringView part : QStringView(t).split(u"...")) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype found = s.indexOf(part, at);
        if (found < 0)
            return false;
        at = found + part.size();
        ++parts;
    }
    return parts > 0;
}

QList<Citation> ReferenceParser::findCitations(QStringView text, const QList<Reference> &references)
{
    QList<Citation> out;
    const qsizetype n = text.size();
    // One pass over the characters: Qt's substring search is a scalar rolling
    // hash, so three of them over every paragraph cost more than this loop.
    const QChar *d = text.data();
    // Citations start a word: jump from space to space (a vectorised search)
    // and look past an opening bracket ("(reftel A)").
    qsizetype nextWord = 0;
    for (qsizetype i = 0; i + 3 <= n; ++i) {
        if (i < nextWord)
            i = nextWord;
        if (i + 3 > n)
            break;
        qsizetype space = i;
        while (space < n && d[space] != u' ')
            ++space;
        nextWord = space + 1;
        if (d[i] == u'(' && i + 4 <= n)
            ++i;
        if ((d[i].unicode() | 0x20) != u'r') {
            i = nextWord - 1;
            continue;
        }
        const char16_t e = d[i + 1].unicode() | 0x20;
        const char16_t f = i + 2 < n ? d[i + 2].unicode() | 0x20 : 0;
        if (e != u'e' || f != u'f') {
            i = nextWord - 1;
            continue;
        }
        if (i > 0 && text[i - 1].isLetterOrNumber())
            continue;
        qsizetype j = i + 3;
        bool tel = false;
        if (j + 3 <= n && text.sliced(j, 3).compare(u"tel", Qt::CaseInsensitive) == 0) {
            tel = true;
            j += 3;
        }
        if (j < n && (text[j] == u's' || text[j] == u'S'))
            ++j;
        if (j < n && text[j].isLetterOrNumber())
            continue; // "reform", "refer", "refugee"
        // Letters: "A", "A and B", "B, C, and D", "A/B".
        QStringList letters;
        qsizetype end = j;
        qsizetype k = j;
        while (k < n) {
            qsizetype p = k;
            while (p < n && (text[p] == u' ' || text[p] == u','))
                ++p;
            if (p + 3 < n && text.sliced(p, 4).compare(u"and ", Qt::CaseInsensitive) == 0 && !letters.isEmpty())
                p += 4;
            else if (p < n && (text[p] == u'/' || text[p] == u'&') && !letters.isEmpty())
                ++p;
            while (p < n && text[p] == u' ')
                ++p;
            if (p < n && isAsciiUpper(text[p]) && (p + 1 >= n || !text[p + 1].isLetterOrNumber())) {
                // "REF A." at a sentence end is still the letter A.
                letters.append(QString(text[p]));
                end = p + 1;
                k = p + 1;
                continue;
            }
            break;
        }
        if (letters.isEmpty() && !tel)
            continue;
        Citation cit;
        cit.start = i;
        cit.length = end - i;
        cit.letters = letters;
        if (letters.isEmpty()) {
            if (references.size() == 1)
                cit.referenceIndexes.append(0);
        } else {
            for (const QString &l : std::as_const(letters)) {
                for (qsizetype r = 0; r < references.size(); ++r) {
                    if (references[r].letter == l)
                        cit.referenceIndexes.append(int(r));
                }
            }
            // "ref A" with a single unlettered reference still means that one.
            if (cit.referenceIndexes.isEmpty() && references.size() == 1 && references[0].letter.isEmpty()
                && letters.size() == 1 && letters[0] == u"A")
                cit.referenceIndexes.append(0);
        }
        out.append(cit);
        i = end - 1;
    }
    return out;
}
}
