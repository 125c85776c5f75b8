// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturereader.h"

#include "lineclassifier.h"
#include "textscan.h"

#include <initializer_list>

namespace Reftel
{
namespace
{
using LC = LineClassifier;

bool isRedaction(QStringView t)
{
    if (t.size() < 4)
        return false;
    for (const QChar c : t) {
        if (c != u'X' && c != u'x')
            return false;
    }
    return true;
}

bool startsWithAny(QStringView v, std::initializer_list<QStringView> starts)
{
    for (const QStringView s : starts) {
        if (v.startsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A line of a page made from a pasted release row ends with the CSV field's
// closing quote: "MORIARTY \"".
QStringView withoutClosingQuote(QStringView v)
{
    v = v.trimmed();
    if (v.size() >= 2 && v.endsWith(u'"') && v[v.size() - 2].isSpace())
        v = v.chopped(1).trimmed();
    return v;
}

// The footer such a dump ends with: "2005VATICA00467 - Classification: CONFIDENTIAL".
bool isDumpFooter(QStringView v)
{
    const qsizetype dash = v.indexOf(u" - Classification:");
    if (dash < 8 || dash > 30)
        return false;
    for (const QChar c : v.first(4)) { // dash >= 8: the year's four digits exist
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Words that are never a signature, though they stand alone in capitals.
bool isNoName(QStringView t)
{
    static constexpr QStringView Words[] = { u"END", u"COMMENT", u"SUMMARY", u"NOTE", u"TEXT", u"BT", u"NNNN",
        u"SIPDIS", u"NOFORN", u"CONFIDENTIAL", u"SECRET", u"UNCLASSIFIED", u"UNCLAS", u"MINIMIZE", u"CONSIDERED",
        u"BACKGROUND", u"ANALYSIS", u"CONCLUSION", u"OVERVIEW", u"INTRODUCTION", u"ACTION", u"REQUEST", u"SUBJECT",
        u"TAGS", u"REF", u"PARA", u"NONE" };
    for (const QStringView w : Words) {
        if (t.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A capitalised word of a name: "HOAGLAND", "Kelly", "McMullen", "O'NEILL", "ZUNIGA-BROWN".
bool isNameWord(QStringView t)
{
    if (t.isEmpty() || !t[0].isUpper() || isNoName(t) || isRedaction(t))
        return false;
    int letters = 0;
    for (const QChar c : t) {
        if (c.isLetter())
            ++letters;
        else if (c != u'.' && c != u'-' && c != u'\'')
            return false;
    }
    return letters >= 2 || (t.size() == 2 && t[1] == u'.'); // an initial "R."
}

// The words of a signature line: one to four names, "SMITH/JONES" for two,
// "SMITH, ACTING" for an acting officer. Returns how many letters they hold, or -1.
int nameLetters(QStringView v)
{
    QString words = v.toString();
    words.replace(u'/', u' ').replace(u',', u' ');
    const QList<QStringView> toks = TextScan::tokens(words);
    if (toks.isEmpty() || toks.size() > 4)
        return -1;
    int letters = 0;
    for (qsizetype k = 0; k < toks.size(); ++k) {
        const QStringView t = toks[k];
        // A dot ends an initial ("R.") or the whole name ("MCMULLEN."); "..." is a line cut short.
        const bool dotAllowed = t.size() == 2 || (k + 1 == toks.size() && !t.endsWith(u".."));
        if (!isNameWord(t) || (t.endsWith(u'.') && !dotAllowed))
            return -1;
        for (const QChar c : t)
            letters += c.isLetter() ? 1 : 0;
    }
    return letters;
}

// Nothing but noise, trailer lines or a repeated copy after line i: what a
// signature is followed by. strict: only trailer lines, no repeated copy.
bool onlyTrailerAfter(const TelegramLines &lines, qsizetype i, int lastNumber, bool strict)
{
    for (qsizetype k = i + 1; k < lines.size(); ++k) {
        if (lines[k].kind != LineKind::Text)
            continue;
        const QStringView n = lines.content(k);
        if (SignatureReader::isTrailerLine(n))
            continue;
        if (strict)
            return false;
        int number = 0;
        qsizetype after = 0;
        if (LC::paragraphStart(n, &number, &after))
            return number <= lastNumber && number > 0;
        return LC::isHeaderLine(n);
    }
    return true;
}
}

bool SignatureReader::isTrailerLine(QStringView v)
{
    v = withoutClosingQuote(v);
    if (v.isEmpty() || LC::isLevelLine(v) || LC::isUnderline(v) || isRedaction(v) || isDumpFooter(v))
        return true;
    if (v.startsWith(u"CONFIDENTIAL//") || v.startsWith(u"SECRET//") || v.startsWith(u"UNCLASSIFIED//"))
        return v.size() < 40;
    bool punctuation = true;
    for (const QChar c : v)
        punctuation = punctuation && !c.isLetterOrNumber();
    if (punctuation)
        return true;
    // A short line cut off by the site ("DANIEL ORTEGA AN...").
    if (v.size() < 60 && (v.endsWith(u"...") || v.endsWith(u'\u2026')))
        return true;
    return v == u"NNNN" || v == u"BT" || v.startsWith(u"MINIMIZE CONSIDERED", Qt::CaseInsensitive)
        || startsWithAny(v,
            { u"Declassified", u"Released", u"EO Systematic Review", u"E.O. Systematic Review", u"(END OF",
                u"END OF TEXT", u"NOTE BY OC/T", u"Message Text", u"Review Authority" });
}

bool SignatureReader::isSignatureLine(const TelegramLines &lines, qsizetype i, int lastNumber)
{
    const QStringView v = withoutClosingQuote(lines.content(i));
    if (v.size() < 2 || v.size() > 40 || LC::isLevelLine(v) || isTrailerLine(v))
        return false;
    // Routing lines ("ZNY CCCCC ZZH", "FM AMEMBASSY ROME") look like names too.
    if (v.size() > 3 && v[2] == u' '
        && ((v[0] == u'D' && v[1] == u'E') || (v[0] == u'F' && v[1] == u'M') || (v[0] == u'T' && v[1] == u'O')))
        return false;
    if (v[0] == u'Z' && v[1] == u'N')
        return false;
    if (nameLetters(v) < 2)
        return false;
    // A word with a full stop after a line that did not end goes on the sentence:
    // "...BRIDGETOWN APPRECIATES TRINIDAD'S / ASSISTANCE.".
    const qsizetype previous = lines.previousText(i);
    const bool continues = previous >= 0 && previous == i - 1 && !LC::endsWithTerminal(lines.content(previous));
    if (continues && (v.endsWith(u'.') || (TextScan::hasLowercase(v) && v.contains(u' '))))
        return false;
    // A name in mixed case ("Kelly", "John Smith") counts only at the very end, above trailer lines.
    if (TextScan::hasLowercase(v))
        return onlyTrailerAfter(lines, i, lastNumber, true);
    return onlyTrailerAfter(lines, i, lastNumber, false);
}

QString SignatureReader::read(QStringView ending)
{
    const QString text = ending.toString(); // the lines refer to it
    const TelegramLines lines = LC::classify(text);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!lines.isText(i) || isTrailerLine(lines.content(i)))
            continue;
        if (isSignatureLine(lines, i, 0))
            return nameOf(lines.content(i));
        QString last = lines.content(i).toString();
        return takeFromText(last); // glued to the last sentence, or none
    }
    return {};
}

QString SignatureReader::nameOf(QStringView line)
{
    QStringView v = withoutClosingQuote(line);
    if (v.endsWith(u'.') && !(v.size() >= 2 && v[v.size() - 2].isSpace()) && !v.endsWith(u".."))
        v.chop(1); // "MCMULLEN."
    const QList<QStringView> names = TextScan::tokens(v);
    return names.size() == 2 && names[0] == names[1] ? names[0].toString() : v.toString();
}

QString SignatureReader::takeFromText(QString &text)
{
    // Punctuation typed after the name, and a minimize note before it: "...message. MINIMIZE CONSIDERED MURRAY ."
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1].isSpace() || text[end - 1] == u'.'))
        --end;
    const qsizetype sp = text.lastIndexOf(u' ', end - 1);
    if (sp <= 1 || end - sp - 1 < 3)
        return {};
    QStringView word = QStringView(text).sliced(sp + 1, end - sp - 1); // sp < end: lastIndexOf searched before end
    // "HOAGLAND", "SMITH/JONES", or a capitalised "Kelly", after the last sentence.
    if (word.size() > 25 || word[0] < u'A' || word[0] > u'Z' || isNoName(word) || isRedaction(word))
        return {};
    const bool capitals = TextScan::isUpperWord(word);
    for (const QChar c : word.sliced(1)) { // word holds at least three characters
        if (!((c >= u'A' && c <= u'Z') || c == u'/' || c == u'-' || (!capitals && c >= u'a' && c <= u'z')))
            return {};
    }
    qsizetype cut = sp;
    const QStringView before = QStringView(text).first(sp).trimmed();
    if (before.endsWith(u"MINIMIZE CONSIDERED", Qt::CaseInsensitive))
        cut = (before.data() - text.constData()) + before.size() - 19;
    const QStringView rest = QStringView(text).first(cut).trimmed();
    const QChar last = rest.isEmpty() ? QChar() : rest.back();
    const QList<QStringView> restWords = TextScan::tokens(rest.last(std::min<qsizetype>(rest.size(), 20)));
    const bool afterRedaction = !restWords.isEmpty() && isRedaction(restWords.back());
    if (!(last == u'.' || last == u'!' || last == u'?' || last == u')' || last == u'"' || last == u'*'
            || last == u'\u201D' || afterRedaction))
        return {};
    const QString name = word.toString();
    text.truncate(rest.size() + (rest.data() - text.constData()));
    return name;
}

QString SignatureReader::takeWebsiteTail(QString &text)
{
    const qsizetype website = text.indexOf(u"Classified Website");
    const qsizetype visit = website > 0 ? text.lastIndexOf(u"Visit ", website) : -1;
    if (visit < 0)
        return {};
    qsizetype from = visit;
    while (from > 0 && (text[from - 1] == u'*' || text[from - 1] == u' '))
        --from;
    const QStringView tail = QStringView(text).sliced(website);
    const qsizetype lastSpace = tail.lastIndexOf(u' ');
    const QStringView last = lastSpace >= 0 ? tail.sliced(lastSpace + 1) : QStringView();
    QString name;
    if (last.size() >= 3 && TextScan::isUpperWord(last) && !last.contains(u'*') && !last.contains(u':'))
        name = last.toString();
    text.truncate(from);
    return name;
}
}
