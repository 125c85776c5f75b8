// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcopybuffer.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// What COPY's text format is given for each kind of value a cable's rows
// hold; the round trip through a server is in tst_cablewriter_pg.
class TestPgCopyBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("null") << QVariant() << QByteArray("\\N");
        QTest::newRow("null text is empty text") << QVariant(QString()) << QByteArray();
        QTest::newRow("plain text") << QVariant(u"09ASTANA253"_s) << QByteArray("09ASTANA253");
        QTest::newRow("separators and backslash") << QVariant(u"a\tb\nc\rd\\e"_s) << QByteArray("a\\tb\\nc\\rd\\\\e");
        QTest::newRow("not ASCII") << QVariant(u"Almaty ¶ Астана"_s) << u"Almaty ¶ Астана"_s.toUtf8();
        QTest::newRow("U+0000 becomes U+FFFD") << QVariant(u"a"_s + QChar(0) + u"b"_s)
                                               << QByteArray("a\xEF\xBF\xBD"
                                                             "b");
        QTest::newRow("\\N as text") << QVariant(u"\\N"_s) << QByteArray("\\\\N");
        QTest::newRow("integer") << QVariant(qint64(-1)) << QByteArray("-1");
        QTest::newRow("large integer") << QVariant(qint64(1) << 40) << QByteArray("1099511627776");
        QTest::newRow("boolean") << QVariant(true) << QByteArray("1");
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff\\", 3)) << QByteArray("\\\\x00ff5c");
        QTest::newRow("empty bytes") << QVariant(QByteArray("")) << QByteArray("\\\\x");
        QTest::newRow("null bytes") << QVariant(QByteArray()) << QByteArray("\\N");
    }

    void appendValue()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, field);
        QByteArray out;
        PgCopyBuffer::appendValue(out, value);
        QCOMPARE(out, field);
    }

    void rowsAreTabSeparatedLines()
    {
        PgCopyBuffer buffer(u"t"_s, u"a, b, c"_s);
        buffer.add({ QVariant(1), QVariant(u"x y"_s), QVariant() });
        buffer.add(QVariantList { QVariant(2), QVariant(u""_s), QVariant(u"z"_s) });
        QCOMPARE(buffer.rows(), 2);
        QCOMPARE(buffer.bytes(), qsizetype(QByteArray("1\tx y\t\\N\n2\t\tz\n").size()));
        buffer.clear();
        QCOMPARE(buffer.rows(), 0);
        QCOMPARE(buffer.bytes(), 0);
    }

    void sendWithoutConnectionFails()
    {
        PgCopyBuffer buffer(u"t"_s, u"a"_s);
        QVERIFY(buffer.send(nullptr)); // nothing to send
        buffer.add({ QVariant(1) });
        QVERIFY(!buffer.send(nullptr));
        QVERIFY(!buffer.errorString().isEmpty());
    }

    void faultOfSqlState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("fault");
        QTest::newRow("disk full") << QStringLiteral("53100") << int(LibraryHealth::Fault::DiskFull);
        QTest::newRow("read-only transaction") << QStringLiteral("25006") << int(LibraryHealth::Fault::ReadOnly);
        QTest::newRow("no privilege") << QStringLiteral("42501") << int(LibraryHealth::Fault::ReadOnly);
        QTest::newRow("lock not available") << QStringLiteral("55P03") << int(LibraryHealth::Fault::Busy);
        QTest::newRow("deadlock") << QStringLiteral("40P01") << int(LibraryHealth::Fault::Busy);
        QTest::newRow("damaged data") << QStringLiteral("XX001") << int(LibraryHealth::Fault::Damaged);
        QTest::newRow("I/O error") << QStringLiteral("58030") << int(LibraryHealth::Fault::InputOutput);
        QTest::newRow("check violation") << QStringLiteral("23514") << int(LibraryHealth::Fault::Other);
        QTest::newRow("none given") << QString() << int(LibraryHealth::Fault::Other);
    }

    void faultOfSqlState()
    {
        QFETCH(QString, state);
        QFETCH(int, fault);
        QCOMPARE(int(LibraryHealth::faultOfSqlState(state)), fault);
    }
};

QTEST_GUILESS_MAIN(TestPgCopyBuffer)
#include "tst_pgcopybuffer.moc"
