// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QStringView>

namespace Reftel
{
// A telegram on its own, from VZCZC... or the classification banner to the
// signature.
class BareTelegramReader final
{
public:
    static bool accepts(QStringView text);
    static RawCable read(const QString &text);
};
}
