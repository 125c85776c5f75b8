// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telegramlines.h"

#include <QString>

namespace Reftel
{
// Builds the lines of one telegram and sets aside what is not text: page
// furniture, dumps, CSV rows and noise (LineClassifier::classify() runs it).
class LineSorter final
{
public:
    explicit LineSorter(TelegramLines &lines)
        : m_lines(lines)
        , m_t(lines.text())
    {
    }

    void splitLines();
    void markFurniture();

private:
    void splitGluedHeader(const TelegramLine &line);
    bool markDump(qsizetype &i);
    bool markCsvRow(qsizetype &i);
    bool markPageMarker(qsizetype i);
    void markLevelBeforeOldMarker(qsizetype i);
    bool markNoise(qsizetype i);

    TelegramLines &m_lines;
    const QString &m_t;
};
}
