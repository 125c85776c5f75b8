// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole way a file goes on import: DocumentParser::parse (decoder,
// form detection, the reader for the form, the telegram parser) on any
// bytes, then the plain text the reading pane and the exports make of it.
#include "cableparser.h"
#include "cabletext.h"
#include "documentparser.h"
#include "fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QList<Reftel::Cable> cables =
        Reftel::DocumentParser::parse(FuzzChecks::bytes(data, size), QStringLiteral("fuzz"), &error);
    // Either cables or a message naming the file: never silence.
    FUZZ_CHECK(!cables.isEmpty() || error.startsWith(QStringLiteral("fuzz")));
    for (const Reftel::Cable &c : cables) {
        FuzzChecks::checkCable(c);
        Reftel::CableText::plainText(c);
    }
    return 0;
}
