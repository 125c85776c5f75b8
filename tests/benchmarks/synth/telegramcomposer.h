// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releasemix.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <cstdint>

namespace Reftel::Synth
{
class IdCatalogue;
class WordModel;
class Rng;
struct CableId;
struct Post;

// Words planted at fixed rates so search benchmarks have terms of known
// selectivity. They are not in the vocabulary and always written in capitals,
// so `grep -rl` and a case-insensitive index find the same cables.
struct SearchTerm
{
    const char *word;
    double share; // of cables
};
inline constexpr SearchTerm searchTerms[] = {
    { "QUILLAJA", 0.001 }, // rare: about 250 cables of the full release
    { "MARLINSPIKE", 0.05 }, // medium: about 12,600
    { "TAMARISK", 0.40 }, // common: about 100,500
};
inline constexpr int searchTermCount = 3;

// One cable of the synthetic release, in the release CSV's fields.
struct SyntheticCable
{
    QByteArray id;
    QByteArray date; // "2/25/1972 9:30", US order as in the CSV
    QByteArray origin;
    QByteArray classification;
    QByteArray references; // cited ids, sorted, separated by '|'
    QByteArray header; // routing block
    QByteArray body; // banner to signature
    Classification level = Classification::Unclassified;
    int referenceCount = 0;
    int knownReferences = 0; // cited ids that are in the id list
    unsigned terms = 0; // bit i: searchTerms[i] occurs
};

// Writes the telegram of one id: routing block, banner, caveats, E.O. line,
// TAGS, SUBJECT, REF, Classified By, numbered paragraphs with marks, SUMMARY
// and COMMENT blocks, page markers and signature, shaped like the real pages
// under /work/shared/real/html. Each cable draws from its own random stream,
// so the output does not depend on the order or the number of cables made.
class TelegramComposer final
{
public:
    TelegramComposer(const IdCatalogue &ids, const WordModel &words, std::uint64_t seed);

    void compose(qsizetype index, SyntheticCable *cable);

private:
    struct Draft;

    void pickReferences(Draft &d, SyntheticCable *cable) const;
    void writeHeader(Draft &d, QByteArray &out) const;
    void writeContent(Draft &d, QByteArray &out);
    void writeParagraph(Draft &d, QByteArray &out, int number, int kind);
    void sentence(Draft &d, QByteArray &out, int words) const;
    void sentences(Draft &d, QByteArray &out, int count) const;
    void word(Draft &d, QByteArray &out, bool last) const;
    const QByteArray &capitalWord(Draft &d) const;
    void plantTerms(Draft &d, QByteArray &text) const;
    QByteArray addressee(Draft &d) const;
    QByteArray signature(const Draft &d) const;

    const IdCatalogue &m_ids;
    const WordModel &m_words;
    std::uint64_t m_seed;
    QByteArray m_content; // reused between cables: no allocation per cable
    QByteArray m_text;
};

// Appends text hard-wrapped at `width` columns, each line ended by " \n" as in
// the release's bodies; with width 0 the text is one line.
void appendWrapped(QByteArray &out, QByteArrayView text, int width);
}
