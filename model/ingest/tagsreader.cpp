// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsreader.h"

#include "tagglossary.h"
#include "tagwords.h"
#include "textscan.h"

#include <QSet>

namespace Reftel
{
namespace
{
// One item of the list as typed: a word, or a bracketed group ("(GATES, ROBERT M.)").
struct Piece
{
    QStringView text;
    bool group = false;
    bool separatorAfter = false; // a comma or semicolon follows
};

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'/'; // "PREL/PGOV"; a bracketed name keeps its slash
}

QList<Piece> splitPieces(QStringView s)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (s[i].isSpace() || isSeparator(s[i])))
            ++i;
        if (i >= n)
            break;
        Piece p;
        if (s[i] == u'(') {
            const qsizetype close = s.indexOf(u')', i);
            const qsizetype end = close < 0 ? n : close;
            p.text = s.sliced(i + 1, end - i - 1);
            p.group = true;
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype from = i;
            while (i < n && !s[i].isSpace() && !isSeparator(s[i]) && s[i] != u'(')
                ++i;
            p.text = s.sliced(from, i - from);
        }
        qsizetype k = i;
        while (k < n && s[k].isSpace())
            ++k;
        p.separatorAfter = k < n && isSeparator(s[k]);
        pieces.append(p);
    }
    return pieces;
}

// A word without the punctuation typed around it: "ECON,," "-PREL" "PGOV."
QStringView cleanWord(QStringView w)
{
    while (!w.isEmpty() && !w.front().isLetterOrNumber())
        w = w.sliced(1);
    while (!w.isEmpty() && !w.back().isLetterOrNumber())
        w.chop(1);
    return w;
}

bool isLetters(QStringView w)
{
    if (w.isEmpty())
        return false;
    for (const QChar c : w) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

using TagWords::hasVowel;
using TagWords::isStopWord;
using TagWords::isWordLike;
using TagWords::ofKind;
using TagWords::soundsLikeWord;
using TagWords::withWritten;

bool isInitial(QStringView w)
{
    return (w.size() == 2 && w[0].isLetter() && w[1] == u'.') || (w.size() == 1 && w[0].isLetter());
}

TagInfo known(QStringView code)
{
    return TagGlossary::instance().lookup(code);
}

// A tag that names a person next: visits, exchanges, public affairs.
bool isPersonTopic(const TagInfo &t)
{
    return t.kind == TagInfo::Kind::Person || t.kind == TagInfo::Kind::Program
        || (t.kind == TagInfo::Kind::Subject && (t.code.startsWith(u'O') || t.code == u"KPAO"));
}

// A person tag; a surname the glossary knows lends its meaning.
TagInfo person(const QString &name)
{
    TagInfo t = ofKind(name.toUpper(), TagInfo::Kind::Person, name);
    const qsizetype comma = name.indexOf(u',');
    const TagInfo surname =
        TagGlossary::instance().lookup(comma > 0 ? QStringView(name).first(comma) : QStringView(name));
    if (surname.kind == TagInfo::Kind::Person)
        t.meaning = surname.meaning;
    return t;
}

// "PHUMKZ" -> PHUM KZ: only where every piece is a known code, with fewest
// pieces, and only when that split is the only one with so few pieces.
QStringList splitRunTogether(const QString &w)
{
    const qsizetype n = w.size();
    if (n < 6 || n > 40 || !isLetters(w))
        return {};
    // best[i]: fewest pieces for w[0, i); ways[i]: how many splits reach that (capped at 2).
    QList<int> best(n + 1, 1000);
    QList<int> ways(n + 1, 0);
    QList<qsizetype> from(n + 1, -1);
    best[0] = 0;
    ways[0] = 1;
    for (qsizetype i = 0; i < n; ++i) {
        if (best[i] >= 1000)
            continue;
        for (qsizetype len = 2; len <= 6 && i + len <= n; ++len) {
            if (!known(QStringView(w).sliced(i, len)).known())
                continue;
            const qsizetype j = i + len;
            if (best[i] + 1 < best[j]) {
                best[j] = best[i] + 1;
                ways[j] = ways[i];
                from[j] = i;
            } else if (best[i] + 1 == best[j]) {
                ways[j] = std::min(2, ways[j] + ways[i]);
            }
        }
    }
    if (best[n] >= 1000 || best[n] < 2 || ways[n] != 1)
        return {};
    QStringList parts;
    bool subject = false;
    for (qsizetype j = n; j > 0; j = from[j]) {
        parts.prepend(w.sliced(from[j], j - from[j])); // from[j] < j along the best path
        subject = subject || j - from[j] > 2;
    }
    // Country codes alone would split words: BRUSSELS is not BR US SE LS.
    return subject ? parts : QStringList();
}

// A code mistyped where the intent is certain: one letter too many (PGOVV,
// MOPPS, PARMS, PECON), two neighbouring letters swapped (ENIV). Empty when
// no single known code is meant.
QString corrected(const QString &w)
{
    if (!isLetters(w) || (w.size() != 4 && w.size() != 5))
        return {};
    QSet<QString> candidates;
    auto consider = [&](const QString &c) {
        const TagInfo t = known(c);
        if (t.known() && t.kind != TagInfo::Kind::Country)
            candidates.insert(t.code);
    };
    if (w.size() == 5) {
        // One letter too many: doubled (PGOVV, MOPPS), a plural (PARMS) or a stray one (PECON, PGOVE).
        for (qsizetype i = 0; i < w.size(); ++i)
            consider(QString(w).remove(i, 1));
    } else {
        for (qsizetype i = 1; i + 1 < w.size(); ++i) { // the first letter stays: it is the tag's category
            QString swapped = w;
            std::swap(swapped[i], swapped[i + 1]);
            consider(swapped);
        }
    }
    return candidates.size() == 1 ? *candidates.cbegin() : QString();
}

// Reads the pieces into tags.
class Assembler
{
public:
    explicit Assembler(TagsReader::Result &result)
        : m_r(result)
    {
    }
    void run(const QList<Piece> &pieces);

private:
    void add(const TagInfo &t);
    void addUnknown(QStringView written);
    bool takePerson(const QList<Piece> &pieces, qsizetype &k, QStringView w);
    bool takeNameWithoutComma(const QList<Piece> &pieces, qsizetype &k, QStringView w);
    bool takePhrase(const QList<Piece> &pieces, qsizetype &k, QStringView w);
    void takeWord(QStringView w);

    TagsReader::Result &m_r;
    QSet<QString> m_seen;
};

void Assembler::add(const TagInfo &t)
{
    const QString key = t.code.toUpper();
    if (key.isEmpty() || m_seen.contains(key))
        return;
    m_seen.insert(key);
    m_r.tags.append(t);
}

void Assembler::addUnknown(QStringView written)
{
    TagInfo t;
    t.code = written.toString().toUpper();
    t.kind = TagInfo::Kind::Unknown;
    const qsizetype before = m_r.tags.size();
    add(withWritten(t, written));
    if (m_r.tags.size() > before)
        m_r.unknown.append(written.toString());
}

void Assembler::run(const QList<Piece> &pieces)
{
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const Piece &p = pieces[k];
        if (p.group) {
            // "OVIP (GATES, ROBERT M.)": the person the program tag is about; "(SOMALIA)" after
            // another tag is words.
            const QString name = p.text.toString().simplified();
            const bool nameLike = isWordLike(QString(name).remove(u',').remove(u' ').remove(u'/'));
            if (nameLike && (name.contains(u',') || (!m_r.tags.isEmpty() && isPersonTopic(m_r.tags.back()))))
                add(person(name));
            else if (nameLike)
                add(ofKind(name.toUpper(), TagInfo::Kind::Phrase, name));
            else if (!name.isEmpty())
                addUnknown(name);
            continue;
        }
        const QStringView w = cleanWord(p.text);
        if (w.isEmpty())
            continue;
        if (const TagInfo t = known(w); t.known()) {
            add(withWritten(t, w));
            continue;
        }
        if (takePerson(pieces, k, w) || takeNameWithoutComma(pieces, k, w) || takePhrase(pieces, k, w))
            continue;
        takeWord(w);
    }
}

// "GATES, ROBERT" or "GATES, ROBERT M.": a name whose comma does not split
// it. Two words with a comma between are a name only with an initial, after a
// visit or exchange tag (OVIP, OREP, KPAO...), or with a surname the glossary
// knows: otherwise "ELECTIONS, DEMOCRACY" would be a person.
bool Assembler::takePerson(const QList<Piece> &pieces, qsizetype &k, QStringView surname)
{
    if (!pieces[k].separatorAfter || k + 1 >= pieces.size() || pieces[k + 1].group)
        return false;
    const QStringView given = cleanWord(pieces[k + 1].text);
    if (!isWordLike(surname) || !isWordLike(given) || known(given).known())
        return false;
    const bool initial = k + 2 < pieces.size() && !pieces[k + 1].separatorAfter && isInitial(pieces[k + 2].text);
    const bool afterVisitTag = !m_r.tags.isEmpty() && isPersonTopic(m_r.tags.back());
    const bool knownPerson = known(surname).kind == TagInfo::Kind::Person;
    if (!initial && !afterVisitTag && !knownPerson)
        return false;
    QString name = surname.toString() + u", " + given.toString();
    qsizetype used = 1;
    if (initial) {
        name += u' ' + pieces[k + 2].text.toString();
        used = 2;
    }
    add(person(name));
    k += used;
    return true;
}

// "HUMAN RIGHTS", "COUNTER TERRORISM": words (not codes) written as a tag.
bool Assembler::takePhrase(const QList<Piece> &pieces, qsizetype &k, QStringView first)
{
    // Codes run together or mistyped are no words of a phrase.
    auto wordOfPhrase = [](QStringView w) {
        if (!isWordLike(w) || known(w).known())
            return false;
        if (isStopWord(w))
            return true;
        const QString upper = w.toString().toUpper();
        return w.size() >= 5 && hasVowel(w) && splitRunTogether(upper).isEmpty() && corrected(upper).isEmpty();
    };
    const bool next = !pieces[k].separatorAfter && k + 1 < pieces.size() && !pieces[k + 1].group;
    // "GOI EXTERNAL": an acronym that opens a phrase.
    const bool acronym = first.size() == 3 && isLetters(first) && next && wordOfPhrase(cleanWord(pieces[k + 1].text))
        && !isStopWord(cleanWord(pieces[k + 1].text));
    if (!(wordOfPhrase(first) || acronym) || isStopWord(first))
        return false;
    qsizetype end = k;
    while (!pieces[end].separatorAfter && end + 1 < pieces.size() && !pieces[end + 1].group
        && wordOfPhrase(cleanWord(pieces[end + 1].text)))
        ++end;
    while (end > k && isStopWord(cleanWord(pieces[end].text)))
        --end;
    if (end == k && !soundsLikeWord(first))
        return false; // one word alone must read as a word
    QStringList words;
    for (qsizetype j = k; j <= end; ++j)
        words.append(cleanWord(pieces[j].text).toString());
    const QString phrase = words.join(u' ');
    add(ofKind(phrase.toUpper(), TagInfo::Kind::Phrase, phrase));
    k = end;
    return true;
}

// "OVIP RICE CONDOLEEZZA": a surname and a given name after a visit tag,
// without the comma; "STEINBERG JAMES": a given name after a person the
// glossary knows.
bool Assembler::takeNameWithoutComma(const QList<Piece> &pieces, qsizetype &k, QStringView w)
{
    if (m_r.tags.isEmpty() || k == 0 || pieces[k - 1].separatorAfter || !isWordLike(w)
        || !isLetters(w.toString().remove(u'-')))
        return false;
    TagInfo &last = m_r.tags.back();
    if (last.kind == TagInfo::Kind::Person && !last.code.contains(u',')) {
        const QString name = last.code + u", " + w.toString().toUpper();
        last.written = last.code + u' ' + w.toString();
        m_seen.insert(name);
        last.code = name;
        return true;
    }
    if (!isPersonTopic(last) || last.kind == TagInfo::Kind::Person || pieces[k].separatorAfter || k + 1 >= pieces.size()
        || pieces[k + 1].group)
        return false;
    const QStringView given = cleanWord(pieces[k + 1].text);
    if (!isWordLike(given) || known(given).known() || given.size() < 3 || std::max(w.size(), given.size()) < 5)
        return false;
    add(person(w.toString() + u", " + given.toString()));
    ++k;
    return true;
}

void Assembler::takeWord(QStringView w)
{
    const QString upper = w.toString().toUpper();
    if (const QStringList parts = splitRunTogether(upper); !parts.isEmpty()) {
        for (const QString &part : parts)
            add(withWritten(known(part), w));
        return;
    }
    if (const QString code = corrected(upper); !code.isEmpty()) {
        add(withWritten(known(code), w));
        return;
    }
    addUnknown(w);
}

bool isTagsWord(QStringView line, qsizetype at, qsizetype *keywordEnd)
{
    if (line.sliced(at).startsWith(u"TAGS", Qt::CaseInsensitive))
        *keywordEnd = at + 4;
    else if (line.sliced(at).startsWith(u"TAG", Qt::CaseInsensitive))
        *keywordEnd = at + 3;
    else
        return false;
    return *keywordEnd >= line.size() || !line[*keywordEnd].isLetterOrNumber();
}
}

qsizetype TagsReader::findKeyword(QStringView line, qsizetype *listStart)
{
    for (qsizetype at = line.indexOf(u"TAG", 0, Qt::CaseInsensitive); at >= 0;
        at = line.indexOf(u"TAG", at + 1, Qt::CaseInsensitive)) {
        qsizetype end = 0;
        if ((at > 0 && line[at - 1].isLetter()) || !isTagsWord(line, at, &end))
            continue;
        qsizetype rest = end;
        while (rest < line.size() && line[rest].isSpace())
            ++rest;
        const bool colon = rest < line.size() && (line[rest] == u':' || line[rest] == u'.');
        if (colon) {
            ++rest;
        } else {
            // Without a colon: capitals, or the line's first word, and a tag after it.
            const bool capitals = TextScan::isUpperWord(line.sliced(at, end - at));
            const QList<QStringView> next =
                TextScan::tokens(line.sliced(rest).first(std::min<qsizetype>(line.size() - rest, 40)));
            if ((!capitals && at > 0) || next.isEmpty())
                continue;
            const QStringView code = cleanWord(next[0]);
            // "TAGS PBIO, PINR": at the start of a line, capitals and a word shaped like a code are enough.
            const bool codeShaped =
                at == 0 && capitals && code.size() >= 2 && code.size() <= 6 && TextScan::isUpperWord(code);
            if (!codeShaped && !known(code).known())
                continue;
        }
        while (rest < line.size() && (line[rest].isSpace() || line[rest] == u':'))
            ++rest;
        *listStart = rest;
        return at;
    }
    return -1;
}

TagsReader::Result TagsReader::read(QStringView text)
{
    qsizetype listStart = 0;
    const qsizetype keyword = findKeyword(text.first(std::min<qsizetype>(text.size(), 200)), &listStart);
    if (keyword >= 0
        && (keyword == 0 || text.first(keyword).contains(u"E.O", Qt::CaseInsensitive)
            || text.first(keyword).contains(u"DECL", Qt::CaseInsensitive)))
        text = text.sliced(listStart);
    Result r;
    const QStringView list = text.trimmed();
    if (list.compare(u"NONE", Qt::CaseInsensitive) == 0 || list.compare(u"N/A", Qt::CaseInsensitive) == 0)
        return r;
    Assembler(r).run(splitPieces(text));
    return r;
}

bool TagsReader::isCountry(const TagInfo &tag)
{
    return tag.kind == TagInfo::Kind::Country || (tag.kind == TagInfo::Kind::Unknown && tag.code.size() == 2);
}

QList<TagInfo> TagsReader::Result::countries() const
{
    QList<TagInfo> out;
    for (const TagInfo &t : tags) {
        if (isCountry(t))
            out.append(t);
    }
    return out;
}

QList<TagInfo> TagsReader::Result::others() const
{
    QList<TagInfo> out;
    for (const TagInfo &t : tags) {
        if (!isCountry(t))
            out.append(t);
    }
    return out;
}

QList<TagInfo> TagsReader::Result::ofKind(TagInfo::Kind kind) const
{
    QList<TagInfo> out;
    for (const TagInfo &t : tags) {
        if (t.kind == kind)
            out.append(t);
    }
    return out;
}
}
