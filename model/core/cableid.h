// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Reftel
{
// The parts of a reference id: "09ASTANA713" is year 2009, post ASTANA,
// serial 713. The store keeps them in columns so that a reference to a
// missing cable can look for a cable of the same post and year with a near
// serial.
struct CableId
{
    int year = 0; // four digits; 0 when the id has no readable year
    QString post;
    qint64 serial = -1;

    bool isValid() const { return year > 0 && !post.isEmpty() && serial >= 0; }

    // Two-digit years from 66 on are 1966..1999 (the release starts in
    // 1966), the others 2000..2065. Suffixes after the serial are ignored.
    static CableId split(QStringView id);
};
}
