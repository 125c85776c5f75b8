// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertagstore.h"

#include "annotationstore.h"
#include "deletetagcommand.h"
#include "enginelibrary.h"
#include "mergetagscommand.h"
#include "renametagcommand.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <algorithm>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestUserTagStore : public QObject
{
    Q_OBJECT

private:
    static qint64 annotate(AnnotationStore &store, const QString &cableId, const QList<qint64> &tags)
    {
        Annotation a;
        a.cableId = cableId;
        a.anchor = cableId + u"¶1"_s;
        a.quote = u"text"_s;
        a.tagIds = tags;
        return store.create(a);
    }

    static QStringList paths(const UserTagStore &tags)
    {
        QStringList list;
        for (const UserTag &tag : tags.tags())
            list.append(tag.path);
        return list;
    }

    static QList<qint64> ids(const QSignalSpy &spy)
    {
        QList<qint64> list;
        for (const QVariantList &args : spy)
            list.append(args.at(0).toLongLong());
        std::sort(list.begin(), list.end());
        return list;
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changesAreAnnouncedOnce()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        QSignalSpy added(&tags, &UserTagStore::tagAdded);
        QSignalSpy changed(&tags, &UserTagStore::tagChanged);
        QSignalSpy removed(&tags, &UserTagStore::tagRemoved);
        const qint64 military = tags.ensurePath(u"Russia/Military"_s);
        const qint64 russia = tags.findPath(u"Russia"_s);
        QCOMPARE(ids(added), QList<qint64>({ russia, military })); // each once, though create ran inside
        QVERIFY(changed.isEmpty());
        // Renaming the parent changes the child's path too.
        QVERIFY(tags.rename(russia, u"USSR"_s));
        QCOMPARE(ids(changed), QList<qint64>({ russia, military }));
        changed.clear();
        QVERIFY(tags.recolour(military, u"#00aa00"_s));
        QCOMPARE(ids(changed), QList<qint64>({ military }));
        // Refused: nothing announced.
        QVERIFY(!tags.rename(military, u"a/b"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(tags.remove(russia));
        QCOMPARE(ids(removed), QList<qint64>({ russia, military }));
    }

    void undoAndRedoAnnounceThroughTheStore()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        const qint64 a = tags.create(u"A"_s);
        const qint64 b = tags.create(u"B"_s);
        const qint64 child = tags.create(u"Child"_s, {}, a);
        QSignalSpy added(&tags, &UserTagStore::tagAdded);
        QSignalSpy changed(&tags, &UserTagStore::tagChanged);
        QSignalSpy removed(&tags, &UserTagStore::tagRemoved);
        QUndoStack stack;
        stack.push(new RenameTagCommand(tags, a, u"Alpha"_s));
        QCOMPARE(ids(changed), QList<qint64>({ a, child }));
        changed.clear();
        stack.undo();
        QCOMPARE(ids(changed), QList<qint64>({ a, child }));
        QCOMPARE(tags.tag(a)->name, u"A"_s);
        changed.clear();
        // Merging A into B: A goes, its child moves under B.
        stack.push(new MergeTagsCommand(tags, a, b));
        QCOMPARE(ids(removed), QList<qint64>({ a }));
        QCOMPARE(ids(changed), QList<qint64>({ child }));
        stack.undo();
        QCOMPARE(ids(added), QList<qint64>({ a }));
        QCOMPARE(ids(changed), QList<qint64>({ child, child }));
        added.clear();
        removed.clear();
        stack.push(new DeleteTagCommand(tags, a, UserTagStore::DeletePolicy::RemoveUses));
        QCOMPARE(ids(removed), QList<qint64>({ a, child }));
        stack.undo();
        QCOMPARE(ids(added), QList<qint64>({ a, child }));
        stack.redo();
        QCOMPARE(ids(removed), QList<qint64>({ a, a, child, child }));
    }

    void pathsCreateTheirParents()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        const qint64 military = tags.ensurePath(u"Russia/Military"_s, u"#aa0000"_s);
        QVERIFY2(military != 0, qPrintable(tags.lastError()));
        QCOMPARE(paths(tags), QStringList({ u"Russia"_s, u"Russia/Military"_s }));
        QCOMPARE(tags.ensurePath(u" russia / Military "_s), military); // the same tag, found
        const qint64 navy = tags.ensurePath(u"Russia/Navy"_s);
        QCOMPARE(paths(tags), QStringList({ u"Russia"_s, u"Russia/Military"_s, u"Russia/Navy"_s }));
        QCOMPARE(tags.tag(navy)->parent, tags.findPath(u"Russia"_s));
        QCOMPARE(tags.tag(military)->colour, u"#aa0000"_s);
        QCOMPARE(tags.subtree(tags.findPath(u"Russia"_s)).size(), 3);
        QCOMPARE(tags.find(u"military"_s), QList<qint64>({ military }));
    }

    void badNamesAreRefusedWithAReason()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        QCOMPARE(tags.create(u"  "_s), 0);
        QVERIFY(!tags.lastError().isEmpty());
        QVERIFY(tags.create(u"Manas"_s) != 0);
        QCOMPARE(tags.create(u"Manas"_s), 0);
        QVERIFY2(tags.lastError().contains(u"Manas"_s), qPrintable(tags.lastError()));
        const qint64 a = tags.create(u"A"_s);
        QVERIFY(!tags.rename(a, u"x/y"_s));
        QVERIFY(!tags.rename(a, u"Manas"_s));
        QCOMPARE(tags.tag(a)->name, u"A"_s);
    }

    void renameRecolourReparent()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        const qint64 military = tags.ensurePath(u"Russia/Military"_s);
        const qint64 russia = tags.findPath(u"Russia"_s);
        QVERIFY(tags.rename(military, u"Army"_s));
        QCOMPARE(tags.path(military), u"Russia/Army"_s);
        QVERIFY(tags.recolour(military, u"#123456"_s));
        QCOMPARE(tags.tag(military)->colour, u"#123456"_s);
        QVERIFY(tags.reparent(military, 0));
        QCOMPARE(tags.path(military), u"Army"_s);
        QVERIFY(tags.reparent(russia, military));
        QCOMPARE(tags.path(russia), u"Army/Russia"_s);
        QVERIFY(!tags.reparent(military, russia)); // a cycle
        QVERIFY(!tags.lastError().isEmpty());
    }

    // Uses of A move to B; an annotation that had both keeps one; A's
    // sub-tags move under B, merging with one of the same name.
    void mergeMovesUsesWithoutDuplicates()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        AnnotationStore store(library);
        const qint64 a = tags.ensurePath(u"Kyrgyzstan"_s);
        const qint64 b = tags.ensurePath(u"Kyrgyz Republic"_s);
        const qint64 aBase = tags.ensurePath(u"Kyrgyzstan/Manas"_s);
        const qint64 bBase = tags.ensurePath(u"Kyrgyz Republic/Manas"_s);
        const qint64 aOnly = tags.ensurePath(u"Kyrgyzstan/Bishkek"_s);
        const qint64 both = annotate(store, u"09ASTANA253"_s, { a, b });
        const qint64 onlyA = annotate(store, u"09BISHKEK1"_s, { a, aBase });
        QVERIFY(tags.tagCable(u"09ASTANA253"_s, a));

        QVERIFY2(tags.merge(a, b), qPrintable(tags.lastError()));
        QVERIFY(!tags.tag(a));
        QVERIFY(!tags.tag(aBase));
        QCOMPARE(store.annotation(both)->tagIds, QList<qint64>({ b }));
        QCOMPARE(store.annotation(onlyA)->tagIds, QList<qint64>({ b, bBase }));
        QCOMPARE(tags.cableTags(u"09ASTANA253"_s), QList<qint64>({ b }));
        QCOMPARE(tags.path(aOnly), u"Kyrgyz Republic/Bishkek"_s);
        QVERIFY(!tags.merge(b, bBase)); // into its own sub-tag
    }

    void deleteRemovesOrMovesUses()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        AnnotationStore store(library);
        const qint64 russia = tags.ensurePath(u"Russia"_s);
        const qint64 military = tags.ensurePath(u"Russia/Military"_s);
        const qint64 other = tags.ensurePath(u"Other"_s);
        const qint64 first = annotate(store, u"09ASTANA253"_s, { military });
        const qint64 second = annotate(store, u"09ASTANA254"_s, { russia, other });

        QVERIFY(!tags.remove(russia, UserTagStore::DeletePolicy::MoveUses, military)); // inside the deleted ones
        QVERIFY2(tags.remove(russia, UserTagStore::DeletePolicy::MoveUses, other), qPrintable(tags.lastError()));
        QCOMPARE(paths(tags), QStringList({ u"Other"_s }));
        QCOMPARE(store.annotation(first)->tagIds, QList<qint64>({ other }));
        QCOMPARE(store.annotation(second)->tagIds, QList<qint64>({ other }));

        QVERIFY(tags.remove(other, UserTagStore::DeletePolicy::RemoveUses));
        QVERIFY(tags.tags().isEmpty());
        // The annotations stay; they only lose the tag.
        QVERIFY(store.annotation(first));
        QVERIFY(store.annotation(first)->tagIds.isEmpty());
    }

    void recentTagsAreTheLastApplied()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        AnnotationStore store(library);
        QList<qint64> ids;
        for (int i = 0; i < 11; ++i)
            ids.append(tags.ensurePath(u"Tag %1"_s.arg(i)));
        QVERIFY(tags.recent().isEmpty()); // created is not applied
        for (int i = 0; i < 11; ++i) {
            annotate(store, u"09ASTANA253"_s, { ids.at(i) });
            QThread::msleep(2);
        }
        annotate(store, u"09ASTANA253"_s, { ids.at(0) });
        const QList<UserTag> recent = tags.recent();
        QCOMPARE(recent.size(), 9);
        QCOMPARE(recent.at(0).id, ids.at(0));
        QCOMPARE(recent.at(1).id, ids.at(10));
        QCOMPARE(recent.at(8).id, ids.at(3));
    }

    void snapshotRestoresIdsAndUses()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        UserTagStore tags(library);
        AnnotationStore store(library);
        const qint64 military = tags.ensurePath(u"Russia/Military"_s, u"#aa0000"_s);
        const qint64 russia = tags.findPath(u"Russia"_s);
        const qint64 used = annotate(store, u"09ASTANA253"_s, { military });
        QVERIFY(tags.tagCable(u"09ASTANA253"_s, russia));
        const QList<UserTag> before = tags.tags();
        const UserTagStore::Snapshot snapshot = tags.snapshot({ russia });
        QVERIFY(tags.remove(russia));
        QVERIFY(tags.tags().isEmpty());
        QVERIFY(tags.restore(snapshot));
        QCOMPARE(tags.tags(), before);
        QCOMPARE(store.annotation(used)->tagIds, QList<qint64>({ military }));
        QCOMPARE(tags.cableTags(u"09ASTANA253"_s), QList<qint64>({ russia }));
    }
};

QTEST_GUILESS_MAIN(TestUserTagStore)
#include "tst_usertagstore.moc"
