// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Reftel
{
// The model library is static, so the linker drops its resource objects unless
// something references them. Every class that reads a ":/" path of the model
// calls this first; it is cheap after the first call.
void ensureModelResources();
}
