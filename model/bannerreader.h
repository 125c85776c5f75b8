// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QStringView>

namespace Reftel
{
// The classification banner: "C O N F I D E N T I A L SECTION 01 OF 02
// ASTANA 000253", "UNCLAS STATE 123456", "SECRET//NOFORN USUN NEW YORK
// 000345"; read from the line alone.
class BannerReader final
{
public:
    struct Result
    {
        bool valid = false;
        Banner banner; // text, level, caveats, section, post, serial
    };

    static Result read(QStringView line);
    static bool isBanner(QStringView line);
};
}
