// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bannerreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The classification banner and its sloppy forms (CABLE-FORMAT.md, "Banner
// and page declarations"). Rows made up in the shape of real ones.
class TestBannerReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void banners_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("section"); // "k/n", empty when none
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QStringList>("caveats");
        QTest::addColumn<QString>("rest"); // what follows the banner on the line
        QTest::newRow("spaced") << u"C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253"_s << u"CONFIDENTIAL"_s
                                << u"1/2"_s << u"ASTANA"_s << u"000253"_s << QStringList {} << QString();
        QTest::newRow("unclas") << u"UNCLAS STATE 123456"_s << u"UNCLASSIFIED"_s << QString() << u"STATE"_s
                                << u"123456"_s << QStringList {} << QString();
        QTest::newRow("noforn attached") << u"SECRET//NOFORN USUN NEW YORK 000345"_s << u"SECRET"_s << QString()
                                         << u"USUN NEW YORK"_s << u"000345"_s << QStringList { u"NOFORN"_s }
                                         << QString();
        QTest::newRow("spaced secret") << u"S E C R E T SECTION 02 OF 03 KABUL 001234"_s << u"SECRET"_s << u"2/3"_s
                                       << u"KABUL"_s << u"001234"_s << QStringList {} << QString();
        QTest::newRow("stray letter first") << u"SS E C R E T SECTION 01 OF 02 PARIS 000381"_s << u"SECRET"_s
                                            << u"1/2"_s << u"PARIS"_s << u"000381"_s << QStringList {} << QString();
        QTest::newRow("stray letter last") << u"C O N F I D E N T I A LL ROME 001234"_s << u"CONFIDENTIAL"_s
                                           << QString() << u"ROME"_s << u"001234"_s << QStringList {} << QString();
        QTest::newRow("stray letter inside") << u"C O N F F I D E N T I A L ROME 001234"_s << u"CONFIDENTIAL"_s
                                             << QString() << u"ROME"_s << u"001234"_s << QStringList {} << QString();
        QTest::newRow("spaced unclas") << u"U N C L A S ROME 001234"_s << u"UNCLASSIFIED"_s << QString() << u"ROME"_s
                                       << u"001234"_s << QStringList {} << QString();
        QTest::newRow("SECTION glued to its number")
            << u"CONFIDENTIAL SECTION01 OF 02 ROME 001234"_s << u"CONFIDENTIAL"_s << u"1/2"_s << u"ROME"_s
            << u"001234"_s << QStringList {} << QString();
        QTest::newRow("OF glued") << u"CONFIDENTIAL SECTION 01OF 02 ROME 001234"_s << u"CONFIDENTIAL"_s << u"1/2"_s
                                  << u"ROME"_s << u"001234"_s << QStringList {} << QString();
        QTest::newRow("short numbers") << u"CONFIDENTIAL SECTION 1 OF 2 ROME 1234"_s << u"CONFIDENTIAL"_s << u"1/2"_s
                                       << u"ROME"_s << u"1234"_s << QStringList {} << QString();
        QTest::newRow("double spaces") << u"C O N F I D E N T I A L   SECTION  01  OF  02   ROME  001234"_s
                                       << u"CONFIDENTIAL"_s << u"1/2"_s << u"ROME"_s << u"001234"_s << QStringList {}
                                       << QString();
        QTest::newRow("no post") << u"UNCLAS SECTION 01 OF 02 SENSITIVE"_s << u"UNCLASSIFIED"_s << u"1/2"_s << QString()
                                 << QString() << QStringList { u"SENSITIVE"_s } << QString();
        QTest::newRow("limited official use") << u"LIMITED OFFICIAL USE LIMA 000123"_s << u"LIMITED OFFICIAL USE"_s
                                              << QString() << u"LIMA"_s << u"000123"_s << QStringList {} << QString();
        QTest::newRow("top secret") << u"TOP SECRET STATE 012345"_s << u"TOP SECRET"_s << QString() << u"STATE"_s
                                    << u"012345"_s << QStringList {} << QString();
        QTest::newRow("caveat after") << u"CONFIDENTIAL ROME 001234 NOFORN"_s << u"CONFIDENTIAL"_s << QString()
                                      << u"ROME"_s << u"001234"_s << QStringList { u"NOFORN"_s } << QString();
        QTest::newRow("caveat before post")
            << u"SECRET NOFORN SECTION 01 OF 02 ROME 001234"_s << u"SECRET"_s << u"1/2"_s << u"ROME"_s << u"001234"_s
            << QStringList { u"NOFORN"_s } << QString();
        QTest::newRow("passing glued on")
            << u"C O N F I D E N T I A L SECTION 01 OF 03 TALLINN 000325 SIPDIS AMEMBASSY ANKARA PASS TO ADANA"_s
            << u"CONFIDENTIAL"_s << u"1/3"_s << u"TALLINN"_s << u"000325"_s << QStringList { u"SIPDIS"_s }
            << u"AMEMBASSY ANKARA PASS TO ADANA"_s;
        QTest::newRow("E.O. glued on") << u"CONFIDENTIAL ASTANA 000253 E.O. 12958: DECL: 1/2/2019"_s
                                       << u"CONFIDENTIAL"_s << QString() << u"ASTANA"_s << u"000253"_s << QStringList {}
                                       << u"E.O. 12958: DECL: 1/2/2019"_s;
        QTest::newRow("lower-case text glued on")
            << u"UNCLAS SECTION 01 OF 02 ROME 001234 this cable reports"_s << u"UNCLASSIFIED"_s << u"1/2"_s << u"ROME"_s
            << u"001234"_s << QStringList {} << u"this cable reports"_s;
    }

    void banners()
    {
        QFETCH(QString, line);
        QFETCH(QString, level);
        QFETCH(QString, section);
        QFETCH(QString, post);
        QFETCH(QString, serial);
        QFETCH(QStringList, caveats);
        QFETCH(QString, rest);
        const BannerReader::Result r = BannerReader::read(line);
        QVERIFY(r.valid);
        QCOMPARE(r.banner.level, level);
        QCOMPARE(
            r.banner.section > 0 ? u"%1/%2"_s.arg(r.banner.section).arg(r.banner.sectionCount) : QString(), section);
        QCOMPARE(r.banner.post, post);
        QCOMPARE(r.banner.serial, serial);
        QCOMPARE(r.banner.caveats, caveats);
        QCOMPARE(line.sliced(r.length).trimmed(), rest);
        QCOMPARE(r.banner.text, line.first(r.length).trimmed());
    }

    void notBanners_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("lone level") << u"CONFIDENTIAL"_s;
        QTest::newRow("prose in capitals") << u"SECRETARY RICE MET THE MINISTER"_s;
        QTest::newRow("prose after a number") << u"SECRET POLICE 1234 ARRESTED the leader"_s;
        QTest::newRow("sentence") << u"Secret talks were held"_s;
        QTest::newRow("corrected copy") << u"C O R R E C T E D C O P Y"_s;
        QTest::newRow("spaced word") << u"C O M M E N T"_s;
        QTest::newRow("empty") << QString();
    }

    void notBanners()
    {
        QFETCH(QString, line);
        QVERIFY(!BannerReader::isBanner(line));
    }

    void correctedCopy_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("notice");
        QTest::newRow("spaced") << u"C O R R E C T E D C O P Y"_s << true;
        QTest::newRow("words") << u"CORRECTED COPY"_s << true;
        QTest::newRow("starred") << u"*** C O R R E C T E D  C O P Y ***"_s << true;
        QTest::newRow("subject") << u"SUBJECT: CORRECTED COPY: FLOODS"_s << false;
    }

    void correctedCopy()
    {
        QFETCH(QString, line);
        QFETCH(bool, notice);
        QCOMPARE(BannerReader::isCorrectedCopyLine(line), notice);
    }
};

QTEST_GUILESS_MAIN(TestBannerReader)
#include "tst_bannerreader.moc"
