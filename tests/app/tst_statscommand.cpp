// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel stats: no arguments, --json, and its help.
class TestStatsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesJson()
    {
        StatsCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"stats"_s })), int(Command::Parsed::Run));
        QVERIFY(!command.json());
        QCOMPARE(int(command.parse({ u"reftel"_s, u"stats"_s, u"--json"_s })), int(Command::Parsed::Run));
        QVERIFY(command.json());
    }

    void refusesArguments()
    {
        StatsCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"stats"_s, u"everything"_s })), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), u"stats takes no arguments"_s);
        QCOMPARE(int(command.parse({ u"reftel"_s, u"stats"_s, u"--frobnicate"_s })), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), u"Unknown option 'frobnicate'."_s);
    }

    void help()
    {
        const QString help = StatsCommand().helpText();
        QVERIFY2(help.contains(u"reftel stats: what the library holds"_s), qPrintable(help));
        QVERIFY(help.contains(u"--json"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
