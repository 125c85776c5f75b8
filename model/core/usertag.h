// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace Reftel
{
// A tag of the user's own (not a TAGS code of the cable). Tags form a tree:
// "Russia/Military" is the tag Military whose parent is Russia. Names are
// unique among siblings, compared as written. A plain value; UserTagStore
// reads and writes it.
struct UserTag
{
    qint64 id = 0; // 0 until stored
    QString name; // Military
    QString colour; // "#rrggbb", empty for the default
    qint64 parent = 0; // 0 for a top-level tag
    QString path; // Russia/Military, filled by UserTagStore
    QDateTime lastUsed; // UTC, invalid when never applied

    // What a tag without a colour of its own (and an annotation without a
    // coloured tag) is shown in, wherever the window shows one.
    static QColor defaultColour() { return QColor(0xd9, 0x77, 0x06); }

    bool operator==(const UserTag &) const = default;
};
}
