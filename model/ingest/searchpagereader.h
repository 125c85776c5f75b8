// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QStringView>

namespace Reftel
{
// The text of a cable-search site page (samples 000, 001 and the flattened
// 004): a block of labels (Identifier, Created...) whose values follow in the
// same order, "Cable title:", "Tags:", then the telegram and a share footer.
class SearchPageReader final
{
public:
    static bool accepts(QStringView text);
    // Fills the telegram and metadata; the telegram stays empty when the page
    // holds none.
    static RawCable read(const QString &text);
};
}
