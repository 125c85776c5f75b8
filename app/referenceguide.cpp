// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceguide.h"

#include "cablereader.h"
#include "cableview.h"
#include "librarydatabase.h"
#include "referenceresolver.h"
#include "referencespane.h"

#include <QLocale>

#include <algorithm>

namespace Reftel
{
namespace
{
bool leadsSomewhere(const ReferenceResolver::Link &link)
{
    // Resolved, or probably the cable meant.
    return link.state == ReferenceResolver::State::Resolved || link.state == ReferenceResolver::State::Probable;
}

bool isLinkOf(const ReferenceResolver::Link &link, const Reference &reference)
{
    return link.letter == reference.letter && link.citedId == reference.citedId;
}
}

ReferenceGuide::ReferenceGuide(LibraryDatabase &library)
    : m_library(library)
{
}

QSet<int> ReferenceGuide::missing(const Cable &cable) const
{
    QSet<int> missing;
    if (cable.references.isEmpty())
        return missing;
    const QList<ReferenceResolver::Link> links = m_library.references().references(cable.id);
    for (int i = 0; i < cable.references.size(); ++i) {
        const Reference &reference = cable.references.at(i);
        if (!reference.isCable())
            continue;
        const bool leads = std::any_of(links.cbegin(), links.cend(),
            [&](const ReferenceResolver::Link &link) { return isLinkOf(link, reference) && leadsSomewhere(link); });
        if (!leads)
            missing.insert(i);
    }
    return missing;
}

QString ReferenceGuide::describe(const QString &citingId, const Reference &reference) const
{
    const QList<ReferenceResolver::Link> links = m_library.references().references(citingId);
    for (const ReferenceResolver::Link &link : links) {
        if (!isLinkOf(link, reference))
            continue;
        const QString date = link.otherCreated.isValid()
            ? QLocale().toString(link.otherCreated.toUTC().date(), QLocale::ShortFormat)
            : QString();
        switch (link.state) {
        case ReferenceResolver::State::Resolved:
            return tr("%1 (%2)\n%3").arg(link.targetId, date, link.otherSubject);
        case ReferenceResolver::State::Probable:
            return tr("Probably %1 (%2)\n%3\n%4").arg(link.targetId, date, link.otherSubject, link.reason);
        case ReferenceResolver::State::Missing:
            return tr("%1 is not in this library.\nPublic copy: %2")
                .arg(link.citedId, ReferencesPane::publicAddress(link.citedId));
        default:
            return link.text;
        }
    }
    return {};
}

ReferenceGuide::Destination ReferenceGuide::follow(const QString &citingId, int referenceIndex) const
{
    const std::optional<Cable> citing = m_library.cables().load(citingId);
    return citing ? follow(*citing, referenceIndex) : Destination {};
}

ReferenceGuide::Destination ReferenceGuide::follow(
    const QString &citingId, int referenceIndex, const QList<CableView *> &open) const
{
    const auto citing =
        std::find_if(open.cbegin(), open.cend(), [&](const CableView *view) { return view->cable().id == citingId; });
    return citing != open.cend() ? follow((*citing)->cable(), referenceIndex) : follow(citingId, referenceIndex);
}

ReferenceGuide::Destination ReferenceGuide::follow(const Cable &citing, int referenceIndex) const
{
    if (referenceIndex < 0 || referenceIndex >= citing.references.size())
        return {};
    const Reference &reference = citing.references.at(referenceIndex);
    const QList<ReferenceResolver::Link> links = m_library.references().references(citing.id);
    const auto link = std::find_if(
        links.cbegin(), links.cend(), [&](const ReferenceResolver::Link &each) { return isLinkOf(each, reference); });
    Destination destination;
    if (link != links.cend() && leadsSomewhere(*link)) {
        destination.cableId = link->targetId;
        if (link->state == ReferenceResolver::State::Probable)
            destination.message = tr("REF %1 names %2, which is not in the library; opened %3: %4")
                                      .arg(link->letter, link->citedId, link->targetId, link->reason);
        return destination;
    }
    if (!reference.citedId.isEmpty()) {
        destination.missingId = reference.citedId;
        destination.publicAddress = ReferencesPane::publicAddress(reference.citedId);
        destination.message =
            tr("%1 is not in this library. Public copy: %2").arg(reference.citedId, destination.publicAddress);
    }
    return destination;
}
}
