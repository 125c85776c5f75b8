// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetelegram.h"

namespace Reftel
{
void PageTelegram::cut(
    const QString &text, const QList<TextScan::LineRef> &lines, qsizetype start, FooterTest isFooter, RawCable &raw)
{
    if (start < 0 || start >= lines.size())
        return;
    auto lineAt = [&](qsizetype i) {
        return QStringView(text).sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
    };
    qsizetype end = lines.size();
    for (qsizetype k = start + 1; k < lines.size(); ++k) {
        if (isFooter(lineAt(k))) {
            end = k;
            break;
        }
    }
    for (qsizetype k = end; k < lines.size(); ++k) {
        const QStringView line = lineAt(k);
        if (!line.isEmpty())
            raw.removed.append({ DedupEntry::Kind::SiteBoilerplate, DedupEntry::In::Document, lines[k].start,
                lines[k].end - lines[k].start, TextScan::excerpt(line) });
    }
    const qsizetype from = lines[start].start;
    const qsizetype to = end < lines.size() ? lines[end].start : text.size();
    raw.telegramOffset = from;
    raw.telegram = text.sliced(from, to - from);
}
}
