// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablereader.h"
#include "cablewriter.h"
#include "commandline.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "syntheticcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <optional>

using namespace Reftel;

namespace
{
constexpr int Rows = 400;

// Each cable's subject gets a word of its own ("zq17"), so that every
// stored cable can be looked for by it.
QByteArray csvWithOwnSubjects()
{
    QByteArray csv = Testing::syntheticCsv(Rows);
    const QByteArray subject = "SUBJECT:  EXTENDED NATIONAL";
    qsizetype at = 0;
    for (int k = 1; (at = csv.indexOf(subject, at)) >= 0; ++k) {
        const QByteArray replacement = subject + " ZQ" + QByteArray::number(k);
        csv.replace(at, subject.size(), replacement);
        at += replacement.size();
    }
    return csv;
}

CableStats statsOf(const QString &path)
{
    LibraryDatabase library;
    return library.openForReading(path) ? CableReader(library).stats() : CableStats {};
}

// /proc/<pid>/stat: "pid (name) state ppid ...".
struct ProcessStat
{
    QString name;
    char state = 0;
    qint64 parent = 0;
};

std::optional<ProcessStat> statOf(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open || close + 4 >= line.size())
        return std::nullopt;
    ProcessStat stat;
    stat.name = QString::fromUtf8(line.sliced(open + 1, close - open - 1));
    stat.state = line.at(close + 2);
    stat.parent = line.sliced(close + 4).split(' ').value(0).toLongLong();
    return stat;
}

// The parser processes (reftel-parse...) that process pid started.
QStringList parsersOf(qint64 pid)
{
    QStringList found;
    const QStringList all = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : all) {
        const std::optional<ProcessStat> stat = statOf(entry);
        if (stat && stat->parent == pid && stat->name.startsWith(QStringLiteral("reftel-parse")))
            found << entry;
    }
    return found;
}

// Those of pids that still run (a zombie has ended: it only waits to be reaped).
QStringList stillRunning(const QStringList &pids)
{
    QStringList alive;
    for (const QString &pid : pids) {
        const std::optional<ProcessStat> stat = statOf(pid);
        if (stat && stat->state != 'Z' && stat->state != 'X' && stat->name.startsWith(QStringLiteral("reftel-parse")))
            alive << pid;
    }
    return alive;
}
}

// An import killed at random moments (SIGKILL, in a child process): after
// each kill the library is sound, every cable it holds can be found by a
// word of its subject, and importing again ends where an import that was
// never killed ends.
class TestCrashConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;
    CableStats m_whole; // after an import that was not killed
    qint64 m_importMs = 0;

    int search(const QString &library, const QString &query, QString *out)
    {
        QString output, errors;
        QTextStream outStream(&output), errStream(&errors);
        CommandLine commandLine(outStream, errStream);
        const int code =
            commandLine.run({ QStringLiteral("reftel"), QStringLiteral("search"), query, QStringLiteral("--json"),
                QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--library"), library });
        outStream.flush();
        *out = output + errors;
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_csv = m_dir.filePath(QStringLiteral("cables.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csvWithOwnSubjects());
        file.close();
        const QString whole = m_dir.filePath(QStringLiteral("whole.sqlite"));
        QElapsedTimer timer;
        timer.start();
        {
            LibraryDatabase library;
            QVERIFY(library.open(whole));
            LibraryImporter importer(library);
            importer.setBatchSize(20);
            QVERIFY(importer.run({ m_csv }).ok());
        }
        m_importMs = timer.elapsed();
        m_whole = statsOf(whole);
        QCOMPARE(m_whole.cables, qint64(Rows));
    }

    void killedAtRandomMoments()
    {
        QElapsedTimer total;
        total.start();
        const quint32 seed = qEnvironmentVariableIsSet("REFTEL_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("REFTEL_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (REFTEL_CRASH_SEED repeats it); an import takes %lld ms", seed,
            static_cast<long long>(m_importMs));
        QRandomGenerator random(seed);
        int killedMidway = 0;
        for (int round = 0; round < 20; ++round) {
            const QString library = m_dir.filePath(QStringLiteral("round%1.sqlite").arg(round));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("REFTEL_CRASH_CHILD"), library);
            env.insert(QStringLiteral("REFTEL_CRASH_CSV"), m_csv);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Once the child has committed its first batch, the kill falls
            // anywhere in the time the rest of an import takes (polling,
            // since a loaded machine makes the child slower than the import
            // timed above).
            QVERIFY(child.waitForReadyRead(30000));
            QTRY_VERIFY_WITH_TIMEOUT(statsOf(library).cables > 0 || child.state() == QProcess::NotRunning, 30000);
            QTest::qWait(int(random.bounded(qint64(m_importMs) * 3 / 5 + 1)));
            const bool running = child.state() == QProcess::Running;
            if (running) {
                const QStringList parsers = parsersOf(child.processId());
                child.kill(); // SIGKILL
                QVERIFY(child.waitForFinished(30000));
                // Its parser processes end with it.
                QTRY_COMPARE_WITH_TIMEOUT(stillRunning(parsers), QStringList(), 5000);
            }

            const qint64 stored = statsOf(library).cables;
            killedMidway += running && stored > 0 && stored < Rows ? 1 : 0;
            {
                LibraryDatabase db;
                QVERIFY2(db.open(library), qPrintable(db.errorString()));
                QSqlQuery check(db.database());
                QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
                QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            }
            // Searching finishes what the killed import left unindexed:
            // then every stored cable is in the subject index under its word,
            // and a few, picked at random, are found by reftel search.
            QString out;
            QCOMPARE(search(library, QStringLiteral("zq1"), &out), int(CommandLine::Success));
            {
                LibraryDatabase db;
                QVERIFY(db.openForReading(library));
                QCOMPARE(CableReader(db).unindexedCount(), 0);
                QSqlQuery indexed(db.database());
                QVERIFY(indexed.exec(QStringLiteral("SELECT count(*) FROM subjects_fts WHERE subjects_fts MATCH 'zq*'"))
                    && indexed.next());
                QCOMPARE(indexed.value(0).toLongLong(), stored);
                QSqlQuery ids(db.database());
                QVERIFY(ids.exec(QStringLiteral("SELECT id, subject FROM cables ORDER BY random() LIMIT 3")));
                while (ids.next()) {
                    const QString word = QRegularExpression(QStringLiteral("ZQ\\d+"))
                                             .match(ids.value(1).toString())
                                             .captured()
                                             .toLower();
                    QVERIFY(!word.isEmpty());
                    QCOMPARE(search(library, word, &out), int(CommandLine::Success));
                    QVERIFY2(out.contains(ids.value(0).toString()), qPrintable(word + u' ' + out));
                }
            }
            // Importing again completes it, to the counts of an import never killed.
            {
                LibraryDatabase db;
                QVERIFY(db.open(library));
                const LibraryImporter::Summary again = LibraryImporter(db).run({ m_csv });
                QVERIFY(again.ok());
                QCOMPARE(qint64(again.skipped), stored);
            }
            const CableStats after = statsOf(library);
            QCOMPARE(after.cables, m_whole.cables);
            QCOMPARE(after.paragraphs, m_whole.paragraphs);
            QCOMPARE(after.sources, m_whole.sources);
            QCOMPARE(after.referencesResolved + after.referencesMissing + after.referencesProbable,
                m_whole.referencesResolved + m_whole.referencesMissing + m_whole.referencesProbable);
            QFile::remove(library);
        }
        qInfo(
            "20 kills, %d of them half-way through, in %lld ms", killedMidway, static_cast<long long>(total.elapsed()));
        QVERIFY2(killedMidway >= 5, "most kills should fall while cables are being stored");
    }

    // A parser process stuck on a document (it reads no more input, so it
    // would never see its input close) still ends when the import that
    // started it is killed: no parser is left running, orphaned, for ever.
    void aKilledImportTakesItsParsersWithIt()
    {
        QByteArray csv = Testing::syntheticCsv(40);
        const qsizetype subject = csv.indexOf("SUBJECT");
        QVERIFY(subject > 0);
        csv.insert(subject, "REFTEL-TEST-HANG ");
        const QString path = m_dir.filePath(QStringLiteral("hang.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        const QString library = m_dir.filePath(QStringLiteral("hang.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REFTEL_CRASH_CHILD"), library);
        env.insert(QStringLiteral("REFTEL_CRASH_CSV"), path);
        env.insert(QStringLiteral("REFTEL_CRASH_WORKER"), QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        // Both parsers started, the first with the batch that hangs it (the
        // first 32 rows; the import waits for its time limit).
        QStringList parsers;
        QTRY_VERIFY_WITH_TIMEOUT((parsers = parsersOf(child.processId())).size() == 2, 30000);
        QTest::qWait(1000);
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(stillRunning(parsers).size(), 2);

        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QTRY_COMPARE_WITH_TIMEOUT(stillRunning(parsers), QStringList(), 5000);
    }
};

// The child: imports slowly enough to be killed at any point of it.
static int crashChild(const QString &library, const QString &csv)
{
    LibraryDatabase db;
    if (!db.open(library))
        return 2;
    LibraryImporter importer(db);
    importer.setBatchSize(20);
    if (const QString worker = qEnvironmentVariable("REFTEL_CRASH_WORKER"); !worker.isEmpty()) {
        importer.setWorkerProgram(worker);
        importer.setDocumentTimeout(600000); // a hang lasts as long as the test needs
    }
    std::fputs("started\n", stdout);
    std::fflush(stdout);
    importer.run({ csv });
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("REFTEL_CRASH_CHILD");
    if (!child.isEmpty())
        return crashChild(child, qEnvironmentVariable("REFTEL_CRASH_CSV"));
    TestCrashConsistency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashconsistency.moc"
