// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworkerpool.h"

#include "parseworkerprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QThread>

namespace Reftel
{
namespace
{
const auto ProgramName = QStringLiteral("reftel-parse");
// A parser process that has not said hello by then is not going to.
constexpr int StartTimeoutMs = 30000;
// The import's writer takes most of its time; more parsers than this only wait.
constexpr int MaxProcesses = 8;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Reftel::ParseWorkerPool", text, nullptr, n);
}
}

struct ParseWorkerPool::Chunk
{
    QList<ParseResult> results;
    qsizetype remaining = 0;
};

struct ParseWorkerPool::Pending
{
    Chunk *chunk = nullptr;
    qsizetype index = 0;
    ParseJob job;
    bool retry = false; // it crashed or hung a process once: it goes alone, to a fresh one
};

ParseWorkerPool::ParseWorkerPool(Options options)
    : m_options(std::move(options))
{
    m_options.processes = std::clamp(m_options.processes, 1, MaxProcesses);
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.documentTimeoutMs = std::max(1, m_options.documentTimeoutMs);
    m_arguments << QStringLiteral("--serve");
    const QStringList languages = m_options.languages.isEmpty() ? QLocale().uiLanguages() : m_options.languages;
    if (!languages.isEmpty())
        m_arguments << QStringLiteral("--languages") << languages.join(u',');
}

ParseWorkerPool::~ParseWorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping.store(true);
    }
    m_work.notify_all();
    for (const std::unique_ptr<QThread> &thread : m_threads)
        thread->wait();
}

QString ParseWorkerPool::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(ProgramName);
}

int ParseWorkerPool::defaultProcessCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, MaxProcesses);
}

void ParseWorkerPool::submit(QList<ParseJob> jobs)
{
    const bool any = !jobs.isEmpty();
    {
        const std::lock_guard lock(m_mutex);
        auto chunk = std::make_unique<Chunk>();
        chunk->results.resize(jobs.size());
        chunk->remaining = jobs.size();
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_queue.push_back({ chunk.get(), i, std::move(jobs[i]), false });
        m_chunks.push_back(std::move(chunk));
    }
    if (const QString error = errorString(); !error.isEmpty()) {
        // No parser starts: every job fails at once, with the reason.
        std::vector<Pending> none;
        failEverything(none, error);
        return;
    }
    // The processes start with the first jobs, not with the import.
    while (any && m_threads.size() < size_t(m_options.processes)) {
        m_threads.emplace_back(QThread::create([this] { serve(); }));
        m_threads.back()->setObjectName(QStringLiteral("parser %1").arg(m_threads.size()));
        m_threads.back()->start();
    }
    m_work.notify_all();
}

QList<ParseResult> ParseWorkerPool::take()
{
    std::unique_lock lock(m_mutex);
    if (m_chunks.empty())
        return {};
    m_done.wait(lock, [this] { return m_chunks.front()->remaining == 0; });
    QList<ParseResult> results = std::move(m_chunks.front()->results);
    m_chunks.pop_front();
    return results;
}

QString ParseWorkerPool::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

// One thread per parser process: batches out, results in, a new process
// when one dies or hangs.
void ParseWorkerPool::serve()
{
    ParseWorkerProcess process(m_options.program, m_arguments);
    std::vector<Pending> batch;
    while (takeBatch(&batch)) {
        const bool fresh = batch.front().retry;
        if (!ensureProcess(process, fresh)) {
            failEverything(batch, errorString());
            return;
        }
        runBatch(process, batch);
    }
}

bool ParseWorkerPool::takeBatch(std::vector<Pending> *batch)
{
    batch->clear();
    std::unique_lock lock(m_mutex);
    m_work.wait(lock, [this] { return m_stopping.load() || !m_queue.empty(); });
    if (m_stopping.load())
        return false;
    // A retry goes alone; the others in batches, up to the next retry.
    do {
        batch->push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    } while (!batch->front().retry && !m_queue.empty() && !m_queue.front().retry
        && batch->size() < size_t(m_options.batchSize));
    return true;
}

// A process that has parsed nothing yet, when fresh is asked for. Starting
// fails twice in a row only when the program cannot run at all: that ends
// the stage.
bool ParseWorkerPool::ensureProcess(ParseWorkerProcess &process, bool fresh)
{
    if (process.isRunning() && !(fresh && process.jobsSent() > 0))
        return true;
    QString error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (process.start(StartTimeoutMs, m_stopping, &error))
            return true;
        if (m_stopping.load())
            break;
    }
    const std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = tr("Cannot start Reftel's parser %1: %2.").arg(QDir::toNativeSeparators(m_options.program), error);
    return false;
}

void ParseWorkerPool::runBatch(ParseWorkerProcess &process, std::vector<Pending> &batch)
{
    QList<ParseJob> jobs;
    jobs.reserve(qsizetype(batch.size()));
    for (const Pending &pending : batch)
        jobs.append(pending.job);
    process.send(jobs);
    for (size_t i = 0; i < batch.size(); ++i) {
        ParseResult result;
        ParseWorkerProcess::Answer answer = process.next(&result, m_options.documentTimeoutMs, m_stopping);
        if (answer == ParseWorkerProcess::Answer::Result && result.path == batch[i].job.source) {
            deliver(batch[i], std::move(result));
            continue;
        }
        if (answer == ParseWorkerProcess::Answer::Result)
            answer = ParseWorkerProcess::Answer::Unreadable; // another document's: it lost its place
        process.kill();
        if (answer == ParseWorkerProcess::Answer::Cancelled)
            return;
        // The process goes with the document it was on; the rest of the
        // batch goes back to the front of the queue, behind that document's
        // retry, or its failure when this was the retry.
        Pending culprit = std::move(batch[i]);
        const bool failedForGood = culprit.retry;
        {
            const std::lock_guard lock(m_mutex);
            for (size_t j = batch.size(); j-- > i + 1;)
                m_queue.push_front(std::move(batch[j]));
            if (!failedForGood) {
                culprit.retry = true;
                m_queue.push_front(std::move(culprit));
            }
        }
        m_work.notify_all();
        if (failedForGood) {
            ParseResult failed;
            failed.path = culprit.job.source;
            failed.size = culprit.job.size;
            failed.error = failureReason(culprit.job, answer);
            deliver(culprit, std::move(failed));
        }
        return;
    }
}

void ParseWorkerPool::deliver(Pending &pending, ParseResult result)
{
    bool finished = false;
    {
        const std::lock_guard lock(m_mutex);
        pending.chunk->results[pending.index] = std::move(result);
        finished = --pending.chunk->remaining == 0;
    }
    if (finished)
        m_done.notify_all();
}

// Every job not parsed yet, this batch's and the queue's, fails with error.
void ParseWorkerPool::failEverything(std::vector<Pending> &batch, const QString &error)
{
    {
        const std::lock_guard lock(m_mutex);
        for (Pending &pending : batch)
            m_queue.push_back(std::move(pending));
        batch.clear();
        for (Pending &pending : m_queue) {
            ParseResult &result = pending.chunk->results[pending.index];
            result.path = pending.job.source;
            result.size = pending.job.size;
            result.error = error;
            --pending.chunk->remaining;
        }
        m_queue.clear();
    }
    m_done.notify_all();
}

QString ParseWorkerPool::failureReason(const ParseJob &job, ParseWorkerProcess::Answer answer) const
{
    // Not a crash: the parser answered, with what this Reftel cannot read
    // (a newer parser's warning kind, say). Said apart, so it is not taken for one.
    if (answer == ParseWorkerProcess::Answer::Unreadable)
        return job.kind == ParseJob::Kind::CsvRow
            ? tr("%1: Reftel could not read what its parser made of this row.").arg(job.source)
            : tr("%1: Reftel could not read what its parser made of this file.").arg(job.source);
    if (answer == ParseWorkerProcess::Answer::TimedOut)
        return tr("%1: parsing took more than %2 s.")
            .arg(job.source, QLocale().toString(m_options.documentTimeoutMs / 1000.0, 'g', 3));
    return job.kind == ParseJob::Kind::CsvRow ? tr("%1: the parser crashed on this row.").arg(job.source)
                                              : tr("%1: the parser crashed on this file.").arg(job.source);
}
}
