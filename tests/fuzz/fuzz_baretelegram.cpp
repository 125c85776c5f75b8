// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BareTelegramReader alone, on any text it accepts (a telegram with nothing or little around it), as
// CableDocumentReader calls it: the RawCable it makes must point into the page.
#include "baretelegramreader.h"
#include "fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString page = FuzzChecks::text(data, size);
    if (Reftel::BareTelegramReader::accepts(page))
        FuzzChecks::checkRawCable(Reftel::BareTelegramReader::read(page), page);
    return 0;
}
