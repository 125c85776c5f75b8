// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrentparsestage.h"

#include "jobparser.h"

#include <QtConcurrent>

namespace Reftel
{
ConcurrentParseStage::~ConcurrentParseStage()
{
    for (QFuture<ParseResult> &chunk : m_chunks)
        chunk.waitForFinished();
}

void ConcurrentParseStage::submit(QList<ParseJob> jobs)
{
    m_chunks.push_back(QtConcurrent::mapped(std::move(jobs), &JobParser::parse));
}

QList<ParseResult> ConcurrentParseStage::take()
{
    if (m_chunks.empty())
        return {};
    QFuture<ParseResult> chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    chunk.waitForFinished();
    return chunk.results();
}
}
