// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"
#include "referenceparser.h"
#include "textscan.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// REF lists, canonical ids of the cited cables, and in-text citations.
class TestCableReferences final : public QObject
{
    Q_OBJECT

    // "letter|id|title" for each reference, for compact tables.
    static QStringList describe(const QList<Reference> &refs)
    {
        QStringList out;
        for (const Reference &r : refs)
            out.append(r.letter + u'|' + r.citedId + u'|' + r.title);
        return out;
    }

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lettered lines") << u"A. BISHKEK 0123 B. PARIS 0213 C. ASTANA 0095"_s
                                        << QStringList { u"A|09BISHKEK123|"_s, u"B|09PARIS213|"_s, u"C|09ASTANA95|"_s };
        QTest::newRow("one with title") << u"ASTANA 0674 (SCENESETTER FOR FM TAZHIN'S MAY 4-5 VISIT TO WASHINGTON)"_s
                                        << QStringList {
                                               u"|09ASTANA674|SCENESETTER FOR FM TAZHIN'S MAY 4-5 VISIT TO WASHINGTON"_s
                                           };
        QTest::newRow("parens") << u"A) STATE 12345 B) 08 STATE 123456"_s
                                << QStringList { u"A|09STATE12345|"_s, u"B|08STATE123456|"_s };
        QTest::newRow("bracketed letters")
            << u"(A) MINSK 0638, (B) Minsk 0118"_s << QStringList { u"A|09MINSK638|"_s, u"B|09MINSK118|"_s };
        QTest::newRow("other year") << u"A. 08 STATE 123456"_s << QStringList { u"A|08STATE123456|"_s };
        QTest::newRow("post holding a non-cable word")
            << u"A. HALIFAX 0025 B. FAX 2/4/09"_s << QStringList { u"A|09HALIFAX25|"_s, u"B||"_s };
        QTest::newRow("year first") << u"09 ASTANA 95"_s << QStringList { u"|09ASTANA95|"_s };
        QTest::newRow("multi-word post") << u"A. USUN NEW YORK 0123 B. THE HAGUE 00133"_s
                                         << QStringList { u"A|09USUNNEWYORK123|"_s, u"B|09THEHAGUE133|"_s };
        // The cable it names is cited; "and previous" adds no id (it was read as no cable at all before).
        QTest::newRow("and previous") << u"STATE 12345 AND PREVIOUS"_s << QStringList { u"|09STATE12345|"_s };
        QTest::newRow("non-cable") << u"A. EMAIL 2/4/09 B. TELECON"_s << QStringList { u"A||"_s, u"B||"_s };
        QTest::newRow("semicolons") << u"QUITO 704; QUITO 223"_s
                                    << QStringList { u"|09QUITO704|"_s, u"|09QUITO223|"_s };
        QTest::newRow("doubled labels") << u"A. A) BRUSSELS 1389 B. B) BRUSSELS 1217"_s
                                        << QStringList { u"A|09BRUSSELS1389|"_s, u"B|09BRUSSELS1217|"_s };
        QTest::newRow("notal") << u"ROME 2873 (NOTAL)"_s << QStringList { u"|09ROME2873|"_s };
        QTest::newRow("year in brackets") << u"THE HAGUE 3350 (2004)"_s << QStringList { u"|04THEHAGUE3350|"_s };
    }

    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(ReferenceParser::parseList(text, 9)), expected);
    }

    // Reference ids of the release and of older collections.
    void ids_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("id");
        QTest::newRow("padded serial") << u"ASTANA"_s << u"00000253"_s << 9 << u"09ASTANA253"_s;
        QTest::newRow("state") << u"STATE"_s << u"123456"_s << 8 << u"08STATE123456"_s;
        QTest::newRow("post with spaces") << u"USUN NEW YORK"_s << u"000345"_s << 9 << u"09USUNNEWYORK345"_s;
        QTest::newRow("2010") << u"BAGHDAD"_s << u"0098"_s << 10 << u"10BAGHDAD98"_s;
        QTest::newRow("kuwait") << u"KUWAIT"_s << u"1234"_s << 6 << u"06KUWAIT1234"_s;
        QTest::newRow("1966") << u"BUENOS AIRES"_s << u"1234"_s << 66 << u"66BUENOSAIRES1234"_s;
        QTest::newRow("1973") << u"STATE"_s << u"12345"_s << 73 << u"73STATE12345"_s;
        QTest::newRow("no serial") << u"STATE"_s << u"0"_s << 9 << QString();
    }

    void ids()
    {
        QFETCH(QString, post);
        QFETCH(QString, serial);
        QFETCH(int, year);
        QFETCH(QString, id);
        QCOMPARE(ReferenceParser::canonicalId(post, serial, year), id);
        if (!id.isEmpty())
            QVERIFY(TextScan::looksLikeCableId(id));
    }

    void idShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isId");
        QTest::newRow("release") << u"09ASTANA253"_s << true;
        QTest::newRow("suffix") << u"06KUWAIT1234_a"_s << true;
        QTest::newRow("old") << u"73STATE12345"_s << true;
        QTest::newRow("no year") << u"ASTANA253"_s << false;
        QTest::newRow("no serial") << u"09ASTANA"_s << false;
        QTest::newRow("word") << u"Identifier"_s << false;
    }

    void idShapes()
    {
        QFETCH(QString, text);
        QFETCH(bool, isId);
        QCOMPARE(TextScan::looksLikeCableId(text), isId);
    }

    void nonCableReferencesKeepTheirText()
    {
        const QList<Reference> refs = ReferenceParser::parseList(u"A. EMAIL 2/4/09 B. TELECON"_s, 9);
        QCOMPARE(refs[0].text, u"EMAIL 2/4/09"_s);
        QVERIFY(!refs[0].isCable());
        QCOMPARE(refs[1].text, u"TELECON"_s);
    }

    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QStringList s = ParserFixtures::seeds();
        QTest::newRow("000") << s[0] << QStringList { u"A|09BISHKEK123|"_s, u"B|09PARIS213|"_s, u"C|09ASTANA95|"_s };
        QTest::newRow("001") << s[1] << QStringList { u"A|09ASTANA1166|"_s, u"B|09MOSCOW2070|"_s };
        QTest::newRow("002") << s[2] << QStringList { u"A|09ASTANA426|"_s, u"B|09ASTANA376|"_s };
        QTest::newRow("003") << s[3]
                             << QStringList {
                                    u"|09ASTANA674|SCENESETTER FOR FM TAZHIN'S MAY 4-5 VISIT TO WASHINGTON"_s
                                };
        QTest::newRow("004")
            << s[4]
            << QStringList { u"A|09ASTANA674|SCENESETTER FOR FOREIGN MINISTER TAZHIN'S MAY 4-5 VISIT TO WASHINGTON"_s,
                   u"B|09ASTANA731|KAZAKHSTAN...SEEKS AN ENHANCED RELATIONSHIP"_s };
        QTest::newRow("10ASTANA72") << u"10ASTANA72.html"_s << QStringList { u"|10ASTANA61|"_s };
        QTest::newRow("page marker in list")
            << u"02ROME1196.html"_s
            << QStringList { u"A|02STATE40721|"_s, u"B|02ROME1098|"_s, u"C|02ROME894|"_s, u"D||"_s, u"E|02ROME348|"_s };
        QTest::newRow("elsewhere") << u"state-unclas-refs.txt"_s
                                   << QStringList { u"A|08STATE12345|"_s, u"B|07STATE98765|"_s, u"C||"_s };
    }

    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const Cable c = ParserFixtures::parseFile(file);
        QCOMPARE(describe(c.references), expected);
        for (const ParseWarning &w : c.warnings)
            QVERIFY2(w.kind != ParseWarning::Kind::UnreadableReference, qPrintable(w.message));
    }

    void citations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found"); // "text=letters>indexes"
        QTest::newRow("reftel A") << u"as noted (reftel A), the"_s << QStringList { u"reftel A=A>0"_s };
        QTest::newRow("reftels A and B") << u"(see reftels A and B)."_s << QStringList { u"reftels A and B=A,B>0,1"_s };
        QTest::newRow("ref B") << u"in Afghanistan (ref B).  We"_s << QStringList { u"ref B=B>1"_s };
        QTest::newRow("refs B, C, and D")
            << u"(REFS B, C, AND D), THE"_s << QStringList { u"REFS B, C, AND D=B,C,D>1,2"_s };
        QTest::newRow("bare reftel") << u"(see reftel)."_s << QStringList { u"reftel=>"_s };
        QTest::newRow("REFTEL") << u"project (REFTEL). Still"_s << QStringList { u"REFTEL=>"_s };
        QTest::newRow("no citation") << u"reform and refugees refer to it"_s << QStringList {};
    }

    void citations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        const QList<Reference> refs = ReferenceParser::parseList(u"A. BISHKEK 0123 B. PARIS 0213 C. ASTANA 0095"_s, 9);
        QStringList got;
        for (const Citation &c : ReferenceParser::findCitations(text, refs)) {
            QStringList idx;
            for (const int i : c.referenceIndexes)
                idx.append(QString::number(i));
            got.append(text.mid(c.start, c.length) + u'=' + c.letters.join(u',') + u'>' + idx.join(u','));
        }
        QCOMPARE(got, found);
    }

    // Sample 004's REF B says ASTANA 0731 but carries the title of 09ASTANA713.
    void mistypedSerialCaughtByTitle()
    {
        const Cable c004 = ParserFixtures::parseFile(ParserFixtures::seeds()[4]);
        const Cable c003 = ParserFixtures::parseFile(ParserFixtures::seeds()[3]);
        const Reference &b = c004.references[1];
        QCOMPARE(b.citedId, u"09ASTANA731"_s);
        QVERIFY(ReferenceParser::titleMatches(b.title, c003.subject));
        QVERIFY(!ReferenceParser::titleMatches(c004.references[0].title, c003.subject));
        QVERIFY(!ReferenceParser::titleMatches(b.title, c004.subject));
    }

    void bareReftelLinksTheOnlyReference()
    {
        const Cable c = ParserFixtures::parseFile(u"10ASTANA72.html"_s);
        const QList<const Paragraph *> ps = c.paragraphs();
        QCOMPARE(ps[1]->citations.size(), 1);
        QCOMPARE(ps[1]->citations.front().referenceIndexes, QList<int> { 0 });
    }
};

QTEST_GUILESS_MAIN(TestCableReferences)
#include "tst_cablereferences.moc"
