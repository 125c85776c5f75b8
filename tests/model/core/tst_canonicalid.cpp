// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalid.h"
#include "textscan.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// One canonical id from any written form, for the REF list, the resolver
// and the command line alike.
class TestCanonicalId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void written_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<int>("defaultYear");
        QTest::addColumn<QString>("id"); // empty: no cable number
        QTest::newRow("padded serial") << u"ASTANA 000253"_s << 9 << u"09ASTANA253"_s;
        QTest::newRow("longer padding") << u"ASTANA 00000253"_s << 9 << u"09ASTANA253"_s;
        QTest::newRow("post with spaces") << u"USUN NEW YORK 345"_s << 9 << u"09USUNNEWYORK345"_s;
        QTest::newRow("SECSTATE") << u"SECSTATE 1234"_s << 9 << u"09STATE1234"_s;
        QTest::newRow("year first") << u"08 STATE 123456"_s << 9 << u"08STATE123456"_s;
        QTest::newRow("four-digit year first") << u"2008 STATE 123456"_s << 9 << u"08STATE123456"_s;
        QTest::newRow("year after") << u"STATE 123456 (2008)"_s << 9 << u"08STATE123456"_s;
        QTest::newRow("glued") << u"08STATE123456"_s << 9 << u"08STATE123456"_s;
        QTest::newRow("already an id") << u"09ASTANA253"_s << -1 << u"09ASTANA253"_s;
        QTest::newRow("glued with SECSTATE") << u"08SECSTATE74879"_s << -1 << u"08STATE74879"_s;
        QTest::newRow("serial before post") << u"00821 ASMARA"_s << 7 << u"07ASMARA821"_s;
        QTest::newRow("cut-short post") << u"RIO DE JAN 138"_s << 8 << u"08RIODEJANEIRO138"_s;
        QTest::newRow("mixed case") << u"Rio de Janeiro 138"_s << 8 << u"08RIODEJANEIRO138"_s;
        QTest::newRow("trailing comma") << u"LIMA 12,"_s << 9 << u"09LIMA12"_s;
        QTest::newRow("title") << u"LIMA 12 (FLOODS)"_s << 9 << u"09LIMA12"_s;
        QTest::newRow("1966") << u"BUENOS AIRES 1234"_s << 66 << u"66BUENOSAIRES1234"_s;
        QTest::newRow("no year known") << u"ASTANA 253"_s << -1 << QString();
        QTest::newRow("no serial") << u"ASTANA"_s << 9 << QString();
        QTest::newRow("no post") << u"253"_s << 9 << QString();
        QTest::newRow("date") << u"EMAIL 2/4/09"_s << 9 << QString();
        QTest::newRow("serial zero") << u"STATE 0"_s << 9 << QString();
        QTest::newRow("empty") << QString() << 9 << QString();
    }

    void written()
    {
        QFETCH(QString, written);
        QFETCH(int, defaultYear);
        QFETCH(QString, id);
        const QString made = CanonicalId::make(CanonicalId::read(written), defaultYear);
        QCOMPARE(made, id);
        if (!id.isEmpty())
            QVERIFY(TextScan::looksLikeCableId(made));
    }

    void parts()
    {
        const CanonicalId::Parts p = CanonicalId::read(u"RIO DE JANEIRO 138"_s);
        QCOMPARE(p.year, -1);
        QCOMPARE(p.post, u"RIODEJANEIRO"_s);
        QCOMPARE(p.serial, 138);
        QVERIFY(p.postKnown);
        QVERIFY(!CanonicalId::read(u"FOOBAR 12"_s).postKnown);
    }

    void make_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("id");
        QTest::newRow("padded") << u"ASTANA"_s << u"00000253"_s << 9 << u"09ASTANA253"_s;
        QTest::newRow("written post") << u"SECSTATE"_s << u"74879"_s << 8 << u"08STATE74879"_s;
        QTest::newRow("four-digit year") << u"LIMA"_s << u"12"_s << 2009 << u"09LIMA12"_s;
        QTest::newRow("no year") << u"LIMA"_s << u"12"_s << -1 << QString();
    }

    void make()
    {
        QFETCH(QString, post);
        QFETCH(QString, serial);
        QFETCH(int, year);
        QFETCH(QString, id);
        QCOMPARE(CanonicalId::make(post, serial, year), id);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalId)
#include "tst_canonicalid.moc"
