// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceparser.h"

#include "cableid.h"
#include "canonicalid.h"
#include "lineclassifier.h"
#include "pagemarkers.h"
#include "referenceentryreader.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// A letter label at text[pos]: "A.", "A)", "(A)", "A:", "A-", returning its
// length (0 if none) and the letter. Lower-case letters count when lower is set.
qsizetype letterLabel(QStringView text, qsizetype pos, bool lower, QChar *letter)
{
    const qsizetype n = text.size();
    if (pos >= n)
        return 0;
    auto isLetter = [lower](QChar c) { return lower ? isAsciiLower(c) : isAsciiUpper(c); };
    if (text[pos] == u'(' && pos + 2 < n && isLetter(text[pos + 1]) && text[pos + 2] == u')') {
        *letter = text[pos + 1].toUpper();
        return 3;
    }
    if (!isLetter(text[pos]) || pos + 1 >= n)
        return 0;
    const QChar after = text[pos + 1];
    if (after != u'.' && after != u')' && after != u':' && after != u'-')
        return 0;
    if (pos + 2 < n && text[pos + 2].isLetter() && after != u')')
        return 0; // "U.S.", "A-B"
    if (after == u'-' && !(pos + 2 < n && text[pos + 2] == u' '))
        return 0;
    *letter = text[pos].toUpper();
    return 2;
}

struct Label
{
    QChar letter;
    qsizetype start;
    qsizetype end;
};

// "REF B:", "Ref A:" inside the list: the label with its keyword.
qsizetype refWordBefore(QStringView s, qsizetype i)
{
    if (i >= 4 && s.sliced(i - 4, 4).compare(u"REF ", Qt::CaseInsensitive) == 0 && (i == 4 || !s[i - 5].isLetter()))
        return i - 4;
    return i;
}

// Letter labels in sequence: A, then B... so that "E. ROME" in a list is a
// label but "U.S." in a title is not. A repeated label ("A. A) BRUSSELS 1389") is one.
QList<Label> findLabels(QStringView s)
{
    QList<Label> labels;
    qsizetype first = 0;
    while (first < s.size() && (s[first] == u' ' || s[first] == u'-'))
        ++first;
    if (s.sliced(first).startsWith(u"REF ", Qt::CaseInsensitive))
        first += 4;
    const bool lower =
        first < s.size() && (s[first] == u'a' || (s[first] == u'(' && first + 1 < s.size() && s[first + 1] == u'a'));
    QChar expected = u'A';
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i - 1].isLetterOrNumber())
            continue;
        QChar letter;
        const qsizetype len = letterLabel(s, i, lower, &letter);
        if (len == 0)
            continue;
        if (!labels.isEmpty() && letter == labels.back().letter && i - labels.back().end <= 1) {
            labels.back().end = i + len;
            i += len - 1;
            continue;
        }
        if (letter != expected)
            continue;
        labels.append({ letter, refWordBefore(s, i), i + len });
        expected = QChar(expected.unicode() + 1);
        i += len - 1;
    }
    if (!labels.isEmpty() && labels.front().start > first + 1)
        return {}; // the list does not start with a label: these letters are words
    return labels;
}

QString cleanEntry(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty()
        && (s.endsWith(u',') || s.endsWith(u';') || s.endsWith(u'\\') || s.endsWith(u'-') || s.endsWith(u" AND")))
        s = s.endsWith(u" AND") ? s.chopped(4).trimmed() : s.chopped(1).trimmed();
    while (!s.isEmpty() && (s.front() == u'-' || s.front() == u',' || s.front() == u';'))
        s = s.sliced(1).trimmed();
    return s.toString().simplified();
}

// The list as one line: no paragraph signs, continuation marks, page markers or keyword.
QString normalisedList(QStringView text)
{
    QString t = PageMarkers::withoutMarkers(text);
    t.replace(u'\u00B6', u' ').replace(u'\\', u' ');
    t = t.simplified();
    qsizetype rest = 0;
    if (LineClassifier::refKeyword(t, &rest) && rest > 0)
        t = t.sliced(rest).trimmed();
    return t;
}

// One entry: its cables, each with the text from where it starts, or one reference with the text alone.
void addEntry(
    QList<Reference> &refs, const QString &letter, QStringView entryText, int citingYear, QStringList *unreadable)
{
    const QString entry = cleanEntry(entryText);
    if (entry.isEmpty())
        return;
    const ReferenceEntryReader::Result r = ReferenceEntryReader::read(entry, citingYear);
    if (r.cables.isEmpty()) {
        // "A) CALCUTTA 00354 B) 00357": a serial alone has the post and year of the entry before.
        const QString serial = entry.section(u' ', 0, 0);
        const CableId before = CableId::split(refs.isEmpty() ? QString() : refs.back().citedId);
        if (TextScan::isDigits(serial) && serial.size() <= 8 && before.isValid()
            && (entry == serial || entry.sliced(serial.size()).trimmed().startsWith(u'('))) {
            const QString id = CanonicalId::make(before.post, serial, before.year % 100);
            if (!id.isEmpty()) {
                refs.append({ letter, entry, id, QString() });
                return;
            }
        }
        if (unreadable && !r.nonCable)
            unreadable->append(entry);
        refs.append({ letter, entry, QString(), QString() });
        return;
    }
    for (qsizetype k = 0; k < r.cables.size(); ++k) {
        const qsizetype from = k == 0 ? 0 : r.cables[k].start;
        const qsizetype to = k + 1 < r.cables.size() ? r.cables[k + 1].start : entry.size();
        refs.append(
            { letter, cleanEntry(QStringView(entry).sliced(from, to - from)), r.cables[k].citedId, r.cables[k].title });
    }
}
}

namespace
{
// The letters a citation names after "reftel" at text[j]: "A", "A and B",
// "B, C, and D", "A/B". *end receives where the last one ends.
QStringList citedLetters(QStringView text, qsizetype j, qsizetype *end)
{
    const qsizetype n = text.size();
    QStringList letters;
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
        if (p >= n || !isAsciiUpper(text[p]) || (p + 1 < n && text[p + 1].isLetterOrNumber()))
            break;
        // "REF A." at a sentence end is still the letter A.
        letters.append(QString(text[p]));
        *end = p + 1;
        k = p + 1;
    }
    return letters;
}

// The references a citation links to: by letter; a bare "reftel", or "ref A"
// with a single unlettered reference, means the only one.
QList<int> linkedReferences(const QStringList &letters, const QList<Reference> &references)
{
    QList<int> indexes;
    if (letters.isEmpty()) {
        if (references.size() == 1)
            indexes.append(0);
        return indexes;
    }
    for (const QString &l : letters) {
        for (qsizetype r = 0; r < references.size(); ++r) {
            if (references[r].letter == l)
                indexes.append(int(r));
        }
    }
    if (indexes.isEmpty() && references.size() == 1 && references[0].letter.isEmpty() && letters.size() == 1
        && letters[0] == u"A")
        indexes.append(0);
    return indexes;
}
}

qsizetype ReferenceParser::listEnd(QStringView text)
{
    const QList<QStringView> toks = TextScan::tokens(text);
    int depth = 0;
    for (qsizetype k = 0; k < toks.size(); ++k) {
        const QStringView t = toks[k];
        depth = std::max(0, depth + int(t.count(u'(')) - int(t.count(u')')));
        if (k == 0 || depth > 0 || t.size() < 2 || !t[0].isUpper() || TextScan::isUpperWord(t))
            continue;
        // A capitalised word, then words in lower case ("and previous" aside): a sentence.
        int lower = 0;
        for (qsizetype j = k + 1; j < toks.size() && j <= k + 3; ++j) {
            bool word = (toks[j].size() > 1 || toks[j] == u"a") && toks[j] != u"and" && toks[j] != u"previous";
            for (const QChar c : toks[j])
                word = word && (c.isLower() || c == u',' || c == u'.' || c == u'\'');
            lower += word ? 1 : 0;
        }
        if (lower >= 2)
            return t.data() - text.data();
    }
    return -1;
}

QString ReferenceParser::canonicalId(QStringView post, QStringView serial, int year)
{
    return CanonicalId::make(post, serial, year);
}

Reference ReferenceParser::parseEntry(QStringView text, int citingYear)
{
    QList<Reference> refs;
    addEntry(refs, QString(), text, citingYear, nullptr);
    if (refs.isEmpty())
        return {};
    Reference first = refs.front();
    first.text = cleanEntry(text);
    return first;
}

QList<Reference> ReferenceParser::parseList(QStringView text, int citingYear, QStringList *unreadable)
{
    QList<Reference> refs;
    const QString t = normalisedList(text);
    const QStringView s(t);
    if (s.compare(u"NONE", Qt::CaseInsensitive) == 0 || s.compare(u"NONE.", Qt::CaseInsensitive) == 0)
        return refs;
    const QList<Label> labels = findLabels(s);
    if (!labels.isEmpty()) {
        for (qsizetype k = 0; k < labels.size(); ++k) {
            const qsizetype from = labels[k].end;
            const qsizetype to = k + 1 < labels.size() ? labels[k + 1].start : s.size();
            addEntry(refs, QString(labels[k].letter), s.sliced(from, std::max<qsizetype>(to - from, 0)), citingYear,
                unreadable);
        }
        return refs;
    }
    // Unlettered: one entry, or several separated by ";".
    for (const QStringView part : s.split(u';', Qt::SkipEmptyParts))
        addEntry(refs, QString(), part, citingYear, unreadable);
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
        qsizetype end = j;
        const QStringList letters = citedLetters(text, j, &end);
        if (letters.isEmpty() && !tel)
            continue;
        Citation cit;
        cit.start = i;
        cit.length = end - i;
        cit.letters = letters;
        cit.referenceIndexes = linkedReferences(letters, references);
        out.append(cit);
        i = end - 1;
    }
    return out;
}
}
