// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QStringView>

namespace Reftel
{
// The classification banner: "C O N F I D E N T I A L SECTION 01 OF 02
// ASTANA 000253", "UNCLAS STATE 123456", "SECRET//NOFORN USUN NEW YORK
// 000345", and the sloppy forms: a stray letter in the spaced level ("SS E C
// R E T"), odd spacing around SECTION ("SECTION01 OF 02"), the header's next
// elements glued after the serial ("... TALLINN 000325 SIPDIS AMEMBASSY
// ANKARA PASS TO ..."). Read from the line alone.
class BannerReader final
{
public:
    struct Result
    {
        bool valid = false;
        Banner banner; // text, level, caveats, section, post, serial
        qsizetype length = 0; // where the banner ends in the line; text after it belongs to the next elements
    };

    static Result read(QStringView line);
    static bool isBanner(QStringView line);
    // "C O R R E C T E D C O P Y", "CORRECTED COPY": a notice line of the header, no text.
    static bool isCorrectedCopyLine(QStringView line);
    // Where a telegram may begin: VZCZC, a routing or date-time group line, a
    // classification banner, a "CORRECTED COPY" notice. Here rather than in
    // TextScan, which the value types below the readers use: it needs the
    // banner's grammar.
    static bool isTelegramStart(QStringView trimmedLine);
};
}
