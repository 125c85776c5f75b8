// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baretelegramreader.h"

#include "bannerreader.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using TextScan::LineRef;

// The first line a telegram can start with, within the first lines of text.
qsizetype findStart(QStringView text, const QList<LineRef> &lines)
{
    const qsizetype limit = std::min<qsizetype>(lines.size(), 200);
    for (qsizetype i = 0; i < limit; ++i) {
        const QStringView line = text.sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
        if (BannerReader::isTelegramStart(line))
            return i;
    }
    // No routing and no banner: a header line is enough ("TAGS:", "SUBJECT:").
    for (qsizetype i = 0; i < limit; ++i) {
        const QStringView line = text.sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
        if (line.startsWith(u"SUBJECT:") || line.startsWith(u"TAGS:") || line.startsWith(u"E.O. 12958")
            || line.startsWith(u"Cable dated:"))
            return i;
    }
    return -1;
}
}

bool BareTelegramReader::accepts(QStringView text)
{
    // Lines of a prefix of text are lines of text too.
    return findStart(text, TextScan::splitLines(text.first(std::min<qsizetype>(text.size(), 20000)))) >= 0;
}

RawCable BareTelegramReader::read(const QString &text)
{
    RawCable raw;
    raw.format = SourceFormat::BareTelegram;
    const QList<LineRef> lines = TextScan::splitLines(text);
    const qsizetype start = findStart(text, lines);
    if (start < 0)
        return raw;
    for (qsizetype k = 0; k < start; ++k) {
        const QStringView line = QStringView(text).sliced(lines[k].start, lines[k].end - lines[k].start);
        if (!TextScan::isBlank(line))
            raw.removed.append({ DedupEntry::Kind::SiteBoilerplate, DedupEntry::In::Document, lines[k].start,
                lines[k].end - lines[k].start, TextScan::excerpt(line) });
    }
    raw.telegramOffset = lines[start].start;
    raw.telegram = text.sliced(raw.telegramOffset);
    return raw;
}
}
