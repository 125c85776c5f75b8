// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postnames.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>

namespace Reftel
{
namespace
{
// Words that say what kind of post it is, before or after its name.
constexpr QStringView Prefixes[] = { u"AMEMBASSY", u"AMCONSULATE", u"AMCONSUL", u"AMCONGEN", u"CONGEN", u"EMBASSY",
    u"CONSULATE", u"USMISSION", u"MISSION", u"USINT", u"USLO", u"AMEMB", u"USOFFICE", u"THEUS" };
constexpr QStringView Suffixes[] = { u"WASHDC", u"WASHINGTONDC", u"WASHINGTON" };

QList<QString> readLines(QIODevice *device)
{
    QList<QString> lines;
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return lines;
    while (!device->atEnd()) {
        const QString line = QString::fromUtf8(device->readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}
}

const PostNames &PostNames::instance()
{
    static const PostNames names = [] {
        QFile posts(QStringLiteral(":/posts/release-posts.txt"));
        QFile aliases(QStringLiteral(":/posts/post-aliases.tsv"));
        return PostNames(&posts, &aliases);
    }();
    return names;
}

PostNames::PostNames(QIODevice *posts, QIODevice *aliases)
{
    for (const QString &line : readLines(posts)) {
        const QString name = compact(line);
        if (!name.isEmpty())
            m_posts.insert(name);
    }
    m_sorted = QStringList(m_posts.cbegin(), m_posts.cend());
    std::sort(m_sorted.begin(), m_sorted.end());
    for (const QString &line : readLines(aliases)) {
        const QList<QStringView> fields = QStringView(line).split(u'\t', Qt::SkipEmptyParts);
        if (fields.size() == 2)
            m_aliases.insert(compact(fields[0]), compact(fields[1]));
    }
}

QString PostNames::compact(QStringView written)
{
    QString out;
    out.reserve(written.size());
    for (const QChar c : written) {
        if (c.isLetter())
            out += c.toUpper();
    }
    return out;
}

QString PostNames::resolve(QStringView written) const
{
    return resolveCompact(compact(written), 0);
}

QString PostNames::resolveOrCompact(QStringView written) const
{
    const QString c = compact(written);
    const QString known = resolveCompact(c, 0);
    return known.isEmpty() ? c : known;
}

QString PostNames::resolveCompact(const QString &c, int depth) const
{
    if (c.isEmpty() || depth > 2)
        return {};
    if (m_posts.contains(c))
        return c;
    if (const auto alias = m_aliases.constFind(c); alias != m_aliases.cend())
        return *alias;
    for (const QStringView p : Prefixes) {
        if (c.size() > p.size() + 2 && c.startsWith(p)) {
            const QString known = resolveCompact(c.sliced(p.size()), depth + 1);
            if (!known.isEmpty())
                return known;
        }
    }
    for (const QStringView s : Suffixes) {
        if (c.size() > s.size() + 2 && c.endsWith(s)) {
            const QString known = resolveCompact(c.first(c.size() - s.size()), depth + 1);
            if (!known.isEmpty())
                return known;
        }
    }
    return uniquePrefix(c);
}

// "RIODEJAN" is the beginning of RIODEJANEIRO and of no other post.
QString PostNames::uniquePrefix(const QString &c) const
{
    if (c.size() < 4)
        return {};
    const auto first = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), c);
    if (first == m_sorted.cend() || !first->startsWith(c))
        return {};
    const auto next = first + 1;
    if (next != m_sorted.cend() && next->startsWith(c))
        return {};
    return *first;
}
}
