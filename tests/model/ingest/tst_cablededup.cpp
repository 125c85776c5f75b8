// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"
#include "textscan.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// What was removed or repaired, and where it was.
class TestCableDedup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("repeatedHeaders");
        QTest::addColumn<int>("repeatedBodies");
        QTest::addColumn<int>("pageMarkers");
        QTest::addColumn<int>("brokenEntities");
        QTest::addColumn<int>("dumps");
        QTest::addColumn<bool>("boilerplate");
        const QStringList s = ParserFixtures::seeds();
        QTest::newRow("000") << s[0] << 1 << 0 << 1 << 0 << 0 << true;
        QTest::newRow("001") << s[1] << 1 << 0 << 1 << 0 << 0 << true;
        QTest::newRow("002") << s[2] << 0 << 0 << 1 << 0 << 0 << true;
        QTest::newRow("003") << s[3] << 0 << 0 << 2 << 1 << 0 << true;
        QTest::newRow("004") << s[4] << 1 << 1 << 4 << 0 << 0 << false;
        QTest::newRow("10ASTANA72") << u"10ASTANA72.html"_s << 0 << 0 << 2 << 0 << 0 << false;
        QTest::newRow("00HARARE5461 section header") << u"00HARARE5461.html"_s << 1 << 0 << 13 << 0 << 0 << true;
        QTest::newRow("02ROME1196 corrected copy") << u"02ROME1196.html"_s << 2 << 1 << 21 << 0 << 0 << true;
        QTest::newRow("08LIMA913 dump") << u"08LIMA913.html"_s << 1 << 1 << 0 << 0 << 1 << false;
    }

    void counts()
    {
        QFETCH(QString, file);
        QFETCH(int, repeatedHeaders);
        QFETCH(int, repeatedBodies);
        QFETCH(int, pageMarkers);
        QFETCH(int, brokenEntities);
        QFETCH(int, dumps);
        QFETCH(bool, boilerplate);
        const Cable c = ParserFixtures::parseFile(file);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::RepeatedHeader), repeatedHeaders);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::RepeatedBody), repeatedBodies);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::PageMarker), pageMarkers);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::BrokenEntity), brokenEntities);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::MetadataDump), dumps);
        QCOMPARE(c.dedupCount(DedupEntry::Kind::SiteBoilerplate) > 0, boilerplate);
        // Every range points at what it names.
        for (const DedupEntry &e : c.dedup) {
            const QString &text = e.in == DedupEntry::In::Telegram ? c.telegram : c.documentText;
            QVERIFY(e.position >= 0 && e.length > 0 && e.position + e.length <= text.size());
            QCOMPARE(TextScan::excerpt(QStringView(text).sliced(e.position, e.length)), e.text);
        }
    }

    void pageMarkerRangesAreTheMarkers()
    {
        const Cable c = ParserFixtures::parseFile(ParserFixtures::seeds()[0]);
        for (const DedupEntry &e : c.dedup) {
            if (e.kind == DedupEntry::Kind::PageMarker)
                QCOMPARE(c.telegram.mid(e.position, e.length), u"ASTANA 00000253 002 OF 002"_s);
        }
        // The telegram is a slice of the page, so positions map back to it.
        QVERIFY(c.telegramOffset > 0);
        QCOMPARE(c.documentText.mid(c.telegramOffset, 12), u"VZCZCXRO9782"_s);
    }

    void brokenEntityRepaired()
    {
        const Cable c = ParserFixtures::parseFile(ParserFixtures::seeds()[3]);
        const Paragraph *p5 = c.paragraphs()[4];
        QCOMPARE(p5->number, 5);
        QVERIFY2(p5->text.contains(u"no stranger to post-Soviet corruption"_s), qPrintable(p5->text));
        QVERIFY(!p5->text.contains(u"&#"_s));
        QVERIFY(!p5->text.contains(u"x000A"_s));
    }

    void repeatedBodyRemoved()
    {
        const Cable c = ParserFixtures::parseFile(ParserFixtures::seeds()[4]);
        QCOMPARE(c.paragraphCount(), 12);
        for (const DedupEntry &e : c.dedup) {
            if (e.kind != DedupEntry::Kind::RepeatedBody)
                continue;
            // The copy runs from the repeated caveat to the second signature.
            QVERIFY(c.telegram.mid(e.position).startsWith(u"SIPDIS"_s));
            QCOMPARE(e.position + e.length, c.telegram.size());
            QVERIFY(c.telegram.mid(e.position, e.length).trimmed().endsWith(u"HOAGLAND"_s));
        }
    }

    void truncatedParagraphReplacedByItsFullCopy()
    {
        const Cable c = ParserFixtures::parseFile(u"08LIMA913.html"_s);
        const Paragraph *p1 = c.paragraphs().front();
        QCOMPARE(p1->number, 1);
        QVERIFY(!p1->text.endsWith(u"..."_s));
        QVERIFY(p1->text.endsWith(u"End Summary."_s));
        QCOMPARE(c.subject, u"Extraditions in Peru"_s);
    }

    void originalBytesKept()
    {
        for (const QString &f : ParserFixtures::seeds()) {
            const Cable c = ParserFixtures::parseFile(f);
            QCOMPARE(c.originalBytes, ParserFixtures::bytes(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestCableDedup)
#include "tst_cablededup.moc"
