// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QStringView>

namespace Reftel
{
// SUMMARY: ... END SUMMARY, (COMMENT: ... END COMMENT.), (NOTE: ... END NOTE.)
// inside a paragraph's text. An opening without its END runs to the end of
// the paragraph (closed = false).
class TextSpanFinder final
{
public:
    static QList<TextSpan> find(QStringView text);
};
}
