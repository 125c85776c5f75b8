// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscan.h"

#include <QHash>
#include <QTimeZone>

#include <cstring>

namespace Reftel::TextScan
{
namespace
{
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\f' || c == u'\v' || c == u'\r' || c == u'\n';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

int monthNumber(QStringView m)
{
    static constexpr const char16_t *Months[] = { u"JAN", u"FEB", u"MAR", u"APR", u"MAY", u"JUN", u"JUL", u"AUG",
        u"SEP", u"OCT", u"NOV", u"DEC" };
    if (m.size() < 3)
        return 0;
    const QStringView m3 = m.first(3);
    for (int i = 0; i < 12; ++i) {
        if (m3.compare(QStringView(Months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Two-digit years of the release run from 1966 to 2010.
int fullYear(int yy)
{
    return yy >= 60 ? 1900 + yy : 2000 + yy;
}

}

QList<LineRef> splitLines(QStringView text)
{
    QList<LineRef> lines;
    lines.reserve(text.size() / 32 + 1);
    const QChar *data = text.data();
    const qsizetype n = text.size();
    const bool hasCr = text.indexOf(QChar(u'\r')) >= 0;
    qsizetype start = 0;
    if (!hasCr) {
        // The common case: find each newline with the vectorised search.
        qsizetype nl = 0;
        while ((nl = text.indexOf(QChar(u'\n'), start)) >= 0) {
            lines.append({ start, nl });
            start = nl + 1;
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = data[i].unicode();
            if (c == u'\n' || c == u'\r') {
                lines.append({ start, i });
                if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                    ++i;
                start = i + 1;
            }
        }
    }
    if (start < n || n == 0)
        lines.append({ start, n });
    return lines;
}

QList<QStringView> tokens(QStringView text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && isSpace(text[i]))
            ++i;
        const qsizetype s = i;
        while (i < n && !isSpace(text[i]))
            ++i;
        if (i > s)
            out.append(text.sliced(s, i - s));
    }
    return out;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool isUpperWord(QStringView s)
{
    bool letter = false;
    for (const QChar c : s) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            letter = true;
    }
    return letter;
}

bool hasLowercase(QStringView s)
{
    for (const QChar c : s) {
        if (c.isLower())
            return true;
    }
    return false;
}

int toInt(QStringView s, int fallback)
{
    if (!isDigits(s) || s.size() > 9)
        return fallback;
    int v = 0;
    for (const QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

bool startsWithWord(QStringView line, QStringView word)
{
    if (!line.startsWith(word, Qt::CaseInsensitive))
        return false;
    if (line.size() == word.size())
        return true;
    // line starts with word (char for char, folding keeps lengths) and is longer.
    const QChar next = line[word.size()];
    return !next.isLetterOrNumber();
}

bool isDateTimeGroupLine(QStringView line)
{
    if (line.size() < 12 || !line[0].isUpper() || !(line[1] == u' ' || line[2] == u' '))
        return false;
    const QList<QStringView> toks = tokens(line);
    if (toks.size() < 4)
        return false;
    qsizetype i = 0;
    while (i < toks.size() && i < 2 && toks[i].size() <= 2 && isUpperWord(toks[i]))
        ++i;
    if (i == 0 || i + 2 >= toks.size())
        return false;
    const QStringView dtg = toks[i];
    return dtg.size() == 7 && dtg.endsWith(u'Z') && isDigits(dtg.first(6)) && monthNumber(toks[i + 1]) > 0
        && isDigits(toks[i + 2]);
}

QDateTime parseDateTimeGroup(QStringView dayTime, QStringView month, QStringView year)
{
    if (dayTime.size() != 7 || !isDigits(dayTime.first(6)))
        return {};
    const int day = toInt(dayTime.sliced(0, 2));
    const int hour = toInt(dayTime.sliced(2, 2));
    const int minute = toInt(dayTime.sliced(4, 2));
    const int m = monthNumber(month);
    int y = toInt(year);
    if (m == 0 || y < 0)
        return {};
    if (year.size() <= 2)
        y = fullYear(y);
    const QDate date(y, m, day);
    const QTime time(hour, minute);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

QDateTime parseDateTime(QStringView text)
{
    const QList<QStringView> toks = tokens(text);
    if (toks.isEmpty())
        return {};
    QDate date;
    const QStringView d = toks[0];
    if (d.size() == 10 && d[4] == u'-' && d[7] == u'-') {
        date = QDate(toInt(d.sliced(0, 4)), toInt(d.sliced(5, 2)), toInt(d.sliced(8, 2)));
    } else if (d.count(u'/') == 2) {
        // Two slashes: 0 <= a < b < d.size(); the pieces may be empty, and toInt() of "" is -1.
        const qsizetype a = d.indexOf(u'/');
        const qsizetype b = d.indexOf(u'/', a + 1);
        int y = toInt(d.sliced(b + 1));
        if (d.size() - b - 1 == 2)
            y = fullYear(y);
        date = QDate(y, toInt(d.first(a)), toInt(d.sliced(a + 1, b - a - 1)));
    }
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (toks.size() >= 2) {
        const QStringView t = toks[1];
        const QList<QStringView> parts = t.split(u':');
        if (parts.size() >= 2) {
            time = QTime(toInt(parts[0]), toInt(parts[1]), parts.size() >= 3 ? toInt(parts[2]) : 0);
            if (!time.isValid())
                time = QTime(0, 0);
        }
    }
    return QDateTime(date, time, QTimeZone::UTC);
}

bool looksLikeCableId(QStringView s)
{
    if (s.size() < 5 || s.size() > 40)
        return false;
    if (!isAsciiDigit(s[0]) || !isAsciiDigit(s[1]) || !isAsciiUpper(s[2]))
        return false;
    qsizetype i = 2;
    while (i < s.size() && isAsciiUpper(s[i]))
        ++i;
    const qsizetype digits = i;
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    if (i == digits)
        return false;
    // A short suffix is allowed ("_a", "-1"); anything longer is not an id.
    return s.size() - i <= 3;
}

qsizetype decodeEntity(QStringView text, qsizetype pos, QString *out)
{
    const qsizetype n = text.size();
    if (pos < 0 || pos >= n || text[pos] != u'&')
        return 0;
    qsizetype i = pos + 1;
    if (i < n && text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype s = i;
        char32_t value = 0;
        while (i < n && i - s < 8) {
            const QChar c = text[i];
            int dv = -1;
            if (isAsciiDigit(c))
                dv = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                dv = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                dv = c.unicode() - u'A' + 10;
            if (dv < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(dv);
            ++i;
        }
        if (i == s || i >= n || text[i] != u';')
            return 0;
        if (value == 0 || value > 0x10FFFF)
            value = 0xFFFD;
        // Windows-1252 numeric references for 0x80-0x9F are common on old pages.
        if (value >= 0x80 && value < 0xA0) {
            static constexpr char16_t Map[32] = { 0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
                0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178 };
            value = Map[value - 0x80];
        }
        *out = QString::fromUcs4(&value, 1);
        return i + 1 - pos;
    }
    const qsizetype s = i;
    while (i < n && i - s < 10 && text[i].isLetterOrNumber())
        ++i;
    if (i == s || i >= n || text[i] != u';')
        return 0;
    static const QHash<QString, QString> Named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("rsquo"), QString(QChar(0x2019)) },
        { QStringLiteral("lsquo"), QString(QChar(0x2018)) },
        { QStringLiteral("rdquo"), QString(QChar(0x201D)) },
        { QStringLiteral("ldquo"), QString(QChar(0x201C)) },
        { QStringLiteral("ndash"), QString(QChar(0x2013)) },
        { QStringLiteral("mdash"), QString(QChar(0x2014)) },
        { QStringLiteral("hellip"), QString(QChar(0x2026)) },
        { QStringLiteral("para"), QString(QChar(0x00B6)) },
        { QStringLiteral("sect"), QString(QChar(0x00A7)) },
        { QStringLiteral("copy"), QString(QChar(0x00A9)) },
        { QStringLiteral("eacute"), QString(QChar(0x00E9)) },
        { QStringLiteral("laquo"), QString(QChar(0x00AB)) },
        { QStringLiteral("raquo"), QString(QChar(0x00BB)) },
    };
    const auto it = Named.constFind(text.sliced(s, i - s).toString());
    if (it == Named.constEnd())
        return 0;
    *out = it.value();
    return i + 1 - pos;
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    QString decoded;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'&') {
            const qsizetype used = decodeEntity(text, i, &decoded);
            if (used > 0) {
                out += decoded;
                i += used;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

QString excerpt(QStringView text)
{
    // Only the start is shown, so only the start is simplified: removed
    // blocks can be whole repeated bodies.
    text = text.trimmed();
    const bool cut = text.size() > 200;
    QString s = text.first(std::min<qsizetype>(text.size(), 200)).toString().simplified();
    if (cut && s.size() <= 80)
        s += QChar(0x2026);
    if (s.size() > 80)
        s = s.first(79) + QChar(0x2026);
    return s;
}
}
