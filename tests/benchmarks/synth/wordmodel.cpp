// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordmodel.h"

#include "rng.h"

#include <QFile>

namespace Reftel::Synth
{
bool WordModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QList<double> weights;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        bool ok = false;
        const double weight = space > 0 ? line.mid(space + 1).toDouble(&ok) : 0.0;
        if (!ok || weight <= 0.0)
            continue;
        m_words.append(line.left(space));
        m_upper.append(line.left(space).toUpper());
        weights.append(weight);
    }
    if (m_words.isEmpty()) {
        *error = QStringLiteral("no words in the vocabulary");
        return false;
    }

    // Vose's construction of the alias table.
    const qsizetype n = weights.size();
    double total = 0.0;
    for (const double w : weights)
        total += w;
    m_probability.resize(n);
    m_alias.resize(n);
    QList<double> scaled(n);
    QList<qsizetype> small;
    QList<qsizetype> large;
    for (qsizetype i = 0; i < n; ++i) {
        scaled[i] = weights.at(i) * double(n) / total;
        (scaled.at(i) < 1.0 ? small : large).append(i);
    }
    while (!small.isEmpty() && !large.isEmpty()) {
        const qsizetype s = small.takeLast();
        const qsizetype l = large.takeLast();
        m_probability[s] = scaled.at(s);
        m_alias[s] = std::uint32_t(l);
        scaled[l] = scaled.at(l) + scaled.at(s) - 1.0;
        (scaled.at(l) < 1.0 ? small : large).append(l);
    }
    for (const qsizetype i : std::as_const(large))
        m_probability[i] = 1.0;
    for (const qsizetype i : std::as_const(small))
        m_probability[i] = 1.0;
    return true;
}

qsizetype WordModel::pick(Rng &rng) const
{
    const std::uint64_t r = rng.next();
    const qsizetype column = qsizetype((std::uint64_t(std::uint32_t(r >> 32)) * std::uint64_t(m_words.size())) >> 32);
    const double coin = double(r & 0xFFFFFFFFULL) * 0x1.0p-32;
    return coin < m_probability.at(column) ? column : qsizetype(m_alias.at(column));
}

const QByteArray &WordModel::word(Rng &rng) const
{
    return m_words.at(pick(rng));
}

const QByteArray &WordModel::upperWord(Rng &rng) const
{
    return m_upper.at(pick(rng));
}
}
