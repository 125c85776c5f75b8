// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace Reftel;

class TestLibraryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBundledSamples()
    {
        LibraryPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.cableList()->count(), 5);
        QStringList ids;
        for (int i = 0; i < pane.cableList()->count(); ++i)
            ids << pane.cableList()->item(i)->text();
        QVERIFY(ids.contains(QStringLiteral("09ASTANA253")));
        QVERIFY(ids.contains(QStringLiteral("09ASTANA714")));
    }

    void searchFieldIsReachableAndNamed()
    {
        LibraryPane pane;
        QVERIFY(!pane.accessibleName().isEmpty());
        QVERIFY(!pane.searchField()->accessibleName().isEmpty());
        QVERIFY(!pane.searchField()->placeholderText().isEmpty());
        QVERIFY(pane.searchField()->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestLibraryPane)
#include "tst_librarypane.moc"
