// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Reftel
{
// The SUBJECT line: "SUBJECT:", "SUBJ:", "Subject:", lower case, wrapped;
// its own classification mark ("(C) NEW CABINET SWORN IN") apart from its
// words; page markers, classification lines and rules ("------") taken out;
// cut where a glued REF, Classified By, E.O., TAGS, first paragraph or
// action request begins.
class SubjectReader final
{
public:
    struct Result
    {
        QString subject;
        QString mark; // C, S, SBU, U... when the subject carries one
        QString glued; // the glued element that ended the subject ("REF: A) LIMA 12"), empty when none
        QStringList removed; // what was taken out (markers, rules), as written
    };

    // text: the subject with or without its keyword, joined across its lines.
    static Result read(QStringView text);
    // Where the subject's text starts after its keyword, or -1 when text has none.
    static qsizetype keyword(QStringView text);
};
}
