// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The body where the header's sloppiness spills into it: text with no
// numbered paragraph, text glued onto the REF or Classified By line, page
// markers inside unwrapped text in any case, caveat lines, empty paragraphs.
class TestBodyParser final : public QObject
{
    Q_OBJECT

    static QStringList texts(const Cable &c)
    {
        QStringList out;
        for (const Paragraph *p : c.paragraphs())
            out.append((p->number > 0 ? QString::number(p->number) + u": "_s : QString()) + p->text);
        return out;
    }

    static bool warned(const Cable &c, ParseWarning::Kind kind)
    {
        for (const ParseWarning &w : c.warnings) {
            if (w.kind == kind)
                return true;
        }
        return false;
    }

    static QString header(const QString &more = {})
    {
        return u"UNCLAS LIMA 000123\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV PE\nSUBJECT: TEST\n"_s + more;
    }

private Q_SLOTS:
    void bodies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("one-paragraph note") << header(u"\nThe Embassy has no comment on the report.\n\nSMITH\n"_s)
                                            << QStringList { u"The Embassy has no comment on the report."_s };
        QTest::newRow("unnumbered paragraphs") << header(u"\nFirst part of\nthe note.\n\nSecond part.\n\nSMITH\n"_s)
                                               << QStringList { u"First part of the note."_s, u"Second part."_s };
        QTest::newRow("text glued on REF")
            << header(
                   u"\nREF: LIMA 12 The Embassy delivered the demarche on Monday.\nIt was well received.\n\nSMITH\n"_s)
            << QStringList { u"The Embassy delivered the demarche on Monday. It was well received."_s };
        QTest::newRow("text glued on Classified By") << header(
            u"\nClassified By: A. Person for reasons 1.4 (b) and (d). The Ambassador met the minister today.\n\nSMITH\n"_s)
                                                     << QStringList { u"The Ambassador met the minister today."_s };
        QTest::newRow("paragraph glued on Classified By")
            << header(u"\nClassified By: A. Person, reasons 1.4 (b)  1. (C) Summary: it rained.\n\nSMITH\n"_s)
            << QStringList { u"1: Summary: it rained."_s };
        QTest::newRow("marker inside unwrapped text")
            << header(u"\n1. (U) The minister said LIMA 00000123 002 OF 004 that he would come.\n\nSMITH\n"_s)
            << QStringList { u"1: The minister said that he would come."_s };
        QTest::newRow("mixed-case marker inside text")
            << header(u"\n1. (U) The minister said Lima 00000123 002 of 004 that he would come.\n\nSMITH\n"_s)
            << QStringList { u"1: The minister said that he would come."_s };
        QTest::newRow("mixed-case marker on its own line") << header(
            u"\n1. (U) The minister said\nLima 00000123 002 of 004\nthat he would come.\n\n2. (U) OK.\n\nSMITH\n"_s)
                                                           << QStringList {
                                                                  u"1: The minister said that he would come."_s,
                                                                  u"2: OK."_s
                                                              };
        QTest::newRow("mixed-case marker before a paragraph")
            << header(u"\n1. (U) One.\n\nLima 00000123 002 of 004\n\n2. (U) Two.\n\nSMITH\n"_s)
            << QStringList { u"1: One."_s, u"2: Two."_s };
        QTest::newRow("caveat line inside the body")
            << header(u"\n1. (U) One\nSIPDIS\nmore.\n\nSIPDIS\n\n2. (U) Two.\n\nSMITH\n"_s)
            << QStringList { u"1: One more."_s, u"2: Two."_s };
        QTest::newRow("notice before the text")
            << header(u"\nSensitive but unclassified. Please protect accordingly.\n\n1. (SBU) One.\n\nSMITH\n"_s)
            << QStringList { u"1: One."_s };
        QTest::newRow("no empty paragraph") << header(u"\n1. (U) One.\n\n2. (U)\n\n3. (U) Three.\n\nSMITH\n"_s)
                                            << QStringList { u"1: One."_s, u"3: Three."_s };
    }

    void bodies()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        const Cable c = ParserFixtures::parseText(text);
        QCOMPARE(texts(c), paragraphs);
        QVERIFY(!warned(c, ParseWarning::Kind::NoBody));
        QCOMPARE(c.signature, u"SMITH"_s);
        QCOMPARE(c.subject, u"TEST"_s);
    }

    void headingsAndSections()
    {
        const Cable c =
            ParserFixtures::parseText(header(u"\n1. (C) One.\n\nTHE MINISTER'S VIEW\n\n2. (C) Two.\n\nSMITH\n"_s));
        QCOMPARE(c.sections.size(), 2);
        QCOMPARE(c.sections[1].heading, u"THE MINISTER'S VIEW"_s);
    }

    void noBodyIsAWarning()
    {
        const Cable c = ParserFixtures::parseText(header());
        QCOMPARE(c.paragraphCount(), 0);
        QVERIFY(warned(c, ParseWarning::Kind::NoBody));
    }
};

QTEST_GUILESS_MAIN(TestBodyParser)
#include "tst_bodyparser.moc"
