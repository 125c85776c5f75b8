// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BlogPageReader alone, on any text it accepts (a blog mirror's text page), as
// CableDocumentReader calls it: the RawCable it makes must point into the page.
#include "blogpagereader.h"
#include "fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString page = FuzzChecks::text(data, size);
    if (Reftel::BlogPageReader::accepts(page))
        FuzzChecks::checkRawCable(Reftel::BlogPageReader::read(page), page);
    return 0;
}
