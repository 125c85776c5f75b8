// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "itemroles.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Reftel;

class TestLibraryPane : public QObject
{
    Q_OBJECT

private:
    static QStandardItemModel *makeModel(QObject *parent)
    {
        auto *model = new QStandardItemModel(0, 2, parent);
        for (const QString &id : {QStringLiteral("09ASTANA253"), QStringLiteral("09ASTANA714")}) {
            auto *item = new QStandardItem(id);
            item->setData(id, ItemRole::CableId);
            model->appendRow({item, new QStandardItem(QStringLiteral("2009"))});
        }
        return model;
    }

private Q_SLOTS:
    void typingSearchesOnceAfterAPause()
    {
        LibraryPane pane;
        QSignalSpy search(&pane, &LibraryPane::searchRequested);
        QTest::keyClicks(pane.searchField(), QStringLiteral("manas"));
        QCOMPARE(search.count(), 0); // not on every key
        QTRY_COMPARE(search.count(), 1);
        QCOMPARE(search.first().first().toString(), QStringLiteral("manas"));
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QCOMPARE(search.count(), 2); // Enter searches at once
    }

    void enterOpensTheCurrentCable()
    {
        LibraryPane pane;
        pane.setModel(makeModel(&pane));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy activated(&pane, &LibraryPane::cableActivated);
        pane.searchField()->setFocus();
        QTest::keyClick(pane.searchField(), Qt::Key_Down); // into the list
        QVERIFY(pane.cableList()->hasFocus());
        QTest::keyClick(pane.cableList(), Qt::Key_Down);
        Q_EMIT pane.cableList()->activated(pane.cableList()->currentIndex());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("09ASTANA714"));
    }

    void searchFieldIsReachableAndNamed()
    {
        LibraryPane pane;
        QVERIFY(!pane.accessibleName().isEmpty());
        QVERIFY(!pane.searchField()->accessibleName().isEmpty());
        QVERIFY(!pane.cableList()->accessibleName().isEmpty());
        QVERIFY(!pane.searchField()->placeholderText().isEmpty());
        QVERIFY(pane.searchField()->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestLibraryPane)
#include "tst_librarypane.moc"
