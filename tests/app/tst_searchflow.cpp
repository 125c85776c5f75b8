// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchflow.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestSearchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the text highlights of a query: its words and phrases, not its
    // field filters (quoted or not, negated or not) nor its operators.
    void highlightTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << u"nuclear fuel"_s << QStringList { u"nuclear"_s, u"fuel"_s };
        QTest::newRow("phrase") << u"\"fuel swap\" Tehran"_s << QStringList { u"fuel swap"_s, u"Tehran"_s };
        QTest::newRow("operators") << u"gas AND pipeline OR NOT oil"_s
                                   << QStringList { u"gas"_s, u"pipeline"_s, u"oil"_s };
        QTest::newRow("lower-case and is a word")
            << u"bread and butter"_s << QStringList { u"bread"_s, u"and"_s, u"butter"_s };
        QTest::newRow("filters") << u"tag:PREL origin:\"Embassy Rome\" -tag:KNNP visit"_s << QStringList { u"visit"_s };
        QTest::newRow("prefix") << u"sanction*"_s << QStringList { u"sanction*"_s };
        QTest::newRow("non-Latin") << u"Москва"_s << QStringList { u"Москва"_s };
        QTest::newRow("empty") << QString() << QStringList();
    }

    void highlightTerms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchFlow::highlightTerms(query), terms);
    }
};

QTEST_GUILESS_MAIN(TestSearchFlow)
#include "tst_searchflow.moc"
