// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
struct Cable;

// A cable as clean text: its header once, then its sections and numbered
// paragraphs as flowing text, then the signature; nothing that was removed as
// duplicate, no page markers. For "reftel show --text" and plain exports.
class CableText final
{
public:
    static QString plainText(const Cable &cable);
};
}
