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
};
}
