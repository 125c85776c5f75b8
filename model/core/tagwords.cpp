// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagwords.h"

#include "tagglossary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Reftel::TagWords
{
bool isWordLike(QStringView w)
{
    int letters = 0;
    for (const QChar c : w) {
        if (c.isLetter())
            ++letters;
        else if (c != u'-' && c != u'\'' && c != u'.')
            return false;
    }
    return letters >= 2;
}

bool hasVowel(QStringView w)
{
    for (const QChar c : w) {
        const char16_t u = c.toUpper().unicode();
        if (u == u'A' || u == u'E' || u == u'I' || u == u'O' || u == u'U' || u == u'Y')
            return true;
    }
    return false;
}

bool soundsLikeWord(QStringView w)
{
    int letters = 0;
    int vowels = 0;
    for (const QChar c : w) {
        if (!c.isLetter())
            continue;
        ++letters;
        const char16_t u = c.toUpper().unicode();
        vowels += (u == u'A' || u == u'E' || u == u'I' || u == u'O' || u == u'U' || u == u'Y') ? 1 : 0;
    }
    return letters > 0 && vowels * 4 >= letters;
}

bool isStopWord(QStringView w)
{
    static constexpr QStringView Words[] = { u"OF", u"AND", u"THE", u"ON", u"IN", u"FOR", u"TO", u"DE", u"AL" };
    for (const QStringView s : Words) {
        if (w.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TagInfo withWritten(TagInfo t, QStringView written)
{
    if (written != t.code)
        t.written = written.toString();
    return t;
}

TagInfo ofKind(const QString &code, TagInfo::Kind kind, QStringView written)
{
    TagInfo t;
    t.code = code;
    t.kind = kind;
    // In the TAGS reader's context, where the translations have them.
    if (kind == TagInfo::Kind::Person)
        t.meaning = QCoreApplication::translate("Reftel::TagsReader", "person");
    else if (kind == TagInfo::Kind::Phrase)
        t.meaning = QCoreApplication::translate("Reftel::TagsReader", "written out in words");
    return withWritten(t, written);
}

TagInfo describe(QStringView code)
{
    TagInfo t = TagGlossary::instance().lookup(code);
    if (t.known())
        return t;
    const QString c = code.trimmed().toString();
    if (c.contains(u',') && isWordLike(QString(c).remove(u',').remove(u' ')))
        return ofKind(c, TagInfo::Kind::Person, c);
    const QStringList words = c.split(u' ', Qt::SkipEmptyParts);
    bool phrase = !words.isEmpty() && (words.size() > 1 || soundsLikeWord(c));
    for (const QString &w : words)
        phrase = phrase && isWordLike(w) && ((w.size() >= 5 && hasVowel(w)) || isStopWord(w));
    return phrase ? ofKind(c, TagInfo::Kind::Phrase, c) : t;
}
}
