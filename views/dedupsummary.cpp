// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedupsummary.h"

#include "cable.h"

#include <QCoreApplication>
#include <QStringList>

namespace Reftel
{
namespace
{
QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Reftel::DedupSummary", text, nullptr, n);
}
}

QString DedupSummary::text(const Cable &cable)
{
    QStringList parts;
    auto add = [&](DedupEntry::Kind kind, const char *what) {
        const int n = int(cable.dedupCount(kind));
        if (n > 0)
            parts << tr(what, n);
    };
    add(DedupEntry::Kind::RepeatedHeader, "header block repeated ×%n removed");
    add(DedupEntry::Kind::RepeatedBody, "repeated body removed (%n)");
    add(DedupEntry::Kind::PageMarker, "%n page marker(s) removed");
    add(DedupEntry::Kind::SiteBoilerplate, "%n site boilerplate line(s) removed");
    add(DedupEntry::Kind::MetadataDump, "%n metadata dump(s) removed");
    add(DedupEntry::Kind::BrokenEntity, "%n broken entity(ies) repaired");
    return parts.join(QStringLiteral(", "));
}

int DedupSummary::removedCount(const Cable &cable)
{
    return int(cable.dedup.size());
}
}
