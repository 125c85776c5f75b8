// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "declassificationreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The E.O. line: what follows DECL, and the date when it is one.
class TestDeclassificationReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decl");
        QTest::addColumn<QDate>("date");
        QTest::newRow("date") << u"12958: DECL: 02/12/2019"_s << u"02/12/2019"_s << QDate(2019, 2, 12);
        QTest::newRow("no colon") << u"12958 DECL: 01/25/2018"_s << u"01/25/2018"_s << QDate(2018, 1, 25);
        QTest::newRow("lower case") << u"12958: decl: 03/04/2015"_s << u"03/04/2015"_s << QDate(2015, 3, 4);
        QTest::newRow("short date") << u"12958: DECL: 1/3/2019"_s << u"1/3/2019"_s << QDate(2019, 1, 3);
        QTest::newRow("N/A") << u"12958: N/A"_s << u"N/A"_s << QDate();
        QTest::newRow("code") << u"12958: DECL: 1.6X1"_s << u"1.6X1"_s << QDate();
        QTest::newRow("newer order") << u"13526: DECL: 02/12/2020"_s << u"02/12/2020"_s << QDate(2020, 2, 12);
        QTest::newRow("with reasons") << u"12958: DECL: 08/17/2019 REASONS 1.4 (B)"_s << u"08/17/2019 REASONS 1.4 (B)"_s
                                      << QDate(2019, 8, 17);
        QTest::newRow("empty") << QString() << QString() << QDate();
    }

    void lines()
    {
        QFETCH(QString, text);
        QFETCH(QString, decl);
        QFETCH(QDate, date);
        const DeclassificationReader::Result r = DeclassificationReader::read(text);
        QCOMPARE(r.text, decl);
        QCOMPARE(r.date, date);
    }
};

QTEST_GUILESS_MAIN(TestDeclassificationReader)
#include "tst_declassificationreader.moc"
