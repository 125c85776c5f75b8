// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsejob.h"

#include <functional>

namespace Reftel
{
// A parser process (reftel-parse): reads batches of jobs on its standard
// input and answers each job with its result on its standard output (see
// ParseProtocol), until its input ends. It writes nothing, stores nothing:
// whatever a document does to the parser, only this process suffers it, and
// the import (ParseWorkerPool) replaces it.
class ParseWorker final
{
public:
    using Parse = std::function<ParseResult(const ParseJob &)>;

    // The whole program: QCoreApplication, the arguments the import gives
    // (--serve, --languages de-DE,de), the translations of the messages it
    // makes, then serve(). The test suite's faulty parser passes its own
    // parse function; the installed helper never does.
    static int exec(int argc, char *argv[], const Parse &parse);

    // 0 at the end of the input, 1 when it is not the protocol.
    static int serve(int input, int output, const Parse &parse);
};
}
