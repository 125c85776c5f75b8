// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsvectortext.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// What a server library's tsv columns hold: the words FTS5 indexes, with
// their positions, as tsvector input.
class TestTsVectorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tsvector");
        QTest::newRow("words and positions")
            << u"Manas air base; the air base"_s << u"'manas':1 'air':2,5 'base':3,6 'the':4"_s;
        QTest::newRow("accents and case") << u"Québec ÉTÉ"_s << u"'quebec':1 'ete':2"_s;
        // The server's parser would keep these whole ('u.s', 'state.gov', 'c/nf').
        QTest::newRow("punctuation splits")
            << u"U.S. state.gov C/NF air-base"_s << u"'u':1 's':2 'state':3 'gov':4 'c':5 'nf':6 'air':7 'base':8"_s;
        QTest::newRow("ids and numbers") << u"REF: 09ASTANA713, para 5"_s
                                         << u"'ref':1 '09astana713':2 'para':3 '5':4"_s;
        QTest::newRow("no words") << u" -- ;; "_s << QString();
    }

    void fromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, tsvector);
        QCOMPARE(TsVectorText::fromText(text), tsvector);
    }

    // Untrusted text never makes input the server refuses: positions stop
    // at its highest, a word keeps at most MaxPositions of them, a word too
    // long is left out and the positions after it still count.
    void staysWithinTheServersLimits()
    {
        const QString many = u"x "_s.repeated(TsVectorText::MaxPosition + 10) + u"last"_s;
        const QString vector = TsVectorText::fromText(many);
        QCOMPARE(vector.count(u','), TsVectorText::MaxPositions - 1);
        QVERIFY(vector.endsWith(u"'last':"_s + QString::number(TsVectorText::MaxPosition)));

        const QString longWord(TsVectorText::MaxWordBytes + 1, u'y');
        QCOMPARE(TsVectorText::fromText(u"a "_s + longWord + u" b"_s), u"'a':1 'b':3"_s);

        QString distinct;
        for (int i = 0; i < 200000; ++i)
            distinct += u"w"_s + QString::number(i) + u' ';
        const QString capped = TsVectorText::fromText(distinct);
        QVERIFY(capped.startsWith(u"'w0':1 'w1':2 "_s));
        QVERIFY(!capped.contains(u"'w199999'"_s));
    }
};

QTEST_GUILESS_MAIN(TestTsVectorText)
#include "tst_tsvectortext.moc"
