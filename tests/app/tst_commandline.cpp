// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "annotationstore.h"
#include "librarydatabase.h"
#include "samplecables.h"
#include "usertagstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Reftel;

// Runs the commands in-process, as "reftel ..." would, on a real library file.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run reftel(QStringList args, const QString &parseWorker = {})
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandLine commandLine(outStream, errStream);
        if (!parseWorker.isEmpty())
            commandLine.setParseWorker(parseWorker);
        args.prepend(QStringLiteral("reftel"));
        if (!args.contains(QStringLiteral("--library")))
            args << QStringLiteral("--library") << m_library;
        Run run;
        run.code = commandLine.run(args);
        outStream.flush();
        errStream.flush();
        run.out = out;
        run.err = err;
        return run;
    }

    QTemporaryDir m_dir;
    QString m_library;
    QString m_samples;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_samples = m_dir.filePath(QStringLiteral("samples"));
        QDir().mkpath(m_samples);
        for (const QString &path : SampleCables::paths()) {
            QFile out(m_samples + u'/' + QFileInfo(path).fileName());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(SampleCables::contents(path));
        }
    }

    void recognisesCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("command");
        QTest::newRow("no arguments") << QStringList{QStringLiteral("reftel")} << false;
        QTest::newRow("import") << QStringList{QStringLiteral("reftel"), QStringLiteral("import"), QStringLiteral("x")} << true;
        QTest::newRow("library first") << QStringList{QStringLiteral("reftel"), QStringLiteral("--library"), QStringLiteral("f.sqlite"),
                                                      QStringLiteral("stats")}
                                       << true;
        QTest::newRow("window with library") << QStringList{QStringLiteral("reftel"), QStringLiteral("--library"), QStringLiteral("f.sqlite")}
                                             << false;
        QTest::newRow("link") << QStringList{QStringLiteral("reftel"), QStringLiteral("reftel://09ASTANA253#5")} << false;
        QTest::newRow("unknown word") << QStringList{QStringLiteral("reftel"), QStringLiteral("bogus")} << true;
    }

    void recognisesCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, command);
        QCOMPARE(CommandLine::isCommand(args), command);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")};
        QTest::newRow("import without path") << QStringList{QStringLiteral("import")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("json and text") << QStringList{QStringLiteral("show"), QStringLiteral("09ASTANA253"), QStringLiteral("--json"),
                                                      QStringLiteral("--text")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--limit"), QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--frobnicate")};
        QTest::newRow("export without output") << QStringList{QStringLiteral("export"), QStringLiteral("--ids"), QStringLiteral("09ASTANA253")};
        QTest::newRow("export without cables") << QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")};
        QTest::newRow("export bad paper") << QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
                                                         QStringLiteral("--ids"), QStringLiteral("09ASTANA253"), QStringLiteral("--paper"),
                                                         QStringLiteral("a3")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = reftel(args);
        QCOMPARE(run.code, int(CommandLine::UsageError));
        QVERIFY(run.err.startsWith(QStringLiteral("reftel: ")));
        QVERIFY(run.out.isEmpty());
    }

    // The following run in order on one library.
    void importReportsEachBadFile()
    {
        QFile bad(m_samples + QStringLiteral("/broken.txt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a cable at all\n");
        bad.close();
        const Run run = reftel({QStringLiteral("import"), m_samples});
        QFile::remove(bad.fileName());
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("broken.txt")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("5 imported")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("1 failed")), qPrintable(run.out));

        const Run again = reftel({QStringLiteral("import"), m_samples});
        QCOMPARE(again.code, int(CommandLine::Success));
        QVERIFY2(again.out.contains(QStringLiteral("5 skipped")), qPrintable(again.out));
    }

    // A file that crashes the parser: named on stderr with the reason,
    // counted as failed, the rest imported; the exit code says so.
    void importNamesAFileThatCrashesTheParser()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(in);
        for (const QString &path : SampleCables::paths()) {
            QFile out(in + u'/' + QFileInfo(path).fileName());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(SampleCables::contents(path));
        }
        QFile crash(in + QStringLiteral("/09ASTANA999.txt"));
        QVERIFY(crash.open(QIODevice::WriteOnly));
        crash.write(SampleCables::contents(SampleCables::paths().first()) + "\nREFTEL-TEST-CRASH\n");
        crash.close();
        const Run run = reftel(
            { QStringLiteral("import"), in, QStringLiteral("--library"), dir.filePath(QStringLiteral("l.sqlite")) },
            QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(crash.fileName() + QStringLiteral(": the parser crashed on this file.")),
            qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("5 imported")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("1 failed")), qPrintable(run.out));
    }

    void searchFindsParagraphs()
    {
        const Run run = reftel({QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("origin:astana")});
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("09ASTANA253\u00B6")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("[Manas]")));

        const Run json = reftel({QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                 QStringLiteral("2")});
        QCOMPARE(json.code, int(CommandLine::Success));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("hits")).toArray().size(), 2);
        QVERIFY(doc.object().value(QStringLiteral("total")).toInt() >= 2);

        const Run bad = reftel({QStringLiteral("search"), QStringLiteral("\"unclosed")});
        QVERIFY(bad.code != int(CommandLine::Success) || bad.out.contains(QStringLiteral("hit")));
    }

    void showCleanTextAndJson()
    {
        const Run text = reftel({QStringLiteral("show"), QStringLiteral("09ASTANA253")});
        QCOMPARE(text.code, int(CommandLine::Success));
        QVERIFY(text.out.contains(QStringLiteral("SUBJECT: KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH ON MANAS, URGES BETTER U.S.-RUSSIA RELATIONS")));
        QVERIFY(text.out.contains(QStringLiteral("1. (C) SUMMARY:")));
        QVERIFY(text.out.contains(QStringLiteral("11. (C)")));
        QVERIFY(!text.out.contains(QStringLiteral("00000253 002 OF 002")));
        QCOMPARE(int(text.out.count(QStringLiteral("Classified By:"))), 1); // the repeated header is gone

        const Run json = reftel({QStringLiteral("show"), QStringLiteral("09astana253"), QStringLiteral("--json")});
        QCOMPARE(json.code, int(CommandLine::Success));
        const QJsonObject cable = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(cable.value(QStringLiteral("id")).toString(), QStringLiteral("09ASTANA253"));
        int paragraphs = 0;
        for (const QJsonValue &section : cable.value(QStringLiteral("sections")).toArray())
            paragraphs += section.toObject().value(QStringLiteral("paragraphs")).toArray().size();
        QCOMPARE(paragraphs, 11);
        QCOMPARE(cable.value(QStringLiteral("references")).toArray().size(), 3);

        const Run missing = reftel({QStringLiteral("show"), QStringLiteral("99NOWHERE1")});
        QCOMPARE(missing.code, int(CommandLine::PartialFailure));
        QVERIFY(missing.err.contains(QStringLiteral("99NOWHERE1")));
    }

    void refsWithStatesAndBacklinks()
    {
        const Run run = reftel({QStringLiteral("refs"), QStringLiteral("09ASTANA714")});
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("probable → 09ASTANA713")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("missing")));

        const Run back = reftel({QStringLiteral("refs"), QStringLiteral("09ASTANA713"), QStringLiteral("--json")});
        QCOMPARE(back.code, int(CommandLine::Success));
        const QJsonArray citedBy = QJsonDocument::fromJson(back.out.toUtf8()).object().value(QStringLiteral("citedBy")).toArray();
        QVERIFY(!citedBy.isEmpty());
        QCOMPARE(citedBy.first().toObject().value(QStringLiteral("citingId")).toString(), QStringLiteral("09ASTANA714"));
    }

    void stats()
    {
        const Run run = reftel({QStringLiteral("stats")});
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("Cables: 5")), qPrintable(run.out));
        const Run json = reftel({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("cables")).toInt(), 5);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("referencesProbable")).toInt() >= 1);
    }

    void exportWritesEveryFormat()
    {
        {
            LibraryDatabase library;
            QVERIFY(library.open(m_library));
            const qint64 tag = UserTagStore(library).ensurePath(QStringLiteral("Kyrgyzstan/Manas"), QStringLiteral("#e57373"));
            Annotation a;
            a.cableId = QStringLiteral("09ASTANA253");
            a.anchor = QStringLiteral("09ASTANA253\u00B62");
            a.note = QStringLiteral("Exported from the command line");
            a.tagIds = {tag};
            QVERIFY(AnnotationStore(library).create(a));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        const QString html = m_dir.filePath(QStringLiteral("cli.html"));
        const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
        const QString json = m_dir.filePath(QStringLiteral("cli.json"));
        const Run run = reftel({QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html, QStringLiteral("--csv"), csv,
                                QStringLiteral("--json"), json, QStringLiteral("--title"), QStringLiteral("Command line report"),
                                QStringLiteral("--author"), QStringLiteral("Desk officer"), QStringLiteral("--tag"), QStringLiteral("Kyrgyzstan"),
                                QStringLiteral("--ids"), QStringLiteral("09ASTANA714"), QStringLiteral("09ASTANA713")});
        QVERIFY2(run.code == int(CommandLine::Success), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("3 cable")), qPrintable(run.out));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(htmlText.contains(QStringLiteral("Command line report")));
        QVERIFY(htmlText.contains(QStringLiteral("Exported from the command line")));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("Exported from the command line"));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("annotations")).toArray().size(), 1);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(QStringLiteral("Command line report")));
        QVERIFY(text.contains(QStringLiteral("Desk officer")));
        QVERIFY(text.contains(QStringLiteral("KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH")));
        QVERIFY(text.contains(QStringLiteral("Exported from the command line")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    void exportFailureIsReported()
    {
        const QString bad = m_dir.filePath(QStringLiteral("missing/folder/out.pdf"));
        const Run run = reftel({QStringLiteral("export"), QStringLiteral("--pdf"), bad, QStringLiteral("--ids"), QStringLiteral("09ASTANA253")});
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY(!QFile::exists(bad));
        const Run unknown = reftel({QStringLiteral("export"), QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("x.csv")),
                                    QStringLiteral("--ids"), QStringLiteral("99NOWHERE1")});
        QCOMPARE(unknown.code, int(CommandLine::PartialFailure));
        QVERIFY(unknown.err.contains(QStringLiteral("99NOWHERE1")));
    }

    void unreadableLibraryIsReported()
    {
        const QString notADatabase = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const Run run = reftel({QStringLiteral("stats"), QStringLiteral("--library"), notADatabase});
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("garbage.sqlite")), qPrintable(run.err));
    }
};

// A QGuiApplication: export lays out text.
QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
