// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace Reftel::Synth
{
class Rng;

// Words drawn with the frequencies of the real cables' paragraph text
// (vocabulary.txt: 11,000 words that occur at least twice in the 250 real
// pages). A unigram model: the sentences do not read, but the index sees the
// real mix of short, common and rare words, which is what the benchmarks time.
class WordModel final
{
public:
    bool load(const QString &path, QString *error);

    // A word in the case the real text mostly uses ("the", "President", "U.S.").
    const QByteArray &word(Rng &rng) const;
    // The same word in capitals, for the all-capitals telegrams.
    const QByteArray &upperWord(Rng &rng) const;
    qsizetype size() const { return m_words.size(); }

private:
    qsizetype pick(Rng &rng) const;

    QList<QByteArray> m_words;
    QList<QByteArray> m_upper;
    // Walker's alias method: one draw and one comparison per word, which keeps
    // 250 million words inside the time budget.
    QList<double> m_probability;
    QList<std::uint32_t> m_alias;
};
}
