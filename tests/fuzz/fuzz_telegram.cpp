// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The telegram parser alone (CableParser::parse on a RawCable), on any text,
// without a reader choosing what reaches it. The first byte picks the form
// the text claims to come from and whether the page declared an id, since
// the parser reads release forms (CSV, HTML) and mirrors differently.
#include "cableparser.h"
#include "fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static constexpr Reftel::SourceFormat Forms[] = {
        Reftel::SourceFormat::BareTelegram,
        Reftel::SourceFormat::SearchPage,
        Reftel::SourceFormat::SearchPageFlattened,
        Reftel::SourceFormat::BlogPage,
        Reftel::SourceFormat::HtmlPage,
        Reftel::SourceFormat::ReleaseCsv,
    };
    Reftel::RawCable raw;
    raw.format = Forms[data[0] % std::size(Forms)];
    if (data[0] & 0x80)
        raw.id = QStringLiteral("09ASTANA253");
    raw.sourceName = QStringLiteral("fuzz");
    raw.telegram = FuzzChecks::text(data + 1, size - 1);
    raw.documentText = raw.telegram;
    raw.telegramOffset = 0;
    raw.originalBytes = FuzzChecks::bytes(data + 1, size - 1);
    FuzzChecks::checkCable(Reftel::CableParser::parse(raw));
    return 0;
}
