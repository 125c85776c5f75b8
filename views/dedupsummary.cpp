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
    // Singular and plural written out: English has no plural in its source
    // strings, and translators get both forms to work with.
    auto add = [&](DedupEntry::Kind kind, const char *one, const char *many) {
        const int n = int(cable.dedupCount(kind));
        if (n == 1)
            parts << tr(one, 1);
        else if (n > 1)
            parts << tr(many, n);
    };
    add(DedupEntry::Kind::RepeatedHeader, "repeated header block removed", "header block repeated ×%n removed");
    add(DedupEntry::Kind::RepeatedBody, "repeated body removed", "body repeated ×%n removed");
    add(DedupEntry::Kind::PageMarker, "1 page marker removed", "%n page markers removed");
    add(DedupEntry::Kind::SiteBoilerplate, "1 site boilerplate line removed", "%n site boilerplate lines removed");
    add(DedupEntry::Kind::MetadataDump, "metadata dump removed", "%n metadata dumps removed");
    add(DedupEntry::Kind::BrokenEntity, "1 broken entity repaired", "%n broken entities repaired");
    return parts.join(QStringLiteral(", "));
}

int DedupSummary::removedCount(const Cable &cable)
{
    return int(cable.dedup.size());
}
}
