// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-window: the window on a library of the whole release.
//
//   reftel-bench-window --library release.sqlite|postgresql://... [--cables 200]
//
// Measures, in one process and the way a user meets them:
//  - launch: from the process's start (as the kernel records it) to the
//    window shown with the first page of the library listed;
//  - opening a cable: MainWindow::openCable (load, tree, rendered body, panes)
//    for random cables, median and 95th percentile;
//  - search as you type: each prefix of ten queries, as the search field
//    sends them after its pause (list narrowed, count, first page), median,
//    95th percentile and slowest; the facet counts run off the GUI thread and
//    are timed apart, as "facets ready";
//  - resident memory at the end and at its peak.
// Offscreen by default; prints a Markdown report.
#include "bodyview.h"
#include "cableview.h"
#include "facetmodel.h"
#include "librarydatabase.h"
#include "librarylistmodel.h"
#include "librarylocation.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "readingarea.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <unistd.h>

using namespace Reftel;
using namespace Reftel::BenchSupport;

namespace
{
QTextStream out(stdout);

// Milliseconds since the kernel started this process (field 22 of /proc/self/stat, in clock ticks).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void settle()
{
    QCoreApplication::processEvents();
}
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReftelBench"));
    QCoreApplication::setApplicationName(QStringLiteral("reftel-bench-window"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("library"), QStringLiteral("The library (e.g. the whole synthetic release)."),
        QStringLiteral("LIBRARY") });
    parser.addOption({ QStringLiteral("cables"), QStringLiteral("How many cables to open."), QStringLiteral("N"),
        QStringLiteral("200") });
    parser.process(app);
    // A file, or a team library (postgresql://..., service=...).
    const QString path = parser.value(QStringLiteral("library"));
    const LibraryLocation location = LibraryLocation::fromText(path);
    if (!location.isValid() || (!location.isServer() && !QFile::exists(path))) {
        out << "reftel-bench-window: give an existing --library FILE or a team library\n";
        return 2;
    }

    MainWindow window;
    window.resize(1440, 900);
    if (!window.openLibrary(location)) {
        out << "reftel-bench-window: cannot open " << path << "\n";
        return 1;
    }
    window.show();
    settle();
    const double launchMs = msSinceProcessStart();
    const qint64 cableCount = window.listModel()->totalCount();
    QElapsedTimer facetsTimer;
    facetsTimer.start();
    window.facetModel()->waitForCounts();
    const double firstFacetsMs = double(facetsTimer.nsecsElapsed()) / 1e6;

    // Random cables, by primary key, seeded: the same ones each run.
    QStringList ids;
    {
        QSqlQuery q(window.library()->database());
        q.exec(QStringLiteral("SELECT max(pk) FROM cables"));
        q.next();
        const qint64 maxPk = q.value(0).toLongLong();
        QRandomGenerator random(42);
        const int wanted = parser.value(QStringLiteral("cables")).toInt();
        QSqlQuery byPk(window.library()->database());
        byPk.prepare(QStringLiteral("SELECT id FROM cables WHERE pk >= ? ORDER BY pk LIMIT 1"));
        while (ids.size() < wanted && maxPk > 0) {
            byPk.addBindValue(qint64(random.bounded(quint64(maxPk))) + 1);
            if (byPk.exec() && byPk.next())
                ids << byPk.value(0).toString();
        }
    }
    QList<double> openTimes;
    for (const QString &id : std::as_const(ids)) {
        QElapsedTimer t;
        t.start();
        window.openCable(id);
        window.readingArea()->currentView()->bodyView()->viewport()->repaint();
        openTimes << double(t.nsecsElapsed()) / 1e6;
    }

    const QStringList queries { QStringLiteral("government"), QStringLiteral("manas"), QStringLiteral("corruption"),
        QStringLiteral("nuclear"), QStringLiteral("parliament"), QStringLiteral("election"), QStringLiteral("refugees"),
        QStringLiteral("ambassador"), QStringLiteral("pipeline"), QStringLiteral("tamarisk") };
    QList<double> typeTimes;
    QList<double> facetTimes;
    double slowest = 0;
    QString slowestQuery;
    for (const QString &query : queries) {
        // The field searches after a pause in typing: three letters are a realistic first pause.
        for (qsizetype n = 3; n <= query.size(); ++n) {
            const QString typed = query.left(n);
            QElapsedTimer t;
            t.start();
            window.search(typed);
            window.libraryPane()->repaint();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            typeTimes << ms;
            if (ms > slowest) {
                slowest = ms;
                slowestQuery = typed;
            }
        }
        QElapsedTimer f;
        f.start();
        window.facetModel()->waitForCounts();
        facetTimes << double(f.nsecsElapsed()) / 1e6;
    }
    window.search(QString());
    settle();

    const QLocale c = QLocale::c();
    out << "## Window on " << path << " (" << cableCount << " cables)\n\n";
    out << "| measure | result | target |\n|---|---|---|\n";
    out << "| launch to window shown with the library listed | " << c.toString(launchMs, 'f', 0)
        << " ms | < 1,500 ms |\n";
    out << "| open a cable (" << openTimes.size() << " random): median / p95 | "
        << c.toString(percentile(openTimes, 0.5), 'f', 1) << " / " << c.toString(percentile(openTimes, 0.95), 'f', 1)
        << " ms | median < 30 ms |\n";
    out << "| search as you type (" << typeTimes.size() << " prefixes of " << queries.size()
        << " words): median / p95 / slowest | " << c.toString(percentile(typeTimes, 0.5), 'f', 1) << " / "
        << c.toString(percentile(typeTimes, 0.95), 'f', 1) << " / " << c.toString(slowest, 'f', 1) << " ms (`"
        << slowestQuery << "`) | < 100 ms |\n";
    out << "| facet counts ready, off the GUI thread: first (whole library) / after a search, median | "
        << c.toString(firstFacetsMs, 'f', 0) << " / " << c.toString(percentile(facetTimes, 0.5), 'f', 0) << " ms | |\n";
    out << "| resident memory now / peak | " << statusKb("VmRSS:") / 1024 << " / " << statusKb("VmHWM:") / 1024
        << " MB | < 300 MB |\n";
    out.flush();
    return 0;
}
