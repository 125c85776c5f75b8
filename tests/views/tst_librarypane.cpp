// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "facetmodel.h"
#include "facetpane.h"
#include "hitsnippetdelegate.h"
#include "itemroles.h"
#include "librarylistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Reftel;

class TestLibraryPane : public QObject
{
    Q_OBJECT

private:
    static QStandardItemModel *makeModel(QObject *parent)
    {
        auto *model = new QStandardItemModel(0, 2, parent);
        for (const QString &id : { QStringLiteral("09ASTANA253"), QStringLiteral("09ASTANA714") }) {
            auto *item = new QStandardItem(id);
            item->setData(id, ItemRole::CableId);
            model->appendRow({ item, new QStandardItem(QStringLiteral("2009")) });
        }
        return model;
    }

    // Columns as LibraryListModel has them, with long origins and subjects.
    static QStandardItemModel *makeListModel(QObject *parent)
    {
        auto *model = new QStandardItemModel(0, LibraryListModel::ColumnCount, parent);
        model->setHorizontalHeaderLabels(
            { QStringLiteral("Reference"), QStringLiteral("Date"), QStringLiteral("Origin"),
                QStringLiteral("Classification"), QStringLiteral("Subject"), QStringLiteral("Match") });
        for (const QString &id : { QStringLiteral("09ASTANA253"), QStringLiteral("09LUANDA12") }) {
            QList<QStandardItem *> row;
            row << new QStandardItem(id) << new QStandardItem(QStringLiteral("2009-02-12"))
                << new QStandardItem(QStringLiteral("Consulate General Ho Chi Minh City"))
                << new QStandardItem(QStringLiteral("CONFIDENTIAL//NOFORN"))
                << new QStandardItem(QStringLiteral("KAZAKHSTAN SUGGESTS MULTILATERAL APPROACH ON MANAS"))
                << new QStandardItem();
            row.first()->setData(id, ItemRole::CableId);
            model->appendRow(row);
        }
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReftelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_librarypane"));
        QSettings().clear();
    }

    // Lists are read by subject: it shows in a pane of the default width; origin and classification on demand.
    void subjectShowsByDefaultAndTheChoiceIsKept()
    {
        QSettings().clear();
        auto *model = makeListModel(this);
        {
            LibraryPane pane;
            pane.setModel(model);
            pane.resize(420, 500);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QTableView *list = pane.cableList();
            QVERIFY(!list->isColumnHidden(LibraryListModel::SubjectColumn));
            QVERIFY(list->isColumnHidden(LibraryListModel::OriginColumn));
            QVERIFY(list->isColumnHidden(LibraryListModel::ClassificationColumn));
            QVERIFY(list->isColumnHidden(LibraryListModel::MatchColumn));
            const int subjectAt = list->horizontalHeader()->sectionViewportPosition(LibraryListModel::SubjectColumn);
            QVERIFY2(
                subjectAt >= 0 && subjectAt < list->viewport()->width() / 2, qPrintable(QString::number(subjectAt)));
            QVERIFY(list->horizontalHeader()->sectionSize(LibraryListModel::SubjectColumn) > 150);

            // With a search the hit in context joins it, the subject still on screen.
            pane.setShowsMatches(true);
            QVERIFY(!list->isColumnHidden(LibraryListModel::MatchColumn));
            QVERIFY(list->horizontalHeader()->sectionViewportPosition(LibraryListModel::SubjectColumn)
                < list->viewport()->width() / 2);
            QVERIFY(list->horizontalHeader()->sectionViewportPosition(LibraryListModel::MatchColumn)
                < list->viewport()->width() - 60);
            pane.setShowsMatches(false);
            QVERIFY(list->isColumnHidden(LibraryListModel::MatchColumn));

            // The header's menu shows the origin.
            QMenu *menu = pane.columnMenu();
            QStringList entries;
            QAction *origin = nullptr;
            for (QAction *action : menu->actions()) {
                entries << action->text();
                if (action->data().toInt() == LibraryListModel::OriginColumn)
                    origin = action;
            }
            QCOMPARE(entries,
                (QStringList { QStringLiteral("Date"), QStringLiteral("Origin"), QStringLiteral("Classification"),
                    QStringLiteral("Subject") }));
            QVERIFY(origin && !origin->isChecked());
            origin->trigger();
            QVERIFY(!list->isColumnHidden(LibraryListModel::OriginColumn));
        }
        // The next start keeps the choice.
        LibraryPane again;
        again.setModel(model);
        QVERIFY(!again.cableList()->isColumnHidden(LibraryListModel::OriginColumn));
        QVERIFY(again.cableList()->isColumnHidden(LibraryListModel::ClassificationColumn));
        QVERIFY(!again.cableList()->isColumnHidden(LibraryListModel::SubjectColumn));
        again.setColumnShown(LibraryListModel::SubjectColumn, false);
        QVERIFY(again.cableList()->isColumnHidden(LibraryListModel::SubjectColumn));
        QSettings().clear();
    }

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

    void facetClicksNarrowAndWidenTheSearch()
    {
        LibraryPane pane;
        auto *facets = new QStandardItemModel(&pane);
        auto *origin = new QStandardItem(QStringLiteral("Origin"));
        auto *astana = new QStandardItem(QStringLiteral("Embassy Astana"));
        astana->setData(QStringLiteral("origin:ASTANA"), FacetModel::FilterTextRole);
        astana->setData(false, FacetModel::ActiveRole);
        origin->appendRow(astana);
        facets->appendRow(origin);
        pane.setFacetModel(facets);
        pane.resize(400, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy search(&pane, &LibraryPane::searchRequested);
        pane.searchField()->setText(QStringLiteral("manas"));

        QTreeView *tree = pane.facetPane()->tree();
        tree->expandAll();
        const QModelIndex value = facets->indexFromItem(astana);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(value).center());
        QCOMPARE(search.size(), 1); // at once, not after the typing pause
        QCOMPARE(search.last().first().toString(), QStringLiteral("manas origin:ASTANA"));
        QCOMPARE(pane.searchField()->text(), QStringLiteral("manas origin:ASTANA"));

        // The recount marks it active; a second click takes it out again.
        astana->setData(true, FacetModel::ActiveRole);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(value).center());
        QCOMPARE(search.last().first().toString(), QStringLiteral("manas"));
        QTest::qWait(LibraryPane::SearchDelayMs + 50);
        QCOMPARE(search.size(), 2); // setting the text did not search a second time
    }

    void snippetPartsAlternatePlainAndMatched()
    {
        QCOMPARE(HitSnippetDelegate::split(QStringLiteral("the \x02Manas\x03 air base")),
            (QStringList { QStringLiteral("the "), QStringLiteral("Manas"), QStringLiteral(" air base") }));
        QCOMPARE(HitSnippetDelegate::split(QStringLiteral("\x02"
                                                          "a\x03 and \x02"
                                                          "b\x03")),
            (QStringList { QString(), QStringLiteral("a"), QStringLiteral(" and "), QStringLiteral("b"), QString() }));
        // A stray end mark does not flip what follows into a match.
        QCOMPARE(HitSnippetDelegate::split(QStringLiteral("x\x03y")), QStringList { QStringLiteral("xy") });
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
