// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "createannotationcommand.h"
#include "createtagcommand.h"
#include "deleteannotationcommand.h"
#include "deletetagcommand.h"
#include "editnotecommand.h"
#include "mergetagscommand.h"
#include "recolourtagcommand.h"
#include "renametagcommand.h"
#include "retagannotationcommand.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Each command through a QUndoStack, as the window uses them: redo applies,
// undo restores exactly the state before (ids included), redo again applies
// again, and every step is in the library file at once (checked through a
// second connection, as another window would see it).
class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        LibraryDatabase other; // another window
        std::unique_ptr<AnnotationStore> store;
        std::unique_ptr<UserTagStore> tags;
        QUndoStack stack;

        bool open()
        {
            if (!library.open(dir.path()) || !other.open(dir.path()))
                return false;
            store = std::make_unique<AnnotationStore>(library);
            tags = std::make_unique<UserTagStore>(library);
            return true;
        }
        QList<Annotation> seen() const { return AnnotationStore(const_cast<LibraryDatabase &>(other)).all(); }
        QList<UserTag> seenTags() const { return UserTagStore(const_cast<LibraryDatabase &>(other)).tags(); }
    };

    static Annotation passage(const QString &quote)
    {
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶3"_s;
        a.start = 10;
        a.length = quote.size();
        a.quote = quote;
        a.note = u"first"_s;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 tag = f.tags->ensurePath(u"Manas"_s);
        Annotation a = passage(u"Manas"_s);
        a.tagIds = { tag };
        auto *command = new CreateAnnotationCommand(*f.store, a);
        f.stack.push(command);
        QVERIFY(!command->failed());
        const qint64 id = command->annotationId();
        QVERIFY(id > 0);
        const QList<Annotation> created = f.seen();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.constFirst().tagIds, QList<qint64>({ tag }));
        f.stack.undo();
        QVERIFY(f.seen().isEmpty());
        f.stack.redo();
        QCOMPARE(f.seen(), created); // same id, times, tags
    }

    void editNoteUndoRedoAndTypingMerges()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 id = f.store->create(passage(u"Manas"_s));
        const Annotation before = *f.store->annotation(id);
        f.stack.push(new EditNoteCommand(*f.store, id, u"f"_s));
        f.stack.push(new EditNoteCommand(*f.store, id, u"fi"_s));
        f.stack.push(new EditNoteCommand(*f.store, id, u"fin"_s));
        QCOMPARE(f.stack.count(), 1); // typing is one step
        QCOMPARE(f.seen().constFirst().note, u"fin"_s);
        f.stack.undo();
        QCOMPARE(f.seen().constFirst(), before); // note and modified time
        f.stack.redo();
        QCOMPARE(f.seen().constFirst().note, u"fin"_s);
    }

    void retagUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 a = f.tags->ensurePath(u"A"_s);
        const qint64 b = f.tags->ensurePath(u"B"_s);
        Annotation annotation = passage(u"Manas"_s);
        annotation.tagIds = { a };
        const qint64 id = f.store->create(annotation);
        f.stack.push(new RetagAnnotationCommand(*f.store, id, { a, b }));
        QCOMPARE(f.seen().constFirst().tagIds, QList<qint64>({ a, b }));
        f.stack.undo();
        QCOMPARE(f.seen().constFirst().tagIds, QList<qint64>({ a }));
        f.stack.redo();
        QCOMPARE(f.seen().constFirst().tagIds, QList<qint64>({ a, b }));
    }

    void deleteUndoRestoresTheSameAnnotation()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 tag = f.tags->ensurePath(u"Russia/Military"_s);
        Annotation annotation = passage(u"Manas"_s);
        annotation.tagIds = { tag };
        annotation.note = u"**bold** and [a link](https://example.org)"_s;
        const qint64 id = f.store->create(annotation);
        const QList<Annotation> before = f.seen();
        f.stack.push(new DeleteAnnotationCommand(*f.store, id));
        QVERIFY(f.seen().isEmpty());
        f.stack.undo();
        QCOMPARE(f.seen(), before);
        QCOMPARE(f.seen().constFirst().id, id);
        f.stack.redo();
        QVERIFY(f.seen().isEmpty());
    }

    void deletingWhatIsGoneFailsAndIsDropped()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *command = new DeleteAnnotationCommand(*f.store, 999);
        f.stack.push(command); // deleted by push: obsolete
        QCOMPARE(f.stack.count(), 0);
    }

    void tagRenameRecolourUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 tag = f.tags->ensurePath(u"Russia/Military"_s, u"#aa0000"_s);
        const QList<UserTag> before = f.seenTags();
        f.stack.push(new RenameTagCommand(*f.tags, tag, u"Army"_s));
        f.stack.push(new RecolourTagCommand(*f.tags, tag, u"#00aa00"_s));
        QCOMPARE(f.tags->path(tag), u"Russia/Army"_s);
        QCOMPARE(f.tags->tag(tag)->colour, u"#00aa00"_s);
        f.stack.undo();
        QCOMPARE(f.tags->tag(tag)->colour, u"#aa0000"_s);
        QCOMPARE(f.tags->path(tag), u"Russia/Army"_s);
        f.stack.undo();
        QCOMPARE(f.seenTags(), before);
        f.stack.redo();
        f.stack.redo();
        QCOMPARE(f.tags->path(tag), u"Russia/Army"_s);
        QCOMPARE(f.tags->tag(tag)->colour, u"#00aa00"_s);
    }

    void tagMergeUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 from = f.tags->ensurePath(u"Kyrgyzstan"_s, u"#111111"_s);
        const qint64 fromChild = f.tags->ensurePath(u"Kyrgyzstan/Manas"_s);
        const qint64 fromOnly = f.tags->ensurePath(u"Kyrgyzstan/Osh"_s);
        const qint64 into = f.tags->ensurePath(u"Kyrgyz Republic"_s);
        f.tags->ensurePath(u"Kyrgyz Republic/Manas"_s);
        Annotation both = passage(u"one"_s);
        both.tagIds = { from, into };
        Annotation child = passage(u"two"_s);
        child.tagIds = { fromChild };
        f.store->create(both);
        f.store->create(child);
        QVERIFY(f.tags->tagCable(u"09ASTANA253"_s, from));
        const QList<UserTag> tagsBefore = f.seenTags();
        const QList<Annotation> annotationsBefore = f.seen();

        f.stack.push(new MergeTagsCommand(*f.tags, from, into));
        QVERIFY(!f.tags->tag(from));
        QCOMPARE(f.tags->path(fromOnly), u"Kyrgyz Republic/Osh"_s);
        f.stack.undo();
        QCOMPARE(f.seenTags(), tagsBefore);
        QCOMPARE(f.seen(), annotationsBefore);
        QCOMPARE(f.tags->cableTags(u"09ASTANA253"_s), QList<qint64>({ from }));
        f.stack.redo();
        QVERIFY(!f.tags->tag(from));
        QCOMPARE(f.tags->cableTags(u"09ASTANA253"_s), QList<qint64>({ into }));
    }

    void tagDeleteUndoRedo_data()
    {
        QTest::addColumn<bool>("moveUses");
        QTest::newRow("remove uses") << false;
        QTest::newRow("move uses") << true;
    }

    void tagDeleteUndoRedo()
    {
        QFETCH(bool, moveUses);
        Fixture f;
        QVERIFY(f.open());
        const qint64 russia = f.tags->ensurePath(u"Russia"_s, u"#aa0000"_s);
        const qint64 military = f.tags->ensurePath(u"Russia/Military"_s);
        const qint64 other = f.tags->ensurePath(u"Other"_s);
        Annotation a = passage(u"one"_s);
        a.tagIds = { military, other };
        const qint64 id = f.store->create(a);
        const QList<UserTag> tagsBefore = f.seenTags();
        const QList<Annotation> annotationsBefore = f.seen();

        f.stack.push(new DeleteTagCommand(*f.tags, russia,
            moveUses ? UserTagStore::DeletePolicy::MoveUses : UserTagStore::DeletePolicy::RemoveUses,
            moveUses ? other : 0));
        QCOMPARE(f.seenTags().size(), 1);
        QCOMPARE(f.store->annotation(id)->tagIds, QList<qint64>({ other }));
        f.stack.undo();
        QCOMPARE(f.seenTags(), tagsBefore);
        QCOMPARE(f.seen(), annotationsBefore);
        f.stack.redo();
        QCOMPARE(f.seenTags().size(), 1);
    }

    void createTagUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        f.tags->ensurePath(u"Russia"_s);
        auto *command = new CreateTagCommand(*f.tags, u"Russia/Military/Navy"_s, u"#0000aa"_s);
        f.stack.push(command);
        const qint64 navy = command->tagId();
        QCOMPARE(f.tags->path(navy), u"Russia/Military/Navy"_s);
        f.stack.undo();
        QCOMPARE(f.seenTags().size(), 1); // Russia existed before
        f.stack.redo();
        QCOMPARE(f.tags->path(navy), u"Russia/Military/Navy"_s); // the same id
        QCOMPARE(f.tags->tag(navy)->colour, u"#0000aa"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
