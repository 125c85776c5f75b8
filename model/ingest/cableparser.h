// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "rawcable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Reftel
{
// Turns what a reader found into a Cable: routing, header, references, body
// as sections of paragraphs, with repeated blocks, page markers and broken
// entities removed and reported. Parsing is total: whatever the input, the
// result is a Cable, with warnings for what was not understood.
class CableParser final
{
public:
    static Cable parse(const RawCable &raw);
};
}
