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
    // strings, and translators get both forms to work with. The texts are
    // marked for lupdate where they are written and translated in add(); the
    // plurals as numerus messages (QT_TRANSLATE_N_NOOP), so that a
    // translation has a form for each count of its language, not one form
    // that only "1" finds.
    auto add = [&](DedupEntry::Kind kind, const char *one, const char *many) {
        const int n = int(cable.dedupCount(kind));
        if (n == 1)
            parts << tr(one, 1);
        else if (n > 1)
            parts << tr(many, n);
    };
    add(DedupEntry::Kind::RepeatedHeader, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "repeated header block removed"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "header block repeated ×%n removed"));
    add(DedupEntry::Kind::RepeatedBody, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "repeated body removed"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "body repeated ×%n removed"));
    add(DedupEntry::Kind::PageMarker, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "1 page marker removed"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "%n page markers removed"));
    add(DedupEntry::Kind::SiteBoilerplate, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "1 site boilerplate line removed"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "%n site boilerplate lines removed"));
    add(DedupEntry::Kind::MetadataDump, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "metadata dump removed"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "%n metadata dumps removed"));
    add(DedupEntry::Kind::BrokenEntity, QT_TRANSLATE_NOOP("Reftel::DedupSummary", "1 broken entity repaired"),
        QT_TRANSLATE_N_NOOP("Reftel::DedupSummary", "%n broken entities repaired"));
    return parts.join(QStringLiteral(", "));
}

int DedupSummary::removedCount(const Cable &cable)
{
    return int(cable.dedup.size());
}
}
