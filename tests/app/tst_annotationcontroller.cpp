// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"
#include "cabletreemodel.h"
#include "itemroles.h"
#include "outlinepane.h"

#include "annotationlistmodel.h"
#include "annotationsbrowser.h"
#include "annotationspane.h"
#include "annotationstore.h"
#include "bodyview.h"
#include "cablereader.h"
#include "cableview.h"
#include "cablewriter.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "mainwindow.h"
#include "readingarea.h"
#include "tagmanagerdialog.h"
#include "usertagstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>

using namespace Reftel;

namespace
{
const QString Cable253 = QStringLiteral("09ASTANA253");
const QString Paragraph3 = QStringLiteral("09ASTANA253\u00B63");
const QString Passage = QStringLiteral("strong financial package");

BodyView *body(MainWindow &window)
{
    return window.readingArea()->currentView()->bodyView();
}

void selectText(MainWindow &window, const QString &text)
{
    const QTextCursor found = body(window)->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    body(window)->setTextCursor(found);
}

QAction *action(const MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    if (!found)
        qFatal("no action %s", qPrintable(name));
    return found;
}
}

class TestAnnotationController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReftelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_annotationcontroller"));
    }

    void init()
    {
        QSettings().clear();
        // A system user name, as a desktop session has (the build root may have none): nothing asks for one.
        if (qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("USERNAME"))
            qputenv("USER", "tester");
    }

    // The scenario: select text in 09ASTANA253 paragraph 3, tag it
    // Manas, add a note, see it highlighted and in the pane; undo and redo;
    // find it in the browser by tag and by a word of the note.
    void tagAnnotateUndoAndFind()
    {
        QTemporaryDir dir;
        MainWindow window;
        Preferences preferences = window.preferences();
        preferences.author = QStringLiteral("analyst7");
        window.setPreferences(preferences);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.sqlite"))));
        QVERIFY(window.openCable(Cable253));
        AnnotationController *annotations = window.annotations();

        selectText(window, Passage);
        const QList<qint64> tagged = annotations->tagSelection(QStringLiteral("Manas"), QStringLiteral("#dc2626"));
        QCOMPARE(tagged.size(), 1);
        const qint64 id = tagged.first();
        const std::optional<Annotation> stored = annotations->store()->annotation(id);
        QVERIFY(stored);
        QCOMPARE(stored->anchor, Paragraph3);
        QCOMPARE(stored->quote, Passage);
        QCOMPARE(stored->author, QStringLiteral("analyst7"));

        // Highlighted in the body, listed in the pane.
        QCOMPARE(body(window)->annotationHighlights().size(), 1);
        QCOMPARE(body(window)->annotationHighlights().first().cursor.selectedText(), Passage);
        QVERIFY(window.annotationsPane()->list()->toPlainText().contains(
            QStringLiteral("“") + Passage + QStringLiteral("”")));
        QVERIFY(window.annotationsPane()->list()->toPlainText().contains(QStringLiteral("Manas")));
        // The outline counts it at its paragraph.
        const auto outlineCount = [&window] {
            return window.outlinePane()->model()->indexForAnchor(Paragraph3).data(ItemRole::AnnotationCount).toInt();
        };
        QCOMPARE(outlineCount(), 1);

        // A note: Annotate… on the same selection edits that annotation's note.
        selectText(window, Passage);
        QCOMPARE(annotations->annotateSelection(), id);
        QPlainTextEdit *editor = window.annotationsPane()->noteEditor();
        QVERIFY(editor->isEnabled());
        QTest::keyClicks(editor, QStringLiteral("Kazakhs hint the *lease* could be bought back"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(annotations->store()->annotation(id)->note,
            QStringLiteral("Kazakhs hint the *lease* could be bought back"));
        QVERIFY(window.annotationsPane()->list()->toPlainText().contains(QStringLiteral("lease could be bought back")));
        QVERIFY(annotations->store()->pendingDrafts().isEmpty());

        // Undo the note, then the tagging; redo both.
        QUndoStack *undo = annotations->undoStack();
        QCOMPARE(undo->count(), 2);
        action(window, QStringLiteral("undoAction"))->trigger();
        QCOMPARE(annotations->store()->annotation(id)->note, QString());
        action(window, QStringLiteral("undoAction"))->trigger();
        QVERIFY(!annotations->store()->annotation(id));
        QVERIFY(body(window)->annotationHighlights().isEmpty());
        QCOMPARE(outlineCount(), 0);
        QCOMPARE(annotations->tagStore()->findPath(QStringLiteral("Manas")), qint64(0));
        action(window, QStringLiteral("redoAction"))->trigger();
        action(window, QStringLiteral("redoAction"))->trigger();
        QCOMPARE(annotations->store()->annotation(id)->note,
            QStringLiteral("Kazakhs hint the *lease* could be bought back"));
        QCOMPARE(body(window)->annotationHighlights().size(), 1);
        QCOMPARE(annotations->undoHistory()->stack(), undo);

        // The browser finds it by tag and by a word of the note, and takes the reader there.
        action(window, QStringLiteral("annotationsBrowserAction"))->trigger();
        AnnotationsBrowser *browser = annotations->browser();
        QVERIFY(browser->isVisible());
        browser->tagField()->setCurrentIndex(browser->tagField()->findText(QStringLiteral("Manas")));
        QCOMPARE(annotations->listModel()->rowCount(), 1);
        browser->tagField()->setCurrentIndex(0);
        browser->noteField()->setText(QStringLiteral("bought"));
        browser->applyFilter();
        QCOMPARE(annotations->listModel()->rowCount(), 1);
        QVERIFY2(browser->shownRows().first().contains(Passage), qPrintable(browser->shownRows().join(u'\n')));
        browser->noteField()->setText(QStringLiteral("nowhere"));
        browser->applyFilter();
        QCOMPARE(annotations->listModel()->rowCount(), 0);
        browser->noteField()->setText(QStringLiteral("lease"));
        browser->applyFilter();
        window.openCable(QStringLiteral("09ASTANA714"));
        Q_EMIT browser->view()->activated(browser->view()->model()->index(0, 0));
        QCOMPARE(window.readingArea()->currentView()->cable().id, Cable253);
        QCOMPARE(body(window)->textCursor().selectedText(), Passage);
    }

    // Where the system gives no user name, the first annotation asks for it once; no placeholder is stored.
    void asksForTheAuthorOnce_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("a name") << QStringLiteral("Jane Analyst");
        QTest::newRow("no answer") << QString();
    }

    void asksForTheAuthorOnce()
    {
        QFETCH(QString, answer);
        const QByteArray user = qgetenv("USER");
        const QByteArray username = qgetenv("USERNAME");
        qunsetenv("USER");
        qunsetenv("USERNAME");
        const auto restore = qScopeGuard([&] {
            if (!user.isEmpty())
                qputenv("USER", user);
            if (!username.isEmpty())
                qputenv("USERNAME", username);
        });
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(window.preferences().author.isEmpty());
        int asked = 0;
        window.annotations()->setAuthorPrompt([&] {
            ++asked;
            return answer;
        });
        QVERIFY(window.openCable(Cable253));
        selectText(window, Passage);
        const QList<qint64> first = window.annotations()->tagSelection(QStringLiteral("Manas"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(asked, 1);
        QCOMPARE(window.annotations()->store()->annotation(first.first())->author, answer);
        QCOMPARE(window.preferences().author, answer);
        if (!answer.isEmpty())
            QCOMPARE(QSettings().value(QStringLiteral("Preferences/author")).toString(), answer);

        // Not again: neither for the next tag nor for a note.
        selectText(window, QStringLiteral("Sarybay"));
        const QList<qint64> second = window.annotations()->tagSelection(QStringLiteral("Manas"));
        QCOMPARE(second.size(), 1);
        selectText(window, QStringLiteral("financial"));
        QVERIFY(window.annotations()->annotateSelection() != 0);
        QCOMPARE(asked, 1);
        for (const Annotation &a : window.annotations()->store()->forCable(Cable253)) {
            QCOMPARE(a.author, answer);
            QVERIFY(a.author != QLatin1String("Unknown author"));
        }
    }

    // The controller is handed its panes: it works without a window and asks
    // by signal for what only a window does.
    void standsWithoutTheWindow()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("l.sqlite"))));
        QCOMPARE(LibraryImporter(library).run({ QStringLiteral(":/samples") }).failed, 0);
        QWidget window;
        auto *reading = new ReadingArea(&window);
        auto *pane = new AnnotationsPane(&window);
        auto *outline = new OutlinePane(&window);
        // The window shows an opened cable in the outline, then tells the
        // controller, whose pane and counts follow it (CableOpener::published).
        connect(reading, &ReadingArea::currentCableChanged, outline, &OutlinePane::setCable);
        AnnotationController controller(*reading, *pane, *outline, &window);
        connect(reading, &ReadingArea::currentCableChanged, &controller, &AnnotationController::showCable);
        controller.setLibrary(&library);
        controller.setAuthorPrompt([] { return QStringLiteral("Jane Analyst"); });
        QSignalSpy messages(&controller, &AnnotationController::message);
        QSignalSpy paneWanted(&controller, &AnnotationController::annotationsPaneWanted);
        QSignalSpy cableWanted(&controller, &AnnotationController::cableWanted);
        QSignalSpy authorChosen(&controller, &AnnotationController::authorChosen);

        QCOMPARE(controller.annotateSelection(), 0); // nothing open: said in the status bar
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().startsWith(QStringLiteral("Open a cable")));

        reading->openCable(*CableReader(library).load(Cable253));
        BodyView *body = reading->currentView()->bodyView();
        body->setTextCursor(body->document()->find(Passage));
        const qint64 id = controller.annotateSelection();
        QVERIFY(id > 0);
        QCOMPARE(paneWanted.size(), 1); // its note is to be typed
        QCOMPARE(authorChosen.size(), 1); // asked once, and the name is the window's to keep
        QCOMPARE(authorChosen.first().first().toString(), QStringLiteral("Jane Analyst"));
        QCOMPARE(controller.store()->annotation(id)->author, QStringLiteral("Jane Analyst"));
        QCOMPARE(outline->model()->indexForAnchor(Paragraph3).data(ItemRole::AnnotationCount).toInt(), 1);
        QVERIFY(pane->list()->toPlainText().contains(Passage));

        // An annotation of a cable not open: the window is asked to open it (here no one does).
        QVERIFY(!controller.showAnnotation(QStringLiteral("09ASTANA714"), id));
        QCOMPARE(cableWanted.size(), 1);
        QCOMPARE(cableWanted.first().first().toString(), QStringLiteral("09ASTANA714"));
        controller.setLibrary(nullptr);
    }

    // After the palette (Ctrl+T) the keyboard is back in the text: Ctrl+Shift+A then annotates at once.
    void focusComesBackAfterThePalette()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openCable(Cable253));
        selectText(window, Passage);
        body(window)->setFocus();
        QTRY_VERIFY(body(window)->hasFocus());
        bool answered = false;
        QTimer::singleShot(0, &window, [&] {
            auto *palette = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(palette);
            auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("tagFilter"));
            QVERIFY(filter);
            QTest::keyClicks(filter, QStringLiteral("Manas"));
            QTest::keyClick(filter, Qt::Key_Return);
            answered = true;
        });
        QTest::keySequence(body(window), QKeySequence(Qt::CTRL | Qt::Key_T));
        QVERIFY(answered);
        QCOMPARE(window.annotations()->store()->forCable(Cable253).size(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(body(window)));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QTRY_VERIFY(window.annotationsPane()->noteEditor()->hasFocus());
    }

    void wholeParagraphsAndRecentTagKeys()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.sqlite"))));
        QVERIFY(window.openCable(Cable253));
        AnnotationController *annotations = window.annotations();
        // The cursor in paragraph 3, nothing selected: the whole paragraph.
        QTextCursor cursor = body(window)->document()->find(Passage);
        cursor.clearSelection();
        body(window)->setTextCursor(cursor);
        const QList<qint64> tagged = annotations->tagSelection(QStringLiteral("Kyrgyzstan/Manas"));
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(annotations->store()->annotation(tagged.first())->length, qsizetype(0));
        QVERIFY(annotations->tagStore()->findPath(QStringLiteral("Kyrgyzstan")) != 0);
        QVERIFY(window.annotationsPane()->list()->toPlainText().contains(QStringLiteral("Kyrgyzstan/Manas")));

        // Key 1 on a selection of two paragraphs: the most recent tag on both, the first already has it.
        cursor = body(window)->document()->find(Passage);
        cursor.setPosition(body(window)->document()->find(QStringLiteral("Initially, Sarybay")).selectionEnd(),
            QTextCursor::KeepAnchor);
        body(window)->setTextCursor(cursor);
        body(window)->setFocus();
        QTest::keyClick(body(window), Qt::Key_1);
        QCOMPARE(annotations->store()->forCable(Cable253).size(), 2);
        for (const Annotation &a : annotations->store()->forCable(Cable253))
            QCOMPARE(a.tagIds, QList<qint64> { annotations->tagStore()->findPath(QStringLiteral("Kyrgyzstan/Manas")) });
    }

    void tagManagerOperationsUndo()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.sqlite"))));
        QVERIFY(window.openCable(Cable253));
        AnnotationController *annotations = window.annotations();
        selectText(window, Passage);
        annotations->tagSelection(QStringLiteral("Manas"));
        selectText(window, QStringLiteral("Initially, Sarybay"));
        annotations->tagSelection(QStringLiteral("Bases"));
        UserTagStore *tags = annotations->tagStore();
        const qint64 manas = tags->findPath(QStringLiteral("Manas"));
        const qint64 bases = tags->findPath(QStringLiteral("Bases"));

        TagManagerDialog *manager = annotations->tagManager();
        QCOMPARE(manager->tree()->topLevelItemCount(), 2);
        manager->setCurrentTag(manas);
        manager->renameCurrent(QStringLiteral("Manas Air Base"));
        QCOMPARE(tags->path(manas), QStringLiteral("Manas Air Base"));
        QVERIFY(window.annotationsPane()->list()->toPlainText().contains(QStringLiteral("Manas Air Base")));
        manager->recolourCurrent(QStringLiteral("#16a34a"));
        QCOMPARE(tags->tag(manas)->colour, QStringLiteral("#16a34a"));
        manager->mergeCurrentInto(bases);
        QCOMPARE(tags->findPath(QStringLiteral("Manas Air Base")), qint64(0));
        QCOMPARE(manager->tree()->topLevelItemCount(), 1);
        for (const Annotation &a : annotations->store()->forCable(Cable253))
            QCOMPARE(a.tagIds, QList<qint64> { bases });
        window.annotations()->undoStack()->undo(); // the merge
        QCOMPARE(tags->path(manas), QStringLiteral("Manas Air Base"));
        QCOMPARE(manager->tree()->topLevelItemCount(), 2);

        manager->setDeleteQuestion([](const UserTag &, int, qint64 *) { return TagManagerDialog::UsesAnswer::Remove; });
        manager->setCurrentTag(bases);
        manager->deleteCurrent();
        QCOMPARE(tags->findPath(QStringLiteral("Bases")), qint64(0));
        // The annotation is kept, without the tag.
        QCOMPARE(annotations->store()->forCable(Cable253).size(), 2);
        window.annotations()->undoStack()->undo();
        QCOMPARE(tags->findPath(QStringLiteral("Bases")), bases);
        QCOMPARE(tags->useCount(bases), 1);
    }

    void exportAndImportThroughTheMenu()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("mine.json"));
        {
            MainWindow window;
            QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("a.sqlite"))));
            QVERIFY(window.openCable(Cable253));
            selectText(window, Passage);
            window.annotations()->tagSelection(QStringLiteral("Manas"));
            QVERIFY(action(window, QStringLiteral("exportAnnotationsAction"))->isEnabled());
            QString message;
            QVERIFY(window.annotations()->exportAnnotations(json, &message));
            QVERIFY2(message.contains(QStringLiteral("1 annotation")), qPrintable(message));
        }
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(window.openCable(Cable253));
        QString message;
        QVERIFY(window.annotations()->importAnnotations(json, &message));
        QVERIFY2(message.contains(QStringLiteral("new annotations 1,")), qPrintable(message));
        QCOMPARE(body(window)->annotationHighlights().size(), 1);
        // Again: nothing doubled.
        QVERIFY(window.annotations()->importAnnotations(json, &message));
        QVERIFY2(message.contains(QStringLiteral("new annotations 0, already in the library 1,")), qPrintable(message));
        QCOMPARE(window.annotations()->store()->count(), qint64(1));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!window.annotations()->importAnnotations(bad.fileName(), &message));
        QVERIFY2(message.startsWith(QStringLiteral("Nothing imported")), qPrintable(message));
    }

    void draftsOfAKilledProgramComeBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        qint64 id = 0;
        {
            MainWindow window;
            QVERIFY(window.openLibrary(path));
            QVERIFY(window.openCable(Cable253));
            selectText(window, Passage);
            id = window.annotations()->annotateSelection();
            QVERIFY(id > 0);
            // What the pane's timer stores while the user types; then the program dies before any commit.
            QVERIFY(window.annotations()->store()->saveDraft(id, QStringLiteral("half a thought")));
            window.annotations()->setLibrary(nullptr); // the window goes without committing
            window.annotationsPane()->noteEditor()->clear();
        }
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        QCOMPARE(window.annotations()->store()->annotation(id)->note, QStringLiteral("half a thought"));
        QVERIFY(window.annotations()->store()->pendingDrafts().isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Restored 1 note")),
            qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
