// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The header block: banner, caveats, passing instructions, E.O., TAGS,
// SUBJECT and Classified By.
class TestCableHeader final : public QObject
{
    Q_OBJECT

    static QStringList codes(const QList<TagInfo> &tags)
    {
        QStringList out;
        for (const TagInfo &t : tags)
            out.append(t.code);
        return out;
    }

private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sections");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QStringList>("passing");
        QTest::addColumn<QString>("decl");
        QTest::addColumn<QStringList>("subjectTags");
        QTest::addColumn<QStringList>("countryTags");
        QTest::addColumn<QString>("subject");
        const QStringList s = ParserFixtures::seeds();
        QTest::newRow("000")
            << s[0] << 2 << u"000253"_s << QStringList { u"STATE FOR P, SCA/CEN, EUR/RUS"_s } << u"02/12/2019"_s
            << QStringList { u"PGOV"_s, u"PREL"_s, u"MARR"_s } << QStringList { u"AF"_s, u"KG"_s, u"KZ"_s }
            << u"KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH ON MANAS, URGES BETTER U.S.-RUSSIA RELATIONS"_s;
        QTest::newRow("001")
            << s[1] << 2 << u"001399"_s << QStringList { u"STATE FOR SCA/CEN, EUR/RUS, P/M, DRL"_s } << u"08/17/2019"_s
            << QStringList { u"PGOV"_s, u"PREL"_s, u"PHUM"_s, u"MARR"_s, u"KDEM"_s, u"OSCE"_s }
            << QStringList { u"RS"_s, u"KG"_s, u"KZ"_s }
            << u"KAZAKHSTAN: PRESIDENTIAL ADVISER HEARS MESSAGE ON DEMOCRACY, SAYS CSTO BASE IN KYRGYZSTAN WAS A SURPRISE"_s;
        QTest::newRow("002") << s[2] << 2 << u"000478"_s
                             << QStringList { u"STATE FOR SCA/CEN, S/SRAP, EUR/RUS, NEA/IR"_s } << u"03/17/2029"_s
                             << QStringList { u"PGOV"_s, u"PREL"_s, u"PROP"_s, u"MARR"_s }
                             << QStringList { u"IR"_s, u"RS"_s, u"AF"_s, u"KZ"_s }
                             << u"KAZAKHSTAN: \"MOSCOW WANTS YOU TO FAIL IN AFGHANISTAN\""_s;
        QTest::newRow("003") << s[3] << 3 << u"000713"_s
                             << QStringList { u"STATE FOR P, SCA/CEN, S/SRAP, S/P, EEB, DRL"_s, u"NSC FOR MCFAUL"_s }
                             << u"04/22/2019"_s << QStringList { u"PGOV"_s, u"PREL"_s, u"PINR"_s, u"PHUM"_s, u"ECON"_s }
                             << QStringList { u"RS"_s, u"AF"_s, u"KZ"_s }
                             << u"KAZAKHSTAN -- MORE EURASIA THAN CENTRAL ASIA -- SEEKS AN ENHANCED RELATIONSHIP"_s;
        QTest::newRow("004") << s[4] << 3 << u"000714"_s << QStringList { u"STATE FOR D, P, SCA, S/P, S/SRAP"_s }
                             << u"04/27/2024"_s << QStringList { u"PGOV"_s, u"PREL"_s, u"OSCE"_s }
                             << QStringList { u"CH"_s, u"RS"_s, u"KZ"_s }
                             << u"KAZAKHSTANI FM TAZHIN'S PRIORITIES FOR HIS WASHINGTON TRIP, MAY 4-5"_s;
    }

    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sections);
        QFETCH(QString, serial);
        QFETCH(QStringList, passing);
        QFETCH(QString, decl);
        QFETCH(QStringList, subjectTags);
        QFETCH(QStringList, countryTags);
        QFETCH(QString, subject);
        const Cable c = ParserFixtures::parseFile(file);
        QCOMPARE(c.banner.level, u"CONFIDENTIAL"_s);
        QCOMPARE(c.banner.section, 1);
        QCOMPARE(c.banner.sectionCount, sections);
        QCOMPARE(c.banner.post, u"ASTANA"_s);
        QCOMPARE(c.banner.serial, serial);
        QCOMPARE(c.caveats, QStringList { u"SIPDIS"_s });
        QCOMPARE(c.passingInstructions, passing);
        QCOMPARE(c.declassification, decl);
        QCOMPARE(c.declassifyOn, QDate::fromString(decl, u"MM/dd/yyyy"_s));
        QCOMPARE(codes(c.subjectTags), subjectTags);
        QCOMPARE(codes(c.countryTags), countryTags);
        QCOMPARE(c.subject, subject);
        QCOMPARE(c.classifiedBy.title, u"Ambassador"_s);
        QCOMPARE(c.classifiedBy.person, u"Richard E. Hoagland"_s);
        QCOMPARE(c.classifiedBy.reasons, (QStringList { u"1.4 (B)"_s, u"1.4 (D)"_s }));
        for (const TagInfo &t : c.countryTags) {
            QVERIFY2(t.known(), qPrintable(t.code));
            QCOMPARE(t.kind, TagInfo::Kind::Country);
            QVERIFY(!t.meaning.isEmpty());
        }
        QVERIFY(c.subjectTags.front().known());
    }

    // A cable from elsewhere: SECRET//NOFORN from USUN New York, no routing.
    void secretNoforn()
    {
        const Cable c = ParserFixtures::parseFile(u"usun-secret-noforn.txt"_s);
        QCOMPARE(c.format, SourceFormat::BareTelegram);
        QCOMPARE(c.id, u"09USUNNEWYORK345"_s);
        QCOMPARE(c.banner.level, u"SECRET"_s);
        QCOMPARE(c.banner.post, u"USUN NEW YORK"_s);
        QVERIFY(c.caveats.contains(u"NOFORN"_s));
        QCOMPARE(c.classification, u"SECRET//NOFORN"_s);
        QCOMPARE(c.declassification, u"1.6X1"_s);
        QVERIFY(!c.declassifyOn.isValid());
        QCOMPARE(c.classifiedBy.person, u"Alejandro D. Wolff"_s);
        QCOMPARE(c.classifiedBy.title, u"Deputy Permanent Representative"_s);
        QCOMPARE(c.classifiedBy.reasons, (QStringList { u"1.4 (B)"_s, u"1.4 (D)"_s }));
        QCOMPARE(c.paragraphs().front()->mark, u"S/NF"_s);
        QCOMPARE(c.signature, u"RICE"_s);
        // An unknown tag is kept and marked unknown.
        bool unknown = false;
        for (const TagInfo &t : c.subjectTags)
            unknown = unknown || (t.code == u"ZZQX"_s && !t.known());
        QVERIFY(unknown);
    }

    void unclassifiedHasNoClassifier()
    {
        const Cable c = ParserFixtures::parseFile(u"state-unclas-refs.txt"_s);
        QCOMPARE(c.id, u"08STATE123456"_s);
        QCOMPARE(c.classification, u"UNCLASSIFIED"_s);
        QCOMPARE(c.origin, u"Secretary of State"_s);
        QVERIFY(c.classifiedBy.isEmpty());
        QCOMPARE(c.declassification, u"N/A"_s);
        QVERIFY(c.caveats.contains(u"SENSITIVE"_s));
        QCOMPARE(c.paragraphs().front()->mark, u"SBU"_s);
        QCOMPARE(c.signature, u"RICE"_s);
    }

    // A header glued onto one line, as some pages of the release have it.
    void gluedHeaderLine()
    {
        const Cable c = ParserFixtures::parseText(
            u"Cable dated:2010-01-21T11:33:00C O N F I D E N T I A L SECTION 01 OF 03 BERLIN 000081SIPDISE.O. 12958: "
            u"DECL: "
            "01/22/2020TAGS: PGOV PREL KNNP IR GM\n\n\u00B61. (C) SUMMARY. German officials met. END SUMMARY.\n\nMURPHY\n"_s);
        QCOMPARE(c.banner.level, u"CONFIDENTIAL"_s);
        QCOMPARE(c.banner.post, u"BERLIN"_s);
        QCOMPARE(c.banner.serial, u"000081"_s);
        QCOMPARE(c.caveats, QStringList { u"SIPDIS"_s });
        QCOMPARE(c.declassification, u"01/22/2020"_s);
        QCOMPARE(codes(c.countryTags), (QStringList { u"IR"_s, u"GM"_s }));
        QCOMPARE(c.paragraphCount(), 1);
        QCOMPARE(c.signature, u"MURPHY"_s);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::SiteBoilerplate), 1);
    }

    void tagsWithoutColonAndCommas()
    {
        const Cable c = ParserFixtures::parseFile(u"09ASTANA95.html"_s);
        QCOMPARE(codes(c.subjectTags), (QStringList { u"PGOV"_s, u"PREL"_s }));
        QCOMPARE(codes(c.countryTags), (QStringList { u"AF"_s, u"IR"_s, u"RS"_s, u"KZ"_s }));
        QCOMPARE(c.declassification, u"01/19/2029"_s);
        QCOMPARE(c.subject, u"KAZAKHSTAN: CENTCOM CDR PETRAEUS MEETS PRESIDENT NAZARVAYEV, JANUARY 14"_s);
        QCOMPARE(c.paragraphCount(), 11);
        QCOMPARE(c.signature, u"HOAGLAND"_s); // written at the end of the last line
    }
    // "TAG" for "TAGS", and a REF entry lettered "\u00B6B.": the REF is still read.
    void singularTagKeyword()
    {
        const Cable c = ParserFixtures::parseText(
            u"P 121549Z FEB 10\nFM AMCONSUL JERUSALEM\nTO RUEHC/SECSTATE WASHDC PRIORITY 7578\n\nS E C R E T JERUSALEM "
            u"000276\n\nSIPDIS\n\nE.O. 12958: DECL: 02/11/2020\nTAG ECON, KPAL, PGOV, GZ, EG\n"
            "SUBJECT: DOES THE MINISTRY HAVE A CASH FLOW PROBLEM?\n\nREF: A. CAIRO 177\n     \u00B6B. 08 JERUSALEM "
            "1682\n\n"
            "Classified By: Consul General A. Person for reasons 1.4 b, d\n\n\u00B61. (C) Summary. Salaries were late. "
            "End summary.\n\n"
            "PERSON\n"_s,
            u"10JERUSALEM276.txt"_s);
        QCOMPARE(c.id, u"10JERUSALEM276"_s);
        QCOMPARE(codes(c.subjectTags), (QStringList { u"ECON"_s, u"KPAL"_s, u"PGOV"_s }));
        QCOMPARE(codes(c.countryTags), (QStringList { u"GZ"_s, u"EG"_s }));
        QCOMPARE(c.subject, u"DOES THE MINISTRY HAVE A CASH FLOW PROBLEM?"_s);
        QCOMPARE(c.references.size(), 2);
        QCOMPARE(c.references[0].citedId, u"10CAIRO177"_s);
        QCOMPARE(c.references[1].citedId, u"08JERUSALEM1682"_s);
    }

    // A subject ending in a quotation, with its translation in brackets after a
    // blank line: the bracketed line is the subject's, and the REF after it is read.
    void subjectWithBracketedSecondLine()
    {
        const Cable c = ParserFixtures::parseText(
            u"R 311952Z JAN 08\nFM USINT HAVANA\nTO RUEHC/SECSTATE WASHDC 2800\n\nC O N F I D E N T I A L SECTION 01 "
            u"OF 06 HAVANA 000103\n\nSIPDIS\nDEPT FOR WHA/CCA\n\nEO 12958 DECL: 01/25/2018\n\n"
            "TAGS PGOV, PINR, SOCI, CU\n\nSUBJECT: CUBAN HEALTHCARE: \u201CAQUI NADA ES FACIL\u201D\n\n(HERE NOTHING "
            "IS EASY)\n\n"
            "REF: HAVANA 0076\n\nClassified By: COM: A. Person: For reasons 1.4 b/d\n\n"
            "\u00B61. (C) SUMMARY: This cable follows up Reftel. End Summary.\n\nPERSON\n"_s,
            u"08HAVANA103.txt"_s);
        QCOMPARE(c.subject, u"CUBAN HEALTHCARE: \u201CAQUI NADA ES FACIL\u201D (HERE NOTHING IS EASY)"_s);
        QCOMPARE(c.references.size(), 1);
        QCOMPARE(c.references[0].citedId, u"08HAVANA76"_s);
        QCOMPARE(c.paragraphCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCableHeader)
#include "tst_cableheader.moc"
