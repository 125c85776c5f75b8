// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingparser.h"

#include "routingreader.h"
#include "textscan.h"

namespace Reftel
{
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
    QList<RoutingReader::Token> tokens;
    const QList<TextScan::LineRef> lines = TextScan::splitLines(block);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        for (const QStringView t : TextScan::tokens(block.sliced(lines[l].start, lines[l].end - lines[l].start)))
            tokens.append({ t, l });
    }
    return RoutingReader(tokens).read();
}
}
