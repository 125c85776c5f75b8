// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "librarydatabase.h"
#include "usertagmodel.h"
#include "usertagstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Reftel;

namespace
{
QList<UserTag> tags()
{
    return { UserTag { 1, QStringLiteral("Russia"), QStringLiteral("#dc2626"), 0, QStringLiteral("Russia"), {} },
        UserTag { 2, QStringLiteral("Military"), QString(), 1, QStringLiteral("Russia/Military"), {} },
        UserTag { 3, QStringLiteral("Oil"), QString(), 0, QStringLiteral("Oil"), {} } };
}
}

class TestTagManagerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Over the library's one tag model: a rename in the store shows in the
    // open dialog, the current tag and the use counts kept.
    void followsTheTagModel()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("tags.sqlite"))));
        UserTagStore &store = library.userTags();
        const qint64 military = store.ensurePath(QStringLiteral("Russia/Military"));
        const UserTagModel model(store);
        TagManagerDialog dialog;
        dialog.setTagModel(&model);
        dialog.setUseCounts({ { military, 4 } });
        dialog.setCurrentTag(military);
        QVERIFY(store.rename(military, QStringLiteral("Army")));
        const QTreeWidgetItem *russia = dialog.tree()->topLevelItem(0);
        QCOMPARE(russia->child(0)->text(0), QStringLiteral("Army"));
        QCOMPARE(russia->child(0)->text(1), QStringLiteral("4"));
        QCOMPARE(dialog.currentTagId(), military);
        const qint64 oil = store.ensurePath(QStringLiteral("Oil"));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 2);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(0), QStringLiteral("Oil"));
        QVERIFY(oil > 0);
    }

    void showsTheTreeWithUses()
    {
        TagManagerDialog dialog;
        dialog.setTags(tags(), { { 1, 0 }, { 2, 4 }, { 3, 1 } });
        QCOMPARE(dialog.tree()->topLevelItemCount(), 2);
        const QTreeWidgetItem *russia = dialog.tree()->topLevelItem(0);
        QCOMPARE(russia->text(0), QStringLiteral("Russia"));
        QCOMPARE(russia->childCount(), 1);
        QCOMPARE(russia->child(0)->text(0), QStringLiteral("Military"));
        QCOMPARE(russia->child(0)->text(1), QStringLiteral("4"));
    }

    void operationsSayWhatTheUserChose()
    {
        TagManagerDialog dialog;
        dialog.setTags(tags(), { { 2, 4 } });
        QSignalSpy renamed(&dialog, &TagManagerDialog::renameRequested);
        QSignalSpy recoloured(&dialog, &TagManagerDialog::recolourRequested);
        QSignalSpy merged(&dialog, &TagManagerDialog::mergeRequested);
        dialog.setCurrentTag(3);
        dialog.renameCurrent(QStringLiteral("Energy"));
        dialog.recolourCurrent(QStringLiteral("#16a34a"));
        dialog.mergeCurrentInto(1);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("Energy"));
        QCOMPARE(recoloured.first().at(1).toString(), QStringLiteral("#16a34a"));
        QCOMPARE(merged.first().at(0).toLongLong(), qint64(3));
        QCOMPARE(merged.first().at(1).toLongLong(), qint64(1));
    }

    void deletingAUsedTagAsksAboutItsUses()
    {
        TagManagerDialog dialog;
        dialog.setTags(tags(), { { 2, 4 }, { 3, 1 } });
        QSignalSpy deleted(&dialog, &TagManagerDialog::deleteRequested);
        int asked = 0;
        int usesAsked = 0;
        TagManagerDialog::UsesAnswer answer = TagManagerDialog::UsesAnswer::Cancel;
        dialog.setDeleteQuestion([&](const UserTag &, int uses, qint64 *moveTo) {
            ++asked;
            usesAsked = uses;
            *moveTo = 3;
            return answer;
        });
        dialog.setCurrentTag(1); // Russia: its sub-tag is used 4 times
        dialog.deleteCurrent();
        QCOMPARE(asked, 1);
        QCOMPARE(usesAsked, 4);
        QCOMPARE(deleted.size(), 0); // cancelled
        answer = TagManagerDialog::UsesAnswer::Move;
        dialog.deleteCurrent();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.last().at(1).toLongLong(), qint64(3));
        answer = TagManagerDialog::UsesAnswer::Remove;
        dialog.deleteCurrent();
        QCOMPARE(deleted.last().at(1).toLongLong(), qint64(0));
    }

    void anUnusedTagGoesWithoutAQuestion()
    {
        TagManagerDialog dialog;
        dialog.setTags(tags(), {});
        int asked = 0;
        dialog.setDeleteQuestion([&](const UserTag &, int, qint64 *) {
            ++asked;
            return TagManagerDialog::UsesAnswer::Cancel;
        });
        QSignalSpy deleted(&dialog, &TagManagerDialog::deleteRequested);
        dialog.setCurrentTag(3);
        dialog.deleteCurrent();
        QCOMPARE(asked, 0);
        QCOMPARE(deleted.size(), 1);
    }
};

QTEST_MAIN(TestTagManagerDialog)
#include "tst_tagmanagerdialog.moc"
