// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableid.h"

namespace Reftel
{
CableId CableId::split(QStringView id)
{
    CableId parts;
    if (id.size() < 4 || !id[0].isDigit() || !id[1].isDigit())
        return parts;
    qsizetype i = 2;
    while (i < id.size() && id[i].isLetter())
        ++i;
    const qsizetype postEnd = i;
    while (i < id.size() && id[i].isDigit())
        ++i;
    if (postEnd == 2 || i == postEnd)
        return parts;
    bool ok = false;
    const int yy = id.first(2).toInt(&ok);
    const qint64 serial = id.sliced(postEnd, i - postEnd).toLongLong(&ok);
    if (!ok)
        return parts;
    parts.year = yy >= 66 ? 1900 + yy : 2000 + yy;
    parts.post = id.sliced(2, postEnd - 2).toString().toUpper();
    parts.serial = serial;
    return parts;
}
}
