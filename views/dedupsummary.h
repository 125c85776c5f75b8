// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
struct Cable;

// The one line that tells the reader what Reftel removed or repaired in a
// cable: "header block repeated ×2 removed, 1 page marker removed".
class DedupSummary final
{
public:
    static QString text(const Cable &cable);
    // What the parser removed, counting repeated blocks once each, for "N removed".
    static int removedCount(const Cable &cable);
};
}
