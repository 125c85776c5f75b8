// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabletreemodel.h"
#include "itemroles.h"
#include "outlinepane.h"
#include "samplecable.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Reftel;

class TestOutlinePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSectionsParagraphsAndCounts()
    {
        OutlinePane pane;
        pane.resize(320, 600);
        pane.show();
        QVERIFY(!pane.view()->isVisible()); // the placeholder, before a cable
        pane.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        QVERIFY(pane.view()->isVisible());
        const QAbstractItemModel *model = pane.view()->model();
        // Header, then sections, every one expanded.
        QVERIFY(model->rowCount() >= 2);
        const QModelIndex firstSection = model->index(1, 0);
        QVERIFY(pane.view()->isExpanded(firstSection));
        const QModelIndex first = model->index(0, 0, firstSection);
        QVERIFY(first.data().toString().startsWith(QStringLiteral("1. (C) SUMMARY")));

        const QString anchor3 = QStringLiteral("09ASTANA253\u00B63");
        pane.setAnnotationCounts({ { anchor3, 2 } });
        const QModelIndex para3 = pane.model()->indexForAnchor(anchor3);
        QCOMPARE(para3.siblingAtColumn(CableTreeModel::AnnotationColumn).data().toString(), QStringLiteral("2"));

        pane.clear();
        QVERIFY(!pane.view()->isVisible());
    }

    void activationNamesTheParagraph()
    {
        OutlinePane pane;
        pane.resize(320, 600);
        pane.show();
        pane.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy activated(&pane, &OutlinePane::paragraphActivated);
        const QString anchor5 = QStringLiteral("09ASTANA253\u00B65");
        const QModelIndex para5 = pane.model()->indexForAnchor(anchor5);
        QVERIFY(para5.isValid());
        pane.view()->scrollTo(para5);
        QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, pane.view()->visualRect(para5).center());
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.constLast().at(0).toString(), anchor5);

        // A section takes the reader to its first paragraph.
        activated.clear();
        const QModelIndex section = para5.parent();
        pane.view()->setCurrentIndex(section);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.constLast().at(0).toString(),
            pane.model()->index(0, 0, section).data(ItemRole::Anchor).toString());
    }
};

QTEST_MAIN(TestOutlinePane)
#include "tst_outlinepane.moc"
