// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "samplecables.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    Run reftel(QStringList args)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandLine commandLine(outStream, errStream);
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
