// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsejob.h"

namespace Reftel
{
// The work of the parse stage for one job: read the document, parse every
// cable in it (CableParser) and prepare each for the store. The same code
// runs in a parser process (ParseWorker) and, for the benchmark's baseline,
// in the importing process (ConcurrentParseStage). Thread-safe.
class JobParser final
{
public:
    static ParseResult parse(const ParseJob &job);
};
}
