// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingreader.h"

#include "routingparser.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
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

Routing RoutingReader::read()
{
    for (m_i = 0; m_i < m_toks.size(); ++m_i) {
        if (!readTransmissionId() && !readDateTimeGroup() && !readStation() && !readClassificationCode()
            && !readMarker())
            readText();
    }
    flush();
    return m_r;
}

void RoutingReader::flush()
{
    if (m_current.isEmpty())
        return;
    const Addressee a = makeAddressee(m_current);
    if (m_mode == Mode::To)
        m_r.to.append(a);
    else if (m_mode == Mode::Info)
        m_r.info.append(a);
    m_current.clear();
}

bool RoutingReader::readTransmissionId()
{
    const QStringView t = token();
    // TextScan::tokens() makes no empty token: t[0] exists.
    if (t[0] != u'V' || !t.startsWith(u"VZCZC") || !m_r.transmissionId.isEmpty())
        return false;
    m_r.transmissionId = t.toString();
    m_mode = Mode::None;
    return true;
}

// Date-time group: [precedence letters] DDHHMMZ MON YY
bool RoutingReader::readDateTimeGroup()
{
    const QStringView t = token();
    if (t.size() != 7 || !t.endsWith(u'Z') || !TextScan::isDigits(t.first(6)) || !has(2) || inAddressees())
        return false;
    const QDateTime dtg = TextScan::parseDateTimeGroup(t, token(1), token(2));
    if (!dtg.isValid() || !TextScan::isDigits(token(2)))
        return false;
    if (!m_r.dateTimeGroup.isValid()) {
        m_r.dateTimeGroup = dtg;
        m_r.dateTimeGroupText = t.toString() + u' ' + token(1).toString() + u' ' + token(2).toString();
        // The precedence letters just before it.
        qsizetype p = m_i - 1;
        QString letters;
        while (p >= 0 && p >= m_i - 2 && isPrecedenceLetters(m_toks[p].text)) {
            letters.prepend(m_toks[p].text.toString());
            --p;
        }
        if (!letters.isEmpty()) {
            m_r.precedenceLetter = letters.first(1);
            m_r.precedenceName = RoutingParser::precedenceName(letters[0]);
        }
    }
    m_i += 2;
    m_mode = Mode::None;
    return true;
}

// "DE RUEHAH #0253/01 0541234": the sending station, its serial and section.
bool RoutingReader::readStation()
{
    if (token() != u"DE" || !has(1) || inAddressees() || m_mode == Mode::From)
        return false;
    flush();
    m_r.sendingStation = token(1).toString();
    if (has(2) && token(2).startsWith(u'#')) {
        const QStringView ser = token(2).sliced(1);
        const qsizetype slash = ser.indexOf(u'/');
        m_r.stationSerial = (slash >= 0 ? ser.first(slash) : ser).toString();
        if (slash >= 0)
            m_r.section = TextScan::toInt(ser.sliced(slash + 1), 0);
        m_i += 2;
        if (has(1) && TextScan::isDigits(token(1))) {
            m_r.julianDateTime = token(1).toString();
            ++m_i;
        }
    } else {
        ++m_i;
    }
    m_mode = Mode::None;
    return true;
}

bool RoutingReader::readClassificationCode()
{
    if ((token() != u"ZNY" && token() != u"ZNR") || !has(1) || inAddressees())
        return false;
    m_r.classificationCode = token(1).toString();
    m_i += 1;
    if (has(1) && token(1) == u"ZZH")
        ++m_i;
    m_mode = Mode::None;
    return true;
}

// ZDK, FM, TO, INFO and the relay's precedence letters: what the next tokens are.
bool RoutingReader::readMarker()
{
    const QStringView t = token();
    if (t == u"ZDK") {
        m_r.retransmission = true;
        return true;
    }
    if (t == u"FM" && (lineStart() || m_mode == Mode::None)) {
        flush();
        m_mode = Mode::From;
        return true;
    }
    if (t == u"TO" && (m_mode == Mode::From || (lineStart() && !m_r.from.isEmpty()))) {
        flush();
        m_mode = Mode::To;
        m_currentLine = m_toks[m_i].line;
        return true;
    }
    if (t == u"INFO" && !m_r.from.isEmpty() && (m_mode == Mode::To || m_mode == Mode::From || lineStart())) {
        flush();
        m_mode = Mode::Info;
        m_currentLine = m_toks[m_i].line;
        return true;
    }
    const bool afterId = m_i > 0 && m_toks[m_i - 1].text.startsWith(u"VZCZC");
    if ((lineStart() || afterId) && isPrecedenceLetters(t) && t.size() == 2 && m_mode == Mode::None
        && m_r.relayStations.isEmpty()) {
        m_mode = Mode::Relay;
        return true;
    }
    return false;
}

void RoutingReader::readText()
{
    const QStringView t = token();
    switch (m_mode) {
    case Mode::Relay:
        m_r.relayStations.append(t.toString());
        break;
    case Mode::From:
        m_r.from = m_r.from.isEmpty() ? t.toString() : m_r.from + u' ' + t.toString();
        break;
    case Mode::To:
    case Mode::Info:
        // One addressee a line; on a flattened line each starts with its routing indicator.
        if (!m_current.isEmpty() && (m_toks[m_i].line != m_currentLine || startsAddressee(t)))
            flush();
        m_currentLine = m_toks[m_i].line;
        m_current.append(t);
        break;
    case Mode::None:
        break;
    }
}
}
