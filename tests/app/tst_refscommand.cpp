// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refscommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel refs: one id, --json, and its help.
class TestRefsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheId()
    {
        RefsCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"refs"_s, u"09ASTANA714"_s })), int(Command::Parsed::Run));
        QCOMPARE(command.id(), u"09ASTANA714"_s);
        QVERIFY(!command.json());
        QCOMPARE(
            int(command.parse({ u"reftel"_s, u"refs"_s, u"09ASTANA713"_s, u"--json"_s })), int(Command::Parsed::Run));
        QVERIFY(command.json());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no id") << QStringList { u"refs"_s } << u"refs needs exactly one cable id"_s;
        QTest::newRow("two ids") << QStringList { u"refs"_s, u"a"_s, u"b"_s } << u"refs needs exactly one cable id"_s;
        QTest::newRow("text") << QStringList { u"refs"_s, u"a"_s, u"--text"_s } << u"Unknown option 'text'."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        RefsCommand command;
        QCOMPARE(int(command.parse(QStringList { u"reftel"_s } + arguments)), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), problem);
    }

    void help()
    {
        const QString help = RefsCommand().helpText();
        QVERIFY2(help.contains(u" refs ID"_s), qPrintable(help));
        QVERIFY(help.contains(u"a cable's references with their state, and the cables citing it"_s));
        QVERIFY(help.contains(u"--json"_s));
    }
};

QTEST_GUILESS_MAIN(TestRefsCommand)
#include "tst_refscommand.moc"
