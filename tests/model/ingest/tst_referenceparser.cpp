// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceparser.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The REF list in the forms posts typed it (CABLE-FORMAT.md, "Real-world
// variants"): labels, letters, wrapping, years, post names as written,
// non-cable references, lists cut by page markers. Rows made up in the
// shape of real ones; the citing cable is of 2009 unless a row says otherwise.
class TestReferenceParser final : public QObject
{
    Q_OBJECT

    // "letter|id|title" for each reference.
    static QStringList describe(const QList<Reference> &refs)
    {
        QStringList out;
        for (const Reference &r : refs)
            out.append(r.letter + u'|' + r.citedId + u'|' + r.title);
        return out;
    }

private Q_SLOTS:
    void lists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList ab { u"A|09LIMA12|"_s, u"B|09LIMA40|"_s };
        // Labels of the list.
        QTest::newRow("REF:") << u"REF: A. LIMA 12 B. LIMA 40"_s << ab;
        QTest::newRow("REFS:") << u"REFS: A. LIMA 12 B. LIMA 40"_s << ab;
        QTest::newRow("REF(S):") << u"REF(S): A. LIMA 12 B. LIMA 40"_s << ab;
        QTest::newRow("Ref(s):") << u"Ref(s): A. Lima 12 B. Lima 40"_s << ab;
        QTest::newRow("REFTELS:") << u"REFTELS: A. LIMA 12 B. LIMA 40"_s << ab;
        QTest::newRow("REFERENCE:") << u"REFERENCE: A. LIMA 12 B. LIMA 40"_s << ab;
        QTest::newRow("without keyword") << u"A. LIMA 12 B. LIMA 40"_s << ab;
        // Letters.
        QTest::newRow("A)") << u"A) LIMA 12 B) LIMA 40"_s << ab;
        QTest::newRow("(A)") << u"(A) LIMA 12 (B) LIMA 40"_s << ab;
        QTest::newRow("(A) glued") << u"(A)LIMA 12, (B)LIMA 40"_s << ab;
        QTest::newRow("A-") << u"A- LIMA 12 B- LIMA 40"_s << ab;
        QTest::newRow("A:") << u"A: LIMA 12; B: LIMA 40"_s << ab;
        QTest::newRow("pilcrow") << u"A. LIMA 12 \u00B6B. LIMA 40"_s << ab;
        QTest::newRow("lower case") << u"a) lima 12 b) lima 40"_s << ab;
        QTest::newRow("lower with dots") << u"a. LIMA 12 b. LIMA 40"_s << ab;
        QTest::newRow("doubled") << u"A. A) LIMA 12 B. B) LIMA 40"_s << ab;
        QTest::newRow("doubled brackets") << u"A. (A) LIMA 12 B. (B) LIMA 40"_s << ab;
        QTest::newRow("Ref A:") << u"Ref A: Lima 12; Ref B: Lima 40"_s << ab;
        QTest::newRow("dash before letter") << u"(A) LIMA 12 - (B) LIMA 40"_s << ab;
        QTest::newRow("none") << u"LIMA 12"_s << QStringList { u"|09LIMA12|"_s };
        QTest::newRow("U.S. is no label")
            << u"A. LIMA 12 (U.S. VIEWS) B. LIMA 40"_s << QStringList { u"A|09LIMA12|U.S. VIEWS"_s, u"B|09LIMA40|"_s };
        // Wrapping: one entry over two lines, the next letter on the same line.
        QTest::newRow("wrapped entry") << u"A. LIMA 12 (PRESIDENT MEETS\nLEADERS) B. LIMA 40"_s
                                       << QStringList { u"A|09LIMA12|PRESIDENT MEETS LEADERS"_s, u"B|09LIMA40|"_s };
        QTest::newRow("serial on the next line")
            << u"A. USUN NEW\nYORK 345 B. LIMA 40"_s << QStringList { u"A|09USUNNEWYORK345|"_s, u"B|09LIMA40|"_s };
        QTest::newRow("continuation marks") << u"A. LIMA 12 \\\nB. LIMA 40 \\"_s << ab;
        // Years in all positions.
        QTest::newRow("year before") << u"A. 08 STATE 123456 B. LIMA 40"_s
                                     << QStringList { u"A|08STATE123456|"_s, u"B|09LIMA40|"_s };
        QTest::newRow("four-digit year") << u"A. 2008 STATE 123456"_s << QStringList { u"A|08STATE123456|"_s };
        QTest::newRow("glued id") << u"A. 08STATE123456"_s << QStringList { u"A|08STATE123456|"_s };
        QTest::newRow("year after") << u"STATE 123456 (2008)"_s << QStringList { u"|08STATE123456|"_s };
        QTest::newRow("old year") << u"A. 99 PRETORIA 12315"_s << QStringList { u"A|99PRETORIA12315|"_s };
        QTest::newRow("citing year") << u"PRETORIA 425"_s << QStringList { u"|09PRETORIA425|"_s };
        QTest::newRow("serial padded") << u"LIMA 000012"_s << QStringList { u"|09LIMA12|"_s };
        QTest::newRow("serial first") << u"A. 00821 ASMARA"_s << QStringList { u"A|09ASMARA821|"_s };
        // Post names as written, resolved to the release's own.
        QTest::newRow("SECSTATE") << u"SECSTATE 74879"_s << QStringList { u"|09STATE74879|"_s };
        QTest::newRow("SECSTATE with year") << u"08 SECSTATE 74879"_s << QStringList { u"|08STATE74879|"_s };
        QTest::newRow("USUN NEW YORK") << u"USUN NEW YORK 345"_s << QStringList { u"|09USUNNEWYORK345|"_s };
        QTest::newRow("USUN") << u"USUN 345"_s << QStringList { u"|09USUNNEWYORK345|"_s };
        QTest::newRow("USEU BRUSSELS") << u"USEU BRUSSELS 1020"_s << QStringList { u"|09USEUBRUSSELS1020|"_s };
        QTest::newRow("RIO DE JAN") << u"RIO DE JAN 138"_s << QStringList { u"|09RIODEJANEIRO138|"_s };
        QTest::newRow("RIO DE JANEIRO") << u"RIO DE JANEIRO 138"_s << QStringList { u"|09RIODEJANEIRO138|"_s };
        QTest::newRow("HONG KONG") << u"HONG KONG 2311"_s << QStringList { u"|09HONGKONG2311|"_s };
        QTest::newRow("mixed case post") << u"Sao Paulo 573"_s << QStringList { u"|09SAOPAULO573|"_s };
        QTest::newRow("abbreviated post")
            << u"A. 05 CASA 1220 B. 07 CASA 169"_s << QStringList { u"A|05CASABLANCA1220|"_s, u"B|07CASABLANCA169|"_s };
        QTest::newRow("embassy prefix") << u"AMEMBASSY PARIS 213"_s << QStringList { u"|09PARIS213|"_s };
        QTest::newRow("two words with space") << u"THE HAGUE 3350"_s << QStringList { u"|09THEHAGUE3350|"_s };
        // Several cables in one entry, with or without letters.
        QTest::newRow("two in one entry")
            << u"A. ISLAMABAD 5266 ISLAMABAD 4817 B. ISLAMABAD 4369"_s
            << QStringList { u"A|09ISLAMABAD5266|"_s, u"A|09ISLAMABAD4817|"_s, u"B|09ISLAMABAD4369|"_s };
        QTest::newRow("AND between") << u"A. ALGIERS 111 B. ALGIERS 110 AND ALGIERS 140"_s
                                     << QStringList { u"A|09ALGIERS111|"_s, u"B|09ALGIERS110|"_s,
                                            u"B|09ALGIERS140|"_s };
        QTest::newRow("unlettered pair") << u"ANKARA 0112 ISTANBUL 0015"_s
                                         << QStringList { u"|09ANKARA112|"_s, u"|09ISTANBUL15|"_s };
        QTest::newRow("semicolons") << u"10 STATE 9124; STATE 120288"_s
                                    << QStringList { u"|10STATE9124|"_s, u"|09STATE120288|"_s };
        QTest::newRow("and previous") << u"BARCELONA 166 AND PREVIOUS"_s << QStringList { u"|09BARCELONA166|"_s };
        QTest::newRow("lettered and previous") << u"A. LIMA 12 AND PREVIOUS B. LIMA 40"_s << ab;
        // Non-cable references kept as text, without an id.
        QTest::newRow("e-mail") << u"A. SMITH-JONES E-MAIL 04/03/07 B. LIMA 40"_s
                                << QStringList { u"A||"_s, u"B|09LIMA40|"_s };
        QTest::newRow("telecon") << u"A. TELECON 3/2 B. LIMA 40"_s << QStringList { u"A||"_s, u"B|09LIMA40|"_s };
        QTest::newRow("demarche paper") << u"A. DEMARCHE PAPER OF 3/2 B. LIMA 40"_s
                                        << QStringList { u"A||"_s, u"B|09LIMA40|"_s };
        QTest::newRow("meeting on a date")
            << u"A. MEETING OF MARCH 17 B. LIMA 40"_s << QStringList { u"A||"_s, u"B|09LIMA40|"_s };
        QTest::newRow("intelligence report")
            << u"A. USDAO LIMA IIR 6 812 0131 08 B. LIMA 40"_s << QStringList { u"A||"_s, u"B|09LIMA40|"_s };
        QTest::newRow("press report") << u"EMBASSY LIMA DAILY REPORT FOR FEBRUARY 17"_s << QStringList { u"||"_s };
        QTest::newRow("none") << u"NONE"_s << QStringList {};
        QTest::newRow("None.") << u"None."_s << QStringList {};
        // Lists cut by page markers go on after them.
        QTest::newRow("page marker inside") << u"A. LIMA 12 LIMA 00000100 002 OF 003 B. LIMA 40"_s << ab;
        QTest::newRow("mixed-case marker") << u"A. LIMA 12\nLima 00000100 002 of 003\nB. LIMA 40"_s << ab;
        // Titles.
        QTest::newRow("title") << u"LIMA 12 (FLOODS IN THE NORTH)"_s
                               << QStringList { u"|09LIMA12|FLOODS IN THE NORTH"_s };
        QTest::newRow("notal") << u"A. LIMA 12 (NOTAL) B. LIMA 40"_s << ab;
        QTest::newRow("trailing punctuation") << u"A. LIMA 12, B. LIMA 40."_s << ab;
        QTest::newRow("comma-separated, unlettered")
            << u"OTTAWA 123, OTTAWA 456"_s << QStringList { u"|09OTTAWA123|"_s, u"|09OTTAWA456|"_s };
        QTest::newRow("glued ids lettered")
            << u"A) 08STATE12345 B) 08BAGHDAD123"_s << QStringList { u"A|08STATE12345|"_s, u"B|08BAGHDAD123|"_s };
        QTest::newRow("written posts lettered")
            << u"A. SECSTATE 123456 B. USUN 567"_s << QStringList { u"A|09STATE123456|"_s, u"B|09USUNNEWYORK567|"_s };
        QTest::newRow("serial alone after an entry")
            << u"A) CALCUTTA 00354 B) 00357 C) CALCUTTA 00363"_s
            << QStringList { u"A|09CALCUTTA354|"_s, u"B|09CALCUTTA357|"_s, u"C|09CALCUTTA363|"_s };
        QTest::newRow("year glued to post")
            << u"A. 08RIYADH 1302 B. LIMA 40"_s << QStringList { u"A|08RIYADH1302|"_s, u"B|09LIMA40|"_s };
        QTest::newRow("post and serial glued") << u"REF A: BOGOTA2629"_s << QStringList { u"A|09BOGOTA2629|"_s };
        QTest::newRow("year of the next cable") << u"A. 07 ALGIERS 1807 AND 08 ALGIERS 0075"_s
                                                << QStringList { u"A|07ALGIERS1807|"_s, u"A|08ALGIERS75|"_s };
        QTest::newRow("a year is no serial")
            << u"A) MINSK 297 B) 2005 MINSK"_s << QStringList { u"A|09MINSK297|"_s, u"B||"_s };
        QTest::newRow("eight-digit serial") << u"RECIFE 00000074"_s << QStringList { u"|09RECIFE74|"_s };
        QTest::newRow("reversed post") << u"DUBAI RPO 378"_s << QStringList { u"|09RPODUBAI378|"_s };
        QTest::newRow("old abbreviation") << u"03 VAT 4859"_s << QStringList { u"|03VATICAN4859|"_s };
        QTest::newRow("sentence glued after")
            << u"STATE 1234 The Embassy delivered it."_s << QStringList { u"|09STATE1234|"_s };
    }

    void lists()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(ReferenceParser::parseList(text, 9)), expected);
    }

    // What a reference that is no cable was, and what the parser could not read, are kept.
    void unreadableAndNonCable()
    {
        QStringList unreadable;
        const QList<Reference> refs =
            ReferenceParser::parseList(u"A. TELECON 3/2 B. FREETOWN C. LIMA 40"_s, 9, &unreadable);
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs[0].text, u"TELECON 3/2"_s);
        QCOMPARE(refs[1].text, u"FREETOWN"_s);
        QCOMPARE(unreadable, QStringList { u"FREETOWN"_s });
    }

    void entryTextsOfSeveralCables()
    {
        const QList<Reference> refs = ReferenceParser::parseList(u"A. ISLAMABAD 5266 ISLAMABAD 4817 (NOTAL)"_s, 9);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs[0].text, u"ISLAMABAD 5266"_s);
        QCOMPARE(refs[1].text, u"ISLAMABAD 4817 (NOTAL)"_s);
    }
};

QTEST_GUILESS_MAIN(TestReferenceParser)
#include "tst_referenceparser.moc"
