// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

#include <QTest>

using namespace Reftel;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backAndForwardRememberWhereTheReaderWas()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        history.visit(QStringLiteral("A"));
        history.setCurrentScroll(120);
        history.visit(QStringLiteral("B"));
        history.setCurrentScroll(40);
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), (NavigationHistory::Place { QStringLiteral("A"), 120 }));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), (NavigationHistory::Place { QStringLiteral("A"), 120 })); // nowhere further
        QCOMPARE(history.forward(), (NavigationHistory::Place { QStringLiteral("B"), 40 }));
    }

    void openingDropsWhatWasAhead()
    {
        NavigationHistory history;
        for (const char *id : { "A", "B", "C" })
            history.visit(QString::fromLatin1(id));
        history.back();
        history.back();
        history.visit(QStringLiteral("D"));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.back().cableId, QStringLiteral("A"));
    }

    void reloadingTheSameCableIsNoNewPlace()
    {
        NavigationHistory history;
        history.visit(QStringLiteral("A"));
        history.visit(QStringLiteral("A"));
        QCOMPARE(history.size(), 1);
    }

    void keepsTheNewestPlaces()
    {
        NavigationHistory history;
        for (int i = 0; i < NavigationHistory::Limit + 10; ++i)
            history.visit(QString::number(i));
        QCOMPARE(history.size(), NavigationHistory::Limit);
        QCOMPARE(history.current().cableId, QString::number(NavigationHistory::Limit + 9));
        while (history.canGoBack())
            history.back();
        QCOMPARE(history.current().cableId, QStringLiteral("10"));
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
