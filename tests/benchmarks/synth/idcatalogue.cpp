// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idcatalogue.h"

#include "postdirectory.h"
#include "rng.h"

#include <QFile>

#include <algorithm>

namespace Reftel::Synth
{
CableId IdCatalogue::parse(const QByteArray &text)
{
    CableId id;
    id.text = text;
    qsizetype i = 0;
    const qsizetype n = text.size();
    int yy = 0;
    for (; i < n && i < 2 && text.at(i) >= '0' && text.at(i) <= '9'; ++i)
        yy = yy * 10 + (text.at(i) - '0');
    // Two digits: 66-99 are the 1900s, 00-65 the 2000s (the release spans 1966-2010).
    id.year = yy >= 66 ? 1900 + yy : 2000 + yy;
    const qsizetype postStart = i;
    while (i < n && text.at(i) >= 'A' && text.at(i) <= 'Z')
        ++i;
    id.post = text.mid(postStart, i - postStart);
    // The serial is the first run of digits after the post. A few ids of the
    // release are fragments ("06SECTION01OF02HARARE628", "06ASTANA"): they keep
    // whatever digits they have, or 0.
    while (i < n && text.at(i) >= '0' && text.at(i) <= '9') {
        id.serial = id.serial * 10 + (text.at(i) - '0');
        ++i;
    }
    id.canonical =
        i == n && postStart == 2 && !id.post.isEmpty() && id.serial > 0 && text.at(postStart + id.post.size()) != '0';
    return id;
}

bool IdCatalogue::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    m_ids.clear();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        m_ids.append(parse(line));
    }
    if (m_ids.isEmpty()) {
        *error = QStringLiteral("no ids in the file");
        return false;
    }
    index();
    return true;
}

void IdCatalogue::makeUp(int count, std::uint64_t seed)
{
    // Share of the release per year, 2003-2010, from release-ids.txt (the
    // other years together hold under 2%).
    static constexpr int years[] = { 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010 };
    static constexpr int weights[] = { 8083, 11808, 24131, 42390, 44693, 49446, 56811, 9005 };
    int total = 0;
    for (const int w : weights)
        total += w;
    Rng rng(seed, 0xFFFFFFFFULL);
    QHash<QByteArray, std::int64_t> lastSerial;
    m_ids.clear();
    m_ids.reserve(count);
    for (int k = 0; k < count; ++k) {
        int pick = int(rng.below(std::uint32_t(total)));
        int y = 0;
        while (pick >= weights[y]) {
            pick -= weights[y];
            ++y;
        }
        const Post post = PostDirectory::at(int(rng.below(std::uint32_t(PostDirectory::size()))));
        const QByteArray k2 = key(post.token, years[y]);
        std::int64_t &serial = lastSerial[k2];
        serial += 1 + rng.below(40);
        const QByteArray yy = QByteArray::number(years[y] % 100).rightJustified(2, '0');
        m_ids.append(parse(yy + post.token + QByteArray::number(serial)));
    }
    index();
}

void IdCatalogue::index()
{
    m_groups.clear();
    m_groupIndex.clear();
    m_known.clear();
    m_known.reserve(m_ids.size());
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        CableId &id = m_ids[i];
        m_known.insert(id.text);
        const QByteArray k = key(id.post, id.year);
        auto it = m_groupIndex.constFind(k);
        if (it == m_groupIndex.constEnd()) {
            it = m_groupIndex.insert(k, int(m_groups.size()));
            m_groups.append(QList<int>());
        }
        id.group = it.value();
        m_groups[id.group].append(int(i));
    }
    for (QList<int> &members : m_groups) {
        std::stable_sort(
            members.begin(), members.end(), [this](int a, int b) { return m_ids.at(a).serial < m_ids.at(b).serial; });
        for (qsizetype r = 0; r < members.size(); ++r)
            m_ids[members.at(r)].rank = int(r);
    }
}
}
