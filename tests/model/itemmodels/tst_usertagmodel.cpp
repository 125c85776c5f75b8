// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertagmodel.h"

#include "mergetagscommand.h"
#include "renametagcommand.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestUserTagModel : public QObject
{
    Q_OBJECT

private:
    static QStringList paths(const UserTagModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row).data().toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheStoreWithExactChanges()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        UserTagStore store(library);
        const qint64 manas = store.create(u"Manas"_s);
        UserTagModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(paths(model), QStringList({ u"Manas"_s }));
        const qint64 military = store.ensurePath(u"Russia/Military"_s, u"#aa0000"_s);
        QCOMPARE(paths(model), QStringList({ u"Manas"_s, u"Russia"_s, u"Russia/Military"_s }));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(2).data(UserTagModel::TagIdRole).toLongLong(), military);
        QCOMPARE(model.index(2).data(Qt::DecorationRole).value<QColor>(), QColor(u"#aa0000"_s));
        const QPersistentModelIndex kept = model.index(0);
        QUndoStack stack;
        // Renamed: the row moves (siblings sort by name) and keeps its identity.
        stack.push(new RenameTagCommand(store, manas, u"Yerevan"_s));
        QCOMPARE(paths(model), QStringList({ u"Russia"_s, u"Russia/Military"_s, u"Yerevan"_s }));
        QCOMPARE(kept.row(), 2);
        QCOMPARE(kept.data().toString(), u"Yerevan"_s);
        QCOMPARE(changed.size(), 1);
        stack.undo();
        QCOMPARE(paths(model), QStringList({ u"Manas"_s, u"Russia"_s, u"Russia/Military"_s }));
        QCOMPARE(kept.row(), 0);
        stack.push(new MergeTagsCommand(store, manas, store.findPath(u"Russia"_s)));
        QCOMPARE(paths(model), QStringList({ u"Russia"_s, u"Russia/Military"_s }));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!kept.isValid());
        stack.undo();
        QCOMPARE(paths(model), QStringList({ u"Manas"_s, u"Russia"_s, u"Russia/Military"_s }));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserTagModel)
#include "tst_usertagmodel.moc"
