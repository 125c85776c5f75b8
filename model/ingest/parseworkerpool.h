// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsestage.h"
#include "parseworkerprocess.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace Reftel
{
// The import's parse stage in parser processes (reftel-parse), as GNOME's
// Tracker and KDE's Baloo run their extractors: a document that crashes the
// parser or makes it hang takes only a parser process with it. Each process
// is served by a thread of its own here, which hands it batches of jobs and
// reads the results back; the importing thread only writes.
//
// A process that crashes, or spends longer than the time limit on one
// document, is replaced; the document it was on is tried once more alone in
// a fresh process, then reported failed ("the parser crashed on this file",
// "parsing took more than 10 s"); the rest of its batch goes on.
class ParseWorkerPool final : public ParseStage
{
public:
    struct Options
    {
        QString program = defaultProgram();
        int processes = defaultProcessCount();
        int batchSize = 32; // jobs per batch; a crash sends the rest of a batch back to the queue
        int documentTimeoutMs = 10000;
        QStringList languages; // for the parser's messages; the UI's by default
    };

    explicit ParseWorkerPool(Options options);
    ~ParseWorkerPool() override;
    Q_DISABLE_COPY_MOVE(ParseWorkerPool)

    void submit(QList<ParseJob> jobs) override;
    QList<ParseResult> take() override;
    QString errorString() const override;

    // reftel-parse beside the running executable: where the package installs
    // it, and where the build puts it beside reftel (and beside each test).
    static QString defaultProgram();
    static int defaultProcessCount();

private:
    struct Chunk;
    struct Pending;

    void serve();
    bool takeBatch(std::vector<Pending> *batch);
    bool ensureProcess(ParseWorkerProcess &process, bool fresh);
    void runBatch(ParseWorkerProcess &process, std::vector<Pending> &batch);
    void deliver(Pending &pending, ParseResult result);
    void failEverything(std::vector<Pending> &batch, const QString &error);
    QString failureReason(const ParseJob &job, ParseWorkerProcess::Answer answer) const;

    Options m_options;
    QStringList m_arguments;
    mutable std::mutex m_mutex;
    std::condition_variable m_work; // jobs queued, or stopping
    std::condition_variable m_done; // a chunk finished
    std::deque<std::unique_ptr<Chunk>> m_chunks;
    std::deque<Pending> m_queue;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic_bool m_stopping = false;
    QString m_error;
};
}
