// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// HtmlPageReader alone: a WikiLeaks cable page (metadata table, the telegram
// in <pre> blocks with entities), and its HTML-to-text step on any text.
#include "fuzzchecks.h"
#include "htmlpagereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString page = FuzzChecks::text(data, size);
    if (Reftel::HtmlPageReader::accepts(page))
        FuzzChecks::checkRawCable(Reftel::HtmlPageReader::read(page), page);
    // toPlainText() only ever shortens: tags go, an entity becomes one or two characters.
    FUZZ_CHECK(Reftel::HtmlPageReader::toPlainText(page).size() <= page.size());
    return 0;
}
