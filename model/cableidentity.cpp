// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableidentity.h"

#include "referenceparser.h"
#include "textscan.h"

#include <QPair>

namespace Reftel
{
namespace
{
// The routing's date-time group is the cable's own time; pages of 2010/2011
// put the hour of a 12-hour clock in the minutes.
void settleCreated(const RawCable &raw, Cable &c)
{
    const QDateTime dtg = c.routing.dateTimeGroup;
    c.created = raw.created;
    if (!dtg.isValid())
        return;
    if (!c.created.isValid()) {
        c.created = dtg;
    } else if (c.created.date() == dtg.date() && c.created.time() != dtg.time()) {
        c.created = dtg;
        c.createdCorrected = true;
    }
}
}

QString CableIdentity::originFromSender(const QString &from)
{
    static const QList<QPair<QString, QString>> Kinds = {
        { QStringLiteral("AMEMBASSY "), QStringLiteral("Embassy ") },
        { QStringLiteral("AMCONSUL "), QStringLiteral("Consulate ") },
        { QStringLiteral("USMISSION "), QStringLiteral("Mission ") },
        { QStringLiteral("USDEL "), QStringLiteral("Delegation ") },
        { QStringLiteral("AIT "), QStringLiteral("American Institute ") },
    };
    if (from.startsWith(u"SECSTATE"))
        return QStringLiteral("Secretary of State");
    for (const auto &k : Kinds) {
        if (from.startsWith(k.first)) {
            QStringList words;
            for (const QString &w : from.sliced(k.first.size()).split(u' ', Qt::SkipEmptyParts))
                words.append(w.left(1) + w.sliced(1).toLower()); // split skips empty words
            return k.second + words.join(u' ');
        }
    }
    return {};
}

int CableIdentity::settle(const RawCable &raw, const QStringList &caveats, Cable &c)
{
    // The release's own forms (its CSV, its cable pages) name the cable:
    // their id is kept as given, however odd ("06ASTANA",
    // "06MADRID002583ZFR2585"), because rewriting it from the banner merged
    // distinct cables and an empty one refused the row. Mirrors' ids are
    // checked, and rebuilt from the banner when they do not look like one.
    const bool releaseForm = raw.format == SourceFormat::ReleaseCsv || raw.format == SourceFormat::HtmlPage;
    if (releaseForm ? !raw.id.isEmpty() : TextScan::looksLikeCableId(raw.id))
        c.id = raw.id;
    settleCreated(raw, c);
    int year = -1;
    if (c.id.size() >= 2)
        year = TextScan::toInt(c.id.first(2));
    if (year < 0 && c.created.isValid())
        year = c.created.date().year() % 100;
    if (c.id.isEmpty() && year >= 0 && !c.banner.post.isEmpty() && !c.banner.serial.isEmpty())
        c.id = ReferenceParser::canonicalId(c.banner.post, c.banner.serial, year);

    c.classification = raw.classification;
    if (c.classification.isEmpty() && !c.banner.level.isEmpty()) {
        c.classification = c.banner.level;
        if (c.banner.caveats.contains(u"NOFORN") || caveats.contains(u"NOFORN"))
            c.classification += u"//NOFORN";
    }
    c.origin = raw.origin.isEmpty() ? originFromSender(c.routing.from) : raw.origin;
    c.released = raw.released;
    c.title = raw.title.simplified(); // sites put non-breaking spaces in their titles
    c.releaseReferences = raw.releaseReferences;
    return year;
}
}
