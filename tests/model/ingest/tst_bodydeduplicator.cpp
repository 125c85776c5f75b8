// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodydeduplicator.h"
#include "lineclassifier.h"
#include "paragraphtext.h"
#include "parserfixtures.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// A second copy of the body: reported as removed, and used to complete a
// paragraph the first copy cut short.
class TestBodyDeduplicator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyIsReported()
    {
        const QString t = u"1. (C) First.\n2. (C) Second.\n1. (C) First.\n2. (C) Second.\n"_s;
        TelegramLines lines = LineClassifier::classify(t);
        BodyDeduplicator dedup(lines);
        QVERIFY(!dedup.inRepeat());
        dedup.start(lines[2].start);
        dedup.start(lines[3].start); // already open: the start stays
        QVERIFY(dedup.inRepeat());
        dedup.end(t.size());
        QVERIFY(!dedup.inRepeat());
        QCOMPARE(lines.removed().size(), 1);
        const DedupEntry &e = lines.removed().front();
        QCOMPARE(e.kind, DedupEntry::Kind::RepeatedBody);
        QCOMPARE(t.mid(e.position, e.length), u"1. (C) First.\n2. (C) Second.\n"_s);
    }

    void truncatedParagraphCompleted()
    {
        const QString t = u"1. (C) The minister...\n1. (C) The minister said it all.\n"_s;
        TelegramLines lines = LineClassifier::classify(t);
        QList<ParagraphDraft> paragraphs(1);
        paragraphs[0].number = 1;
        paragraphs[0].segments.append({ 7, lines[0].cend });
        ParagraphText::finish(paragraphs[0], lines);
        QCOMPARE(paragraphs[0].text, u"The minister..."_s);
        BodyDeduplicator dedup(lines);
        dedup.start(lines[1].start);
        dedup.openShadow(1, u"C"_s, 1, lines[1].cstart + 7);
        dedup.end(t.size());
        const QList<ParseWarning> warnings = dedup.replaceTruncated(paragraphs);
        QCOMPARE(paragraphs[0].text, u"The minister said it all."_s);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.front().kind, ParseWarning::Kind::TruncatedText);
    }

    // A whole page saved twice: one body, the copy reported.
    void savedTwice()
    {
        const QString once = u"UNCLAS LIMA 000123\n\nSUBJECT: TEST\n\n1. (U) One.\n\n2. (U) Two.\n\nSMITH\n"_s;
        const Cable c = ParserFixtures::parseText(once + once);
        QCOMPARE(ParserFixtures::numbers(c), (QStringList { u"1"_s, u"2"_s }));
        QCOMPARE(c.dedupCount(DedupEntry::Kind::RepeatedBody), 1);
        QCOMPARE(c.signature, u"SMITH"_s);
    }
};

QTEST_GUILESS_MAIN(TestBodyDeduplicator)
#include "tst_bodydeduplicator.moc"
