// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postnames.h"

#include <QBuffer>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Post names as cables write them, resolved to the release's own post names
// (resources/posts, derived from the release's id list).
class TestPostNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("post");
        QTest::newRow("as in ids") << u"ASTANA"_s << u"ASTANA"_s;
        QTest::newRow("mixed case") << u"Astana"_s << u"ASTANA"_s;
        QTest::newRow("with spaces") << u"USUN NEW YORK"_s << u"USUNNEWYORK"_s;
        QTest::newRow("short form") << u"USUN"_s << u"USUNNEWYORK"_s;
        QTest::newRow("SECSTATE") << u"SECSTATE"_s << u"STATE"_s;
        QTest::newRow("SECSTATE WASHDC") << u"SECSTATE WASHDC"_s << u"STATE"_s;
        QTest::newRow("STATE") << u"STATE"_s << u"STATE"_s;
        QTest::newRow("cut short") << u"RIO DE JAN"_s << u"RIODEJANEIRO"_s;
        QTest::newRow("whole") << u"RIO DE JANEIRO"_s << u"RIODEJANEIRO"_s;
        QTest::newRow("lower case") << u"Rio de Janeiro"_s << u"RIODEJANEIRO"_s;
        QTest::newRow("HONG KONG") << u"HONG KONG"_s << u"HONGKONG"_s;
        QTest::newRow("USEU BRUSSELS") << u"USEU BRUSSELS"_s << u"USEUBRUSSELS"_s;
        QTest::newRow("USEU") << u"USEU"_s << u"USEUBRUSSELS"_s;
        QTest::newRow("embassy") << u"AMEMBASSY PARIS"_s << u"PARIS"_s;
        QTest::newRow("consulate") << u"AMCONSUL JEDDAH"_s << u"JEDDAH"_s;
        QTest::newRow("mission") << u"USMISSION GENEVA"_s << u"GENEVA"_s;
        QTest::newRow("interests section") << u"USINT HAVANA"_s << u"HAVANA"_s;
        QTest::newRow("the hague") << u"THE HAGUE"_s << u"THEHAGUE"_s;
        QTest::newRow("hague") << u"HAGUE"_s << u"THEHAGUE"_s;
        QTest::newRow("abbreviated") << u"CASA"_s << u"CASABLANCA"_s;
        QTest::newRow("first word") << u"ADDIS"_s << u"ADDISABABA"_s;
        QTest::newRow("hyphens") << u"PORT-AU-PRINCE"_s << u"PORTAUPRINCE"_s;
        QTest::newRow("saint") << u"SAINT PETERSBURG"_s << u"STPETERSBURG"_s;
        QTest::newRow("st.") << u"ST. PETERSBURG"_s << u"STPETERSBURG"_s;
        QTest::newRow("city") << u"HO CHI MINH CITY"_s << u"HOCHIMINHCITY"_s;
        QTest::newRow("hcmc") << u"HCMC"_s << u"HOCHIMINHCITY"_s;
        QTest::newRow("reversed") << u"DUBAI RPO"_s << u"RPODUBAI"_s;
        QTest::newRow("vatican") << u"VAT"_s << u"VATICAN"_s;
        QTest::newRow("washdc after") << u"USUN NEW YORK WASHDC"_s << u"USUNNEWYORK"_s;
        QTest::newRow("no post") << u"FBIS"_s << QString();
        QTest::newRow("ambiguous beginning") << u"PARI"_s << QString();
        QTest::newRow("too short") << u"SAN"_s << QString();
        QTest::newRow("word") << u"MEETING"_s << QString();
        QTest::newRow("month") << u"MARCH"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void resolve()
    {
        QFETCH(QString, written);
        QFETCH(QString, post);
        QCOMPARE(PostNames::instance().resolve(written), post);
    }

    void resolveOrCompact()
    {
        QCOMPARE(PostNames::instance().resolveOrCompact(u"Foo Bar"_s), u"FOOBAR"_s);
        QCOMPARE(PostNames::instance().resolveOrCompact(u"usun new york"_s), u"USUNNEWYORK"_s);
    }

    // Every post the release uses in at least three ids is known.
    void shippedTable()
    {
        QVERIFY(PostNames::instance().size() > 250);
        for (const QString &post :
            { u"STATE"_s, u"ASTANA"_s, u"USUNNEWYORK"_s, u"RIODEJANEIRO"_s, u"MERIDA"_s, u"AITTAIPEI"_s })
            QVERIFY2(PostNames::instance().isPost(post), qPrintable(post));
        QVERIFY(!PostNames::instance().isPost(u"BRUSELS"_s)); // a typing error of the release
    }

    void ownTable()
    {
        QByteArray posts = "# comment\nLIMA\nLISBON\n";
        QByteArray aliases = "PERU\tLIMA\n";
        QBuffer p(&posts);
        QBuffer a(&aliases);
        const PostNames names(&p, &a);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.resolve(u"Peru"_s), u"LIMA"_s);
        QCOMPARE(names.resolve(u"LI"_s), QString());
        QCOMPARE(names.resolve(u"LISB"_s), u"LISBON"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostNames)
#include "tst_postnames.moc"
