// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel show: one id, as text or JSON, and its help.
class TestShowCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheId_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << QStringList { u"show"_s, u"09ASTANA253"_s } << u"09ASTANA253"_s << false;
        QTest::newRow("text asked for") << QStringList { u"show"_s, u"09ASTANA253"_s, u"--text"_s } << u"09ASTANA253"_s
                                        << false;
        QTest::newRow("json") << QStringList { u"show"_s, u"--json"_s, u"09astana253"_s } << u"09astana253"_s << true;
        QTest::newRow("as cables write it")
            << QStringList { u"show"_s, u"ASTANA 000253"_s } << u"ASTANA 000253"_s << false;
    }

    void takesTheId()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, id);
        QFETCH(bool, json);
        ShowCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s } + arguments)), int(Command::Parsed::Run));
        QCOMPARE(command.id(), id);
        QCOMPARE(command.json(), json);
        QCOMPARE(int(command.library()), int(Command::Library::Read));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no id") << QStringList { u"show"_s } << u"show needs exactly one cable id"_s;
        QTest::newRow("two ids") << QStringList { u"show"_s, u"09ASTANA253"_s, u"09ASTANA714"_s }
                                 << u"show needs exactly one cable id"_s;
        QTest::newRow("json and text") << QStringList { u"show"_s, u"09ASTANA253"_s, u"--json"_s, u"--text"_s }
                                       << u"--json and --text cannot be used together"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        ShowCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s } + arguments)), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), problem);
    }

    void help()
    {
        const QString help = ShowCommand().helpText();
        QVERIFY2(help.contains(u" show ID"_s), qPrintable(help));
        QVERIFY(help.contains(u"reftel show: print a cable, deduplicated"_s));
        QVERIFY(help.contains(u"--json"_s) && help.contains(u"--text"_s));
        QVERIFY(!help.contains(u"--limit"_s));
    }
};

QTEST_GUILESS_MAIN(TestShowCommand)
#include "tst_showcommand.moc"
