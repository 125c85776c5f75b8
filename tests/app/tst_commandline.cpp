// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "command.h"

#include "annotationstore.h"
#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "ordinaryuser.h"
#include "samplecables.h"
#include "syntheticcsv.h"
#include "usertagstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
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
    struct Run
    {
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
        QTest::newRow("no arguments") << QStringList { QStringLiteral("reftel") } << false;
        QTest::newRow("import") << QStringList { QStringLiteral("reftel"), QStringLiteral("import"),
            QStringLiteral("x") }
                                << true;
        QTest::newRow("library first") << QStringList { QStringLiteral("reftel"), QStringLiteral("--library"),
            QStringLiteral("f.sqlite"), QStringLiteral("stats") }
                                       << true;
        QTest::newRow("window with library") << QStringList { QStringLiteral("reftel"), QStringLiteral("--library"),
            QStringLiteral("f.sqlite") } << false;
        QTest::newRow("link") << QStringList { QStringLiteral("reftel"), QStringLiteral("reftel://09ASTANA253#5") }
                              << false;
        QTest::newRow("unknown word") << QStringList { QStringLiteral("reftel"), QStringLiteral("bogus") } << true;
        // ./dev.sh run --screenshot FILE passes the window's option on: the file is its value, not a command.
        QTest::newRow("window screenshot") << QStringList { QStringLiteral("reftel"), QStringLiteral("--screenshot"),
            QStringLiteral("shot.png") } << false;
        QTest::newRow("screenshot then command") << QStringList { QStringLiteral("reftel"),
            QStringLiteral("--screenshot"), QStringLiteral("shot.png"), QStringLiteral("stats") }
                                                 << true;
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
        QTest::newRow("unknown command") << QStringList { QStringLiteral("bogus") };
        QTest::newRow("import without path") << QStringList { QStringLiteral("import") };
        QTest::newRow("show without id") << QStringList { QStringLiteral("show") };
        QTest::newRow("json and text") << QStringList { QStringLiteral("show"), QStringLiteral("09ASTANA253"),
            QStringLiteral("--json"), QStringLiteral("--text") };
        QTest::newRow("bad limit") << QStringList { QStringLiteral("search"), QStringLiteral("manas"),
            QStringLiteral("--limit"), QStringLiteral("x") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("stats"), QStringLiteral("--frobnicate") };
        QTest::newRow("export without output")
            << QStringList { QStringLiteral("export"), QStringLiteral("--ids"), QStringLiteral("09ASTANA253") };
        QTest::newRow("export without cables")
            << QStringList { QStringLiteral("export"), QStringLiteral("--pdf"), QStringLiteral("x.pdf") };
        QTest::newRow("export bad paper") << QStringList { QStringLiteral("export"), QStringLiteral("--pdf"),
            QStringLiteral("x.pdf"), QStringLiteral("--ids"), QStringLiteral("09ASTANA253"), QStringLiteral("--paper"),
            QStringLiteral("a3") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = reftel(args);
        QCOMPARE(run.code, int(CommandLine::UsageError));
        QVERIFY(run.err.startsWith(QStringLiteral("reftel: ")));
        QVERIFY(run.out.isEmpty());
    }

    // One help a command: reftel X --help prints X's own, and the list of commands names every one.
    void eachCommandHasItsHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : CommandLine::commands())
            QTest::newRow(qPrintable(command)) << command;
    }

    void eachCommandHasItsHelp()
    {
        QFETCH(QString, command);
        const Run run = reftel({ command, QStringLiteral("--help") });
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.contains(QStringLiteral("reftel ") + command + u':'), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--library <library>")));
        // A usage error of the command shows its help.
        const Run wrong = reftel({ command, QStringLiteral("--frobnicate") });
        QCOMPARE(wrong.code, int(CommandLine::UsageError));
        QVERIFY(wrong.err.startsWith(QStringLiteral("reftel: Unknown option 'frobnicate'.")));
        QVERIFY(wrong.err.contains(run.out));
    }

    void listsEveryCommand()
    {
        const QString help = CommandLine::helpText();
        for (const std::unique_ptr<Command> &command : CommandLine::all())
            QVERIFY2(
                help.contains(QStringLiteral("\n  ") + command->synopsis() + QStringLiteral("  ")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("reftel COMMAND --help")));
        const Run run = reftel({ QStringLiteral("--help") });
        QCOMPARE(run.code, int(CommandLine::Success));
        QCOMPARE(run.out, help);
        const Run unknown = reftel({ QStringLiteral("bogus") });
        QCOMPARE(unknown.code, int(CommandLine::UsageError));
        QVERIFY(unknown.err.startsWith(QStringLiteral("reftel: unknown command \"bogus\"\n")));
        QVERIFY(unknown.err.contains(help));
    }

    // A --library value that is no library is refused with a clear message, and nothing is made for it.
    void refusesALibraryThatIsNoFile()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        const Run stats = reftel(
            { QStringLiteral("stats"), QStringLiteral("--library"), QStringLiteral("https://example.org/cables") });
        const Run exportRun = reftel({ QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("x.csv"),
            QStringLiteral("--ids"), QStringLiteral("09ASTANA253"), QStringLiteral("--library"),
            QStringLiteral("https://example.org/cables") });
        const Run server = reftel({ QStringLiteral("stats"), QStringLiteral("--library"),
            QStringLiteral("postgresql://localhost/cables?frobnicate=1") });
        QDir::setCurrent(before);
        QCOMPARE(stats.code, int(CommandLine::UsageError));
        QVERIFY2(stats.err.contains(QStringLiteral("https://example.org/cables is not a library file")),
            qPrintable(stats.err));
        QVERIFY(stats.out.isEmpty());
        QCOMPARE(exportRun.code, int(CommandLine::UsageError));
        QVERIFY(exportRun.err.contains(QStringLiteral("not a library file")));
        QCOMPARE(server.code, int(CommandLine::UsageError));
        QVERIFY2(server.err.contains(QStringLiteral("frobnicate is not a PostgreSQL connection setting")),
            qPrintable(server.err));
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {});
    }

    // The following run in order on one library.
    void importReportsEachBadFile()
    {
        // A README beside the cables is skipped, by name and with the reason; a cable that cannot be read fails.
        QFile readme(m_samples + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("# Saved cables\n\nOne file a cable, as the site gave them.\n");
        readme.close();
        {
            const Run run = reftel({ QStringLiteral("import"), m_samples });
            QCOMPARE(run.code, int(CommandLine::Success));
            QVERIFY2(run.err.contains(QStringLiteral("README.md: skipped, not a cable")), qPrintable(run.err));
            QVERIFY2(run.out.contains(QStringLiteral("5 imported")) && run.out.contains(QStringLiteral("1 not cables"))
                    && run.out.contains(QStringLiteral("0 failed")),
                qPrintable(run.out));
        }
        QFile::remove(readme.fileName());
        QFile bad(m_samples + QStringLiteral("/broken.html"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("<html><body><pre>C O N F I D E N T I A L SECTION 01 OF 02</pre></body></html>\n");
        bad.close();
        const Run run = reftel({ QStringLiteral("import"), m_samples });
        QFile::remove(bad.fileName());
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("broken.html")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("5 skipped")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("1 failed")), qPrintable(run.out));

        const Run again = reftel({ QStringLiteral("import"), m_samples });
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
        const Run run = reftel({ QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("origin:astana") });
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.startsWith(QStringLiteral("09ASTANA253  2009-02-12")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\n    \u00B61, \u00B62, \u00B611\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("APPROACH ON [MANAS], URGES"))); // the subject matched
        QVERIFY(run.out.contains(QStringLiteral("[Manas]")));

        const Run json = reftel({ QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("2") });
        QCOMPARE(json.code, int(CommandLine::Success));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("hits")).toArray().size(), 2);
        QVERIFY(doc.object().value(QStringLiteral("total")).toInt() >= 2);

        // Each cable once: date, origin, subject, its matching paragraphs in number order, its best passage marked.
        const Run russia = reftel(
            { QStringLiteral("search"), QStringLiteral("russia"), QStringLiteral("--limit"), QStringLiteral("3") });
        QCOMPARE(russia.code, int(CommandLine::Success));
        const QStringList lines = russia.out.split(u'\n', Qt::SkipEmptyParts);
        QStringList cables;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.startsWith(u' ') || !line.startsWith(QStringLiteral("09")))
                continue;
            const QString id = line.section(u' ', 0, 0);
            QVERIFY2(!cables.contains(id), qPrintable(russia.out));
            QVERIFY2(!id.contains(QChar(0x00B6)), qPrintable(line));
            cables << id;
            QVERIFY2(line.contains(QStringLiteral("Embassy Astana"))
                    && line.contains(QRegularExpression(QStringLiteral("  2009-\\d\\d-\\d\\d "))),
                qPrintable(line));
            QVERIFY(i + 3 < lines.size());
            QVERIFY2(lines.at(i + 1).startsWith(QStringLiteral("    KAZAKHSTAN")),
                qPrintable(lines.at(i + 1))); // the subject
            const QStringList numbers = lines.at(i + 2).trimmed().split(QStringLiteral(", "));
            QList<int> order;
            for (const QString &number : numbers) {
                QVERIFY2(number.startsWith(QChar(0x00B6)), qPrintable(lines.at(i + 2)));
                order << number.mid(1).toInt();
            }
            QVERIFY2(std::is_sorted(order.cbegin(), order.cend()), qPrintable(lines.at(i + 2)));
            QVERIFY2(lines.at(i + 3).contains(QStringLiteral("[Russia]")), qPrintable(lines.at(i + 3)));
        }
        QCOMPARE(cables.size(), 3);
        QVERIFY2(russia.out.trimmed().endsWith(QStringLiteral("cable(s) (showing 3)")), qPrintable(russia.out));
        // Without a limit too, a cable with many matching paragraphs is listed once.
        const Run all = reftel({ QStringLiteral("search"), QStringLiteral("russia") });
        QCOMPARE(
            all.out.count(QStringLiteral("\n09ASTANA253 ")) + int(all.out.startsWith(QStringLiteral("09ASTANA253 "))),
            1);

        const Run bad = reftel({ QStringLiteral("search"), QStringLiteral("\"unclosed") });
        QVERIFY(bad.code != int(CommandLine::Success) || bad.out.contains(QStringLiteral("cable")));
    }

    void showCleanTextAndJson()
    {
        const Run text = reftel({ QStringLiteral("show"), QStringLiteral("09ASTANA253") });
        QCOMPARE(text.code, int(CommandLine::Success));
        QVERIFY(text.out.contains(QStringLiteral(
            "SUBJECT: KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH ON MANAS, URGES BETTER U.S.-RUSSIA RELATIONS")));
        QVERIFY(text.out.contains(QStringLiteral("1. (C) SUMMARY:")));
        QVERIFY(text.out.contains(QStringLiteral("11. (C)")));
        QVERIFY(!text.out.contains(QStringLiteral("00000253 002 OF 002")));
        QCOMPARE(int(text.out.count(QStringLiteral("Classified By:"))), 1); // the repeated header is gone

        const Run json = reftel({ QStringLiteral("show"), QStringLiteral("09astana253"), QStringLiteral("--json") });
        QCOMPARE(json.code, int(CommandLine::Success));
        const QJsonObject cable = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(cable.value(QStringLiteral("id")).toString(), QStringLiteral("09ASTANA253"));
        int paragraphs = 0;
        for (const QJsonValue &section : cable.value(QStringLiteral("sections")).toArray())
            paragraphs += section.toObject().value(QStringLiteral("paragraphs")).toArray().size();
        QCOMPARE(paragraphs, 11);
        QCOMPARE(cable.value(QStringLiteral("references")).toArray().size(), 3);

        const Run missing = reftel({ QStringLiteral("show"), QStringLiteral("99NOWHERE1") });
        QCOMPARE(missing.code, int(CommandLine::PartialFailure));
        QVERIFY(missing.err.contains(QStringLiteral("99NOWHERE1")));
    }

    // A cable number as the cables write it finds the cable when the library holds it in one year only.
    void showWrittenCableNumber()
    {
        const Run written =
            reftel({ QStringLiteral("show"), QStringLiteral("ASTANA 000253"), QStringLiteral("--json") });
        QCOMPARE(written.code, int(CommandLine::Success));
        QCOMPARE(QJsonDocument::fromJson(written.out.toUtf8()).object().value(QStringLiteral("id")).toString(),
            QStringLiteral("09ASTANA253"));
        const Run withYear = reftel({ QStringLiteral("show"), QStringLiteral("09 ASTANA 253") });
        QCOMPARE(withYear.code, int(CommandLine::Success));
        const Run otherYear = reftel({ QStringLiteral("show"), QStringLiteral("08 ASTANA 253") });
        QCOMPARE(otherYear.code, int(CommandLine::PartialFailure));
    }

    void refsWithStatesAndBacklinks()
    {
        const Run run = reftel({ QStringLiteral("refs"), QStringLiteral("09ASTANA714") });
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("probable → 09ASTANA713")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("missing")));

        const Run back = reftel({ QStringLiteral("refs"), QStringLiteral("09ASTANA713"), QStringLiteral("--json") });
        QCOMPARE(back.code, int(CommandLine::Success));
        const QJsonArray citedBy =
            QJsonDocument::fromJson(back.out.toUtf8()).object().value(QStringLiteral("citedBy")).toArray();
        QVERIFY(!citedBy.isEmpty());
        QCOMPARE(
            citedBy.first().toObject().value(QStringLiteral("citingId")).toString(), QStringLiteral("09ASTANA714"));
    }

    void stats()
    {
        const Run run = reftel({ QStringLiteral("stats") });
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("Cables: 5")), qPrintable(run.out));
        const Run json = reftel({ QStringLiteral("stats"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("cables")).toInt(), 5);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("referencesProbable")).toInt()
            >= 1);
    }

    void exportWritesEveryFormat()
    {
        {
            LibraryDatabase library;
            QVERIFY(library.open(m_library));
            const qint64 tag =
                UserTagStore(library).ensurePath(QStringLiteral("Kyrgyzstan/Manas"), QStringLiteral("#e57373"));
            Annotation a;
            a.cableId = QStringLiteral("09ASTANA253");
            a.anchor = QStringLiteral("09ASTANA253\u00B62");
            a.note = QStringLiteral("Exported from the command line");
            a.tagIds = { tag };
            QVERIFY(AnnotationStore(library).create(a));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        const QString html = m_dir.filePath(QStringLiteral("cli.html"));
        const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
        const QString json = m_dir.filePath(QStringLiteral("cli.json"));
        const Run run = reftel({ QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html,
            QStringLiteral("--csv"), csv, QStringLiteral("--json"), json, QStringLiteral("--title"),
            QStringLiteral("Command line report"), QStringLiteral("--author"), QStringLiteral("Desk officer"),
            QStringLiteral("--tag"), QStringLiteral("Kyrgyzstan"), QStringLiteral("--ids"),
            QStringLiteral("09ASTANA714"), QStringLiteral("09ASTANA713") });
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
        QCOMPARE(
            QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("annotations")).toArray().size(),
            1);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, { pdf, QStringLiteral("-") });
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
        const Run run = reftel({ QStringLiteral("export"), QStringLiteral("--pdf"), bad, QStringLiteral("--ids"),
            QStringLiteral("09ASTANA253") });
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY(!QFile::exists(bad));
        const Run unknown = reftel({ QStringLiteral("export"), QStringLiteral("--csv"),
            m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--ids"), QStringLiteral("99NOWHERE1") });
        QCOMPARE(unknown.code, int(CommandLine::PartialFailure));
        QVERIFY(unknown.err.contains(QStringLiteral("99NOWHERE1")));
    }

    // Issue 13, item 10: words may start with '-' after the command.
    void queryWordsMayStartWithMinus()
    {
        const Run plain = reftel({ QStringLiteral("search"), QStringLiteral("kazakhstan"), QStringLiteral("--json") });
        const Run minus = reftel({ QStringLiteral("search"), QStringLiteral("kazakhstan"), QStringLiteral("-manas"),
            QStringLiteral("--json") });
        QVERIFY2(minus.code == int(CommandLine::Success), qPrintable(minus.err));
        const auto hits = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("hits")).toArray();
        };
        const auto total = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("total")).toInt();
        };
        QVERIFY(hits(minus).size() > 0);
        QVERIFY(total(minus) < total(plain));
        for (const QJsonValue &hit : hits(minus))
            QVERIFY(!hit.toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QStringLiteral("manas"), Qt::CaseInsensitive));
        const Run dashes = reftel(
            { QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("--library"),
                m_library, QStringLiteral("--"), QStringLiteral("-tag:OSCE"), QStringLiteral("nazarbayev") });
        QVERIFY2(dashes.code == int(CommandLine::Success), qPrintable(dashes.err));
        QVERIFY(!dashes.out.contains(QStringLiteral("09ASTANA714")));
        QVERIFY(dashes.out.contains(QStringLiteral("09ASTANA253")));
        const Run alone = reftel({ QStringLiteral("search"), QStringLiteral("-manas") });
        QCOMPARE(alone.code, int(CommandLine::UsageError));
        QVERIFY2(alone.err.contains(QStringLiteral("not excluded")), qPrintable(alone.err));
        QVERIFY(!alone.err.contains(QStringLiteral("Unknown option")));
    }

    // Item 10: what the language lacks is said, on the command line too.
    void unsupportedSyntaxIsSaid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("AND alone") << QStringLiteral("AND") << QStringLiteral("AND needs a word");
        QTest::newRow("OR NOT") << QStringLiteral("manas OR NOT russia") << QStringLiteral("OR NOT is not supported");
        QTest::newRow("NEAR") << QStringLiteral("NEAR(manas base)") << QStringLiteral("NEAR");
        QTest::newRow("to:9999") << QStringLiteral("manas to:9999") << QStringLiteral("to:9999");
        QTest::newRow("too deep") << QString(QString(30000, u'(') + QStringLiteral("manas") + QString(30000, u')'))
                                  << QStringLiteral("too deeply nested");
    }

    void unsupportedSyntaxIsSaid()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Run run = reftel({ QStringLiteral("search"), query });
        QCOMPARE(run.code, int(CommandLine::UsageError));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // Item 1: the export's query goes through the same parser.
    void exportRefusesADeepQuery()
    {
        const QString deep = QString(30000, u'(') + QStringLiteral("manas") + QString(30000, u')');
        const Run run = reftel({ QStringLiteral("export"), QStringLiteral("--csv"),
            m_dir.filePath(QStringLiteral("deep.csv")), QStringLiteral("--query"), deep });
        QVERIFY(run.code != int(CommandLine::Success));
        QVERIFY2(run.err.contains(QStringLiteral("too deeply nested")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("deep.csv"))));
    }

    // Item 10: subject search and tag prefixes work from the command line.
    void subjectAndTagPrefix()
    {
        const Run subject =
            reftel({ QStringLiteral("search"), QStringLiteral("subject:manas"), QStringLiteral("--json") });
        QCOMPARE(subject.code, int(CommandLine::Success));
        const QJsonArray hits =
            QJsonDocument::fromJson(subject.out.toUtf8()).object().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("09ASTANA253"));
        const Run prefix = reftel({ QStringLiteral("search"), QStringLiteral("tag:OSC*") });
        QCOMPARE(prefix.code, int(CommandLine::Success));
        QVERIFY2(prefix.out.contains(QStringLiteral("2 cable")), qPrintable(prefix.out));
        QVERIFY(
            prefix.out.contains(QStringLiteral("09ASTANA714")) && prefix.out.contains(QStringLiteral("09ASTANA1399")));
    }

    // Item 10: a count that stops at the window of hits says so.
    void totalSaysWhenItStops()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("cables.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::syntheticCsv(1100));
        file.close();
        const QString library = dir.filePath(QStringLiteral("big.sqlite"));
        QCOMPARE(reftel({ QStringLiteral("import"), csv, QStringLiteral("--library"), library }).code,
            int(CommandLine::Success));
        const Run run =
            reftel({ QStringLiteral("search"), QStringLiteral("jurisdictions"), QStringLiteral("--library"), library });
        QCOMPARE(run.code, int(CommandLine::Success));
        QVERIFY2(run.out.contains(QStringLiteral("at least ")), qPrintable(run.out.right(200)));
        QVERIFY(run.out.contains(QStringLiteral("counting stops there")));
        const Run json = reftel({ QStringLiteral("search"), QStringLiteral("jurisdictions"), QStringLiteral("--json"),
            QStringLiteral("--library"), library });
        QVERIFY(
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("totalIsLowerBound")).toBool());
    }

    // Item 4: reading commands never create a library or its folders.
    void readingCommandsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("stats") << QStringList { QStringLiteral("stats") };
        QTest::newRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("manas") };
        QTest::newRow("show") << QStringList { QStringLiteral("show"), QStringLiteral("09ASTANA253") };
        QTest::newRow("refs") << QStringList { QStringLiteral("refs"), QStringLiteral("09ASTANA253") };
        QTest::newRow("export") << QStringList { QStringLiteral("export"), QStringLiteral("--csv"),
            QStringLiteral("/dev/null"), QStringLiteral("--ids"), QStringLiteral("09ASTANA253") };
    }

    void readingCommandsCreateNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
        const QString library = folder + QStringLiteral("/library.sqlite");
        const Run run = reftel(args + QStringList { QStringLiteral("--library"), library });
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("no such file")), qPrintable(run.err));
        QVERIFY(run.err.contains(library));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }

    // Item 4: a library in a read-only folder can be read.
    void readOnlyFolderCanBeRead()
    {
        QTemporaryDir dir;
        Testing::openUp(dir.path());
        const QString folder = dir.filePath(QStringLiteral("shelf"));
        QVERIFY(QDir().mkpath(folder));
        const QString library = folder + QStringLiteral("/library.sqlite");
        QVERIFY(QFile::copy(m_library, library));
        QVERIFY(QFile::setPermissions(library, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        Run stats, search, show;
        QVERIFY(Testing::asOrdinaryUser([&] {
            stats = reftel({ QStringLiteral("stats"), QStringLiteral("--library"), library });
            search =
                reftel({ QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--library"), library });
            show =
                reftel({ QStringLiteral("show"), QStringLiteral("09ASTANA253"), QStringLiteral("--library"), library });
        }));
        QVERIFY2(stats.code == int(CommandLine::Success), qPrintable(stats.err));
        QVERIFY(stats.out.contains(QStringLiteral("Cables: 5")));
        QVERIFY2(search.code == int(CommandLine::Success), qPrintable(search.err));
        QVERIFY(search.out.contains(QStringLiteral("09ASTANA253")));
        QVERIFY2(show.code == int(CommandLine::Success), qPrintable(show.err));
        QVERIFY(show.out.contains(QStringLiteral("KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH")));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("library.sqlite") });
    }

    // Item 4: importing into a read-only file fails once, naming the cause.
    void readOnlyFileFailsOnce()
    {
        QTemporaryDir dir;
        Testing::openUp(dir.path());
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(QFile::copy(m_library, library));
        QVERIFY(QFile::setPermissions(library, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QString csv = dir.filePath(QStringLiteral("cables.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::syntheticCsv(20));
        file.close();
        Run run;
        QVERIFY(Testing::asOrdinaryUser(
            [&] { run = reftel({ QStringLiteral("import"), csv, QStringLiteral("--library"), library }); }));
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QCOMPARE(run.err.count(QStringLiteral("reftel: ")), 1);
        QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
        QVERIFY(run.err.contains(library));
    }

    // Item 2: a search after an import that stopped before indexing finds
    // the cables it stored.
    void searchFinishesAnInterruptedIndex()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        {
            LibraryDatabase db;
            QVERIFY(db.open(library));
            CableWriter store(db);
            store.setIndexingDeferred(true); // what an import does until its end
            QVERIFY(store.begin());
            for (const QString &path : SampleCables::paths()) {
                for (const Cable &cable :
                    DocumentParser::parse(SampleCables::contents(path), QFileInfo(path).fileName()))
                    QVERIFY(store.store(cable, path) != CableWriter::StoreResult::Failed);
            }
            QVERIFY(store.commit()); // and then it was killed
            QCOMPARE(db.cables().unindexedCount(), 5);
        }
        const Run run =
            reftel({ QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--library"), library });
        QVERIFY2(run.code == int(CommandLine::Success), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("09ASTANA253")), qPrintable(run.out));
        LibraryDatabase db;
        QVERIFY(db.openForReading(library));
        QCOMPARE(CableReader(db).unindexedCount(), 0);
    }

    // Item 2: where the index cannot be finished, the search says so.
    void incompleteIndexIsSaid()
    {
        QTemporaryDir dir;
        Testing::openUp(dir.path());
        const QString folder = dir.filePath(QStringLiteral("shelf"));
        QVERIFY(QDir().mkpath(folder));
        const QString library = folder + QStringLiteral("/library.sqlite");
        {
            LibraryDatabase db;
            QVERIFY(db.open(library));
            CableWriter store(db);
            store.setIndexingDeferred(true);
            QVERIFY(store.begin());
            const QString path = SampleCables::paths().constFirst();
            for (const Cable &cable : DocumentParser::parse(SampleCables::contents(path), QFileInfo(path).fileName()))
                QVERIFY(store.store(cable, path) != CableWriter::StoreResult::Failed);
            QVERIFY(store.commit());
        }
        QVERIFY(QFile::setPermissions(library, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        Run run;
        QVERIFY(Testing::asOrdinaryUser([&] {
            run = reftel({ QStringLiteral("search"), QStringLiteral("manas"), QStringLiteral("--library"), library });
        }));
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("the search index lacks 1 cable")), qPrintable(run.err));
    }

    void unreadableLibraryIsReported()
    {
        const QString notADatabase = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const Run run = reftel({ QStringLiteral("stats"), QStringLiteral("--library"), notADatabase });
        QCOMPARE(run.code, int(CommandLine::PartialFailure));
        QVERIFY2(run.err.contains(QStringLiteral("garbage.sqlite")), qPrintable(run.err));
    }
};

// A QGuiApplication: export lays out text.
QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
