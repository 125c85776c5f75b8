// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableinvariants.h"
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
        const QString broken = CableInvariants::broken(c);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QList<const Paragraph *> ps = c.paragraphs();
        QCOMPARE(ps.size(), paragraphs);
        QVERIFY2(ps.back()->text.endsWith(lastParagraphEnd), qPrintable(ps.back()->text));
        QCOMPARE(c.signature, signature);
    }
};

QTEST_GUILESS_MAIN(TestParserRegressions)
#include "tst_parserregressions.moc"
