// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "annotationanchorer.h"
#include "cabletreemodel.h"
#include "createannotationcommand.h"
#include "deleteannotationcommand.h"
#include "editnotecommand.h"
#include "enginelibrary.h"
#include "itemroles.h"
#include "storefixtures.h"
#include "usertagstore.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
qint64 countRows(const LibraryLocation &location, const QString &table)
{
    LibraryDatabase library;
    if (!library.open(location))
        return -1;
    QSqlQuery query(library.database());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}

// What the file's own check says; a server checks its pages itself.
QString integrity(LibraryDatabase &library)
{
    if (library.isServer())
        return u"ok"_s;
    QSqlQuery check(library.database());
    return check.exec(u"PRAGMA integrity_check"_s) && check.next() ? check.value(0).toString() : QString();
}

// The role a server connection writes as.
QString currentRole(LibraryDatabase &library)
{
    QSqlQuery query(library.database());
    return query.exec(u"SELECT current_user"_s) && query.next() ? query.value(0).toString() : QString();
}

Annotation passage(const QString &cableId, int paragraph, const QString &quote, const QString &note = {})
{
    Annotation a;
    a.cableId = cableId;
    a.anchor = cableId + u"¶"_s + QString::number(paragraph);
    a.start = 4;
    a.length = quote.size();
    a.quote = quote;
    a.note = note;
    return a;
}
}

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon(QDate(2009, 2, 12), QTime(5, 16, 0, 250), QTimeZone::UTC);
        QTest::newRow("as Reftel writes them") << u"2009-02-12T05:16:00.250Z"_s << noon;
        QTest::newRow("no milliseconds") << u"2009-02-12T05:16:00Z"_s << noon.addMSecs(-250);
        QTest::newRow("an offset") << u"2009-02-12T06:16:00.250+01:00"_s << noon;
    }

    // Reftel's own time stamps read back to the millisecond; other ISO
    // forms (an older writer, a hand-edited file) still read.
    void timesReadBackAsWritten()
    {
        QFETCH(QString, stored);
        QFETCH(QDateTime, expected);
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        AnnotationStore store(library);
        const qint64 id = store.create(passage(u"09ASTANA253"_s, 3, u"Manas air base"_s, QString()));
        QVERIFY(id > 0);
        QSqlQuery update(library.database());
        update.prepare(u"UPDATE annotations SET created = ?, modified = ? WHERE id = ?"_s);
        update.addBindValue(stored);
        update.addBindValue(stored);
        update.addBindValue(id);
        QVERIFY(update.exec());
        QCOMPARE(store.annotation(id)->created, expected);
        const QList<Annotation> page = store.withIds({ id });
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().modified, expected);
    }

    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changesAreAnnouncedWithTheirCable()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        AnnotationStore store(library);
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        QSignalSpy changed(&store, &AnnotationStore::annotationChanged);
        QSignalSpy removed(&store, &AnnotationStore::annotationRemoved);
        const qint64 id = store.create(passage(u"09MOSCOW1"_s, 2, u"quoted"_s));
        QVERIFY(id > 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0), QVariantList({ id, u"09MOSCOW1"_s }));
        QVERIFY(store.setNote(id, u"a note"_s));
        QVERIFY(store.setTags(id, {}));
        Annotation moved = *store.annotation(id);
        moved.start = 9;
        QVERIFY(store.setPlacement(moved));
        QCOMPARE(changed.size(), 3);
        for (const QVariantList &args : std::as_const(changed))
            QCOMPARE(args, QVariantList({ id, u"09MOSCOW1"_s }));
        QVERIFY(removed.isEmpty());
        QVERIFY(store.remove(id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0), QVariantList({ id, u"09MOSCOW1"_s }));
        // A failed change announces nothing.
        QVERIFY(!store.setNote(id, u"gone"_s));
        QVERIFY(!store.create(passage(QString(), 1, u"x"_s)));
        QCOMPARE(added.size() + changed.size() + removed.size(), 5);
    }

    void undoAndRedoAnnounceThroughTheStore()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        AnnotationStore store(library);
        QUndoStack stack;
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        QSignalSpy changed(&store, &AnnotationStore::annotationChanged);
        QSignalSpy removed(&store, &AnnotationStore::annotationRemoved);
        stack.push(new CreateAnnotationCommand(store, passage(u"09MOSCOW1"_s, 1, u"one"_s)));
        QCOMPARE(added.size(), 1);
        const qint64 id = added.at(0).at(0).toLongLong();
        stack.undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), id);
        stack.redo();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).toLongLong(), id); // the same id again
        stack.push(new EditNoteCommand(store, id, u"note"_s));
        QCOMPARE(changed.size(), 1);
        stack.undo();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1), QVariantList({ id, u"09MOSCOW1"_s }));
        stack.push(new DeleteAnnotationCommand(store, id));
        QCOMPARE(removed.size(), 2);
        stack.undo();
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(2), QVariantList({ id, u"09MOSCOW1"_s }));
    }

    void createReadUpdateDelete()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        AnnotationStore store(library);
        UserTagStore tags(library);
        const qint64 manas = tags.ensurePath(u"Manas"_s, u"#cc3333"_s);

        Annotation a = passage(u"09ASTANA253"_s, 3, u"Manas air base"_s, u"**lease** talks"_s);
        a.tagIds = { manas };
        const qint64 id = store.create(a);
        QVERIFY2(id > 0, qPrintable(store.lastError()));
        std::optional<Annotation> stored = store.annotation(id);
        QVERIFY(stored);
        QCOMPARE(stored->quote, u"Manas air base"_s);
        QCOMPARE(stored->note, u"**lease** talks"_s);
        QCOMPARE(stored->tagIds, QList<qint64>({ manas }));
        // On a server, the role the library was opened as.
        const QString author = where.isServer() ? currentRole(library) : AnnotationStore::defaultAuthor();
        QVERIFY(!where.isServer() || !author.isEmpty());
        QCOMPARE(stored->author, author);
        QVERIFY(stored->created.isValid());
        QCOMPARE(stored->created, stored->modified);
        QVERIFY(!stored->detached);

        QThread::msleep(5);
        QVERIFY(store.setNote(id, u"new note"_s));
        stored = store.annotation(id);
        QCOMPARE(stored->note, u"new note"_s);
        QVERIFY(stored->modified > stored->created);

        const qint64 other = tags.ensurePath(u"Kyrgyzstan"_s);
        QVERIFY(store.setTags(id, { other, manas }));
        QCOMPARE(store.annotation(id)->tagIds, QList<qint64>({ manas, other }));

        Annotation changed = *store.annotation(id);
        changed.author = u"someone else"_s;
        changed.note = u"edited"_s;
        changed.tagIds = {};
        QVERIFY(store.update(changed));
        QCOMPARE(store.annotation(id)->note, u"edited"_s);
        QCOMPARE(store.annotation(id)->author, where.isServer() ? author : u"someone else"_s);
        QVERIFY(store.annotation(id)->tagIds.isEmpty());

        QVERIFY(store.remove(id));
        QVERIFY(!store.annotation(id));
        QVERIFY(!store.setNote(id, u"gone"_s));
        QVERIFY(!store.lastError().isEmpty());
    }

    // On a server each analyst connects as a role of their own, and the
    // server, not the client, says who wrote an annotation: what the client
    // passes as the author (created or updated) does not count.
    void authorOnAServerIsTheConnectingRole()
    {
        QFETCH_GLOBAL(bool, server);
        if (!server)
            QSKIP("A library file has no roles: the author is what the client says.");
        const EngineLibrary where(server, u"alice"_s);
        if (!where.unavailable().isEmpty())
            QSKIP(qPrintable(where.unavailable()));
        LibraryDatabase alice;
        QVERIFY2(alice.open(where.location()), qPrintable(alice.errorString()));
        AnnotationStore store(alice);
        Annotation a = passage(u"09ASTANA253"_s, 3, u"Manas air base"_s, u"mine"_s);
        a.author = u"mallory"_s;
        const qint64 id = store.create(a);
        QVERIFY2(id > 0, qPrintable(store.lastError()));
        QCOMPARE(store.annotation(id)->author, u"alice"_s);
        QCOMPARE(store.withIds({ id }).constFirst().author, u"alice"_s);

        Annotation edited = *store.annotation(id);
        edited.author = u"mallory"_s;
        edited.note = u"still mine"_s;
        QVERIFY2(store.update(edited), qPrintable(store.lastError()));
        QCOMPARE(store.annotation(id)->note, u"still mine"_s);
        QCOMPARE(store.annotation(id)->author, u"alice"_s);

        // Undo re-creates a deleted annotation under its id: still alice's.
        const Annotation removed = *store.annotation(id);
        QVERIFY(store.remove(id));
        QCOMPARE(store.create(removed), id);
        QCOMPARE(store.annotation(id)->author, u"alice"_s);
    }

    void forCableListsOnlyThatCable()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        AnnotationStore store(library);
        QVERIFY(store.create(passage(u"09ASTANA253"_s, 5, u"b"_s)));
        QVERIFY(store.create(passage(u"09ASTANA253"_s, 3, u"a"_s)));
        QVERIFY(store.create(passage(u"09ASTANA253"_s, 3, u"c"_s)));
        QVERIFY(store.create(passage(u"09BISHKEK1"_s, 3, u"x"_s)));
        const QList<Annotation> list = store.forCable(u"09ASTANA253"_s);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).anchor, u"09ASTANA253¶3"_s);
        const QHash<QString, int> counts = store.countsByAnchor(u"09ASTANA253"_s);
        QCOMPARE(counts.value(u"09ASTANA253¶3"_s), 2);
        QCOMPARE(counts.value(u"09ASTANA253¶5"_s), 1);

        // The cable view's counts come from here.
        const StoreFixtures::ParsedSample sample = StoreFixtures::sample(u"09ASTANA253"_s);
        QVERIFY(!sample.cable.id.isEmpty());
        CableTreeModel tree;
        tree.setCable(sample.cable);
        tree.setAnnotationCounts(counts);
        QCOMPARE(tree.indexForAnchor(u"09ASTANA253¶3"_s).data(ItemRole::AnnotationCount).toInt(), 2);
        QCOMPARE(tree.indexForAnchor(u"09ASTANA253¶4"_s).data(ItemRole::AnnotationCount).toInt(), 0);
    }

    void draftsSurviveUntilTaken()
    {
        ENGINE_LIBRARY(where);
        {
            LibraryDatabase library;
            QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
            AnnotationStore store(library);
            const qint64 id = store.create(passage(u"09ASTANA253"_s, 3, u"Manas"_s, u"saved"_s));
            QVERIFY(store.saveDraft(id, u"saved and more typing"_s));
            AnnotationStore::Draft fresh;
            fresh.key = AnnotationStore::newDraftKey(u"09ASTANA253"_s, u"09ASTANA253¶4"_s);
            fresh.cableId = u"09ASTANA253"_s;
            fresh.anchor = u"09ASTANA253¶4"_s;
            fresh.text = u"a note not yet created"_s;
            QVERIFY(store.saveDraft(fresh));
            QVERIFY(store.saveDraft(id, u"saved and more typing, later"_s)); // replaces
        }
        LibraryDatabase library;
        QVERIFY(library.open(where.location()));
        AnnotationStore store(library);
        const QList<AnnotationStore::Draft> pending = store.pendingDrafts();
        QCOMPARE(pending.size(), 2);
        const qint64 id = store.forCable(u"09ASTANA253"_s).constFirst().id;
        const std::optional<AnnotationStore::Draft> draft = store.takeDraft(AnnotationStore::draftKey(id));
        QVERIFY(draft);
        QCOMPARE(draft->text, u"saved and more typing, later"_s);
        QCOMPARE(draft->annotationId, id);
        QCOMPARE(draft->anchor, u"09ASTANA253¶3"_s);
        QCOMPARE(store.pendingDrafts().size(), 1);
        QCOMPARE(store.pendingDrafts().constFirst().anchor, u"09ASTANA253¶4"_s);
        QVERIFY(!store.takeDraft(AnnotationStore::draftKey(id)));
    }

    // Two connections (as two windows would have) write at the same time:
    // every write lands, the file stays sound.
    void twoWritersAtOnce()
    {
        ENGINE_LIBRARY(where);
        {
            LibraryDatabase library;
            QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        }
        const int each = 150;
        QAtomicInt failures = 0;
        const auto writer = [&](const QString &cableId) {
            LibraryDatabase library;
            if (!library.open(where.location())) {
                failures.ref();
                return;
            }
            AnnotationStore store(library);
            UserTagStore tags(library);
            const qint64 tag = tags.ensurePath(u"Shared/"_s + cableId);
            for (int i = 0; i < each; ++i) {
                Annotation a = passage(cableId, i % 7 + 1, u"quote %1"_s.arg(i), u"note %1"_s.arg(i));
                a.tagIds = { tag };
                if (store.create(a) == 0) {
                    qWarning("%s", qPrintable(store.lastError()));
                    failures.ref();
                }
            }
        };
        std::unique_ptr<QThread> first(QThread::create(writer, u"09ASTANA253"_s));
        std::unique_ptr<QThread> second(QThread::create(writer, u"09BISHKEK1"_s));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        QCOMPARE(failures.loadRelaxed(), 0);

        LibraryDatabase library;
        QVERIFY(library.open(where.location()));
        QCOMPARE(integrity(library), u"ok"_s);
        AnnotationStore store(library);
        QCOMPARE(store.forCable(u"09ASTANA253"_s).size(), each);
        QCOMPARE(store.forCable(u"09BISHKEK1"_s).size(), each);
        QCOMPARE(UserTagStore(library).tags().size(), 3); // Shared and its two sub-tags, once
        QCOMPARE(countRows(where.location(), u"annotation_tags"_s), 2 * each);
    }

    // A write that cannot get the library within the busy timeout fails
    // with words that say why, and changes nothing.
    void busyLibraryFailsClearly()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase holder;
        QVERIFY2(holder.open(where.location()), qPrintable(holder.errorString()));
        LibraryDatabase waiter;
        QVERIFY(waiter.open(where.location()));
        waiter.setBusyTimeout(300);

        // Another window in the middle of a change of its own.
        auto lock = std::make_unique<WriteTransaction>(holder.database());
        QVERIFY(lock->isActive());
        AnnotationStore store(waiter);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.create(passage(u"09ASTANA253"_s, 3, u"Manas"_s)), 0);
        QVERIFY(timer.elapsed() >= 250); // it waited first
        QVERIFY2(store.lastError().contains(u"another Reftel window"_s), qPrintable(store.lastError()));
        QVERIFY(lock->commit());
        lock.reset();

        // Once the other window is done, the same write goes through.
        QVERIFY(store.create(passage(u"09ASTANA253"_s, 3, u"Manas"_s)) > 0);
        QCOMPARE(store.count(), 1);
    }

    // A child process creates annotations and types into a draft; it is
    // killed mid-edit. Every annotation it was told was saved is there with
    // its tags, and so is its last draft.
    void killedChildKeepsCommittedAnnotationsAndDraft()
    {
        ENGINE_LIBRARY(where);
        QCOMPARE(countRows(where.location(), u"annotations"_s), 0); // the library exists before the child

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REFTEL_ANNOTATION_CHILD"_s, where.location().toText());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            countRows(where.location(), u"annotations"_s) >= 20 || child.state() == QProcess::NotRunning, 60000);
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(u"the child finished before it could be killed (exit code %1)"_s.arg(child.exitCode())));
        child.kill();
        QVERIFY(child.waitForFinished());

        // What the child reported as saved, line by line, before it died.
        const QStringList reported = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(reported.size() >= 20);

        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        QCOMPARE(integrity(library), u"ok"_s);
        AnnotationStore store(library);
        const qint64 tag = UserTagStore(library).findPath(u"Child"_s);
        QVERIFY(tag != 0);
        QString lastDraft;
        for (const QString &line : reported) {
            const QStringList parts = line.split(u' ');
            if (parts.value(0) == "created"_L1) {
                const std::optional<Annotation> a = store.annotation(parts.value(1).toLongLong());
                QVERIFY2(a, qPrintable(line));
                QCOMPARE(a->tagIds, QList<qint64>({ tag }));
                QCOMPARE(a->note, u"note "_s + parts.value(1));
            } else if (parts.value(0) == "draft"_L1) {
                lastDraft = line.section(u' ', 2);
            }
        }
        // The draft holds at least what was typed before its last report
        // (perhaps one keystroke more, saved but not yet reported).
        QVERIFY(!lastDraft.isEmpty());
        const QList<AnnotationStore::Draft> drafts = store.pendingDrafts();
        QCOMPARE(drafts.size(), 1);
        const QString saved = drafts.constFirst().text;
        const int reportedRound = lastDraft.section(u':', 0, 0).toInt();
        const int savedRound = saved.section(u':', 0, 0).toInt();
        QVERIFY2(savedRound > reportedRound || (savedRound == reportedRound && saved.startsWith(lastDraft)),
            qPrintable(saved + u" / "_s + lastDraft));
    }
};

// The child of killedChildKeepsCommittedAnnotationsAndDraft: annotates and
// types a note, one character at a time, until it is killed. It prints what
// the store has confirmed.
static int annotationChild(const QString &location)
{
    LibraryDatabase library;
    if (!library.open(LibraryLocation::fromText(location))) {
        qWarning("child: %s", qPrintable(library.errorString()));
        return 2;
    }
    AnnotationStore store(library);
    const qint64 tag = UserTagStore(library).ensurePath(u"Child"_s);
    QTextStream out(stdout);
    for (int i = 0; i < 100000; ++i) {
        Annotation a = passage(u"09ASTANA253"_s, i % 9 + 1, u"quote"_s);
        a.tagIds = { tag };
        const qint64 id = store.create(a);
        if (id == 0 || !store.setNote(id, u"note "_s + QString::number(id))) {
            qWarning("child: %s", qPrintable(store.lastError()));
            return 3;
        }
        out << "created " << id << '\n';
        out.flush();
        // The next one's note, typed into a draft ("<i>:typing...").
        QString typed = QString::number(i) + u':';
        const QString key = AnnotationStore::newDraftKey(u"09ASTANA253"_s, u"09ASTANA253¶1"_s);
        for (const QChar c : u"typing a note"_s) {
            typed.append(c);
            AnnotationStore::Draft draft { key, 0, u"09ASTANA253"_s, u"09ASTANA253¶1"_s, typed, {} };
            if (!store.saveDraft(draft)) {
                qWarning("child: %s", qPrintable(store.lastError()));
                return 4;
            }
            out << "draft " << i << ' ' << typed << '\n';
            out.flush();
            QThread::msleep(5);
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("REFTEL_ANNOTATION_CHILD");
    if (!child.isEmpty())
        return annotationChild(child);
    TestAnnotationStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_annotationstore.moc"
