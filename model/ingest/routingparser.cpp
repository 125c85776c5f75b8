// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingparser.h"

#include "textscan.h"

namespace Reftel
{
namespace
{
struct Token {
    QStringView text;
    qsizetype line = 0;
};

bool isPrecedenceWord(QStringView t)
{
    return t == u"IMMEDIATE" || t == u"PRIORITY" || t == u"ROUTINE" || t == u"FLASH" || t == u"NIACT";
}

bool isPrecedenceLetters(QStringView t)
{
    if (t.isEmpty() || t.size() > 2)
        return false;
    for (const QChar c : t) {
        if (c != u'Z' && c != u'O' && c != u'P' && c != u'R')
            return false;
    }
    return true;
}

// "RUEHC/SECSTATE": a routing indicator glued to the name.
bool startsAddressee(QStringView t)
{
    const qsizetype slash = t.indexOf(u'/');
    if (slash < 4 || slash > 8)
        return false;
    for (qsizetype i = 0; i < slash; ++i) {
        if (!(t[i] >= u'A' && t[i] <= u'Z'))
            return false;
    }
    return true;
}

// The words of one addressee line are views into the same line, so the name
// is one slice of it (from its first to its last word), copied once.
Addressee makeAddressee(const QList<QStringView> &words)
{
    Addressee a;
    const QChar *nameStart = nullptr;
    const QChar *nameEnd = nullptr;
    auto addName = [&](QStringView w) {
        if (!nameStart || w.data() < nameStart)
            nameStart = w.data();
        if (!nameEnd || w.data() + w.size() > nameEnd)
            nameEnd = w.data() + w.size();
    };
    qsizetype i = 0;
    if (!words.isEmpty() && startsAddressee(words[0])) {
        const qsizetype slash = words[0].indexOf(u'/');
        a.routingIndicator = words[0].first(slash).toString();
        const QStringView rest = words[0].sliced(slash + 1);
        if (!rest.isEmpty())
            addName(rest);
        i = 1;
    }
    for (; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (isPrecedenceWord(w)) {
            a.precedence = a.precedence.isEmpty() ? w.toString() : a.precedence + u' ' + w.toString();
            continue;
        }
        if (!a.precedence.isEmpty() && TextScan::isDigits(w)) {
            a.serial = w.toString();
            continue;
        }
        addName(w);
    }
    if (nameStart)
        a.name = QStringView(nameStart, nameEnd - nameStart).toString().simplified();
    return a;
}
}

QString RoutingParser::precedenceName(QChar letter)
{
    switch (letter.unicode()) {
    case u'Z':
        return QStringLiteral("FLASH");
    case u'O':
        return QStringLiteral("IMMEDIATE");
    case u'P':
        return QStringLiteral("PRIORITY");
    case u'R':
        return QStringLiteral("ROUTINE");
    default:
        return {};
    }
}

Routing RoutingParser::parse(QStringView block)
{
    Routing r;
    QList<Token> toks;
    const QList<TextScan::LineRef> lines = TextScan::splitLines(block);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        for (const QStringView t : TextScan::tokens(block.sliced(lines[l].start, lines[l].end - lines[l].start)))
            toks.append({t, l});
    }
    enum class Mode { None, Relay, From, To, Info };
    Mode mode = Mode::None;
    QList<QStringView> current;
    qsizetype currentLine = -1;

    auto flush = [&]() {
        if (current.isEmpty())
            return;
        const Addressee a = makeAddressee(current);
        if (mode == Mode::To)
            r.to.append(a);
        else if (mode == Mode::Info)
            r.info.append(a);
        current.clear();
    };

    for (qsizetype i = 0; i < toks.size(); ++i) {
        const QStringView t = toks[i].text;
        const bool lineStart = i == 0 || toks[i - 1].line != toks[i].line;
        // TextScan::tokens() makes no empty token: t[0] exists.
        if (t[0] == u'V' && t.startsWith(u"VZCZC") && r.transmissionId.isEmpty()) {
            r.transmissionId = t.toString();
            mode = Mode::None;
            continue;
        }
        // Date-time group: [precedence letters] DDHHMMZ MON YY
        if (t.size() == 7 && t.endsWith(u'Z') && TextScan::isDigits(t.first(6)) && i + 2 < toks.size() && mode != Mode::To
            && mode != Mode::Info) {
            const QDateTime dtg = TextScan::parseDateTimeGroup(t, toks[i + 1].text, toks[i + 2].text);
            if (dtg.isValid() && TextScan::isDigits(toks[i + 2].text)) {
                if (!r.dateTimeGroup.isValid()) {
                    r.dateTimeGroup = dtg;
                    r.dateTimeGroupText = t.toString() + u' ' + toks[i + 1].text.toString() + u' ' + toks[i + 2].text.toString();
                    // The precedence letters just before it.
                    qsizetype p = i - 1;
                    QString letters;
                    while (p >= 0 && p >= i - 2 && isPrecedenceLetters(toks[p].text)) {
                        letters.prepend(toks[p].text.toString());
                        --p;
                    }
                    if (!letters.isEmpty()) {
                        r.precedenceLetter = letters.first(1);
                        r.precedenceName = precedenceName(letters[0]);
                    }
                }
                i += 2;
                mode = Mode::None;
                continue;
            }
        }
        if (t == u"DE" && i + 1 < toks.size() && mode != Mode::To && mode != Mode::Info && mode != Mode::From) {
            flush();
            r.sendingStation = toks[i + 1].text.toString();
            if (i + 2 < toks.size() && toks[i + 2].text.startsWith(u'#')) {
                const QStringView ser = toks[i + 2].text.sliced(1);
                const qsizetype slash = ser.indexOf(u'/');
                r.stationSerial = (slash >= 0 ? ser.first(slash) : ser).toString();
                if (slash >= 0)
                    r.section = TextScan::toInt(ser.sliced(slash + 1), 0);
                i += 2;
                if (i + 1 < toks.size() && TextScan::isDigits(toks[i + 1].text)) {
                    r.julianDateTime = toks[i + 1].text.toString();
                    ++i;
                }
            } else {
                ++i;
            }
            mode = Mode::None;
            continue;
        }
        if ((t == u"ZNY" || t == u"ZNR") && i + 1 < toks.size() && mode != Mode::To && mode != Mode::Info) {
            r.classificationCode = toks[i + 1].text.toString();
            i += 1;
            if (i + 1 < toks.size() && toks[i + 1].text == u"ZZH")
                ++i;
            mode = Mode::None;
            continue;
        }
        if (t == u"ZDK") {
            r.retransmission = true;
            continue;
        }
        if (t == u"FM" && (lineStart || mode == Mode::None)) {
            flush();
            mode = Mode::From;
            continue;
        }
        if (t == u"TO" && (mode == Mode::From || (lineStart && !r.from.isEmpty()))) {
            flush();
            mode = Mode::To;
            currentLine = toks[i].line;
            continue;
        }
        if (t == u"INFO" && !r.from.isEmpty() && (mode == Mode::To || mode == Mode::From || lineStart)) {
            flush();
            mode = Mode::Info;
            currentLine = toks[i].line;
            continue;
        }
        const bool afterId = i > 0 && toks[i - 1].text.startsWith(u"VZCZC");
        if ((lineStart || afterId) && isPrecedenceLetters(t) && t.size() == 2 && mode == Mode::None && r.relayStations.isEmpty()) {
            mode = Mode::Relay;
            continue;
        }
        switch (mode) {
        case Mode::Relay:
            r.relayStations.append(t.toString());
            break;
        case Mode::From:
            r.from = r.from.isEmpty() ? t.toString() : r.from + u' ' + t.toString();
            break;
        case Mode::To:
        case Mode::Info:
            // One addressee a line; on a flattened line each starts with its routing indicator.
            if (!current.isEmpty() && (toks[i].line != currentLine || startsAddressee(t)))
                flush();
            currentLine = toks[i].line;
            current.append(t);
            break;
        case Mode::None:
            break;
        }
    }
    flush();
    return r;
}
}
