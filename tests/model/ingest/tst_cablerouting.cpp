// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"
#include "routingparser.h"

#include <QTest>
#include <QTimeZone>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The transmission header, on its own lines or flattened onto one.
class TestCableRouting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("transmissionId");
        QTest::addColumn<QString>("precedence");
        QTest::addColumn<QDateTime>("dtg");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<int>("infoCount");
        QTest::addColumn<QString>("toSerial");
        QTest::addColumn<bool>("retransmission");
        const QStringList s = ParserFixtures::seeds();
        auto utc = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
        };
        QTest::newRow("000") << s[0] << u"VZCZCXRO9782"_s << u"O"_s << utc(2009, 2, 12, 5, 16) << u"0253"_s << 14
                             << u"4590"_s << false;
        QTest::newRow("001") << s[1] << u"VZCZCXRO3820"_s << u"P"_s << utc(2009, 8, 17, 1, 41) << u"1399"_s << 13
                             << u"6035"_s << false;
        QTest::newRow("002") << s[2] << u"VZCZCXRO1454"_s << u"P"_s << utc(2009, 3, 17, 8, 4) << u"0478"_s << 14
                             << u"4928"_s << false;
        QTest::newRow("003") << s[3] << u"VZCZCXRO9364"_s << u"O"_s << utc(2009, 4, 27, 4, 8) << u"0713"_s << 18
                             << u"5254"_s << false;
        QTest::newRow("004 flattened") << s[4] << u"VZCZCXRO9617"_s << u"O"_s << utc(2009, 4, 27, 5, 39) << u"0714"_s
                                       << 14 << u"5257"_s << true;
        QTest::newRow("html") << u"10ASTANA72.html"_s << u"VZCZCXRO6688"_s << u"P"_s << utc(2010, 1, 25, 8, 14)
                              << u"0072"_s << 17 << u"7265"_s << false;
    }

    void documents()
    {
        QFETCH(QString, file);
        QFETCH(QString, transmissionId);
        QFETCH(QString, precedence);
        QFETCH(QDateTime, dtg);
        QFETCH(QString, serial);
        QFETCH(int, infoCount);
        QFETCH(QString, toSerial);
        QFETCH(bool, retransmission);
        const Cable c = ParserFixtures::parseFile(file);
        const Routing &r = c.routing;
        QCOMPARE(r.transmissionId, transmissionId);
        QCOMPARE(r.precedenceLetter, precedence);
        QCOMPARE(r.precedenceName, RoutingParser::precedenceName(precedence.at(0)));
        QCOMPARE(r.dateTimeGroup, dtg);
        QCOMPARE(r.sendingStation, u"RUEHTA"_s);
        QCOMPARE(r.stationSerial, serial);
        QCOMPARE(r.section, 1);
        QCOMPARE(r.from, u"AMEMBASSY ASTANA"_s);
        QCOMPARE(r.retransmission, retransmission);
        QCOMPARE(r.to.size(), 1);
        QCOMPARE(r.to.front().routingIndicator, u"RUEHC"_s);
        QCOMPARE(r.to.front().name, u"SECSTATE WASHDC"_s);
        QCOMPARE(r.to.front().serial, toSerial);
        QCOMPARE(r.info.size(), infoCount);
        QVERIFY(r.relayStations.contains(u"RUEHBI"_s));
        QVERIFY(!r.classificationCode.isEmpty());
        bool found = false;
        for (const Addressee &a : r.info) {
            if (a.routingIndicator == u"RUEAIIA"_s) {
                QCOMPARE(a.name, u"CIA WASHDC"_s);
                QCOMPARE(a.precedence, u"PRIORITY"_s);
                QVERIFY(a.serial.isEmpty());
                found = true;
            }
        }
        QVERIFY(found);
    }

    void precedenceNames_data()
    {
        QTest::addColumn<QChar>("letter");
        QTest::addColumn<QString>("name");
        QTest::newRow("Z") << QChar(u'Z') << u"FLASH"_s;
        QTest::newRow("O") << QChar(u'O') << u"IMMEDIATE"_s;
        QTest::newRow("P") << QChar(u'P') << u"PRIORITY"_s;
        QTest::newRow("R") << QChar(u'R') << u"ROUTINE"_s;
    }

    void precedenceNames()
    {
        QFETCH(QChar, letter);
        QFETCH(QString, name);
        QCOMPARE(RoutingParser::precedenceName(letter), name);
        const Routing r =
            RoutingParser::parse(QString(letter + u" 010000Z JAN 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\n"_s));
        QCOMPARE(r.precedenceName, name);
    }

    void oldStyleBlock()
    {
        const Routing r =
            RoutingParser::parse(u"P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC PRIORITY\n"
                                 "INFO USCINCSO\nCINCLANT\nAMEMBASSY RIO DE JANEIRO\n"_s);
        QCOMPARE(r.precedenceLetter, u"P"_s);
        QCOMPARE(r.dateTimeGroup, QDateTime(QDate(1966, 12, 28), QTime(18, 48), QTimeZone::UTC));
        QCOMPARE(r.from, u"AMEMBASSY BUENOS AIRES"_s);
        QCOMPARE(r.to.size(), 1);
        QCOMPARE(r.to.front().name, u"SECSTATE WASHDC"_s);
        QCOMPARE(r.to.front().precedence, u"PRIORITY"_s);
        QCOMPARE(r.info.size(), 3);
        QCOMPARE(r.info.back().name, u"AMEMBASSY RIO DE JANEIRO"_s);
    }

    void createdTimeCorrectedFromDateTimeGroup()
    {
        // The page says 08:08 (the hour in the minutes); the routing says 0814Z.
        const Cable c = ParserFixtures::parseFile(u"10ASTANA72.html"_s);
        QCOMPARE(c.created, QDateTime(QDate(2010, 1, 25), QTime(8, 14), QTimeZone::UTC));
        QVERIFY(c.createdCorrected);
        // The seeds' pages are right: nothing to correct.
        const Cable seed = ParserFixtures::parseFile(ParserFixtures::seeds()[0]);
        QCOMPARE(seed.created, QDateTime(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC));
        QVERIFY(!seed.createdCorrected);
    }
};

QTEST_GUILESS_MAIN(TestCableRouting)
#include "tst_cablerouting.moc"
