// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsreader.h"

#include "tagglossary.h"
#include "textscan.h"

#include <QSet>

namespace Reftel
{
bool TagsReader::isCountry(const TagInfo &tag)
{
    return tag.kind == TagInfo::Kind::Country || (tag.kind == TagInfo::Kind::Unknown && tag.code.size() == 2);
}

QList<TagInfo> TagsReader::Result::countries() const
{
    QList<TagInfo> out;
    for (const TagInfo &t : tags) {
        if (isCountry(t))
            out.append(t);
    }
    return out;
}

QList<TagInfo> TagsReader::Result::others() const
{
    QList<TagInfo> out;
    for (const TagInfo &t : tags) {
        if (!isCountry(t))
            out.append(t);
    }
    return out;
}

TagsReader::Result TagsReader::read(QStringView text)
{
    Result r;
    QString tags = text.toString();
    tags.replace(u',', u' ');
    QSet<QString> seen;
    for (const QStringView code : TextScan::tokens(tags)) {
        const QString c = code.toString();
        if (seen.contains(c))
            continue;
        seen.insert(c);
        TagInfo info = TagGlossary::instance().lookup(code);
        if (info.code.isEmpty())
            info.code = c;
        r.tags.append(info);
    }
    return r;
}
}
