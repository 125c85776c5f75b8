// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecsvrow.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// One row of the release CSV: what the reader streams and what the library
// rebuilds a CSV cable's telegram from.
class TestReleaseCsvRow : public QObject
{
    Q_OBJECT

private:
    static QByteArray row(const QByteArray &header, const QByteArray &body)
    {
        return "\"1\",\"12/28/1966 18:48\",\"66BUENOSAIRES2481\",\"Embassy Buenos Aires\",\"UNCLASSIFIED\",\"\",\""
            + header + "\",\"" + body + '"';
    }

private Q_SLOTS:
    void telegramOfOneRow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("telegram");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("header and body") << row("HEADER", "BODY") << u"HEADER\nBODY"_s << false;
        QTest::newRow("no header") << row("", "BODY") << u"BODY"_s << false;
        QTest::newRow("newlines inside") << row("A\nB", "C\nD") << u"A\nB\nC\nD"_s << false;
        QTest::newRow("escaped quote") << row("", "SAID \\\"NO\\\" TWICE") << u"SAID \"NO\" TWICE"_s << false;
        QTest::newRow("doubled quote") << row("", "SAID \"\"NO\"\" TWICE") << u"SAID \"NO\" TWICE"_s << false;
        QTest::newRow("escaped apostrophe") << row("", "THE SHAH\\'S") << u"THE SHAH'S"_s << false;
        QTest::newRow("line end") << row("H", "B") + "\r\n" << u"H\nB"_s << false;
        QTest::newRow("empty telegram is not null") << row("", "") << QString() << false;
        QTest::newRow("seven fields") << QByteArray("\"1\",\"12/28/1966 18:48\",\"ID\",\"O\",\"C\",\"\",\"B\"")
                                      << QString() << true;
        QTest::newRow("unclosed quote") << QByteArray(row("H", "B").chopped(1)) << QString() << true;
        QTest::newRow("a second row") << row("H", "B") + '\n' + row("X", "Y") << QString() << true;
        QTest::newRow("not a row") << QByteArray("README") << QString() << true;
        QTest::newRow("nothing") << QByteArray() << QString() << true;
    }

    void telegramOfOneRow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, telegram);
        QFETCH(bool, isNull);
        const QString got = ReleaseCsvRow::telegramOf(bytes);
        QCOMPARE(got.isNull(), isNull);
        if (!isNull)
            QCOMPARE(got, telegram);
    }

    void aCutRowAsksForMore()
    {
        const QByteArray whole = row("HEADER", "BODY") + '\n';
        QList<QByteArray> fields;
        for (qsizetype cut = 1; cut < whole.size(); ++cut)
            QCOMPARE(ReleaseCsvRow::parse(QByteArrayView(whole).first(cut), 0, false, &fields), qsizetype(0));
        QCOMPARE(ReleaseCsvRow::parse(whole, 0, true, &fields), whole.size());
        QCOMPARE(fields.size(), ReleaseCsvRow::FieldCount);
        QCOMPARE(fields.at(2), QByteArray("66BUENOSAIRES2481"));
    }
};

QTEST_MAIN(TestReleaseCsvRow)
#include "tst_releasecsvrow.moc"
