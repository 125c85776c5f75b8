// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QStringView>

namespace Reftel
{
// Reads the transmission header: VZCZC id, precedence and relay stations, DE
// line, ZNY line, date-time group, FM, TO and INFO. Works on the block as
// lines or flattened onto one line (sample 004), by keyword.
class RoutingParser final
{
public:
    static Routing parse(QStringView block);
    static QString precedenceName(QChar letter);
};
}
