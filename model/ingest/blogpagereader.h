// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QStringView>

namespace Reftel
{
// The text of a blog that mirrored cables (samples 002, 003): "ID, TITLE",
// site boilerplate, a "Reference ID Created Released Classification Origin"
// row with its values on the next line, the telegram, then comment-form junk.
class BlogPageReader final
{
public:
    static bool accepts(QStringView text);
    static RawCable read(const QString &text);
};
}
