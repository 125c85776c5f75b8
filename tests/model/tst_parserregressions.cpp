// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableparser.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Inputs that once crashed the parser or broke its ranges, each reduced to a
// small file under tests/data/regressions (docs/robustness.md lists where
// each came from). They go through CableParser::parseDocument, the way an
// import reads a file, so the cases hold whatever the parser looks like inside.
class TestParserRegressions final : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(REFTEL_TEST_DATA_DIR "/regressions/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // What the reading pane and the store rely on: every range a cable
    // carries lies inside the text it points into.
    static void checkRanges(const Cable &c)
    {
        for (const DedupEntry &e : c.dedup) {
            const QString &text = e.in == DedupEntry::In::Telegram ? c.telegram : c.documentText;
            QVERIFY2(e.position >= 0 && e.length >= 0 && e.position + e.length <= text.size(), qPrintable(e.excerpt));
        }
        for (const Paragraph *p : c.paragraphs()) {
            for (const Citation &cit : p->citations) {
                QVERIFY(cit.start >= 0 && cit.length >= 0 && cit.start + cit.length <= p->text.size());
                for (const int r : cit.referenceIndexes)
                    QVERIFY(r >= 0 && r < c.references.size());
            }
            for (const TextSpan &s : p->spans)
                QVERIFY(s.start >= 0 && s.length >= 0 && s.start + s.length <= p->text.size());
        }
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("lastParagraphEnd");
        QTest::addColumn<QString>("signature");

        // issue 12: the signature heuristic cut "..", the last word, to an
        // empty word and then sliced(1) of it (SIGSEGV in Parser::finish).
        QTest::newRow("last word '..'") << u"signature-dots.txt"_s << 2 << u"two dots .."_s << QString();
    }

    void parses()
    {
        QFETCH(QString, file);
        QFETCH(int, paragraphs);
        QFETCH(QString, lastParagraphEnd);
        QFETCH(QString, signature);

        const QByteArray bytes = fixture(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        QString error;
        const QList<Cable> cables = CableParser::parseDocument(bytes, file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cables.size(), 1);
        const Cable &c = cables.front();
        checkRanges(c);
        const QList<const Paragraph *> ps = c.paragraphs();
        QCOMPARE(ps.size(), paragraphs);
        QVERIFY2(ps.back()->text.endsWith(lastParagraphEnd), qPrintable(ps.back()->text));
        QCOMPARE(c.signature, signature);
    }
};

QTEST_GUILESS_MAIN(TestParserRegressions)
#include "tst_parserregressions.moc"
