// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsestage.h"

#include <QFuture>

#include <deque>

namespace Reftel
{
// Parses on the global thread pool of the importing process. Not what the
// program uses (a parser bug would take the import with it, see
// ParseWorkerPool): the benchmark's baseline, to measure what the parser
// processes cost.
class ConcurrentParseStage final : public ParseStage
{
public:
    ConcurrentParseStage() = default;
    ~ConcurrentParseStage() override;
    Q_DISABLE_COPY_MOVE(ConcurrentParseStage)

    void submit(QList<ParseJob> jobs) override;
    QList<ParseResult> take() override;
    QString errorString() const override { return {}; }

private:
    std::deque<QFuture<ParseResult>> m_chunks;
};
}
