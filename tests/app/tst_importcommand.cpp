// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "librarydatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel import: what it reads from its arguments, and its help.
class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void takesThePaths()
    {
        ImportCommand command;
        QCOMPARE(
            int(command.parse({ u"reftel"_s, u"import"_s, u"cables"_s, u"cables.csv"_s })), int(Command::Parsed::Run));
        QCOMPARE(command.paths(), (QStringList { u"cables"_s, u"cables.csv"_s }));
        QCOMPARE(command.libraryPath(), LibraryDatabase::defaultPath());
        QCOMPARE(int(command.library()), int(Command::Library::Write)); // it may make the library
        QCOMPARE(int(command.parse({ u"reftel"_s, u"--library"_s, u"l.sqlite"_s, u"import"_s, u"x.txt"_s })),
            int(Command::Parsed::Run));
        QCOMPARE(command.libraryPath(), u"l.sqlite"_s);
        QCOMPARE(command.paths(), QStringList { u"x.txt"_s });
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no path") << QStringList { u"reftel"_s, u"import"_s }
                                 << u"import needs at least one file or folder"_s;
        // Options of other commands are not import's.
        QTest::newRow("json") << QStringList { u"reftel"_s, u"import"_s, u"x"_s, u"--json"_s }
                              << u"Unknown option 'json'."_s;
        QTest::newRow("limit") << QStringList { u"reftel"_s, u"import"_s, u"x"_s, u"--limit"_s, u"3"_s }
                               << u"Unknown option 'limit'."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        ImportCommand command;
        QCOMPARE(int(command.parse(arguments)), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), problem);
    }

    void help()
    {
        ImportCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"import"_s, u"--help"_s })), int(Command::Parsed::Help));
        const QString help = command.helpText();
        QVERIFY2(help.contains(u" import PATH..."_s), qPrintable(help)); // the usage line
        QVERIFY(help.contains(u"reftel import: import files, folders and release CSV files"_s));
        for (const QString &option : { u"--library <library>"_s, u"--lang <code>"_s, u"--help"_s })
            QVERIFY2(help.contains(option), qPrintable(option));
        QVERIFY(!help.contains(u"--limit"_s));
        QCOMPARE(command.synopsis(), u"import PATH..."_s);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
