// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableidentity.h"

#include "canonicalid.h"
#include "postnames.h"
#include "textscan.h"

#include <QCoreApplication>
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

// "FM AMEMBASSY ASTANA" with "DE RUEHTA #0253": the sender's post and the
// station's serial, which is the cable's own in the release.
QString idFromRouting(const Routing &r, int year)
{
    if (r.from.isEmpty() || r.stationSerial.isEmpty() || year < 0)
        return {};
    const QString post =
        r.from.startsWith(u"SECSTATE") ? QStringLiteral("STATE") : PostNames::instance().resolve(r.from);
    return post.isEmpty() ? QString() : CanonicalId::make(post, r.stationSerial, year);
}

// The id: the page's own when the release made the page, or when it has the
// form of one; else the banner's post and serial; else the routing's; else,
// with a warning, whatever the page declared. Returns the year it implies.
int settleId(const RawCable &raw, Cable &c)
{
    // The release's own forms (its CSV, its cable pages) name the cable:
    // their id is kept as given, however odd ("06ASTANA",
    // "06MADRID002583ZFR2585"), because rewriting it from the banner merged
    // distinct cables and an empty one refused the row. Mirrors' ids are
    // checked, and rebuilt from the banner when they do not look like one.
    const QString declared = raw.id.trimmed();
    const bool releaseForm = raw.format == SourceFormat::ReleaseCsv || raw.format == SourceFormat::HtmlPage;
    if (releaseForm ? !declared.isEmpty() : TextScan::looksLikeCableId(declared))
        c.id = declared;
    int year = c.id.size() >= 2 ? TextScan::toInt(c.id.first(2)) : -1;
    if (year < 0 && c.created.isValid())
        year = c.created.date().year() % 100;
    if (c.id.isEmpty() && year >= 0 && !c.banner.post.isEmpty() && !c.banner.serial.isEmpty())
        c.id = CanonicalId::make(c.banner.post, c.banner.serial, year);
    if (c.id.isEmpty() && !(c.id = idFromRouting(c.routing, year)).isEmpty())
        c.warnings.append({ ParseWarning::Kind::DeclaredIdentity,
            QCoreApplication::translate("Reftel::CableIdentity",
                "The banner names no post and serial; the id %1 was made from the routing's sender and serial.")
                .arg(c.id),
            -1 });
    if (c.id.isEmpty() && !declared.isEmpty()) {
        c.id = declared;
        c.warnings.append({ ParseWarning::Kind::DeclaredIdentity,
            QCoreApplication::translate(
                "Reftel::CableIdentity", "The telegram names no id; the one the page declares (%1) is used.")
                .arg(declared),
            -1 });
    }
    if (c.id.isEmpty()) {
        const QString banner = c.banner.text.isEmpty()
            ? QCoreApplication::translate("Reftel::CableIdentity", "there is no banner")
            : QCoreApplication::translate("Reftel::CableIdentity", "the banner \"%1\" names no post and serial")
                  .arg(c.banner.text);
        c.warnings.append({ ParseWarning::Kind::MissingId,
            QCoreApplication::translate("Reftel::CableIdentity",
                "No reference id: the page declares none, %1, and the routing gives no sender and serial.")
                .arg(banner),
            -1 });
    }
    return year;
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
    settleCreated(raw, c);
    const int year = settleId(raw, c);
    // What the page declares are facts; the telegram fills what it does not.
    c.classification = raw.classification.trimmed();
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
