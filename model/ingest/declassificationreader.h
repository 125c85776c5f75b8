// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Reftel
{
// The E.O. line: "E.O. 12958: DECL: 02/12/2019", "EO 12958 DECL: 1.6X1",
// "E.O. 12958: N/A". What follows DECL, and the date when it is one.
class DeclassificationReader final
{
public:
    struct Result
    {
        QString text; // 02/12/2019, N/A, 1.6X1
        QDate date; // when text is a date
    };
    // text: everything after "E.O.".
    static Result read(QStringView text);
};
}
