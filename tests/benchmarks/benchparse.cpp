// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-parse [folder] [--mb N] [--csv]: parse throughput, single thread.
// --csv also streams the same corpus as release-CSV rows through ReleaseCsvReader.
// With a folder, every file in it is parsed (repeated until N MB, 50 by
// default); without one, the bundled samples are repeated with varied serials.
#include "cableparser.h"
#include "documentparser.h"
#include "releasecsvreader.h"
#include "samplecables.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace
{
// CPU time of this thread: on a shared two-core machine the wall clock also
// counts whatever else runs, so both are reported.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
}

using namespace Reftel;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool csvMode = args.removeAll(u"--csv"_s) > 0;
    qint64 targetMb = 50;
    const qsizetype mbAt = args.indexOf(u"--mb"_s);
    if (mbAt >= 0 && mbAt + 1 < args.size()) {
        targetMb = args[mbAt + 1].toLongLong();
        args.remove(mbAt, 2);
    }

    QList<QByteArray> documents;
    if (!args.isEmpty()) {
        const QDir dir(args.front());
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                documents.append(f.readAll());
        }
    } else {
        for (const QString &path : SampleCables::paths())
            documents.append(SampleCables::contents(path));
    }
    if (documents.isEmpty()) {
        std::fprintf(stderr, "no documents to parse\n");
        return 1;
    }

    // Build the corpus in memory first, so only parsing is timed.
    QList<QByteArray> corpus;
    qint64 bytes = 0;
    const qint64 target = targetMb * 1024 * 1024;
    for (int round = 0; bytes < target; ++round) {
        for (const QByteArray &doc : std::as_const(documents)) {
            QByteArray varied = doc;
            if (args.isEmpty()) {
                // Vary the serial so no two cables are byte-identical.
                varied.replace(QByteArrayView("ASTANA 000"),
                    QByteArray(QByteArray("ASTANA ") + QByteArray::number(100 + round % 900)));
            }
            bytes += varied.size();
            corpus.append(varied);
            if (bytes >= target)
                break;
        }
    }

    // The same corpus as release-CSV rows, streamed through ReleaseCsvReader.
    if (csvMode) {
        QByteArray csv;
        qint64 row = 0;
        for (const QByteArray &doc : std::as_const(corpus)) {
            QByteArray body = doc;
            body.replace('\\', "\\\\").replace('"', "\\\"");
            ++row;
            csv += "\"" + QByteArray::number(row) + "\",\"1/2/2009 10:00\",\"09ASTANA" + QByteArray::number(row)
                + "\",\"Embassy Astana\",\"CONFIDENTIAL\",\"\",\"\",\"" + body + "\"\n";
        }
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QElapsedTimer csvTimer;
        csvTimer.start();
        const double csvCpuStart = threadCpuSeconds();
        ReleaseCsvReader reader(&buffer, u"bench.csv"_s);
        RawCable raw;
        qint64 rows = 0;
        qint64 csvParagraphs = 0;
        while (reader.readNext(&raw)) {
            ++rows;
            csvParagraphs += CableParser::parse(raw).paragraphCount();
        }
        const double csvSeconds = double(csvTimer.nsecsElapsed()) / 1e9;
        const double csvCpu = threadCpuSeconds() - csvCpuStart;
        const double csvMb = double(csv.size()) / (1024.0 * 1024.0);
        std::printf(
            "csv: %lld rows, %.1f MB, %lld paragraphs in %.2f s; %.1f MB/s wall, %.1f MB/s CPU, %.0f rows/s CPU\n",
            qlonglong(rows), csvMb, qlonglong(csvParagraphs), csvSeconds, csvMb / csvSeconds, csvMb / csvCpu,
            double(rows) / csvCpu);
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    qint64 cables = 0;
    qint64 paragraphs = 0;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QList<Cable> parsed = DocumentParser::parse(corpus[i], u"bench"_s);
        cables += parsed.size();
        for (const Cable &c : parsed)
            paragraphs += c.paragraphCount();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("parsed %lld documents, %.1f MB, %lld cables, %lld paragraphs in %.2f s\n", qlonglong(corpus.size()),
        mb, qlonglong(cables), qlonglong(paragraphs), seconds);
    std::printf("%.1f MB/s, %.0f cables/s (single thread, wall clock, parser version %d)\n", mb / seconds,
        double(cables) / seconds, ParserVersion);
    std::printf("%.1f MB/s, %.0f cables/s (single thread, CPU time %.2f s)\n", mb / cpuSeconds,
        double(cables) / cpuSeconds, cpuSeconds);
    return 0;
}
