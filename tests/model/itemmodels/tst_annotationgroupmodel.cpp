// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationgroupmodel.h"

#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "itemroles.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestAnnotationGroupModel : public QObject
{
    Q_OBJECT

private:
    // The tree as the browser shows it: group lines, their rows indented.
    static QStringList shown(const QAbstractItemModel &model)
    {
        QStringList lines;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            lines << group.data().toString();
            for (int r = 0; r < model.rowCount(group); ++r)
                lines << u"  "_s + model.index(r, 0, group).data().toString();
        }
        return lines;
    }

    struct Library
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase database;
        AnnotationListModel *list = nullptr;
        qint64 create(const QString &cable, const QString &quote, const QList<qint64> &tags = {}, int day = 1)
        {
            return database.annotations().create(
                StoreFixtures::makeAnnotation(cable, quote, QString(), u"ann"_s, tags, QDate(2026, 1, day)));
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupsByCable()
    {
        Library library;
        QVERIFY(library.database.open(library.dir.path()));
        QVERIFY(library.create(u"09ASTANA253"_s, u"alpha"_s) > 0);
        QVERIFY(library.create(u"09ASTANA713"_s, u"bravo"_s) > 0);
        QVERIFY(library.create(u"09ASTANA253"_s, u"charlie"_s) > 0);
        AnnotationListModel list(library.database);
        list.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
        QVERIFY(list.reload());
        AnnotationGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&list);
        QCOMPARE(shown(groups),
            QStringList({ u"09ASTANA253 (2)"_s, u"  ¶1 “alpha”"_s, u"  ¶1 “charlie”"_s, u"09ASTANA713 (1)"_s,
                u"  ¶1 “bravo”"_s }));
        const QModelIndex charlie = groups.index(1, 0, groups.index(0, 0));
        QCOMPARE(charlie.data(ItemRole::CableId).toString(), u"09ASTANA253"_s);
        QCOMPARE(groups.mapToSource(charlie).row(), 2);
        QCOMPARE(groups.mapFromSource(list.index(2, AnnotationListModel::QuoteColumn)), charlie);
        QCOMPARE(groups.index(0, AnnotationGroupModel::AuthorColumn, groups.index(0, 0)).data().toString(), u"ann"_s);
        QVERIFY(groups.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(groups.headerData(AnnotationGroupModel::PassageColumn, Qt::Horizontal).toString(), u"Passage"_s);
    }

    // An annotation with two tags stands in both groups, one with none under "(no tag)".
    void groupsByTag()
    {
        Library library;
        QVERIFY(library.database.open(library.dir.path()));
        const qint64 manas = library.database.userTags().ensurePath(u"Manas"_s);
        const qint64 military = library.database.userTags().ensurePath(u"Russia/Military"_s);
        QVERIFY(library.create(u"09ASTANA253"_s, u"alpha"_s, { manas, military }) > 0);
        QVERIFY(library.create(u"09ASTANA713"_s, u"bravo"_s, { military }) > 0);
        QVERIFY(library.create(u"09ASTANA714"_s, u"charlie"_s) > 0);
        AnnotationListModel list(library.database);
        list.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
        QVERIFY(list.reload());
        AnnotationGroupModel groups;
        groups.setGrouping(AnnotationGroupModel::Grouping::ByTag);
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&list);
        QCOMPARE(shown(groups),
            QStringList(
                { u"(no tag) (1)"_s, u"  09ASTANA714 ¶1 “charlie”"_s, u"Manas (1)"_s, u"  09ASTANA253 ¶1 “alpha”"_s,
                    u"Russia/Military (2)"_s, u"  09ASTANA253 ¶1 “alpha”"_s, u"  09ASTANA713 ¶1 “bravo”"_s }));
        groups.setGrouping(AnnotationGroupModel::Grouping::ByCable);
        QCOMPARE(groups.rowCount(), 3);
    }

    // The store's changes reach the groups as rows inserted into and removed
    // from the right group, never as a reset.
    void sourceChangesMoveRowsBetweenGroups()
    {
        Library library;
        QVERIFY(library.database.open(library.dir.path()));
        const qint64 manas = library.database.userTags().ensurePath(u"Manas"_s);
        const qint64 alpha = library.create(u"09ASTANA253"_s, u"alpha"_s, {}, 1);
        AnnotationListModel list(library.database);
        list.follow(&library.database.annotations(), &library.database.userTags());
        list.setFilter({});
        list.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
        AnnotationGroupModel groups;
        groups.setSourceModel(&list);
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&groups, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&groups, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&groups, &QAbstractItemModel::rowsRemoved);

        // Into a group that exists, in the source's order.
        const qint64 charlie = library.create(u"09ASTANA253"_s, u"charlie"_s, {}, 2);
        const qint64 bravo = library.create(u"09ASTANA253"_s, u"bravo"_s, {}, 3);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(0).value<QModelIndex>(), groups.index(0, 0));
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        QCOMPARE(shown(groups),
            QStringList({ u"09ASTANA253 (3)"_s, u"  ¶1 “alpha”"_s, u"  ¶1 “bravo”"_s, u"  ¶1 “charlie”"_s }));
        const QPersistentModelIndex charlieRow = groups.index(2, 0, groups.index(0, 0));

        // A new cable: a new group, in its place.
        const qint64 delta = library.create(u"09ASTANA1399"_s, u"delta"_s, {}, 4);
        QCOMPARE(inserted.last().at(0).value<QModelIndex>(), QModelIndex());
        QCOMPARE(inserted.last().at(1).toInt(), 0); // "09ASTANA1399" sorts before "09ASTANA253"
        QCOMPARE(shown(groups).first(), u"09ASTANA1399 (1)"_s);
        QCOMPARE(charlieRow.parent().row(), 1);

        // Removed: out of its group; the group goes with its last row.
        QVERIFY(library.database.annotations().remove(bravo));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.last().at(0).value<QModelIndex>(), groups.index(1, 0));
        QCOMPARE(groups.index(1, 0).data().toString(), u"09ASTANA253 (2)"_s);
        QCOMPARE(charlieRow.row(), 1);
        QVERIFY(library.database.annotations().remove(delta));
        QCOMPARE(removed.last().at(0).value<QModelIndex>(), QModelIndex());
        QCOMPARE(groups.rowCount(), 1);

        // By tag: a new tag moves the row from "(no tag)" to the tag's group.
        groups.setGrouping(AnnotationGroupModel::Grouping::ByTag);
        QCOMPARE(shown(groups),
            QStringList({ u"(no tag) (2)"_s, u"  09ASTANA253 ¶1 “alpha”"_s, u"  09ASTANA253 ¶1 “charlie”"_s }));
        const qsizetype resetsBefore = resets.size();
        QVERIFY(library.database.annotations().setTags(alpha, { manas }));
        QCOMPARE(shown(groups),
            QStringList(
                { u"(no tag) (1)"_s, u"  09ASTANA253 ¶1 “charlie”"_s, u"Manas (1)"_s, u"  09ASTANA253 ¶1 “alpha”"_s }));
        // A renamed tag renames its group.
        QVERIFY(library.database.userTags().rename(manas, u"Ganci"_s));
        QCOMPARE(shown(groups),
            QStringList(
                { u"(no tag) (1)"_s, u"  09ASTANA253 ¶1 “charlie”"_s, u"Ganci (1)"_s, u"  09ASTANA253 ¶1 “alpha”"_s }));
        QCOMPARE(resets.size(), resetsBefore);
        Q_UNUSED(charlie);
    }

    // The source sorted again: the rows of each group follow, as a layout change.
    void aNewOrderIsALayoutChange()
    {
        Library library;
        QVERIFY(library.database.open(library.dir.path()));
        QVERIFY(library.create(u"09ASTANA253"_s, u"alpha"_s) > 0);
        QVERIFY(library.create(u"09ASTANA253"_s, u"bravo"_s) > 0);
        AnnotationListModel list(library.database);
        list.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
        QVERIFY(list.reload());
        AnnotationGroupModel groups;
        groups.setSourceModel(&list);
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex alpha = groups.index(0, 0, groups.index(0, 0));
        QSignalSpy resets(&groups, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&groups, &QAbstractItemModel::layoutChanged);
        list.sort(AnnotationListModel::QuoteColumn, Qt::DescendingOrder);
        QCOMPARE(shown(groups), QStringList({ u"09ASTANA253 (2)"_s, u"  ¶1 “bravo”"_s, u"  ¶1 “alpha”"_s }));
        QCOMPARE(alpha.row(), 1);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(resets.size(), 0);
    }
};

// A GUI application: the model tester checks font and decoration roles with QtGui types.
QTEST_MAIN(TestAnnotationGroupModel)
#include "tst_annotationgroupmodel.moc"
