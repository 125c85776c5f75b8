// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "rawcable.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets check beyond "no crash": the promises the rest of
// Reftel relies on when it shows or stores what a reader or the parser made.
// A broken promise aborts, which libFuzzer reports like a crash and saves.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace FuzzChecks
{
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline bool inside(qsizetype position, qsizetype length, qsizetype size)
{
    return position >= 0 && length >= 0 && position <= size && length <= size - position;
}

// A reader's RawCable: the telegram of a text page is the slice of the page
// at telegramOffset (the raw view strikes through removed lines by offset),
// and every line it dropped lies inside the page.
inline void checkRawCable(const Reftel::RawCable &raw, const QString &page)
{
    if (raw.telegramOffset >= 0) {
        FUZZ_CHECK(inside(raw.telegramOffset, raw.telegram.size(), page.size()));
        FUZZ_CHECK(QStringView(page).sliced(raw.telegramOffset, raw.telegram.size()) == raw.telegram);
    }
    for (const Reftel::DedupEntry &e : raw.removed) {
        FUZZ_CHECK(e.in == Reftel::DedupEntry::In::Document);
        FUZZ_CHECK(inside(e.position, e.length, page.size()));
    }
}

// A parsed cable: every range points into the text it names, every citation
// links to an existing reference, every anchor is unique.
inline void checkCable(const Reftel::Cable &c)
{
    for (const Reftel::DedupEntry &e : c.dedup) {
        const QString &text = e.in == Reftel::DedupEntry::In::Telegram ? c.telegram : c.documentText;
        FUZZ_CHECK(inside(e.position, e.length, text.size()));
    }
    for (const Reftel::ParseWarning &w : c.warnings)
        FUZZ_CHECK(w.position >= -1 && w.position <= c.telegram.size());
    if (c.telegramOffset >= 0)
        FUZZ_CHECK(inside(c.telegramOffset, c.telegram.size(), c.documentText.size()));
    QSet<QString> anchors;
    for (const Reftel::Paragraph *p : c.paragraphs()) {
        FUZZ_CHECK(!p->anchor.isEmpty() && !anchors.contains(p->anchor));
        anchors.insert(p->anchor);
        for (const Reftel::Citation &cit : p->citations) {
            FUZZ_CHECK(inside(cit.start, cit.length, p->text.size()));
            for (const int r : cit.referenceIndexes)
                FUZZ_CHECK(r >= 0 && r < c.references.size());
        }
        for (const Reftel::TextSpan &s : p->spans)
            FUZZ_CHECK(inside(s.start, s.length, p->text.size()));
    }
}
}
