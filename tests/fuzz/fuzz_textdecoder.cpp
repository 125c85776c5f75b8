// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// TextDecoder alone: any bytes become text (or are called binary), and the
// mojibake repair takes any text.
#include "fuzzchecks.h"
#include "textdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzChecks::bytes(data, size);
    const Reftel::TextDecoder::Result decoded = Reftel::TextDecoder::decode(bytes);
    Reftel::TextDecoder::looksBinary(bytes);
    Reftel::TextDecoder::repairMojibake(decoded.text);
    Reftel::TextDecoder::repairMojibake(QString::fromUtf8(bytes));
    return 0;
}
