// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsejob.h"

#include <QList>
#include <QString>

namespace Reftel
{
// The parsing stage of an import: documents in, parsed cables out, and for
// a document that could not be parsed a result that says why. The import
// submits a chunk of jobs while it writes the one before.
class ParseStage
{
public:
    virtual ~ParseStage() = default;

    // Queues the jobs as one chunk; take() gives chunks back in the order
    // they were submitted.
    virtual void submit(QList<ParseJob> jobs) = 0;
    // Blocks until the oldest chunk is parsed: one result per job, in order.
    virtual QList<ParseResult> take() = 0;
    // Set when the stage cannot parse at all (no parser process starts);
    // the import then stops.
    virtual QString errorString() const = 0;
};
}
