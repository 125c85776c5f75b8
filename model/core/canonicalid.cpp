// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalid.h"

#include "postnames.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
// Letters of a post name ("RIO", "de", "Janeiro", "PORT-AU-PRINCE").
bool isPostWord(QStringView t)
{
    if (t.isEmpty())
        return false;
    for (const QChar c : t) {
        if (!c.isLetter() && c != u'.' && c != u'-' && c != u'\'')
            return false;
    }
    return true;
}

QStringView withoutTrailingPunctuation(QStringView t)
{
    while (!t.isEmpty() && (t.back() == u',' || t.back() == u';' || t.back() == u'.' || t.back() == u':'))
        t.chop(1);
    return t;
}

// "08STATE123456", "09ASTANA253": already an id.
CanonicalId::Parts readGlued(QStringView t)
{
    CanonicalId::Parts parts;
    if (t.size() < 5 || !t[0].isDigit() || !t[1].isDigit() || !t[2].isLetter())
        return parts;
    qsizetype i = 2;
    while (i < t.size() && t[i].isLetter())
        ++i;
    const qsizetype postEnd = i;
    while (i < t.size() && t[i].isDigit())
        ++i;
    if (i != t.size() || i == postEnd || i - postEnd > 7)
        return parts;
    const QString post = PostNames::instance().resolve(t.sliced(2, postEnd - 2));
    parts.postKnown = !post.isEmpty();
    parts.post = parts.postKnown ? post : PostNames::compact(t.sliced(2, postEnd - 2));
    parts.serial = t.sliced(postEnd).toLongLong();
    parts.year = TextScan::toInt(t.first(2));
    return parts;
}
}

int CanonicalId::twoDigitYear(QStringView d)
{
    if (!TextScan::isDigits(d) || (d.size() != 2 && d.size() != 4))
        return -1;
    const int y = TextScan::toInt(d);
    if (d.size() == 4 && (y < 1960 || y > 2030))
        return -1;
    return y % 100;
}

QString CanonicalId::make(QStringView post, QStringView serial, int year)
{
    Parts parts;
    parts.post = PostNames::instance().resolveOrCompact(post);
    const int number = TextScan::toInt(withoutTrailingPunctuation(serial));
    parts.serial = number;
    return make(parts, year);
}

QString CanonicalId::make(const Parts &parts, int defaultYear)
{
    const int year = parts.year >= 0 ? parts.year : defaultYear;
    if (!parts.isValid() || year < 0)
        return {};
    return QString::number(year % 100).rightJustified(2, u'0') + parts.post + QString::number(parts.serial);
}

CanonicalId::Parts CanonicalId::read(QStringView written)
{
    // A bracketed part is a title or a year: "(2008)".
    int bracketYear = -1;
    const qsizetype open = written.indexOf(u'(');
    if (open >= 0) {
        const qsizetype close = written.indexOf(u')', open);
        bracketYear =
            twoDigitYear(written.sliced(open + 1, (close > open ? close : written.size()) - open - 1).trimmed());
        written = written.first(open);
    }
    QList<QStringView> toks = TextScan::tokens(written);
    for (QStringView &t : toks)
        t = withoutTrailingPunctuation(t);
    toks.removeIf([](QStringView t) { return t.isEmpty(); });
    Parts parts;
    if (toks.size() == 1) {
        parts = readGlued(toks[0]);
    } else if (toks.size() >= 2) {
        qsizetype first = 0;
        qsizetype last = toks.size();
        if (toks.size() >= 3 && twoDigitYear(toks[0]) >= 0 && !TextScan::isDigits(toks[1])) {
            parts.year = twoDigitYear(toks[0]);
            first = 1;
        }
        QStringView serial;
        if (TextScan::isDigits(toks[last - 1])) {
            serial = toks[--last];
        } else if (TextScan::isDigits(toks[first]) && first == 0) {
            serial = toks[first++]; // "00821 ASMARA"
        }
        QStringList post;
        for (qsizetype k = first; k < last; ++k) {
            if (!isPostWord(toks[k]))
                return {};
            post.append(toks[k].toString());
        }
        if (serial.isEmpty() || serial.size() > 8 || post.isEmpty() || post.size() > 5)
            return {};
        const QString known = PostNames::instance().resolve(post.join(u' '));
        parts.postKnown = !known.isEmpty();
        // A post the release does not know must at least be written as a name: "Foo 12", not "said 12".
        if (!parts.postKnown && !post.front().front().isUpper())
            return {};
        parts.post = parts.postKnown ? known : PostNames::compact(post.join(QString()));
        parts.serial = TextScan::toInt(serial, 0);
    }
    if (parts.year < 0)
        parts.year = bracketYear;
    if (!parts.isValid())
        return {};
    return parts;
}
}
