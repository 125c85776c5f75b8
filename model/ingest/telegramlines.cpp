// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telegramlines.h"

#include "lineclassifier.h"
#include "textscan.h"

namespace Reftel
{
qsizetype TelegramLines::nextContent(qsizetype i) const
{
    for (qsizetype k = std::max<qsizetype>(i + 1, 0); k < m_lines.size(); ++k) {
        if (m_lines.at(k).kind == LineKind::Text && !LineClassifier::isUnderline(content(k)))
            return k;
    }
    return -1;
}

qsizetype TelegramLines::previousText(qsizetype i, qsizetype from) const
{
    for (qsizetype k = std::min(i, m_lines.size()) - 1; k >= std::max<qsizetype>(from, 0); --k) {
        if (m_lines.at(k).kind == LineKind::Text)
            return k;
    }
    return -1;
}

void TelegramLines::trimContent(qsizetype i)
{
    TelegramLine &l = m_lines[i];
    while (l.cstart < l.cend && m_text.at(l.cstart).isSpace())
        ++l.cstart;
    while (l.cend > l.cstart && m_text.at(l.cend - 1).isSpace())
        --l.cend;
}

void TelegramLines::split(qsizetype i, qsizetype at)
{
    if (i < 0 || i >= m_lines.size() || at <= 0 || at >= m_lines[i].cend - m_lines[i].cstart)
        return;
    TelegramLine second = m_lines[i];
    second.cstart = m_lines[i].cstart + at;
    second.glued = true;
    second.runOn = false;
    second.cuts.clear();
    QList<std::pair<qsizetype, qsizetype>> keep;
    for (const auto &cut : std::as_const(m_lines[i].cuts))
        (cut.first >= second.cstart ? second.cuts : keep).append(cut);
    m_lines[i].cuts = keep;
    m_lines[i].cend = second.cstart;
    trimContent(i);
    m_lines.insert(i + 1, second);
    trimContent(i + 1);
}

void TelegramLines::remove(DedupEntry::Kind kind, qsizetype from, qsizetype to)
{
    from = std::max<qsizetype>(from, 0);
    to = std::min(to, m_text.size());
    if (to <= from)
        return;
    const QStringView range = QStringView(m_text).sliced(from, to - from);
    m_removed.append({ kind, DedupEntry::In::Telegram, from, to - from, TextScan::excerpt(range) });
}
}
