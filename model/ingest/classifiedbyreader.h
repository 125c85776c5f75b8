// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QStringView>

namespace Reftel
{
// "Classified By: Ambassador Richard E. Hoagland: 1.4 (B),(D)" and its many
// spellings: who classified the cable, with what title, for which reasons.
class ClassifiedByReader final
{
public:
    // text: everything after "Classified By", joined across its lines.
    static Classifier read(QStringView text);
    // Where the statement ends when text runs on after its reasons ("...1.4 (b)
    // and (d). The Ambassador met..."): the offset of the text that follows,
    // or -1 when nothing but the statement is there.
    static qsizetype statementEnd(QStringView text);
};
}
