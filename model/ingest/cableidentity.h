// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "rawcable.h"

#include <QString>
#include <QStringList>

namespace Reftel
{
// Who the cable is: its id, created time, classification and origin, from
// what the page declared and what the telegram says (routing, banner).
class CableIdentity final
{
public:
    // Sets cable.id, created, classification, origin, released, title and
    // releaseReferences; cable.routing and cable.banner must be read.
    // caveats are the header's own caveat lines. Returns the cable's
    // two-digit year, or -1 when nothing tells it.
    static int settle(const RawCable &raw, const QStringList &caveats, Cable &cable);
    // "AMEMBASSY ASTANA" -> "Embassy Astana"; empty when the sender is not one of these forms.
    static QString originFromSender(const QString &from);
};
}
