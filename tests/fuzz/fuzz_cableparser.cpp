// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer entry point: any bytes, as any form, must parse without a crash,
// a hang or a sanitizer report.
#include "cableparser.h"
#include "releasecsvreader.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QList<Reftel::Cable> cables = Reftel::CableParser::parseDocument(bytes, QStringLiteral("fuzz"), &error);
    for (const Reftel::Cable &c : cables) {
        // Touch what views read, so ranges are checked by the sanitizers.
        for (const Reftel::DedupEntry &e : c.dedup) {
            const QString &text = e.in == Reftel::DedupEntry::In::Telegram ? c.telegram : c.documentText;
            if (e.position < 0 || e.length < 0 || e.position + e.length > text.size())
                __builtin_trap();
        }
        for (const Reftel::Paragraph *p : c.paragraphs()) {
            for (const Reftel::Citation &cit : p->citations) {
                if (cit.start < 0 || cit.start + cit.length > p->text.size())
                    __builtin_trap();
            }
        }
    }
    // The streaming CSV reader on the same bytes.
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reftel::ReleaseCsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    Reftel::RawCable raw;
    while (reader.readNext(&raw))
        Reftel::CableParser::parse(raw);
    return 0;
}
