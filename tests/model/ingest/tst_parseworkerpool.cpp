// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworkerpool.h"

#include "cablecompare.h"
#include "jobparser.h"
#include "releasecsvreader.h"
#include "samplecables.h"
#include "syntheticcsv.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

namespace
{
ParseJob sample(const QString &path)
{
    ParseJob job;
    job.kind = ParseJob::Kind::Bytes;
    job.source = path;
    job.bytes = SampleCables::contents(path);
    job.size = job.bytes.size();
    return job;
}

// A sample with a marker for the faulty parser in its last paragraph.
ParseJob marked(const QString &path, const QByteArray &marker)
{
    ParseJob job = sample(path);
    job.source =
        QFileInfo(path).baseName() + QStringLiteral("-") + QString::fromLatin1(marker) + QStringLiteral(".txt");
    job.bytes += "\n" + marker + "\n";
    return job;
}

QList<ParseJob> csvRows(int count)
{
    QByteArray csv = Testing::syntheticCsv(count);
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    ReleaseCsvReader reader(&buffer, QStringLiteral("cables.csv"));
    QList<ParseJob> jobs;
    RawCable raw;
    while (reader.readNext(&raw)) {
        ParseJob job;
        job.kind = ParseJob::Kind::CsvRow;
        job.source = raw.sourceName;
        job.bytes = raw.originalBytes;
        jobs << job;
    }
    return jobs;
}

ParseWorkerPool::Options faulty(int batchSize = 4, int timeoutMs = 10000)
{
    ParseWorkerPool::Options options;
    options.program = QStringLiteral(REFTEL_FAULTY_PARSE_WORKER);
    options.processes = 2;
    options.batchSize = batchSize;
    options.documentTimeoutMs = timeoutMs;
    return options;
}

QStringList errors(const QList<ParseResult> &results)
{
    QStringList found;
    for (const ParseResult &result : results)
        found << result.error;
    return found;
}
}

class TestParseWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What comes back from the parser processes is what parsing here gives,
    // field for field: documents, files read by the parser, CSV rows.
    void resultsAreThoseOfParsingInProcess()
    {
        QTemporaryDir dir;
        QList<ParseJob> jobs;
        for (const QString &path : SampleCables::paths())
            jobs << sample(path);
        ParseJob file;
        file.source = QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/10ASTANA72.html");
        file.size = QFileInfo(file.source).size();
        jobs << file;
        jobs << csvRows(40);

        ParseWorkerPool pool({});
        pool.submit(jobs.mid(0, 20));
        pool.submit(jobs.mid(20));
        QList<ParseResult> results = pool.take();
        results << pool.take();
        QCOMPARE(pool.errorString(), QString());
        QCOMPARE(results.size(), jobs.size());
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const ParseResult here = JobParser::parse(jobs.at(i));
            const ParseResult &there = results.at(i);
            QCOMPARE(there.path, jobs.at(i).source);
            QCOMPARE(there.size, jobs.at(i).size);
            QCOMPARE(there.error, here.error);
            QCOMPARE(there.digest, here.digest);
            QCOMPARE(there.cables.size(), here.cables.size());
            for (qsizetype c = 0; c < here.cables.size(); ++c)
                QCOMPARE(Testing::difference(there.cables.at(c), here.cables.at(c)), QString());
        }
    }

    // A crash in the middle of a batch: the document is tried again alone,
    // then reported; the rest of the batch, and of the chunk, is parsed.
    void aCrashFailsOnlyItsDocument()
    {
        const QStringList paths = SampleCables::paths();
        QList<ParseJob> jobs;
        for (const QString &path : paths)
            jobs << sample(path);
        jobs.insert(2, marked(paths.first(), "REFTEL-TEST-CRASH"));

        ParseWorkerPool pool(faulty());
        pool.submit(jobs);
        const QList<ParseResult> results = pool.take();
        QCOMPARE(results.size(), jobs.size());
        QCOMPARE(pool.errorString(), QString());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).path, jobs.at(i).source);
            if (i == 2) {
                QCOMPARE(results.at(i).error, jobs.at(i).source + QStringLiteral(": the parser crashed on this file."));
                QVERIFY(results.at(i).cables.isEmpty());
            } else {
                QVERIFY2(results.at(i).error.isEmpty(), qPrintable(results.at(i).error));
                QCOMPARE(results.at(i).cables.size(), 1);
            }
        }
        // The pool goes on with new processes.
        pool.submit({ sample(paths.last()) });
        QCOMPARE(errors(pool.take()), QStringList { QString() });
    }

    // "Alone" is a fresh process with nothing else to parse: a document that
    // brings the parser down only after others passes then.
    void theRetryIsAlone()
    {
        const QStringList paths = SampleCables::paths();
        QList<ParseJob> jobs { sample(paths.at(0)), marked(paths.at(1), "REFTEL-TEST-CRASH-IN-COMPANY"),
            sample(paths.at(2)) };
        ParseWorkerPool pool(faulty(8));
        pool.submit(jobs);
        const QList<ParseResult> results = pool.take();
        QCOMPARE(errors(results), (QStringList { QString(), QString(), QString() }));
        QCOMPARE(results.at(1).cables.size(), 1);
    }

    // A hang is cut at the time limit, twice, and reported with it; the
    // other rows go on meanwhile.
    void aHangIsCutAtTheTimeLimit()
    {
        QList<ParseJob> jobs = csvRows(12);
        jobs[5].bytes.replace("SUBJECT", "REFTEL-TEST-HANG SUBJECT");
        QVERIFY(jobs.at(5).bytes.contains("REFTEL-TEST-HANG"));
        ParseWorkerPool pool(faulty(4, 1500));
        QElapsedTimer timer;
        timer.start();
        pool.submit(jobs);
        const QList<ParseResult> results = pool.take();
        QVERIFY(timer.elapsed() >= 3000); // tried twice
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (i == 5)
                QCOMPARE(results.at(i).error, QStringLiteral("cables.csv:6: parsing took more than 1.5 s."));
            else
                QVERIFY2(
                    results.at(i).error.isEmpty() && results.at(i).cables.size() == 1, qPrintable(results.at(i).error));
        }
    }

    void aCrashingRowIsNamedAsARow()
    {
        QList<ParseJob> jobs = csvRows(3);
        jobs[1].bytes.replace("SUBJECT", "REFTEL-TEST-CRASH SUBJECT");
        ParseWorkerPool pool(faulty());
        pool.submit(jobs);
        QCOMPARE(errors(pool.take()),
            (QStringList { QString(), QStringLiteral("cables.csv:2: the parser crashed on this row."), QString() }));
    }

    // An answer this Reftel cannot read is not taken for a crash: the
    // document is named with what happened, the others are parsed.
    void anUnreadableAnswerIsSaidApart()
    {
        const QStringList paths = SampleCables::paths();
        QList<ParseJob> jobs { sample(paths.at(0)), marked(paths.at(1), "REFTEL-TEST-UNREADABLE"),
            sample(paths.at(2)) };
        QList<ParseJob> rows = csvRows(2);
        rows[1].bytes.replace("SUBJECT", "REFTEL-TEST-UNREADABLE SUBJECT");
        jobs << rows;
        ParseWorkerPool pool(faulty());
        pool.submit(jobs);
        QCOMPARE(errors(pool.take()),
            (QStringList { QString(),
                jobs.at(1).source + QStringLiteral(": Reftel could not read what its parser made of this file."),
                QString(), QString(),
                QStringLiteral("cables.csv:2: Reftel could not read what its parser made of this row.") }));
    }

    // The parser's messages come in the import's language: the processes
    // carry Reftel's translations and are told which.
    void messagesAreInTheImportsLanguage()
    {
        ParseJob notes;
        notes.kind = ParseJob::Kind::Bytes;
        notes.source = QStringLiteral("notes.txt");
        notes.bytes = "Remember to buy milk.\n";
        const QString english = JobParser::parse(notes).error; // this process has no translations
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
            ParseWorkerPool::Options options;
            options.languages = { language };
            ParseWorkerPool pool(options);
            pool.submit({ notes });
            const QString error = pool.take().first().error;
            QVERIFY2(error.startsWith(QStringLiteral("notes.txt: ")), qPrintable(error));
            QCOMPARE(error == english, language == u"en");
        }
    }

    // No parser at all, or a program that is not one: said once, naming the
    // program, and every job fails at once instead of waiting.
    void aParserThatDoesNotStartEndsTheStage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/reftel-parse") << QString();
        QTest::newRow("not a parser") << QStringLiteral("/bin/echo") << QStringLiteral("does not speak");
        QTest::newRow("ends at once") << QStringLiteral("/bin/true") << QStringLiteral("ended as it started");
    }

    void aParserThatDoesNotStartEndsTheStage()
    {
        QFETCH(QString, program);
        QFETCH(QString, reason);
        ParseWorkerPool::Options options;
        options.program = program;
        ParseWorkerPool pool(options);
        const QList<ParseJob> jobs = csvRows(5);
        pool.submit(jobs);
        const QList<ParseResult> results = pool.take();
        QCOMPARE(results.size(), jobs.size());
        const QString error = pool.errorString();
        QVERIFY2(error.contains(program) && error.contains(reason), qPrintable(error));
        QCOMPARE(errors(results), QStringList(jobs.size(), error));
        pool.submit(jobs.mid(0, 2));
        QCOMPARE(errors(pool.take()), QStringList(2, error));
    }
};

QTEST_GUILESS_MAIN(TestParseWorkerPool)
#include "tst_parseworkerpool.moc"
