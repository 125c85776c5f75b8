// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace Reftel::Synth
{
// One reference id taken apart: "09ASTANA253" is 2009, ASTANA, 253.
struct CableId
{
    QByteArray text;
    QByteArray post;
    int year = 0;
    std::int64_t serial = 0;
    // Where the id stands among its post's cables of the same year, by serial:
    // the date is spread through the year in that order.
    int rank = 0;
    int group = -1;
    // The text is exactly year, post and serial ("09ASTANA253"), as opposed to
    // the release's fragments ("07OSLO000160ZDK164"), which no REF line can cite.
    bool canonical = false;
};

// The ids to generate, with their post-and-year groups (for dates and for
// plausible references). This is the only thing held in memory for the whole
// run: a quarter of a million short ids.
class IdCatalogue final
{
public:
    // Reads one id a line; blank lines and lines starting with '#' are skipped.
    bool load(const QString &path, QString *error);
    // Made-up ids when there is no id list: the real mix of years (2003-2010
    // hold 98%) and posts drawn from the directory, serials rising per post.
    void makeUp(int count, std::uint64_t seed);

    qsizetype size() const { return m_ids.size(); }
    const CableId &at(qsizetype index) const { return m_ids.at(index); }
    bool contains(const QByteArray &id) const { return m_known.contains(id); }

    // Indices of the ids of one post in one year, in serial order; empty
    // when there are none.
    const QList<int> &group(int index) const { return m_groups.at(index); }
    int groupOf(const QByteArray &post, int year) const { return m_groupIndex.value(key(post, year), -1); }
    // The year's State cables, the usual other party of a reference.
    int stateGroup(int year) const { return groupOf(QByteArrayLiteral("STATE"), year); }

    static CableId parse(const QByteArray &text);

private:
    static QByteArray key(const QByteArray &post, int year) { return QByteArray::number(year) + ':' + post; }
    void index();

    QList<CableId> m_ids;
    QList<QList<int>> m_groups;
    // Looked up only, never iterated, so their order cannot reach the output.
    QHash<QByteArray, int> m_groupIndex;
    QSet<QByteArray> m_known;
};
}
