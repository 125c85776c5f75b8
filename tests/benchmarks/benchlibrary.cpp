// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-library: the library at the scale of the whole release.
//
//   reftel-bench-library --csv release.csv --library lib.sqlite [--skip-import] [--in-process] [--text DIR]
//
// Imports the CSV into a fresh library (unless --skip-import), parsing in
// parser processes as Reftel does (or, with --in-process, on this process's
// threads: the baseline that says what the processes cost), then measures
// search latency over 100 varied queries, the latency of "show" (load a cable
// and make its JSON), the size on disk and, with --text (the same cables as
// text files from reftel-synth-release --format text), "grep -rli" over those
// files against Reftel's search for the same words. Prints a Markdown report.
#include "cablejson.h"
#include "cablereader.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarysearch.h"

#include "benchsupport.h"
#include "searchqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace Reftel;
using namespace Reftel::BenchSupport;

namespace
{
QTextStream out(stdout);

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The parser processes, once they ended (the importer waits for them).
double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scale benchmark of the Reftel library."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("csv"), QStringLiteral("Release CSV to import."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("library"), QStringLiteral("Library file (replaced unless --skip-import)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("skip-import"), QStringLiteral("Measure an existing library.") });
    parser.addOption(
        { QStringLiteral("in-process"), QStringLiteral("Parse on this process's threads, not in parser processes.") });
    parser.addOption(
        { QStringLiteral("text"), QStringLiteral("The same cables as text files, for grep."), QStringLiteral("dir") });
    parser.process(app);
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty()
        || (!parser.isSet(QStringLiteral("skip-import")) && !parser.isSet(QStringLiteral("csv")))) {
        out << "usage: reftel-bench-library --csv FILE --library FILE [--skip-import] [--in-process] [--text DIR]\n";
        return 2;
    }
    const QLocale c = QLocale::c();

    out << "## Library at scale\n\n";
    if (!parser.isSet(QStringLiteral("skip-import"))) {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(libraryPath + QLatin1String(suffix));
        LibraryDatabase library;
        if (!library.open(libraryPath)) {
            out << library.errorString() << '\n';
            return 1;
        }
        LibraryImporter importer(library);
        const bool inProcess = parser.isSet(QStringLiteral("in-process"));
        importer.setParsing(inProcess ? LibraryImporter::Parsing::InProcess : LibraryImporter::Parsing::Workers);
        const double cpu0 = cpuSeconds();
        const double children0 = childCpuSeconds();
        const LibraryImporter::Summary s = importer.run({ parser.value(QStringLiteral("csv")) });
        out << "| import | value |\n|---|---|\n";
        out << "| parsing | " << (inProcess ? "in process (baseline)" : "parser processes") << " |\n";
        out << "| cables stored | " << s.cables << " |\n";
        out << "| failed | " << s.failed << " |\n";
        out << "| input | " << c.toString(double(s.bytes) / 1e6, 'f', 0) << " MB |\n";
        out << "| wall time | " << c.toString(double(s.milliseconds) / 1000.0, 'f', 1) << " s |\n";
        out << "| CPU time (all threads) | " << c.toString(cpuSeconds() - cpu0, 'f', 1) << " s |\n";
        out << "| CPU time of the parser processes | " << c.toString(childCpuSeconds() - children0, 'f', 1) << " s |\n";
        out << "| cables/s | "
            << c.toString(double(s.cables) * 1000.0 / double(qMax<qint64>(1, s.milliseconds)), 'f', 0) << " |\n";
        out << "| peak resident memory | " << qRound(peakRssMb()) << " MB |\n\n";
        for (const LibraryImporter::Outcome &failure : s.failures.mid(0, 10))
            out << "- failed: " << failure.reason << '\n';
        out << '\n';
        out.flush();
    }

    LibraryDatabase library;
    if (!library.open(libraryPath)) {
        out << library.errorString() << '\n';
        return 1;
    }
    const CableReader &store = library.cables();
    const CableStats stats = store.stats();
    out << "| library | value |\n|---|---|\n";
    out << "| cables | " << stats.cables << " |\n| paragraphs | " << stats.paragraphs << " |\n";
    out << "| references resolved / probable / missing | " << stats.referencesResolved << " / "
        << stats.referencesProbable << " / " << stats.referencesMissing << " |\n";
    out << "| size on disk | " << c.toString(double(stats.sizeOnDisk) / 1e6, 'f', 0) << " MB |\n\n";

    // Search.
    LibrarySearch search(library);
    const QStringList qs = searchQueries();
    for (int i = 0; i < 5; ++i)
        search.search(qs.at(i), 20); // warm the page cache a little, as a session would
    QList<double> times;
    QList<std::pair<double, QString>> byTime;
    qint64 totalHits = 0;
    QString slowest;
    double slowestMs = 0;
    for (const QString &q : qs) {
        QElapsedTimer t;
        t.start();
        const LibrarySearch::Result r = search.search(q, 20);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        times << ms;
        byTime.append({ ms, q });
        totalHits += r.total;
        if (!r.ok())
            out << "query failed: " << q << ": " << r.error << '\n';
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = q;
        }
    }
    out << "| search (" << qs.size() << " queries, first 20 hits and the total) | ms |\n|---|---|\n";
    out << "| median | " << c.toString(percentile(times, 0.5), 'f', 1) << " |\n";
    out << "| 95th percentile | " << c.toString(percentile(times, 0.95), 'f', 1) << " |\n";
    out << "| slowest (`" << slowest << "`) | " << c.toString(slowestMs, 'f', 1) << " |\n\n";
    std::sort(byTime.begin(), byTime.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out << "Slowest queries:";
    for (const auto &[ms, q] : byTime.mid(0, 8))
        out << " `" << q << "` " << c.toString(ms, 'f', 0) << " ms;";
    out << "\n\n";

    // Show: load a cable and make its JSON, as "reftel show --json" does.
    QStringList ids;
    {
        QSqlQuery q(library.database());
        q.exec(QStringLiteral("SELECT id FROM cables WHERE pk % 1237 = 0 LIMIT 200"));
        while (q.next())
            ids << q.value(0).toString();
    }
    QList<double> showTimes;
    for (const QString &id : std::as_const(ids)) {
        QElapsedTimer t;
        t.start();
        const std::optional<Cable> cable = store.load(id);
        const QByteArray json = QJsonDocument(CableJson::toJson(*cable)).toJson();
        showTimes << double(t.nsecsElapsed()) / 1e6;
        Q_UNUSED(json);
    }
    out << "| show (" << ids.size() << " cables: load + JSON) | ms |\n|---|---|\n";
    out << "| median | " << c.toString(percentile(showTimes, 0.5), 'f', 2) << " |\n";
    out << "| 95th percentile | " << c.toString(percentile(showTimes, 0.95), 'f', 2) << " |\n\n";

    if (parser.isSet(QStringLiteral("text"))) {
        const QString dir = parser.value(QStringLiteral("text"));
        out << "| word | grep -rli: files | grep: s | Reftel search: first 20 hits, ms | Reftel: every matching cable "
               "| Reftel: all of them, ms |\n"
               "|---|---|---|---|---|---|\n";
        for (const QString &word : { QStringLiteral("quillaja"), QStringLiteral("marlinspike"),
                 QStringLiteral("tamarisk"), QStringLiteral("corruption") }) {
            QElapsedTimer t;
            t.start();
            QProcess grep;
            grep.start(QStringLiteral("grep"), { QStringLiteral("-rli"), word, dir });
            grep.waitForFinished(-1);
            const qsizetype files = grep.readAllStandardOutput().count('\n');
            const double grepSeconds = double(t.elapsed()) / 1000.0;
            // What the window and "reftel search" wait for: the best hits and a total.
            t.restart();
            search.search(word, 20);
            const double firstPageMs = double(t.nsecsElapsed()) / 1e6;
            // What grep -l gives: every matching cable, counted once.
            t.restart();
            QSqlQuery q(library.database());
            q.prepare(QStringLiteral("SELECT count(DISTINCT cable_pk) FROM paragraphs WHERE pk IN "
                                     "(SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)"));
            q.addBindValue(word);
            q.exec();
            q.next();
            const qint64 cables = q.value(0).toLongLong();
            const double allMs = double(t.nsecsElapsed()) / 1e6;
            out << "| " << word << " | " << files << " | " << c.toString(grepSeconds, 'f', 2) << " | "
                << c.toString(firstPageMs, 'f', 1) << " | " << cables << " | " << c.toString(allMs, 'f', 0) << " |\n";
        }
        out << '\n';
    }
    out << "Peak resident memory of the benchmark: " << qRound(peakRssMb()) << " MB\n";
    return 0;
}
