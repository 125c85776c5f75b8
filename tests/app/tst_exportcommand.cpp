// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel export: the files to write, the cables, the report's options, and its help.
class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheOutputsAndTheSelection()
    {
        ExportCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"export"_s, u"--json"_s, u"a.json"_s, u"--pdf"_s, u"r.pdf"_s,
                     u"--ids"_s, u"09ASTANA253,09astana714"_s, u"09ASTANA713"_s, u"--tag"_s, u"Manas"_s, u"--tag"_s,
                     u"Russia"_s, u"--query"_s, u"origin:astana"_s })),
            int(Command::Parsed::Run));
        // The report first, then the annotations, whatever the order on the command line.
        const QList<ExportCommand::Output> outputs { { ReportExporter::Format::Pdf, u"r.pdf"_s },
            { ReportExporter::Format::Json, u"a.json"_s } };
        QVERIFY(command.outputs() == outputs);
        const ReportOptions &options = command.reportOptions();
        QCOMPARE(options.ids, (QStringList { u"09ASTANA253"_s, u"09astana714"_s, u"09ASTANA713"_s }));
        QCOMPARE(options.tags, (QStringList { u"Manas"_s, u"Russia"_s }));
        QCOMPARE(options.query, u"origin:astana"_s);
        QCOMPARE(options.paperSize, ReportOptions::PaperSize::A4);
        QVERIFY(options.includeNotes && options.includeTagIndex && options.includeReferences && options.includeHeader);
        QVERIFY(!options.annotatedOnly);
        QVERIFY(command.needsFonts());
    }

    void takesTheReportsOptions()
    {
        ExportCommand command;
        QCOMPARE(
            int(command.parse({ u"reftel"_s, u"export"_s, u"--html"_s, u"r.html"_s, u"--ids"_s, u"x"_s, u"--paper"_s,
                u"Letter"_s, u"--title"_s, u"Manas"_s, u"--author"_s, u"Desk"_s, u"--annotated-only"_s, u"--no-notes"_s,
                u"--no-tag-index"_s, u"--no-references"_s, u"--no-header"_s })),
            int(Command::Parsed::Run));
        const ReportOptions &options = command.reportOptions();
        QCOMPARE(options.paperSize, ReportOptions::PaperSize::Letter);
        QCOMPARE(options.title, u"Manas"_s);
        QCOMPARE(options.author, u"Desk"_s);
        QVERIFY(options.annotatedOnly);
        QVERIFY(
            !options.includeNotes && !options.includeTagIndex && !options.includeReferences && !options.includeHeader);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no output") << QStringList { u"--ids"_s, u"09ASTANA253"_s }
                                   << u"export needs at least one of --pdf, --html, --csv and --json"_s;
        QTest::newRow("no cables") << QStringList { u"--pdf"_s, u"x.pdf"_s }
                                   << u"export needs cables: --ids, --query or --tag"_s;
        QTest::newRow("bad paper") << QStringList { u"--pdf"_s, u"x.pdf"_s, u"--ids"_s, u"a"_s, u"--paper"_s, u"a3"_s }
                                   << u"--paper is a4 or letter"_s;
        QTest::newRow("stray argument") << QStringList { u"--pdf"_s, u"x.pdf"_s, u"--query"_s, u"manas"_s, u"more"_s }
                                        << u"unexpected argument \"more\""_s;
        QTest::newRow("json without file")
            << QStringList { u"--ids"_s, u"a"_s, u"--json"_s } << u"Missing value after '--json'."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        ExportCommand command;
        QCOMPARE(
            int(command.parse(QStringList { u"reftel"_s, u"export"_s } + arguments)), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), problem);
    }

    void help()
    {
        const QString help = ExportCommand().helpText();
        QVERIFY2(help.contains(u"reftel export: a report of cables and their annotations."_s), qPrintable(help));
        QVERIFY(help.contains(u"reftel export --pdf manas.pdf --query"_s)); // the examples
        for (const QString &option : { u"--pdf <file>"_s, u"--html <file>"_s, u"--csv <file>"_s, u"--json <file>"_s,
                 u"--paper <size>"_s, u"--no-header"_s, u"--library <library>"_s })
            QVERIFY2(help.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
