// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The routing block's elements from its tokens (the whole block read from
// text: tst_cablerouting).
class TestRoutingReader : public QObject
{
    Q_OBJECT

private:
    // Each string one line, its words the tokens.
    static Routing read(const QStringList &lines)
    {
        QList<RoutingReader::Token> tokens;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            for (const QStringView word : QStringView(lines.at(l)).split(u' ', Qt::SkipEmptyParts))
                tokens.append({ word, l });
        }
        return RoutingReader(tokens).read();
    }

private Q_SLOTS:
    void addresseesByLineOrByIndicator_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("a line each") << QStringList { u"FM AMEMBASSY ASTANA"_s,
            u"TO RUEHC/SECSTATE WASHDC PRIORITY 4590"_s, u"RUEHMO/AMEMBASSY MOSCOW"_s,
            u"INFO RUEHBK/AMEMBASSY BISHKEK"_s };
        QTest::newRow("flattened") << QStringList { u"FM AMEMBASSY ASTANA TO RUEHC/SECSTATE WASHDC PRIORITY 4590 "
                                                    "RUEHMO/AMEMBASSY MOSCOW INFO RUEHBK/AMEMBASSY BISHKEK"_s };
    }

    void addresseesByLineOrByIndicator()
    {
        QFETCH(QStringList, lines);
        const Routing routing = read(lines);
        QCOMPARE(routing.from, u"AMEMBASSY ASTANA"_s);
        QCOMPARE(routing.to.size(), 2);
        QCOMPARE(routing.to.at(0).routingIndicator, u"RUEHC"_s);
        QCOMPARE(routing.to.at(0).name, u"SECSTATE WASHDC"_s);
        QCOMPARE(routing.to.at(0).precedence, u"PRIORITY"_s);
        QCOMPARE(routing.to.at(0).serial, u"4590"_s);
        QCOMPARE(routing.to.at(1).name, u"AMEMBASSY MOSCOW"_s);
        QCOMPARE(routing.info.size(), 1);
        QCOMPARE(routing.info.at(0).name, u"AMEMBASSY BISHKEK"_s);
    }

    void transmissionLines()
    {
        const Routing routing = read({ u"VZCZCXRO9782"_s, u"OO RUEHDBU RUEHLH"_s, u"DE RUEHTA #0253/01 0430516"_s,
            u"ZNY CCCCC ZZH"_s, u"O 120516Z FEB 09"_s, u"FM AMEMBASSY ASTANA"_s });
        QCOMPARE(routing.transmissionId, u"VZCZCXRO9782"_s);
        QCOMPARE(routing.relayStations, (QStringList { u"RUEHDBU"_s, u"RUEHLH"_s }));
        QCOMPARE(routing.sendingStation, u"RUEHTA"_s);
        QCOMPARE(routing.stationSerial, u"0253"_s);
        QCOMPARE(routing.section, 1);
        QCOMPARE(routing.julianDateTime, u"0430516"_s);
        QCOMPARE(routing.classificationCode, u"CCCCC"_s);
        QCOMPARE(routing.dateTimeGroupText, u"120516Z FEB 09"_s);
        QCOMPARE(routing.precedenceLetter, u"O"_s);
        QCOMPARE(routing.precedenceName, u"IMMEDIATE"_s);
        QCOMPARE(routing.from, u"AMEMBASSY ASTANA"_s);
    }

    // Tokens that end where an element needs more are text, not a crash.
    void cutShort_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("DE alone") << QStringList { u"DE"_s };
        QTest::newRow("date-time group cut") << QStringList { u"120516Z FEB"_s };
        QTest::newRow("ZNY alone") << QStringList { u"ZNY"_s };
        QTest::newRow("TO alone") << QStringList { u"FM X"_s, u"TO"_s };
    }

    void cutShort()
    {
        QFETCH(QStringList, lines);
        const Routing routing = read(lines);
        QVERIFY(routing.sendingStation.isEmpty());
        QVERIFY(!routing.dateTimeGroup.isValid());
        QVERIFY(routing.classificationCode.isEmpty());
        QVERIFY(routing.to.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoutingReader)
#include "tst_routingreader.moc"
