// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// Text for a NOT NULL column: Qt's SQLite driver binds a null QString as
// NULL (QVariant::isNull() is false for one in Qt 6, the driver still looks).
inline QString notNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
}
