// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupcheck.h"

#include "sqlitesupport.h"

namespace Reftel
{
QString StartupCheck::problems()
{
    return SqliteSupport::check().problem;
}
}
