// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagwords.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The kind a stored tag code gets back when a cable is loaded from the
// library, which keeps only the code: what the glossary knows, else what the
// code's words say.
class TestTagWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeStoredCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("known") << u"PGOV"_s << int(TagInfo::Kind::Subject);
        QTest::newRow("person") << u"GATES, ROBERT M."_s << int(TagInfo::Kind::Person);
        QTest::newRow("phrase") << u"HUMAN RIGHTS"_s << int(TagInfo::Kind::Phrase);
        QTest::newRow("phrase with a stop word") << u"MINISTRY OF DEFENSE"_s << int(TagInfo::Kind::Phrase);
        QTest::newRow("unknown") << u"KSCA"_s << int(TagInfo::Kind::Unknown);
        QTest::newRow("letters of codes") << u"PGOVQQXZ"_s << int(TagInfo::Kind::Unknown);
    }

    void describeStoredCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(TagWords::describe(code).kind), kind);
    }

    void describedCodesKeepTheirMeaning()
    {
        QVERIFY(!TagWords::describe(u"PGOV").meaning.isEmpty());
        QCOMPARE(TagWords::describe(u"GATES, ROBERT M.").meaning, u"person"_s);
        QCOMPARE(TagWords::describe(u"HUMAN RIGHTS").meaning, u"written out in words"_s);
        QVERIFY(TagWords::describe(u"KSCA").meaning.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagWords)
#include "tst_tagwords.moc"
