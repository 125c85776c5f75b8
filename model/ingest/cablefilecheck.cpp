// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablefilecheck.h"

#include "textdecoder.h"

#include <QRegularExpression>

namespace Reftel
{
namespace
{
bool looksLikeATelegram(const QString &text)
{
    // Traces any saved form keeps: a classification (also letter-spaced, as
    // banners are), a header keyword, a routing line, a cable id (09ASTANA253).
    static const QRegularExpression trace(
        QStringLiteral("\\b(UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL "
                       "USE|SUBJECT|SUBJ|TAGS|REF|E\\.\\s?O\\.|EO 1[23]\\d{3}"
                       "|VZCZC\\w*|Reference ID|Classified By|C O N F I D E N T I A L|S E C R E T|U N C L A S)\\b"
                       "|\\b\\d{2}[A-Z]{3,}\\d{1,6}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return trace.match(text).hasMatch();
}
}

QString CableFileCheck::whyNotACable(const QByteArray &head, qint64 fileSize)
{
    if (fileSize == 0 || head.trimmed().isEmpty())
        return tr("an empty file");
    // Decoded as an import decodes it, so that a UTF-16 page or a copy with a
    // few NUL bytes in its text is read, not skipped.
    const TextDecoder::Result decoded = TextDecoder::decode(head);
    if (decoded.binary)
        return tr("not a text file");
    if (!looksLikeATelegram(decoded.text))
        return tr("no telegram in it (no classification, SUBJECT, TAGS, REF or cable reference)");
    return {};
}
}
