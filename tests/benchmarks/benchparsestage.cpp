// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-parse-stage CSV [--rows N] [--batch B] [--processes P]: what parsing in parser
// processes costs, without the store. On the first N rows of a release CSV
// (20,000 by default):
//   1. each step of the way for one thread: reading the row, parsing it as a
//      parser process does (JobParser), writing its result for the pipe
//      (ParseProtocol/CableCodec) and reading it back, and the bytes per row;
//   2. the whole stage, in parser processes (ParseWorkerPool, batches of B)
//      and on this process's threads (ConcurrentParseStage), each fed and
//      drained as LibraryImporter does, with the wall and CPU time of both.
#include "concurrentparsestage.h"
#include "jobparser.h"
#include "parseprotocol.h"
#include "parseworkerpool.h"
#include "releasecsvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
double threadCpu()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double cpu(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QList<ParseJob> readRows(const QString &path, qint64 count, double *seconds)
{
    QFile file(path);
    QList<ParseJob> jobs;
    if (!file.open(QIODevice::ReadOnly))
        return jobs;
    ReleaseCsvReader reader(&file, path);
    RawCable raw;
    const double start = threadCpu();
    while (jobs.size() < count && reader.readNext(&raw)) {
        ParseJob job;
        job.kind = ParseJob::Kind::CsvRow;
        job.source = raw.sourceName;
        job.bytes = std::move(raw.originalBytes);
        jobs << job;
        raw = RawCable();
    }
    *seconds = threadCpu() - start;
    return jobs;
}

void perStep(const QList<ParseJob> &jobs, double readSeconds)
{
    QList<ParseResult> results;
    results.reserve(jobs.size());
    double start = threadCpu();
    for (const ParseJob &job : jobs)
        results << JobParser::parse(job);
    const double parse = threadCpu() - start;

    // Each message is dropped once made (or read), as in the processes:
    // keeping 20,000 of them would time the page faults of fresh memory.
    qint64 bytes = 0;
    start = threadCpu();
    for (const ParseResult &result : std::as_const(results))
        bytes += ParseProtocol::result(result).size();
    const double encode = threadCpu() - start;

    QList<QByteArray> messages;
    messages.reserve(results.size());
    for (const ParseResult &result : std::as_const(results))
        messages << ParseProtocol::result(result).sliced(ParseProtocol::HeaderSize);
    start = threadCpu();
    qint64 read = 0;
    for (const QByteArray &message : std::as_const(messages)) {
        ParseResult back;
        read += ParseProtocol::readResult(message, &back) ? 1 : 0;
    }
    const double decode = threadCpu() - start;

    qint64 rowBytes = 0;
    for (const ParseJob &job : jobs)
        rowBytes += job.bytes.size();
    const double n = double(jobs.size());
    std::printf("| step, one thread | CPU µs per row |\n|---|---|\n");
    std::printf("| read the row (importing process) | %.1f |\n", readSeconds * 1e6 / n);
    std::printf("| parse it (parser process: read again, parse, prepare) | %.1f |\n", parse * 1e6 / n);
    std::printf("| write its result for the pipe (parser process) | %.1f |\n", encode * 1e6 / n);
    std::printf("| read the result back (importing process) | %.1f |\n", decode * 1e6 / n);
    std::printf("\n%lld rows (%lld read back), %.0f bytes per row, %.0f bytes per result on the pipe\n\n",
        qlonglong(jobs.size()), qlonglong(read), double(rowBytes) / n, double(bytes) / n);
}

void wholeStage(ParseStage &stage, const QList<ParseJob> &jobs, const char *name)
{
    constexpr qsizetype ChunkSize = 1000; // as LibraryImporter's CSV chunks
    const double self0 = cpu(RUSAGE_SELF);
    const double children0 = cpu(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    qint64 cables = 0;
    qsizetype next = 0;
    stage.submit(jobs.mid(next, ChunkSize));
    next += ChunkSize;
    while (true) {
        const QList<ParseResult> results = stage.take();
        if (results.isEmpty())
            break;
        if (next < jobs.size()) {
            stage.submit(jobs.mid(next, ChunkSize));
            next += ChunkSize;
        }
        for (const ParseResult &result : results)
            cables += result.cables.size();
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    // The parser processes count once they ended: the caller destroys the stage first.
    std::printf("| %s | %.2f s | %.0f | %.2f s |", name, wall, double(cables) / wall, cpu(RUSAGE_SELF) - self0);
    std::fflush(stdout);
    Q_UNUSED(children0);
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 20000;
    int batch = ParseWorkerPool::Options().batchSize;
    int processes = ParseWorkerPool::defaultProcessCount();
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--rows"_s)
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--batch"_s)
            batch = args.at(i + 1).toInt();
        else if (args.at(i) == u"--processes"_s)
            processes = args.at(i + 1).toInt();
    }
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        std::fprintf(stderr, "usage: reftel-bench-parse-stage CSV [--rows N] [--batch B] [--processes P]\n");
        return 2;
    }
    double readSeconds = 0;
    const QList<ParseJob> jobs = readRows(args.first(), rows, &readSeconds);
    if (jobs.isEmpty()) {
        std::fprintf(stderr, "no rows in %s\n", qPrintable(args.first()));
        return 1;
    }
    perStep(jobs, readSeconds);

    std::printf(
        "| whole stage, %d processes or threads | wall | cables/s | CPU, this process | CPU, parser processes |\n"
        "|---|---|---|---|---|\n",
        ParseWorkerPool::defaultProcessCount());
    {
        ConcurrentParseStage stage;
        wholeStage(stage, jobs, "in process");
    }
    std::printf(" 0 |\n");
    const double children0 = cpu(RUSAGE_CHILDREN);
    {
        ParseWorkerPool::Options options;
        options.batchSize = batch;
        options.processes = processes;
        ParseWorkerPool stage(options);
        wholeStage(stage, jobs, qPrintable(u"parser processes, batches of %1"_s.arg(batch)));
    }
    std::printf(" %.2f s |\n", cpu(RUSAGE_CHILDREN) - children0);
    return 0;
}
