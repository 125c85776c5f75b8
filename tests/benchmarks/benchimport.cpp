// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-import: an import of a release CSV and where its time goes.
//
//   reftel-bench-import --csv release.csv --library postgresql://... | --library lib.sqlite
//
// Imports the CSV into an empty library (a server database made for it, or
// a new file) with LibraryImporter, parsing in parser processes as Reftel
// does, then prints a Markdown report: wall and CPU time (this process, the
// parser processes and, for a server on this machine, the server's own
// processes), the writer's time by step (reading what is stored, writing or
// gathering rows, COPY, indexing, resolving references, COMMIT), peak
// resident memory, and what the library holds after.
#include "cablewriter.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarylocation.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

using namespace Reftel;
using namespace Reftel::BenchSupport;
using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

double seconds(const timeval &user, const timeval &system)
{
    return double(user.tv_sec + system.tv_sec) + double(user.tv_usec + system.tv_usec) / 1e6;
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return seconds(usage.ru_utime, usage.ru_stime);
}

// CPU seconds of every postgres process on this machine (the server's
// backends, WAL writer, checkpointer, autovacuum), from /proc; and the
// largest peak resident memory among them, in MB.
struct ServerUsage
{
    double cpu = 0;
    double peakMb = 0;
};

ServerUsage serverUsage()
{
    ServerUsage usage;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0 || !line.mid(0, close).contains("(postgres"))
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12)
            usage.cpu += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick; // utime, stime
        QFile status(u"/proc/"_s + pid + u"/status"_s);
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &entry : status.readAll().split('\n')) {
                if (entry.startsWith("VmHWM:"))
                    usage.peakMb = std::max(usage.peakMb, entry.mid(6).trimmed().split(' ').value(0).toDouble() / 1024);
            }
        }
    }
    return usage;
}

qint64 count(const LibraryDatabase &library, const QString &table)
{
    QSqlQuery query(library.database());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}

QString secondsText(qint64 nanoseconds)
{
    return QLocale::c().toString(double(nanoseconds) / 1e9, 'f', 1) + u" s"_s;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import benchmark of the Reftel library."_s);
    parser.addHelpOption();
    parser.addOption({ u"csv"_s, u"Release CSV to import."_s, u"file"_s });
    parser.addOption(
        { u"library"_s, u"An empty library: a new file, or a server database (postgresql://...)."_s, u"library"_s });
    parser.process(app);
    const LibraryLocation location = LibraryLocation::fromText(parser.value(u"library"_s));
    if (!parser.isSet(u"csv"_s) || !parser.isSet(u"library"_s) || !location.problem().isEmpty()) {
        out << location.problem() << "\nusage: reftel-bench-import --csv FILE --library LIBRARY\n";
        return 2;
    }
    if (!location.isServer() && QFile::exists(location.filePath())) {
        out << location.filePath() << ": exists; the benchmark imports into a new library.\n";
        return 2;
    }
    LibraryDatabase library;
    if (!library.open(location)) {
        out << library.errorString() << '\n';
        return 1;
    }
    if (count(library, u"cables"_s) != 0) {
        out << location.displayName() << ": not empty; the benchmark imports into an empty library.\n";
        return 2;
    }
    const QLocale c = QLocale::c();
    const ServerUsage server0 = serverUsage();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    LibraryImporter importer(library);
    const LibraryImporter::Summary s = importer.run({ parser.value(u"csv"_s) });
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    const ServerUsage server1 = serverUsage();
    const CableWriter::Timings &t = library.cableWriter().timings();

    out << "## Import into " << (location.isServer() ? "a server library" : "an SQLite library") << "\n\n";
    out << "| import | value |\n|---|---|\n";
    out << "| cables stored | " << s.cables << " |\n| failed | " << s.failed << " |\n";
    out << "| input | " << c.toString(double(s.bytes) / 1e6, 'f', 0) << " MB |\n";
    out << "| wall time | " << c.toString(double(s.milliseconds) / 1000.0, 'f', 1) << " s |\n";
    out << "| cables/s | " << c.toString(double(s.cables) * 1000.0 / double(qMax<qint64>(1, s.milliseconds)), 'f', 0)
        << " |\n";
    out << "| CPU time of this process (all threads) | " << c.toString(cpu, 'f', 1) << " s |\n";
    out << "| CPU time of the parser processes | " << c.toString(cpuSeconds(RUSAGE_CHILDREN), 'f', 1) << " s |\n";
    if (location.isServer()) {
        out << "| CPU time of the server's processes (this machine) | " << c.toString(server1.cpu - server0.cpu, 'f', 1)
            << " s |\n";
        out << "| peak resident memory of a server process | " << qRound(server1.peakMb) << " MB |\n";
    }
    out << "| peak resident memory of this process | " << qRound(peakRssMb()) << " MB |\n\n";
    out << "| the writer's time (on the importing thread) | value |\n|---|---|\n";
    out << "| reading what is stored of each cable | " << secondsText(t.find) << " |\n";
    out << "| writing rows (SQLite) or gathering them for COPY (server) | " << secondsText(t.write) << " |\n";
    out << "| COPY to the server | " << secondsText(t.copy) << " |\n";
    out << "| full-text indexing | " << secondsText(t.index) << " |\n";
    out << "| resolving references | " << secondsText(t.resolve) << " |\n";
    out << "| COMMIT | " << secondsText(t.commit) << " |\n\n";
    out << "| library | rows |\n|---|---|\n";
    for (const QString &table : { u"cables"_s, u"paragraphs"_s, u"cable_references"_s, u"cable_sources"_s })
        out << "| " << table << " | " << count(library, table) << " |\n";
    for (const LibraryImporter::Outcome &failure : s.failures.mid(0, 10))
        out << "- failed: " << failure.reason << '\n';
    out.flush();
    return s.ok() ? 0 : 1;
}
