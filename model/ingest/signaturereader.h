// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telegramlines.h"

#include <QString>
#include <QStringView>

namespace Reftel
{
// The sender's name at the end of the text: "HOAGLAND" alone on the last
// line, above the classification repeated, a declassification stamp or a
// site footer; or written at the end of the last sentence ("...in Astana.
// HOAGLAND").
class SignatureReader final
{
public:
    // Whether text line i of the body is the signature. lastNumber is the
    // number of the last numbered paragraph read (0 when none was).
    static bool isSignatureLine(const TelegramLines &lines, qsizetype i, int lastNumber);
    // A line that may follow the signature: the classification again, a
    // declassification stamp, "NNNN", a redaction, a rule.
    static bool isTrailerLine(QStringView line);
    // The name a signature line gives: "CRETZ  CRETZ" is one name.
    static QString nameOf(QStringView line);
    // A signature glued to the end of the last paragraph; cuts it off the
    // text and returns it, or returns an empty string.
    static QString takeFromText(QString &text);
    // "***** Visit Embassy Manama's Classified Website: ... ***** ERELI" run
    // into the last paragraph: cuts the boilerplate off and returns the name
    // after it, if any.
    static QString takeWebsiteTail(QString &text);
    // The signature of a cable's last lines (from the last paragraph on):
    // the name alone on a line above any trailing lines, or glued to the
    // last sentence; empty when there is none.
    static QString read(QStringView ending);
};
}
