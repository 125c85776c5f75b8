// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bannerreader.h"

#include "textscan.h"

namespace Reftel
{
BannerReader::Result BannerReader::read(QStringView line)
{
    const TextScan::BannerInfo b = TextScan::parseBanner(line);
    Result r;
    if (!b.valid)
        return r;
    r.valid = true;
    r.banner = { line.trimmed().toString(), b.level, b.caveats, b.section, b.sectionCount, b.post, b.serial };
    return r;
}

bool BannerReader::isBanner(QStringView line)
{
    return TextScan::parseBanner(line).valid;
}
}
