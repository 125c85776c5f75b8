// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Reftel
{
// The one way Reftel turns a written cable number into a reference id, for
// the REF list, the resolver and the command line alike: "ASTANA 000253" of
// 2009 is 09ASTANA253, "USUN NEW YORK 345" is 09USUNNEWYORK345, "SECSTATE
// 1234" is 09STATE1234, "RIO DE JAN 138" is 09RIODEJANEIRO138. Post names
// are resolved to the release's own (PostNames).
class CanonicalId final
{
public:
    struct Parts
    {
        int year = -1; // two digits; -1 when the text gives none
        QString post; // the release's post name (or the written one, compacted, when unknown)
        qint64 serial = -1;
        bool postKnown = false; // the post is one of the release's
        bool isValid() const { return !post.isEmpty() && serial > 0; }
    };

    // "BISHKEK" + "0123" in year 9 -> "09BISHKEK123"; empty when the parts make no id.
    static QString make(QStringView post, QStringView serial, int year);
    static QString make(const Parts &parts, int defaultYear = -1);

    // Reads a written cable number: "ASTANA 000253", "08 STATE 123456",
    // "2008 STATE 123456", "STATE 123456 (2008)", "08STATE123456",
    // "00821 ASMARA". Nothing else may follow but a bracketed title.
    static Parts read(QStringView written);

    // Two-digit year of a four-digit or two-digit one; -1 when it is none.
    static int twoDigitYear(QStringView digits);
};
}
