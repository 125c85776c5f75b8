// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ReleaseCsvReader alone, streaming any bytes: every row it yields comes from
// the input and it always moves on. telegramOf(), which the library uses to
// rebuild a CSV cable's telegram from the row's bytes, runs on each row (the
// store compares the two before it relies on it, so they may differ).
#include "fuzzchecks.h"
#include "releasecsvreader.h"
#include "releasecsvrow.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = FuzzChecks::bytes(data, size);
    Reftel::ReleaseCsvReader::looksLikeReleaseCsv(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 256)));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reftel::ReleaseCsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    Reftel::RawCable raw;
    qint64 consumed = 0;
    while (reader.readNext(&raw)) {
        FUZZ_CHECK(reader.bytesRead() > consumed && reader.bytesRead() <= bytes.size());
        consumed = reader.bytesRead();
        FUZZ_CHECK(bytes.contains(raw.originalBytes));
        Reftel::ReleaseCsvRow::telegramOf(raw.originalBytes);
    }
    Reftel::ReleaseCsvRow::telegramOf(bytes);
    return 0;
}
