// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"
#include "textscan.h"

namespace Reftel
{
// The telegram of a site's text page: from its first line to the site's
// footer (share buttons, related cables), which each site writes its own
// way. The readers of such pages find where the telegram starts; this cuts
// it out and lists the footer's lines as removed boilerplate.
namespace PageTelegram
{
using FooterTest = bool (*)(QStringView trimmedLine);

// start: the index in lines of the telegram's first line (0 <= start < lines.size()).
void cut(
    const QString &text, const QList<TextScan::LineRef> &lines, qsizetype start, FooterTest isFooter, RawCable &raw);
}
}
