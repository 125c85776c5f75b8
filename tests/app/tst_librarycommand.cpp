// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel library copy [--force] FROM TO: its arguments and its help (the copy
// itself: tst_librarycopier, and tst_commandsession on a server).
class TestLibraryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesFromAndTo()
    {
        LibraryCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"library"_s, u"copy"_s, u"a.sqlite"_s,
                     u"postgresql://alice@db.example.org/cables"_s })),
            int(Command::Parsed::Run));
        QCOMPARE(command.source(), u"a.sqlite"_s);
        QCOMPARE(command.target(), u"postgresql://alice@db.example.org/cables"_s);
        QVERIFY(!command.force());
        QCOMPARE(int(command.parse(
                     { u"reftel"_s, u"library"_s, u"copy"_s, u"--force"_s, u"service=team"_s, u"b.sqlite"_s })),
            int(Command::Parsed::Run));
        QVERIFY(command.force());
        QCOMPARE(command.source(), u"service=team"_s);
    }

    void refusesWhatIsNoCopy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << QStringList {} << u"library needs what to do: library copy FROM TO"_s;
        QTest::newRow("another word") << QStringList { u"move"_s, u"a"_s, u"b"_s }
                                      << u"unknown library command \"move\": library copy FROM TO"_s;
        QTest::newRow("one library") << QStringList { u"copy"_s, u"a.sqlite"_s }
                                     << u"library copy needs the library to copy and the library to copy it into"_s;
        QTest::newRow("an unknown setting")
            << QStringList { u"copy"_s, u"a.sqlite"_s, u"postgresql://db.example.org/cables?frobnicate=1"_s }
            << u"frobnicate is not a PostgreSQL connection setting"_s;
    }

    void refusesWhatIsNoCopy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        LibraryCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s, u"library"_s } + arguments)),
            int(Command::Parsed::UsageError));
        QVERIFY2(command.problem().contains(problem), qPrintable(command.problem()));
    }

    void help()
    {
        const QString help = LibraryCommand().helpText();
        QVERIFY2(help.contains(u"reftel library: copy a whole library into another"_s), qPrintable(help));
        QVERIFY(help.contains(u"--force"_s));
        QVERIFY(help.contains(u"FROM"_s) && help.contains(u"TO"_s));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommand)
#include "tst_librarycommand.moc"
