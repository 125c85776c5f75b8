// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableinvariants.h"
#include "cableparser.h"
#include "documentparser.h"
#include "testdata.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Inputs that once crashed the parser or broke its ranges, each reduced to a
// small file under tests/data/regressions (docs/robustness.md lists where
// each came from). They go through DocumentParser::parse, the way an
// import reads a file, so the cases hold whatever the parser looks like inside.
class TestParserRegressions final : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(REFTEL_TEST_DATA_DIR "/regressions/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
        // Found in the bounds audit, then by the htmlpage fuzz target: a metadata
        // cell written "<td</td>" ends before its tag, and its text was sliced
        // with a negative length.
        QTest::newRow("html cell '<td</td>'")
            << u"html-broken-cell.html"_s << 1 << u"The only paragraph."_s << u"HOAGLAND"_s;
        // Fuzzing (telegram target, on a real page): a paragraph ending in
        // "summary", "comment" or "note" had the text after the word sliced
        // one past its end, to look for "CONTINUED".
        QTest::newRow("span word at the end") << u"span-word-at-end.txt"_s << 2 << u"is summary"_s << QString();
        // Fuzzing (parsedocument target, on a seed): a CSV row with empty
        // header and body fields gave the decoder a null pointer for memchr().
        QTest::newRow("csv empty fields") << u"csv-empty-fields.csv"_s << 0 << QString() << QString();
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
        const QList<Cable> cables = DocumentParser::parse(bytes, file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cables.size(), 1);
        const Cable &c = cables.front();
        const QString broken = CableInvariants::broken(c);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QList<const Paragraph *> ps = c.paragraphs();
        QCOMPARE(ps.size(), paragraphs);
        if (!ps.isEmpty())
            QVERIFY2(ps.back()->text.endsWith(lastParagraphEnd), qPrintable(ps.back()->text));
        QCOMPARE(c.signature, signature);
    }

    // What the page or the row declares survives the broken parts around it.
    void declared_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QString>("origin");
        QTest::newRow("html cell '<td</td>'")
            << u"html-broken-cell.html"_s << QDateTime(QDate(2010, 1, 25), QTime(8, 8), QTimeZone::UTC)
            << u"CONFIDENTIAL"_s << u"Embassy Astana"_s;
        QTest::newRow("csv empty fields")
            << u"csv-empty-fields.csv"_s << QDateTime(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC)
            << u"CONFIDENTIAL"_s << u"Embassy Astana"_s;
    }

    void declared()
    {
        QFETCH(QString, file);
        QFETCH(QDateTime, created);
        QFETCH(QString, classification);
        QFETCH(QString, origin);
        QString error;
        const QList<Cable> cables = DocumentParser::parse(fixture(file), file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cables.size(), 1);
        QCOMPARE(cables.front().created, created);
        QCOMPARE(cables.front().classification, classification);
        QCOMPARE(cables.front().origin, origin);
    }
};

QTEST_GUILESS_MAIN(TestParserRegressions)
#include "tst_parserregressions.moc"
