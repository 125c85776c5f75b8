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
    static constexpr const char16_t *Months[] = {u"JAN", u"FEB", u"MAR", u"APR", u"MAY", u"JUN",
                                                 u"JUL", u"AUG", u"SEP", u"OCT", u"NOV", u"DEC"};
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

QString normaliseLevel(const QString &word)
{
    if (word == u"UNCLAS")
        return QStringLiteral("UNCLASSIFIED");
    return word;
}

bool isLevelWord(QStringView w)
{
    return w == u"CONFIDENTIAL" || w == u"SECRET" || w == u"UNCLAS" || w == u"UNCLASSIFIED";
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
            lines.append({start, nl});
            start = nl + 1;
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = data[i].unicode();
            if (c == u'\n' || c == u'\r') {
                lines.append({start, i});
                if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                    ++i;
                start = i + 1;
            }
        }
    }
    if (start < n || n == 0)
        lines.append({start, n});
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

BannerInfo parseBanner(QStringView line)
{
    BannerInfo info;
    if (!line.isEmpty() && (line.front().isSpace() || line.back().isSpace()))
        line = line.trimmed();
    if (line.size() < 5 || line.size() > 160)
        return info;
    // Cheap rejection first: this runs on every line of every body.
    const char16_t c0 = line[0].unicode();
    if (c0 != u'C' && c0 != u'S' && c0 != u'U' && c0 != u'T' && c0 != u'L')
        return info;
    static constexpr QStringView Starts[] = {u"C O N", u"S E C", u"U N C", u"T O P", u"CONF", u"SECR", u"UNCL", u"LIMI", u"TOP "};
    bool plausible = false;
    for (const QStringView s : Starts)
        plausible = plausible || (s[0] == line[0] && line.startsWith(s));
    if (!plausible)
        return info;

    const QList<QStringView> toks = tokens(line);
    qsizetype i = 0;
    QString level;
    bool spaced = false;
    // Spaced capitals: "C O N F I D E N T I A L", "S E C R E T", "U N C L A S".
    if (toks.size() >= 3 && toks[0].size() == 1 && toks[1].size() == 1) {
        QString word;
        while (i < toks.size() && toks[i].size() == 1 && isAsciiUpper(toks[i][0])) {
            word += toks[i][0];
            ++i;
        }
        if (word == u"TOPSECRET")
            word = QStringLiteral("TOP SECRET");
        if (!isLevelWord(word) && word != u"TOP SECRET")
            return info;
        level = normaliseLevel(word);
        spaced = true;
    } else {
        if (toks.isEmpty())
            return info;
        QStringView w = toks[0];
        QStringView attached;
        const qsizetype slashes = w.indexOf(u"//");
        if (slashes > 0) {
            attached = w.sliced(slashes + 2);
            w = w.first(slashes);
        }
        if (w == u"LIMITED" && toks.size() >= 3 && toks[1] == u"OFFICIAL" && toks[2] == u"USE") {
            level = QStringLiteral("LIMITED OFFICIAL USE");
            i = 3;
        } else if (w == u"TOP" && toks.size() >= 2 && toks[1] == u"SECRET") {
            level = QStringLiteral("TOP SECRET");
            i = 2;
        } else if (isLevelWord(w)) {
            level = normaliseLevel(w.toString());
            i = 1;
        } else {
            return info;
        }
        if (!attached.isEmpty())
            info.caveats.append(attached.toString());
    }

    // After the level: caveats, SECTION k OF n, post and serial, caveats.
    bool sawSection = false;
    bool sawSerial = false;
    QStringList post;
    while (i < toks.size()) {
        const QStringView t = toks[i];
        if (t == u"SECTION" && i + 3 < toks.size() && toks[i + 2] == u"OF") {
            info.section = toInt(toks[i + 1], 0);
            info.sectionCount = toInt(toks[i + 3], 0);
            sawSection = true;
            i += 4;
            continue;
        }
        if (!sawSerial && isDigits(t) && t.size() >= 2 && !post.isEmpty()) {
            info.serial = t.toString();
            info.post = post.join(u' ');
            sawSerial = true;
            ++i;
            continue;
        }
        if (!sawSerial && (sawSection || spaced || !post.isEmpty() || i > 0) && isUpperWord(t) && !t.contains(u'/')) {
            // Before the serial, capitals are the post name unless they are a known caveat.
            if (t == u"NOFORN" || t == u"EXDIS" || t == u"NODIS" || t == u"SIPDIS" || t == u"LIMDIS" || t == u"STADIS") {
                info.caveats.append(t.toString());
            } else {
                post.append(t.toString());
            }
            ++i;
            continue;
        }
        if (t.startsWith(u"//")) {
            info.caveats.append(t.sliced(2).toString());
            ++i;
            continue;
        }
        if (sawSerial && isUpperWord(t) && info.caveats.size() < 4) {
            info.caveats.append(t.toString());
            ++i;
            continue;
        }
        // Anything else (a lower-case word, a stray number, a long tail) means this line is prose.
        return BannerInfo{};
    }
    if (post.size() > 4)
        return BannerInfo{};
    // A lone word "CONFIDENTIAL" is page-break residue, not a banner; the
    // spaced form and a form with SECTION or a serial are banners.
    if (!spaced && !sawSection && !sawSerial)
        return BannerInfo{};
    if (!sawSerial && !post.isEmpty()) {
        // "UNCLAS SECTION 01 OF 02" then words: not a banner we understand unless short.
        if (post.size() > 4)
            return BannerInfo{};
        info.caveats.append(post);
        post.clear();
    }
    info.level = level;
    info.valid = true;
    return info;
}

bool isPageMarker(QStringView line, qsizetype *restStart)
{
    if (line.size() < 10)
        return false;
    const QStringView t = line.front().isSpace() || line.back().isSpace() ? line.trimmed() : line;
    if (t.size() < 10 || (t.size() > 200 && !t.startsWith(u"PAGE ")))
        return false;
    // Cheap rejection: every line of every cable comes through here.
    const bool oldForm = t[0] == u'P' && t.startsWith(u"PAGE ");
    if (!oldForm && !(t.back().isDigit() && t.contains(u" OF ")))
        return false;
    // Only the first tokens matter; unwrapped pages put a whole paragraph after an old marker.
    const QList<QStringView> toks = tokens(t.first(std::min<qsizetype>(t.size(), 120)));
    // Old form: PAGE nn POST serial kk OF nn [ddhhmmZ] [text...]
    if (oldForm && toks.size() >= 6 && toks[0] == u"PAGE" && isDigits(toks[1])) {
        qsizetype i = 2;
        while (i < toks.size() && isUpperWord(toks[i]) && !isDigits(toks[i]))
            ++i;
        if (i == 2 || i + 3 >= toks.size())
            return false; // from here on toks[i] to toks[i + 3] exist
        if (!(isDigits(toks[i]) && isDigits(toks[i + 1]) && i + 3 < toks.size() && toks[i + 2] == u"OF" && isDigits(toks[i + 3])))
            return false;
        i += 4;
        if (i < toks.size() && toks[i].size() == 7 && toks[i].endsWith(u'Z') && isDigits(toks[i].first(6)))
            ++i;
        if (restStart) {
            if (i < toks.size())
                *restStart = toks[i].data() - line.data();
            else
                *restStart = line.size();
        }
        return true;
    }
    // Modern form, alone on its line: POST serial kkk[.n] OF nnn
    if (toks.size() < 5 || toks.size() > 8)
        return false; // so toks[n - 4] to toks[n - 1] exist
    const qsizetype n = toks.size();
    if (!isDigits(toks[n - 1]) || toks[n - 2] != u"OF")
        return false;
    QStringView k = toks[n - 3];
    const qsizetype dot = k.indexOf(u'.');
    if (dot > 0)
        k = k.first(dot);
    if (!isDigits(k) || !isDigits(toks[n - 4]) || toks[n - 4].size() < 3)
        return false;
    for (qsizetype i = 0; i < n - 4; ++i) {
        if (!isUpperWord(toks[i]))
            return false;
    }
    if (restStart)
        *restStart = line.size();
    return true;
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
    return dtg.size() == 7 && dtg.endsWith(u'Z') && isDigits(dtg.first(6)) && monthNumber(toks[i + 1]) > 0 && isDigits(toks[i + 2]);
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

bool isTelegramStart(QStringView line)
{
    if (line.startsWith(u"VZCZC"))
        return true;
    if (isDateTimeGroupLine(line) && line.size() < 40)
        return true;
    return parseBanner(line).valid;
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

QString compactPost(QStringView post)
{
    QString out;
    out.reserve(post.size());
    for (const QChar c : post) {
        if (c.isLetter())
            out += c.toUpper();
    }
    return out;
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
            static constexpr char16_t Map[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                                                 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
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
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))}, {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("para"), QString(QChar(0x00B6))},
        {QStringLiteral("sect"), QString(QChar(0x00A7))},  {QStringLiteral("copy"), QString(QChar(0x00A9))},
        {QStringLiteral("eacute"), QString(QChar(0x00E9))}, {QStringLiteral("laquo"), QString(QChar(0x00AB))},
        {QStringLiteral("raquo"), QString(QChar(0x00BB))},
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
