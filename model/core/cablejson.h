// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QJsonObject>

namespace Reftel
{
// A cable as structured JSON, for "reftel show --json" and exports: every
// header field, the references, the sections and paragraphs with their
// anchors, citations and spans, and the deduplication report. The original
// text is left out unless asked for (it can be large).
class CableJson final
{
public:
    enum class Original { Omit, Include };
    static QJsonObject toJson(const Cable &cable, Original original = Original::Omit);
};
}
