// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel search: its query words (some may start with '-'), --limit and --json, its help.
class TestSearchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheQuery_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("json");
        QTest::newRow("words") << QStringList { u"search"_s, u"manas*"_s, u"origin:astana"_s }
                               << u"manas* origin:astana"_s << 20 << false;
        QTest::newRow("limit and json") << QStringList { u"search"_s, u"manas"_s, u"--limit"_s, u"5"_s, u"--json"_s }
                                        << u"manas"_s << 5 << true;
        QTest::newRow("a word with a dash")
            << QStringList { u"search"_s, u"manas"_s, u"-russia"_s } << u"manas -russia"_s << 20 << false;
        QTest::newRow("options first") << QStringList { u"--library"_s, u"l.sqlite"_s, u"search"_s, u"-tag:OSCE"_s }
                                       << u"-tag:OSCE"_s << 20 << false;
        QTest::newRow("after --") << QStringList { u"search"_s, u"--limit"_s, u"50"_s, u"--"_s, u"-tag:OSCE"_s,
            u"--json"_s } << u"-tag:OSCE --json"_s
                                  << 50 << false;
    }

    void takesTheQuery()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, query);
        QFETCH(int, limit);
        QFETCH(bool, json);
        SearchCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s } + arguments)), int(Command::Parsed::Run));
        QCOMPARE(command.query(), query);
        QCOMPARE(command.limit(), limit);
        QCOMPARE(command.json(), json);
        QCOMPARE(int(command.library()), int(Command::Library::Search));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no query") << QStringList { u"search"_s } << u"search needs a query"_s;
        QTest::newRow("limit not a number")
            << QStringList { u"search"_s, u"manas"_s, u"--limit"_s, u"x"_s } << u"--limit needs a positive number"_s;
        QTest::newRow("limit zero") << QStringList { u"search"_s, u"manas"_s, u"--limit"_s, u"0"_s }
                                    << u"--limit needs a positive number"_s;
        QTest::newRow("show's --text") << QStringList { u"search"_s, u"manas"_s, u"--text"_s }
                                       << u"Unknown option 'text'."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        SearchCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s } + arguments)), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), problem);
    }

    void help()
    {
        SearchCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"search"_s, u"--help"_s })), int(Command::Parsed::Help));
        const QString help = command.helpText();
        QVERIFY2(help.contains(u" search QUERY"_s), qPrintable(help));
        QVERIFY(help.contains(u"reftel search: search the library"_s));
        for (const QString &option : { u"--limit <n>"_s, u"--json"_s, u"--library <library>"_s, u"--lang <code>"_s })
            QVERIFY2(help.contains(option), qPrintable(option));
        QVERIFY(!help.contains(u"--text"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
