// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"
#include "textscan.h"

#include <QSet>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The body: paragraphs in order, sections, signature, text that keeps the
// original words.
class TestCableBody final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QStringList>("headings");
        QTest::addColumn<QString>("signature");
        QTest::newRow("000") << ParserFixtures::seeds()[0] << u"09ASTANA253"_s << 11
                             << QStringList { u""_s, u"KYRGYZSTAN'S DECISION TO CLOSE MANAS"_s,
                                    u"RUSSIA, CENTRAL ASIA, AFGHANISTAN"_s, u"RUSSIA AND THE UNITED STATES"_s,
                                    u"KAZAKHSTAN AND THE UNITED STATES"_s }
                             << u"HOAGLAND"_s;
        QTest::newRow("001") << ParserFixtures::seeds()[1] << u"09ASTANA1399"_s << 9
                             << QStringList { u""_s, u"TIME FOR SOME MORE STEPS FORWARD ON DEMOCRACY"_s,
                                    u"NAZARBAYEV BLINDSIDED ON CSTO BASE IN KYRGYZSTAN?"_s }
                             << u"HOAGLAND"_s;
        QTest::newRow("002") << ParserFixtures::seeds()[2] << u"09ASTANA478"_s << 7
                             << QStringList { u""_s, u"\"MOSCOW WANTS YOU TO FAIL IN AFGHANISTAN\""_s,
                                    u"AHMEDINEJAD TO VISIT ASTANA"_s,
                                    u"\"IT IS NOW BETTER NOT TO BE FRIENDS WITH WASHINGTON\""_s }
                             << u"HOAGLAND"_s;
        QTest::newRow("003") << ParserFixtures::seeds()[3] << u"09ASTANA713"_s << 12
                             << QStringList { u""_s, u"WHAT SETS KAZAKHSTAN APART"_s,
                                    u"BASE OUR FOREIGN POLICY ON OBJECTIVE REALITY"_s, u"EYES WIDE OPEN"_s }
                             << u"HOAGLAND"_s;
        QTest::newRow("004") << ParserFixtures::seeds()[4] << u"09ASTANA714"_s << 12
                             << QStringList { u""_s, u"AFGHANISTAN"_s, u"OSCE"_s, u"GEOPOLITICS"_s,
                                    u"\"SYMBOLISM IS IMPORTANT\""_s }
                             << u"HOAGLAND"_s;
    }

    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(int, paragraphs);
        QFETCH(QStringList, headings);
        QFETCH(QString, signature);
        const Cable c = ParserFixtures::parseFile(file);
        QCOMPARE(c.id, id);
        QStringList expected;
        for (int i = 1; i <= paragraphs; ++i)
            expected.append(QString::number(i));
        QCOMPARE(ParserFixtures::numbers(c), expected);
        if (!headings.isEmpty()) {
            QStringList got;
            for (const Section &s : c.sections)
                got.append(s.heading);
            QCOMPARE(got.join(u'|'), headings.join(u'|'));
        }
        QCOMPARE(c.signature, signature);
        QSet<QString> texts;
        for (const Paragraph *p : c.paragraphs()) {
            QVERIFY2(!texts.contains(p->text), qPrintable(p->anchor));
            texts.insert(p->text);
            QVERIFY2(!p->text.contains(u" OF 00"), qPrintable(p->text));
            QCOMPARE(p->anchor, id + u'\u00B6' + QString::number(p->number));
            QVERIFY(p->mark == u"C"_s || p->mark == u"U"_s);
            QVERIFY(!p->text.endsWith(signature));
        }
        QVERIFY(c.warnings.isEmpty() || c.warnings.front().kind != ParseWarning::Kind::ParagraphOutOfSequence);
    }

    // Every paragraph's words appear, in order and contiguous, in the
    // telegram once the removed ranges are taken out.
    void wordsMatchOriginal_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : ParserFixtures::seeds())
            QTest::newRow(qPrintable(f)) << f;
        QTest::newRow("10ASTANA72") << u"10ASTANA72.html"_s;
        QTest::newRow("09ASTANA95") << u"09ASTANA95.html"_s;
        QTest::newRow("00HARARE5461") << u"00HARARE5461.html"_s;
        QTest::newRow("02ROME1196") << u"02ROME1196.html"_s;
    }

    void wordsMatchOriginal()
    {
        QFETCH(QString, file);
        const Cable c = ParserFixtures::parseFile(file);
        QVERIFY(c.paragraphCount() > 0);
        QString kept = c.telegram;
        QList<DedupEntry> entries;
        for (const DedupEntry &e : c.dedup) {
            if (e.in == DedupEntry::In::Telegram)
                entries.append(e);
        }
        std::sort(entries.begin(), entries.end(),
            [](const DedupEntry &a, const DedupEntry &b) { return a.position > b.position; });
        for (const DedupEntry &e : std::as_const(entries))
            kept.replace(e.position, e.length, QString(e.length, u' '));
        kept = TextScan::decodeEntities(kept);
        const QList<QStringView> words = TextScan::tokens(kept);
        qsizetype at = 0;
        for (const Paragraph *p : c.paragraphs()) {
            const QList<QStringView> pw = TextScan::tokens(p->text);
            if (pw.isEmpty())
                continue;
            // Find the paragraph's first word from the current position, then every next word.
            bool found = false;
            for (qsizetype s = at; s < words.size() && !found; ++s) {
                if (words[s] != pw[0])
                    continue;
                qsizetype k = 0;
                while (k < pw.size() && s + k < words.size() && words[s + k] == pw[k])
                    ++k;
                if (k == pw.size()) {
                    found = true;
                    at = s + k;
                }
            }
            QVERIFY2(found, qPrintable(p->anchor + u": "_s + p->text.left(120)));
        }
    }

    void paragraphMarks_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("text");
        QTest::newRow("U") << u"1. (U) Text."_s << u"U"_s << u"Text."_s;
        QTest::newRow("C") << u"1.  (C) Text."_s << u"C"_s << u"Text."_s;
        QTest::newRow("S") << u"1. (S) Text."_s << u"S"_s << u"Text."_s;
        QTest::newRow("SBU") << u"1. (SBU) Text."_s << u"SBU"_s << u"Text."_s;
        QTest::newRow("S/NF") << u"1. (S/NF) Text."_s << u"S/NF"_s << u"Text."_s;
        QTest::newRow("C/NF") << u"1. (C/NF) Text."_s << u"C/NF"_s << u"Text."_s;
        QTest::newRow("U//FOUO") << u"1. (U//FOUO) Text."_s << u"U//FOUO"_s << u"Text."_s;
        QTest::newRow("pilcrow") << u"\u00B61. (C) Text."_s << u"C"_s << u"Text."_s;
        QTest::newRow("no mark") << u"1. Text (COMMENT: none)."_s << QString() << u"Text (COMMENT: none)."_s;
    }

    void paragraphMarks()
    {
        QFETCH(QString, line);
        QFETCH(QString, mark);
        QFETCH(QString, text);
        const Cable c =
            ParserFixtures::parseText(u"UNCLAS STATE 000001\n\nSUBJECT: MARKS\n\n"_s + line + u"\n\nRICE\n"_s);
        QCOMPARE(c.paragraphCount(), 1);
        QCOMPARE(c.paragraphs().front()->number, 1);
        QCOMPARE(c.paragraphs().front()->mark, mark);
        QCOMPARE(c.paragraphs().front()->text, text);
    }

    // Sub-items (lettered or dashed) belong to their paragraph; NOTE spans are found too.
    void subItemsAndNotes()
    {
        const Cable c =
            ParserFixtures::parseText(u"CONFIDENTIAL ROME 001234\n\nSUBJECT: ITEMS\n\n1. (C) Three points:\n"
                                      "A. the first;\nB. the second;\n-- and a dash.\n(NOTE: Aside. END NOTE.)\n\n"
                                      "2. (C) Next.\n\nSMITH\n"_s);
        QCOMPARE(ParserFixtures::numbers(c), (QStringList { u"1"_s, u"2"_s }));
        const Paragraph *p1 = c.paragraphs().front();
        QCOMPARE(p1->text, u"Three points: A. the first; B. the second; -- and a dash. (NOTE: Aside. END NOTE.)"_s);
        QCOMPARE(p1->spans.size(), 1);
        QCOMPARE(p1->spans.front().kind, TextSpan::Kind::Note);
        QCOMPARE(p1->text.mid(p1->spans.front().start, p1->spans.front().length), u"(NOTE: Aside. END NOTE.)"_s);
    }

    // Unwrapped pages sometimes run the next paragraph onto the same line.
    void runOnParagraphsSplit()
    {
        const QString longText =
            u"Officials said the sites are (apparently) being blocked by interference from abroad, and that "
            "the ministry is looking into it. "_s;
        const Cable c =
            ParserFixtures::parseText(u"UNCLAS WARSAW 000947\n\nSUBJECT: RUN ON\n\n\u00B64. (U) "_s + longText
                + u"5. (U) On Saturday, more was said. 6. (SBU) Then even more, see para 7. (U) end.\n\nASHE\n"_s);
        QCOMPARE(ParserFixtures::numbers(c), (QStringList { u"4"_s, u"5"_s, u"6"_s }));
        QCOMPARE(c.paragraphs()[1]->text, u"On Saturday, more was said."_s);
        QCOMPARE(c.paragraphs()[2]->mark, u"SBU"_s);
        // "see para 7. (U)" follows no sentence end: it stays text.
        QVERIFY(c.paragraphs()[2]->text.endsWith(u"see para 7. (U) end."_s));
    }

    void unnumberedParagraphsGetSequentialAnchors()
    {
        const Cable c =
            ParserFixtures::parseText(u"UNCLAS ROME 001234\n\nSUBJECT: TEST\n\nFirst paragraph\nwraps here.\n\n"
                                      "Second paragraph.\n\nSMITH\n"_s);
        QCOMPARE(c.paragraphCount(), 2);
        const QList<const Paragraph *> ps = c.paragraphs();
        QCOMPARE(ps[0]->text, u"First paragraph wraps here."_s);
        QCOMPARE(ps[0]->number, 0);
        QVERIFY(ps[0]->anchor.endsWith(u"\u00B6u1"_s));
        QVERIFY(ps[1]->anchor.endsWith(u"\u00B6u2"_s));
        QCOMPARE(c.signature, u"SMITH"_s);
    }

    void paragraphOutOfSequenceIsAWarning()
    {
        const Cable c = ParserFixtures::parseText(
            u"CONFIDENTIAL ROME 001234\n\nSUBJECT: TEST\n\n1. (C) One.\n\n3. (C) Three.\n\n2. (C) Two.\n"_s);
        QCOMPARE(ParserFixtures::numbers(c), (QStringList { u"1"_s, u"3"_s, u"2"_s }));
        bool warned = false;
        for (const ParseWarning &w : c.warnings)
            warned = warned || w.kind == ParseWarning::Kind::ParagraphOutOfSequence;
        QVERIFY(warned);
    }

    void citationsAndSpans()
    {
        const Cable c = ParserFixtures::parseFile(ParserFixtures::seeds()[0]);
        const QList<const Paragraph *> ps = c.paragraphs();
        // Paragraph 3: "(see reftels A and B)".
        QCOMPARE(ps[2]->citations.size(), 1);
        const Citation &cit = ps[2]->citations.front();
        QCOMPARE(ps[2]->text.mid(cit.start, cit.length), u"reftels A and B"_s);
        QCOMPARE(cit.referenceIndexes, (QList<int> { 0, 1 }));
        // Paragraph 8: "(see reftel C, ...)".
        QCOMPARE(ps[7]->citations.front().letters, QStringList { u"C"_s });
        // Paragraph 1 is the summary, closed by END SUMMARY.
        QCOMPARE(ps[0]->spans.size(), 1);
        QCOMPARE(ps[0]->spans.front().kind, TextSpan::Kind::Summary);
        QVERIFY(ps[0]->spans.front().closed);
        QVERIFY(ps[0]->text.mid(ps[0]->spans.front().start, ps[0]->spans.front().length).endsWith(u"END SUMMARY."_s));
        // Paragraph 8 holds a comment in brackets.
        bool comment = false;
        for (const TextSpan &s : ps[7]->spans)
            comment = comment || (s.kind == TextSpan::Kind::Comment && s.closed);
        QVERIFY(comment);
        // Paragraph 3 of seed 000 has a blank line inside: still one flowing text.
        QVERIFY(ps[2]->text.contains(u"(base closure) is a final decision"_s));
    }
};

QTEST_GUILESS_MAIN(TestCableBody)
#include "tst_cablebody.moc"
