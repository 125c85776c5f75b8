// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SearchPageReader alone, on any text it accepts (a cable-search site's text page), as
// CableDocumentReader calls it: the RawCable it makes must point into the page.
#include "fuzzchecks.h"
#include "searchpagereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString page = FuzzChecks::text(data, size);
    if (Reftel::SearchPageReader::accepts(page))
        FuzzChecks::checkRawCable(Reftel::SearchPageReader::read(page), page);
    return 0;
}
