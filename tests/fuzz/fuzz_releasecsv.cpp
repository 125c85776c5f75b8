// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ReleaseCsvReader alone, streaming any bytes: every row it yields comes from
// the input, it always moves on, and the telegram it made of a row is the one
// the library rebuilds from the row's bytes (telegramOf), since a CSV cable's
// telegram is stored only as those bytes.
#include "fuzzchecks.h"
#include "releasecsvreader.h"

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
        FUZZ_CHECK(Reftel::ReleaseCsvReader::telegramOf(raw.originalBytes) == raw.telegram);
    }
    Reftel::ReleaseCsvReader::telegramOf(bytes);
    return 0;
}
