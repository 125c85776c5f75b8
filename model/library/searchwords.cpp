// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchwords.h"

#include <QStringList>

namespace Reftel
{
bool SearchWords::isWordCharacter(QChar c)
{
    // unicode61's token characters: letters, digits and private-use ones.
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse || c.isSurrogate();
}

QString SearchWords::fold(QStringView word)
{
    // Most words are ASCII: nothing to decompose, and folding is lowering
    // (a server library's writer folds every word of the release).
    bool ascii = true;
    for (const QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString lowered = word.toString();
        for (QChar &c : lowered) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
        return lowered;
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QList<SearchWords::Word> SearchWords::of(const QString &text)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // A mark after a separator does not start a word.
        while (i < n && (!isWordCharacter(text.at(i)) || text.at(i).isMark()))
            ++i;
        if (i >= n)
            break;
        Word word;
        word.start = i;
        while (i < n && isWordCharacter(text.at(i)))
            ++i;
        word.end = i;
        word.folded = fold(QStringView(text).sliced(word.start, word.end - word.start));
        words.append(word);
    }
    return words;
}

QStringList SearchWords::folded(const QString &text)
{
    QStringList result;
    for (const Word &word : of(text))
        result.append(word.folded);
    return result;
}
}
