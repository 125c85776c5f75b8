// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationstore.h"
#include "createannotationcommand.h"
#include "deleteannotationcommand.h"
#include "editnotecommand.h"
#include "itemroles.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Reftel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Reftel::AnnotationListModel::Filter)

class TestAnnotationListModel : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;
    qint64 m_russia = 0;
    qint64 m_military = 0;
    qint64 m_manas = 0;

    void add(const QString &cableId, const QString &quote, const QString &note, const QString &author,
        const QList<qint64> &tags, const QDate &created)
    {
        QVERIFY(AnnotationStore(m_library).create(
                    StoreFixtures::makeAnnotation(cableId, quote, note, author, tags, created))
            > 0);
    }

    static QStringList quotes(const AnnotationListModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, AnnotationListModel::QuoteColumn).data(Qt::EditRole).toString());
        return list;
    }

    QStringList filtered(const AnnotationListModel::Filter &filter)
    {
        AnnotationListModel model(m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        model.sort(AnnotationListModel::QuoteColumn);
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, AnnotationListModel::QuoteColumn).data(Qt::ToolTipRole).toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.path()));
        QVERIFY(StoreFixtures::storeSamples(m_library));
        UserTagStore tags(m_library);
        m_military = tags.ensurePath(u"Russia/Military"_s);
        m_russia = tags.findPath(u"Russia"_s);
        m_manas = tags.ensurePath(u"Manas"_s);
        add(u"09ASTANA253"_s, u"alpha"_s, u"the air base lease"_s, u"ann"_s, { m_manas }, QDate(2026, 1, 5));
        add(u"09ASTANA253"_s, u"bravo"_s, u"troops moving"_s, u"bob"_s, { m_military }, QDate(2026, 2, 5));
        add(u"09ASTANA253"_s, u"charlie"_s, u"nothing"_s, u"ann"_s, { m_russia, m_manas }, QDate(2026, 3, 5));
        add(u"NOT_IN_LIBRARY"_s, u"delta"_s, u"base closure"_s, u"bob"_s, {}, QDate(2026, 4, 5));
    }

    void everythingWithoutFilter()
    {
        AnnotationListModel model(m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AnnotationListModel::ColumnCount));
        // Newest first by default.
        QCOMPARE(quotes(model), QStringList({ u"delta"_s, u"charlie"_s, u"bravo"_s, u"alpha"_s }));
        const QModelIndex charlie = model.index(1, AnnotationListModel::TagsColumn);
        QCOMPARE(charlie.data().toString(), u"Russia, Manas"_s);
        QCOMPARE(charlie.data(ItemRole::TagPaths).toStringList(), QStringList({ u"Russia"_s, u"Manas"_s }));
        QCOMPARE(charlie.data(ItemRole::CableId).toString(), u"09ASTANA253"_s);
        QCOMPARE(charlie.data(ItemRole::Anchor).toString(), u"09ASTANA253¶1"_s);
        QVERIFY(charlie.data(ItemRole::AnnotationId).toLongLong() > 0);
        QCOMPARE(model.headerData(AnnotationListModel::NoteColumn, Qt::Horizontal).toString(), u"Note"_s);
        model.sort(AnnotationListModel::AuthorColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, AnnotationListModel::AuthorColumn).data().toString(), u"ann"_s);
        QCOMPARE(model.index(3, AnnotationListModel::AuthorColumn).data().toString(), u"bob"_s);
    }

    // Which rows a filter keeps is AnnotationQuery's test; here, that the
    // model asks it, with the tag's sub-tags.
    void tagFilterTakesSubTags()
    {
        AnnotationListModel::Filter f;
        f.tagId = m_russia; // bravo carries Russia/Military, charlie Russia itself
        QCOMPARE(filtered(f), QStringList({ u"bravo"_s, u"charlie"_s }));
    }

    void undoStepsAreExactChangesNotResets()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        UserTagStore tags(library);
        const qint64 tag = tags.create(u"Manas"_s);
        AnnotationListModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.follow(&store, &tags);
        model.setFilter({});
        model.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QUndoStack stack;
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶1"_s;
        for (const QString &quote : { u"alpha"_s, u"charlie"_s, u"bravo"_s }) {
            a.quote = quote;
            stack.push(new CreateAnnotationCommand(store, a));
        }
        QCOMPARE(quotes(model), QStringList({ u"alpha"_s, u"bravo"_s, u"charlie"_s }));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 1); // bravo, between the two
        QCOMPARE(inserted.last().at(2).toInt(), 1);
        const QPersistentModelIndex charlie = model.index(2, AnnotationListModel::NoteColumn);
        const qint64 charlieId = charlie.data(ItemRole::AnnotationId).toLongLong();
        stack.push(new EditNoteCommand(store, charlieId, u"a note"_s));
        QCOMPARE(charlie.data().toString(), u"a note"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        stack.undo(); // the note
        QCOMPARE(charlie.data().toString(), QString());
        stack.undo(); // bravo's creation
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(quotes(model), QStringList({ u"alpha"_s, u"charlie"_s }));
        QCOMPARE(charlie.row(), 1); // the view's selection follows the row
        stack.redo();
        QCOMPARE(quotes(model), QStringList({ u"alpha"_s, u"bravo"_s, u"charlie"_s }));
        stack.push(new DeleteAnnotationCommand(store, charlieId));
        QVERIFY(!charlie.isValid());
        stack.undo();
        QCOMPARE(quotes(model), QStringList({ u"alpha"_s, u"bravo"_s, u"charlie"_s }));
        // A renamed tag changes the Tags column of the rows that carry it.
        QVERIFY(store.setTags(charlieId, { tag }));
        QVERIFY(tags.rename(tag, u"Ganci"_s));
        QCOMPARE(model.index(2, AnnotationListModel::TagsColumn).data().toString(), u"Ganci"_s);
        // reload() finds nothing new: no rows come or go.
        const qsizetype insertions = inserted.size();
        QVERIFY(model.reload());
        QCOMPARE(inserted.size(), insertions);
        QCOMPARE(resets.size(), 0);
        // A new filter is the one reset.
        AnnotationListModel::Filter f;
        f.tagId = tag;
        model.setFilter(f);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(quotes(model), QStringList({ u"charlie"_s }));
    }

    void aChangedSortKeyMovesTheRow()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        AnnotationListModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.follow(&store, nullptr);
        model.setFilter({});
        model.sort(AnnotationListModel::NoteColumn, Qt::AscendingOrder);
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶1"_s;
        a.quote = u"one"_s;
        a.note = u"a"_s;
        const qint64 first = store.create(a);
        a.quote = u"two"_s;
        a.note = u"b"_s;
        store.create(a);
        QCOMPARE(quotes(model), QStringList({ u"one"_s, u"two"_s }));
        const QPersistentModelIndex one = model.index(0, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
        QVERIFY(store.setNote(first, u"c"_s));
        QCOMPARE(quotes(model), QStringList({ u"two"_s, u"one"_s }));
        QCOMPARE(one.row(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(resets.size(), 0);
    }

    void reloadSeesEdits()
    {
        AnnotationListModel model(m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnotationListModel::Filter f;
        f.noteWords = u"echo"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        add(u"09ASTANA253"_s, u"echo"_s, u"echo note"_s, u"cy"_s, {}, QDate(2026, 5, 1));
        QVERIFY(model.reload());
        QCOMPARE(quotes(model), QStringList({ u"echo"_s }));
    }

    // Last: it adds an annotation. The Note column shows the words, not the Markdown.
    void noteColumnShowsTheWordsNotTheMarkup()
    {
        add(u"09ASTANA714"_s, u"echo"_s, u"**Putin** is *flexible*\n\n- one"_s, u"ann"_s, {}, QDate(2026, 6, 1));
        AnnotationListModel model(m_library);
        QVERIFY(model.reload());
        AnnotationListModel::Filter filter;
        filter.noteWords = u"putin"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex note = model.index(0, AnnotationListModel::NoteColumn);
        QCOMPARE(note.data().toString(), u"Putin is flexible • one"_s);
        QCOMPARE(note.data(Qt::ToolTipRole).toString(), u"Putin is flexible • one"_s);
        QCOMPARE(note.data(Qt::EditRole).toString(), u"**Putin** is *flexible*\n\n- one"_s);
    }
};

// A GUI application: the model tester checks decoration roles with QtGui types.
QTEST_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
