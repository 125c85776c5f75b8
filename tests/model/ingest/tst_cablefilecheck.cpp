// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablefilecheck.h"

#include "samplecables.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestCableFileCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainlyNotACable_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("readme") << QByteArray("# My cables\n\nNotes about the folder: saved in March.\n")
                                << u"no telegram"_s;
        QTest::newRow("empty") << QByteArray() << u"empty file"_s;
        QTest::newRow("white space") << QByteArray("\n  \n") << u"empty file"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"not a text file"_s;
        QTest::newRow("shopping list") << QByteArray("milk\neggs\nbread\n") << u"no telegram"_s;
    }

    void plainlyNotACable()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString why = CableFileCheck::whyNotACable(content, content.size());
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    // Whatever may be a cable is given to the parser: every saved form of the fixtures, and scraps of one.
    void everythingWithATraceOfATelegramMayBeOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        for (const QString &path : SampleCables::paths())
            QTest::newRow(qPrintable(path)) << SampleCables::contents(path);
        const QDir parser(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser"));
        for (const QString &name : parser.entryList(QDir::Files)) {
            QFile file(parser.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(name)) << file.read(CableFileCheck::HeadBytes);
        }
        QTest::newRow("a banner alone") << QByteArray("C O N F I D E N T I A L SECTION 01 OF 02\n");
        QTest::newRow("a subject line") << QByteArray("subject: talks with the minister\n");
        QTest::newRow("an id") << QByteArray("see 09ASTANA253 for the rest\n");
    }

    void everythingWithATraceOfATelegramMayBeOne()
    {
        QFETCH(QByteArray, content);
        QCOMPARE(CableFileCheck::whyNotACable(content, content.size()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCableFileCheck)
#include "tst_cablefilecheck.moc"
