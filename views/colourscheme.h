// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QPalette>

namespace Reftel
{
// Applies the reader's choice of light, dark or system colours to the whole
// application. Light and dark use the Fusion style with palettes of our own,
// which look the same on every platform and Qt version; System puts back the
// style and palette the application started with.
class ColourScheme final
{
public:
    static void apply(Preferences::ColourScheme scheme);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
};
}
