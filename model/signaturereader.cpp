// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturereader.h"

#include "lineclassifier.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using LC = LineClassifier;

// Nothing but noise or a repeated copy after line i: what a signature is followed by.
bool onlyTrailerAfter(const TelegramLines &lines, qsizetype i, int lastNumber)
{
    for (qsizetype k = i + 1; k < lines.size(); ++k) {
        if (lines[k].kind != LineKind::Text)
            continue;
        const QStringView n = lines.content(k);
        if (LC::isLevelLine(n))
            continue;
        int number = 0;
        qsizetype after = 0;
        if (LC::paragraphStart(n, &number, &after))
            return number <= lastNumber && number > 0;
        return LC::isHeaderLine(n);
    }
    return true;
}

// The words of a name: capitals (and "Kelly" when it stands alone), dots,
// hyphens, apostrophes. Returns the number of letters, or -1 when a word is not a name's.
int nameLetters(const QList<QStringView> &toks)
{
    int letters = 0;
    for (const QStringView t : toks) {
        if (t == u"END" || t == u"COMMENT" || t == u"SUMMARY")
            return -1;
        if (t.endsWith(u'.') && t.size() != 2)
            return -1;
        for (const QChar c : t) {
            if (c.isLower() && toks.size() == 1 && t[0].isUpper() && t.size() <= 15) {
                // "Randt", "Kelly": one capitalised surname alone on the last line.
                ++letters;
                continue;
            }
            if (c.isLower() || !(c.isLetter() || c == u'.' || c == u'-' || c == u'\''))
                return -1;
            if (c.isLetter())
                ++letters;
        }
    }
    return letters;
}
}

bool SignatureReader::isSignatureLine(const TelegramLines &lines, qsizetype i, int lastNumber)
{
    const QStringView v = lines.content(i);
    if (v.size() < 2 || v.size() > 40 || LC::isLevelLine(v))
        return false;
    // Routing lines ("ZNY CCCCC ZZH", "FM AMEMBASSY ROME") look like names too.
    if (v.size() > 3 && v[2] == u' '
        && ((v[0] == u'D' && v[1] == u'E') || (v[0] == u'F' && v[1] == u'M') || (v[0] == u'T' && v[1] == u'O')))
        return false;
    if (v[0] == u'Z' && v[1] == u'N')
        return false;
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 4)
        return false;
    if (nameLetters(toks) < 2)
        return false;
    if (TextScan::hasLowercase(v) && lines.nextContent(i) >= 0)
        return false; // a capitalised word is a signature only at the very end
    return onlyTrailerAfter(lines, i, lastNumber);
}

QString SignatureReader::nameOf(QStringView line)
{
    const QList<QStringView> names = TextScan::tokens(line);
    return names.size() == 2 && names[0] == names[1] ? names[0].toString() : line.toString();
}

QString SignatureReader::takeFromText(QString &text)
{
    const qsizetype sp = text.lastIndexOf(u' ');
    if (sp <= 1)
        return {};
    QStringView word = QStringView(text).sliced(sp + 1);
    if (word.endsWith(u".."))
        word = word.first(word.indexOf(u'.')); // "OLSON..": indexOf finds a dot, as the word ends in two
    // "HOAGLAND", or a capitalised "Kelly", after the last sentence.
    if (word.size() < 3 || word.size() > 20 || word[0] < u'A' || word[0] > u'Z' || word == u"END")
        return {};
    const bool capitals = TextScan::isUpperWord(word);
    for (const QChar c : word.sliced(1)) { // word holds at least three characters
        if (!((c >= u'A' && c <= u'Z') || (!capitals && c >= u'a' && c <= u'z')))
            return {};
    }
    const QChar before = text[sp - 1]; // sp > 1
    if (!(before == u'.' || before == u'!' || before == u'?' || before == u')' || before == u'"' || before == u'*'))
        return {};
    const QString name = word.toString();
    text.truncate(sp);
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
