// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// What must be true before the window opens: the SQLite driver with FTS5.
// Returns a translated explanation of what is missing, or an empty string.
class StartupCheck final
{
public:
    static QString problems();
};
}
