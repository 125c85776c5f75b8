// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableannotationmodel.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "createannotationcommand.h"
#include "deletetagcommand.h"
#include "editnotecommand.h"
#include "itemroles.h"
#include "librarydatabase.h"
#include "retagannotationcommand.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
const QString CableId = u"09TEST1"_s;

Cable threeParagraphs()
{
    return StoreFixtures::makeCable(CableId, u"A TEST"_s,
        { u"Alpha words in the first paragraph."_s, u"Bravo words in the second paragraph."_s,
            u"Charlie words in the third paragraph."_s });
}

QStringList quotes(const CableAnnotationModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data().toString());
    return list;
}
}

class TestCableAnnotationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Reading order, whatever the order they were made in; detached ones last.
    void listsInReadingOrder()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        const Cable cable = threeParagraphs();
        const Paragraph &first = cable.sections.at(0).paragraphs.at(0);
        const Paragraph &third = cable.sections.at(0).paragraphs.at(2);
        Annotation lost = AnnotationAnchorer::capture(CableId, third, 0, 7);
        lost.quote = u"nowhere to be found"_s;
        QVERIFY(store.create(lost));
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, third, 0, 7)));
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, first, 6, 5)));
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, first, 0, 5)));
        QVERIFY(store.create(AnnotationAnchorer::capture(u"09OTHER2"_s, first, 0, 5)));
        CableAnnotationModel model(store, cable);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(quotes(model), QStringList({ u"Alpha"_s, u"words"_s, u"Charlie"_s, u"nowhere to be found"_s }));
        QVERIFY(model.index(3).data(ItemRole::Detached).toBool());
        QCOMPARE(model.countsByAnchor(), (QHash<QString, int> { { first.anchor, 2 }, { third.anchor, 1 } }));
    }

    // An undo step changes one annotation: one row inserted, removed or
    // changed, never a reset; another cable's annotations leave it alone.
    void undoStepsAreExactRowChanges()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        const Cable cable = threeParagraphs();
        const QList<Paragraph> &paragraphs = cable.sections.at(0).paragraphs;
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, paragraphs.at(0), 0, 5)));
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, paragraphs.at(2), 0, 7)));
        CableAnnotationModel model(store, cable);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QUndoStack stack;
        auto *create = new CreateAnnotationCommand(store, AnnotationAnchorer::capture(CableId, paragraphs.at(1), 0, 5));
        stack.push(create);
        QCOMPARE(quotes(model), QStringList({ u"Alpha"_s, u"Bravo"_s, u"Charlie"_s }));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        const qint64 bravo = create->annotationId();
        const QPersistentModelIndex charlie = model.index(2);
        stack.push(new EditNoteCommand(store, bravo, u"a note"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.annotation(bravo)->note, u"a note"_s);
        // Another cable's annotation: nothing here.
        stack.push(
            new CreateAnnotationCommand(store, AnnotationAnchorer::capture(u"09OTHER2"_s, paragraphs.at(0), 0, 5)));
        stack.undo();
        QCOMPARE(inserted.size(), 1);
        stack.undo(); // the note
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.annotation(bravo)->note, QString());
        stack.undo(); // bravo's creation
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(quotes(model), QStringList({ u"Alpha"_s, u"Charlie"_s }));
        QCOMPARE(charlie.row(), 1);
        stack.redo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.countsByAnchor().value(paragraphs.at(1).anchor), 1);
        QCOMPARE(resets.size(), 0);
    }

    // A tag deleted with its uses changes the annotations' tags without the
    // annotation store announcing each: the rows that held it change.
    void followsTagsRemoved()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        UserTagStore tags(library);
        const qint64 manas = tags.create(u"Manas"_s);
        const Cable cable = threeParagraphs();
        const QList<Paragraph> &paragraphs = cable.sections.at(0).paragraphs;
        Annotation tagged = AnnotationAnchorer::capture(CableId, paragraphs.at(2), 0, 7);
        tagged.tagIds = { manas };
        const qint64 id = store.create(tagged);
        QVERIFY(id);
        QVERIFY(store.create(AnnotationAnchorer::capture(CableId, paragraphs.at(0), 0, 5)));
        CableAnnotationModel model(store, cable);
        model.followTags(&tags);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QUndoStack stack;
        stack.push(new DeleteTagCommand(tags, manas, UserTagStore::DeletePolicy::RemoveUses, 0));
        QVERIFY(model.annotation(id)->tagIds.isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        stack.undo();
        QCOMPARE(model.annotation(id)->tagIds, QList<qint64>({ manas }));
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCableAnnotationModel)
#include "tst_cableannotationmodel.moc"
