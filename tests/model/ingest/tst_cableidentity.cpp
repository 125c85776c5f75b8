// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabledocumentreader.h"
#include "cableidentity.h"
#include "parserfixtures.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Who a cable is: the id, date, classification and origin a page declares
// are facts, used whenever the telegram cannot tell; a cable is refused only
// when no source names an id, and then the warning says what was tried.
class TestCableIdentity final : public QObject
{
    Q_OBJECT

    static bool warned(const Cable &c, ParseWarning::Kind kind)
    {
        for (const ParseWarning &w : c.warnings) {
            if (w.kind == kind)
                return true;
        }
        return false;
    }

    static QString telegram(const QString &banner)
    {
        return u"VZCZCXRO1234\nOO RUEHAG\nDE RUEHFR #0381/01 0771605\nZNY SSSSS ZZH\nO 181605Z MAR 09\nFM AMEMBASSY "
               u"PARIS\n"
               "TO RUEHC/SECSTATE WASHDC IMMEDIATE 5678\n\n"_s
            + banner
            + u"\n\nSIPDIS\n\nE.O. 12958: DECL: 03/18/2019\nTAGS: PREL FR\nSUBJECT: TEST\n\n1. (S) Text.\n\nPERSON\n"_s;
    }

private Q_SLOTS:
    // A corrected copy with a spaced banner and a stray letter: the page's id, and the banner read too.
    void correctedCopyWithSpacedBanner()
    {
        const Cable c = ParserFixtures::parseFile(u"declared-id-corrected-copy.html"_s);
        QCOMPARE(c.id, u"09PARIS381"_s);
        QCOMPARE(c.classification, u"SECRET"_s);
        QCOMPARE(c.origin, u"Embassy Paris"_s);
        QCOMPARE(c.banner.level, u"SECRET"_s);
        QCOMPARE(c.banner.serial, u"000381"_s);
        QVERIFY(c.caveats.contains(u"CORRECTED COPY"_s));
        QCOMPARE(c.subject, u"FRENCH VIEWS ON THE SUMMIT"_s);
        QCOMPARE(c.paragraphCount(), 1);
        QCOMPARE(c.signature, u"PERSON"_s);
        QVERIFY(!warned(c, ParseWarning::Kind::MissingId));
    }

    // The metadata table's id is read even when it holds "PAR", which the
    // reader once took for a paragraph anchor and dropped (Paris cables).
    void tableIdOfParis()
    {
        const ReadResult read =
            CableDocumentReader::read(ParserFixtures::bytes(u"declared-id-corrected-copy.html"_s), u"p.html"_s);
        QCOMPARE(read.cables.size(), 1);
        QCOMPARE(read.cables.front().id, u"09PARIS381"_s);
    }

    // The page names its cable but holds no telegram: stored with what it declares, and warned.
    void declaredIdWithoutTelegram()
    {
        QString error;
        const QList<Cable> cables =
            DocumentParser::parse(ParserFixtures::bytes(u"declared-id-no-telegram.html"_s), u"x.html"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cables.size(), 1);
        const Cable &c = cables.front();
        QCOMPARE(c.id, u"09PARIS382"_s);
        QCOMPARE(c.classification, u"SECRET"_s);
        QCOMPARE(c.origin, u"Embassy Paris"_s);
        QCOMPARE(c.created.date(), QDate(2009, 3, 18));
        QCOMPARE(c.subject, u"FRENCH VIEWS ON THE SUMMIT (PART 2)"_s); // from the page's title
        QVERIFY(warned(c, ParseWarning::Kind::NoBody));
    }

    // Without a declaration the banner gives the id, in the year of the date-time group.
    void bannerGivesTheId_data()
    {
        QTest::addColumn<QString>("banner");
        QTest::newRow("plain") << u"SECRET SECTION 01 OF 02 PARIS 000381"_s;
        QTest::newRow("spaced") << u"S E C R E T SECTION 01 OF 02 PARIS 000381"_s;
        QTest::newRow("stray letter") << u"SS E C R E T SECTION 01 OF 02 PARIS 000381"_s;
        QTest::newRow("odd spacing") << u"S E C R E T  SECTION01 OF 02  PARIS 000381"_s;
    }

    void bannerGivesTheId()
    {
        QFETCH(QString, banner);
        const Cable c = ParserFixtures::parseText(u"C O R R E C T E D C O P Y\n"_s + telegram(banner));
        QCOMPARE(c.id, u"09PARIS381"_s);
        QCOMPARE(c.classification, u"SECRET"_s);
        QVERIFY(!warned(c, ParseWarning::Kind::DeclaredIdentity));
    }

    // No readable banner: the routing's sender and serial, with a warning.
    void routingGivesTheId()
    {
        const Cable c = ParserFixtures::parseText(telegram(u"XX Y Z"_s));
        QCOMPARE(c.id, u"09PARIS381"_s);
        QVERIFY(warned(c, ParseWarning::Kind::DeclaredIdentity));
    }

    // A mirror's id that does not have the form of one is still used when nothing else names the cable.
    void oddDeclaredIdUsedLast()
    {
        RawCable raw;
        raw.format = SourceFormat::SearchPage;
        raw.id = u"PARIS-381"_s;
        raw.telegram = u"Some text without a header.\n"_s;
        const Cable c = CableParser::parse(raw);
        QCOMPARE(c.id, u"PARIS-381"_s);
        QVERIFY(warned(c, ParseWarning::Kind::DeclaredIdentity));
    }

    // The release CSV's id column names the row's cable whatever the telegram holds.
    void csvIdColumn()
    {
        const QByteArray row =
            "\"7\",\"3/18/2009 16:05\",\"09PARIS383\",\"Embassy Paris\",\"SECRET\",\"\",\"\",\"garbled text\"\n";
        QString error;
        const QList<Cable> cables = DocumentParser::parse(row, u"rows.csv"_s, &error);
        QCOMPARE(cables.size(), 1);
        QCOMPARE(cables.front().id, u"09PARIS383"_s);
        QCOMPARE(cables.front().classification, u"SECRET"_s);
        QCOMPARE(cables.front().origin, u"Embassy Paris"_s);
    }

    // Nothing names an id: the warning says what was tried.
    void noIdSaysWhatWasTried()
    {
        RawCable raw;
        raw.format = SourceFormat::BareTelegram;
        raw.telegram = u"Some text.\n\nMore text.\n"_s;
        const Cable c = CableParser::parse(raw);
        QVERIFY(c.id.isEmpty());
        bool said = false;
        for (const ParseWarning &w : c.warnings)
            said = said
                || (w.kind == ParseWarning::Kind::MissingId && w.message.contains(u"banner"_s)
                    && w.message.contains(u"routing"_s));
        QVERIFY(said);
    }

    void originFromSender_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("origin");
        QTest::newRow("embassy") << u"AMEMBASSY ASTANA"_s << u"Embassy Astana"_s;
        QTest::newRow("consulate") << u"AMCONSUL JEDDAH"_s << u"Consulate Jeddah"_s;
        QTest::newRow("state") << u"SECSTATE WASHDC"_s << u"Secretary of State"_s;
        QTest::newRow("mission") << u"USMISSION USUN NEW YORK"_s << u"Mission Usun New York"_s;
        QTest::newRow("other") << u"CDR USCENTCOM"_s << QString();
    }

    void originFromSender()
    {
        QFETCH(QString, from);
        QFETCH(QString, origin);
        QCOMPARE(CableIdentity::originFromSender(from), origin);
    }
};

QTEST_GUILESS_MAIN(TestCableIdentity)
#include "tst_cableidentity.moc"
