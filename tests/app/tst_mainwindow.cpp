// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "testdata.h"

#include "annotationcontroller.h"
#include "annotationspane.h"
#include "bodyview.h"
#include "cabletreemodel.h"
#include "cableview.h"
#include "colourscheme.h"
#include "findbar.h"
#include "gettingstarteddialog.h"
#include "importcontroller.h"
#include "itemroles.h"
#include "keyboardshortcutsdialog.h"
#include "librarylistmodel.h"
#include "librarypane.h"
#include "metadatapane.h"
#include "outlinepane.h"
#include "readingarea.h"
#include "referencespane.h"
#include "reportdialog.h"

#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "samplecables.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Reftel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReftelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void showsWithItsPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.centralWidget());
        QCOMPARE(window.centralWidget()->objectName(), QStringLiteral("readingArea"));

        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QStringList names;
        for (const QDockWidget *dock : docks)
            names << dock->objectName();
        names.sort();
        QCOMPARE(names,
            (QStringList { QStringLiteral("annotationsDock"), QStringLiteral("libraryDock"),
                QStringLiteral("metadataDock"), QStringLiteral("outlineDock"), QStringLiteral("referencesDock") }));
        QCOMPARE(window.dockWidgetArea(window.libraryDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.metadataDock()), Qt::RightDockWidgetArea);
        QVERIFY(window.libraryDock()->isVisible());
        QVERIFY(window.metadataDock()->isVisible());
        for (const QDockWidget *dock : docks)
            QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
    }

    // Help ▸ Keyboard Shortcuts lists every menu action that has keys, read from the actions; Getting Started is there
    // too.
    void helpListsTheShortcutsAndGettingStarted()
    {
        MainWindow window;
        window.annotations()->undoStack()->push(new QUndoCommand(QStringLiteral("Tag 09ASTANA253¶3 with Manas")));
        window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        KeyboardShortcutsDialog *dialog = window.keyboardShortcuts();
        QVERIFY(dialog->isVisible());
        const QList<KeyboardShortcutsDialog::Entry> entries = dialog->entries();
        const auto keysOf = [&](const QString &group, const QString &action) {
            for (const KeyboardShortcutsDialog::Entry &entry : entries)
                if (entry.group == group && entry.action == action)
                    return entry.keys;
            return QList<QKeySequence> {};
        };
        QVERIFY(keysOf(QStringLiteral("Go"), QStringLiteral("Next Match")).contains(QKeySequence(Qt::Key_F3)));
        QVERIFY(keysOf(QStringLiteral("Edit"), QStringLiteral("Tag…")).contains(QKeySequence(Qt::CTRL | Qt::Key_T)));
        QVERIFY(keysOf(QStringLiteral("Edit"), QStringLiteral("Annotate…"))
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
        QVERIFY(
            keysOf(QStringLiteral("Reading"), QStringLiteral("Apply Recent Tag 3")).contains(QKeySequence(Qt::Key_3)));
        // Its name, whatever it would undo ("Undo Tag …" in the menu).
        QVERIFY(!keysOf(QStringLiteral("Edit"), QStringLiteral("Undo")).isEmpty());
        // Every action of the menus with a key is there, and a new one would be too.
        int withKeys = 0;
        for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            for (const QAction *action : menu->actions())
                withKeys += !action->menu() && !action->shortcuts().isEmpty();
        QVERIFY(withKeys >= 20);
        QCOMPARE(int(entries.size()) - 9, withKeys); // and the nine recent-tag keys of the reading area
        auto *added = window.findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(QStringLiteral("&Frobnicate"));
        added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
        QVERIFY(
            !window.keyboardShortcuts()->tree()->findItems(QStringLiteral("Frobnicate"), Qt::MatchRecursive).isEmpty());

        window.findChild<QAction *>(QStringLiteral("gettingStartedAction"))->trigger();
        QVERIFY(window.gettingStarted()->isVisible());
        const QString page = window.gettingStarted()->browser()->toPlainText();
        QVERIFY(page.contains(QStringLiteral("Ctrl+K")) && page.contains(QStringLiteral("Export Report")));
    }

    void hasTheStandardMenus()
    {
        MainWindow window;
        QStringList titles;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            titles << action->text();
        QCOMPARE(titles,
            (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"),
                QStringLiteral("&View"), QStringLiteral("&Help") }));

        auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QVERIFY(view->actions().contains(window.metadataDock()->toggleViewAction()));
        QVERIFY(view->actions().contains(window.libraryDock()->toggleViewAction()));

        auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(file->actions().contains(quit));
        QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    }

    void viewMenuTogglesADock()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.referencesDock()->toggleViewAction()->trigger();
        QVERIFY(!window.referencesDock()->isVisible());
        window.referencesDock()->toggleViewAction()->trigger();
        QVERIFY(window.referencesDock()->isVisible());
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTRY_VERIFY(!window.isVisible());
    }

    // A user's session on the sample library, driven as a user would.
    void firstStartCreatesTheSampleLibrary()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("new.sqlite"))));
        QCOMPARE(window.listModel()->totalCount(), qint64(5));
        QCOMPARE(window.libraryPane()->cableList()->model()->rowCount(), 5);
    }

    // What is no library (a web address) is refused, with the reason in the status bar, and so is a
    // team library whose server does not answer (named, without its password); no folder appears.
    void refusesALibraryThatIsNoFile()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        MainWindow window;
        int asked = 0;
        window.setPasswordPrompt([&](const LibraryLocation &) {
            ++asked;
            return std::optional<QString>();
        });
        const bool opened = window.openLibrary(QStringLiteral("https://example.org/cables"));
        const QString refused = window.statusBar()->currentMessage();
        const bool openedServer =
            window.openLibrary(QStringLiteral("postgresql://alice:s3cret@/cables?host=%1/none").arg(cwd.path()));
        const QString unreachable = window.statusBar()->currentMessage();
        QDir::setCurrent(before);
        QVERIFY(!opened);
        QVERIFY(!openedServer);
        QVERIFY(!window.library());
        QVERIFY2(refused.contains(QStringLiteral("not a library file")), qPrintable(refused));
        QVERIFY2(unreachable.contains(QStringLiteral("postgresql://alice@/cables")), qPrintable(unreachable));
        QVERIFY(!unreachable.contains(QStringLiteral("s3cret")));
        QCOMPARE(asked, 0); // the server was never asked, so it asked for no password
        QCOMPARE(window.windowTitle(), QStringLiteral("Reftel"));
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {});
    }

    void opensACableFromTheList()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *list = window.libraryPane()->cableList();
        const int row = window.listModel()->rowOf(QStringLiteral("09ASTANA253"));
        QVERIFY(row >= 0);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(window.readingArea()->currentView());
        CableView *view = window.readingArea()->currentView();
        QCOMPARE(view->cable().id, QStringLiteral("09ASTANA253"));
        const QString text = view->bodyView()->toPlainText();
        for (int n = 1; n <= 11; ++n)
            QVERIFY2(text.contains(QString::number(n) + QStringLiteral(". (C)")), qPrintable(QString::number(n)));
        QVERIFY(!text.contains(QStringLiteral("12. (")));
        QVERIFY(!text.contains(QStringLiteral("00000253 002 OF 002")));
        // The panes follow the open cable.
        QVERIFY(window.metadataPane()->browser()->toPlainText().contains(
            QStringLiteral("Thursday, 12 February 2009, 05:16 UTC")));
        QVERIFY(window.referencesPane()->tree()->topLevelItemCount() == 2);
    }

    // Scrolled to the end of one cable, the reader opens another: it starts at its subject.
    void aNewCableOpensAtItsTop()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QScrollBar *scroll = window.readingArea()->currentView()->bodyView()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        const int end = scroll->value();
        QVERIFY(end > 0);

        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        QCOMPARE(window.readingArea()->currentView()->cable().id, QStringLiteral("09ASTANA714"));
        QCOMPARE(scroll->value(), 0);
        QTest::qWait(20); // a deferred layout does not move it either
        QCOMPARE(scroll->value(), 0);

        // Back is where the reader left the first one.
        QVERIFY(window.readingArea()->goBack());
        QTRY_COMPARE(scroll->value(), end);
    }

    void followingRefBLandsOnTheProbableCable()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        CableView *view = window.readingArea()->currentView();
        int refB = -1;
        for (int i = 0; i < view->cable().references.size(); ++i)
            if (view->cable().references.at(i).letter == QLatin1String("B"))
                refB = i;
        QVERIFY(refB >= 0);
        // Click the REF B link in the body.
        Q_EMIT view->bodyView()->anchorClicked(QUrl(QStringLiteral("reftel-ref:%1").arg(refB)));
        QCOMPARE(window.readingArea()->currentView()->cable().id, QStringLiteral("09ASTANA713"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("09ASTANA731")));

        // REF A is not in the library: the public address is offered.
        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        QSignalSpy missing(&window, &MainWindow::missingReference);
        Q_EMIT window.readingArea()->currentView()->bodyView()->anchorClicked(QUrl(QStringLiteral("reftel-ref:0")));
        QCOMPARE(missing.count(), 1);
        QCOMPARE(
            missing.first().at(1).toString(), QStringLiteral("https://wikileaks.org/plusd/cables/09ASTANA674_a.html"));
    }

    // REF A of 09ASTANA714 is not in the library, REF B probably is 09ASTANA713: they look different.
    void missingAndFoundReferencesLookDifferent()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        BodyView *body = window.readingArea()->currentView()->bodyView();
        QHash<QString, QTextCharFormat> formats;
        for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    formats.insert(it.fragment().charFormat().anchorHref(), it.fragment().charFormat());
        }
        const QTextCharFormat a = formats.value(QStringLiteral("reftel-ref:0"));
        const QTextCharFormat b = formats.value(QStringLiteral("reftel-ref:1"));
        QVERIFY(a.isAnchor() && b.isAnchor());
        QVERIFY(!a.fontUnderline());
        QVERIFY(b.fontUnderline());
        QVERIFY(a.foreground().color() != b.foreground().color());
        QVERIFY(body->toPlainText().contains(QStringLiteral("(not in the library)")));
    }

    void twoCablesSideBySide()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA713"), true));
        QCOMPARE(window.readingArea()->columnCount(), 2);
        QCOMPARE(window.readingArea()->views().at(0)->cable().id, QStringLiteral("09ASTANA253"));
        QCOMPARE(window.readingArea()->views().at(1)->cable().id, QStringLiteral("09ASTANA713"));
        QCOMPARE(window.readingArea()->currentView()->cable().id, QStringLiteral("09ASTANA713"));
        window.readingArea()->switchColumn();
        QCOMPARE(window.readingArea()->currentView()->cable().id, QStringLiteral("09ASTANA253"));
    }

    // Two columns at 1280 and 1024 px are each wide enough to read; Ctrl+F in one does not squeeze the other.
    void twoColumnsGetRoomToRead_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("1280x800") << 1280 << 800;
        QTest::newRow("1024x700") << 1024 << 700;
    }

    void twoColumnsGetRoomToRead()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.resize(width, height);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QTest::qWait(50);
        const bool libraryBefore = window.libraryDock()->isVisible();
        const int libraryWidth = window.libraryDock()->width();
        QVERIFY(window.openCable(QStringLiteral("09ASTANA714"), true));
        const QList<CableView *> columns = window.readingArea()->views();
        QCOMPARE(columns.size(), 2);
        const int comfortable = ReadingArea::ComfortableColumnWidth - 20;
        QTRY_VERIFY2(columns.at(0)->width() >= comfortable && columns.at(1)->width() >= comfortable,
            qPrintable(QStringLiteral("%1 + %2").arg(columns.at(0)->width()).arg(columns.at(1)->width())));

        // Find in the right-hand column: the field is usable, the left column keeps its width.
        const int left = columns.at(0)->width();
        QTest::keySequence(&window, QKeySequence::Find);
        FindBar *find = columns.at(1)->findBar();
        QTRY_VERIFY(find->isVisible());
        QTest::qWait(50);
        QVERIFY2(find->field()->width() >= 120, qPrintable(QString::number(find->field()->width())));
        QVERIFY2(columns.at(0)->width() >= left - 10,
            qPrintable(QStringLiteral("%1 → %2").arg(left).arg(columns.at(0)->width())));

        // Back to one column: the side panes come back as they were.
        QTest::keyClick(find->field(), Qt::Key_Escape);
        window.readingArea()->closeOtherColumn();
        QTRY_COMPARE(window.libraryDock()->isVisible(), libraryBefore);
        QTRY_VERIFY(window.metadataDock()->isVisible());
        QTRY_VERIFY2(std::abs(window.libraryDock()->width() - libraryWidth) < 12,
            qPrintable(QStringLiteral("%1 → %2").arg(libraryWidth).arg(window.libraryDock()->width())));
    }

    // A cable opened before the window shows (reftel reftel://09ASTANA253) on a small screen gets room to read too.
    void aCableOpenedBeforeShowingGetsRoom()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.resize(1024, 700);
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY2(window.readingArea()->currentView()->width() >= ReadingArea::ComfortableColumnWidth - 20,
            qPrintable(QString::number(window.readingArea()->currentView()->width())));
        QVERIFY(
            window.libraryDock()->isVisible() && window.metadataDock()->isVisible()); // one column sends no pane away
    }

    // Everything from the keyboard, as a reader who never touches the mouse.
    void keyboardOnly()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto press = [](QKeySequence keys) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keySequence(focus, keys);
        };
        press(QKeySequence(Qt::CTRL | Qt::Key_K));
        QTRY_VERIFY(window.libraryPane()->searchField()->hasFocus());
        QTest::keyClicks(window.libraryPane()->searchField(), QStringLiteral("origin:astana"));
        press(QKeySequence(Qt::Key_Return));
        QCOMPARE(window.listModel()->totalCount(), qint64(5));
        press(QKeySequence(Qt::Key_Down));
        QVERIFY(window.libraryPane()->cableList()->hasFocus());
        press(QKeySequence(Qt::Key_Return));
        QVERIFY(window.readingArea()->currentView());
        const QString first = window.readingArea()->currentView()->cable().id;
        QCOMPARE(first, window.listModel()->cableId(0));

        press(QKeySequence(Qt::CTRL | Qt::Key_PageDown)); // next cable in the list
        QCOMPARE(window.readingArea()->currentView()->cable().id, window.listModel()->cableId(1));
        BodyView *body = window.readingArea()->currentView()->bodyView();
        body->setFocus();
        press(QKeySequence(Qt::ALT | Qt::Key_Down)); // next paragraph
        press(QKeySequence(Qt::ALT | Qt::Key_Down));
        QVERIFY(!body->currentParagraphAnchor().isEmpty());
        press(QKeySequence(Qt::ALT | Qt::Key_Left)); // back in this column
        QCOMPARE(window.readingArea()->currentView()->cable().id, first);

        // Ctrl+Enter in the list: the other column; F6 goes back and forth.
        window.libraryPane()->cableList()->setFocus();
        QTest::keyClick(window.libraryPane()->cableList(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.readingArea()->columnCount(), 2);
        const QString right = window.readingArea()->currentView()->cable().id;
        press(QKeySequence(Qt::Key_F6));
        QCOMPARE(window.readingArea()->currentView()->cable().id, first);
        press(QKeySequence(Qt::Key_F6));
        QCOMPARE(window.readingArea()->currentView()->cable().id, right);
    }

    void backAndForwardPerColumn()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA478"), true)); // the other column has its own history
        window.readingArea()->setCurrentColumn(0);
        CableView *left = window.readingArea()->views().at(0);
        QCOMPARE(left->cable().id, QStringLiteral("09ASTANA714"));

        QTest::keySequence(&window, QKeySequence(QKeySequence::Back));
        QCOMPARE(left->cable().id, QStringLiteral("09ASTANA253"));
        // The panes follow, as for any cable opened.
        QVERIFY(window.metadataPane()->browser()->toPlainText().contains(QStringLiteral("09ASTANA253")));
        QCOMPARE(window.readingArea()->views().at(1)->cable().id, QStringLiteral("09ASTANA478"));
        QVERIFY(!left->canGoBack());
        QTest::keySequence(&window, QKeySequence(QKeySequence::Forward));
        QCOMPARE(left->cable().id, QStringLiteral("09ASTANA714"));
        QVERIFY(!left->canGoForward());
        // Opening from the middle of the history drops what was ahead.
        left->goBack();
        QVERIFY(window.openCable(QStringLiteral("09ASTANA713")));
        QVERIFY(!left->canGoForward());
        QCOMPARE(left->history().size(), 2);
    }

    void dropACableOnAColumn()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        ReadingArea *area = window.readingArea();
        // Dragged from the list: the model's own drag data.
        QTableView *list = window.libraryPane()->cableList();
        const int row = window.listModel()->rowOf(QStringLiteral("09ASTANA713"));
        std::unique_ptr<QMimeData> mime(list->model()->mimeData({ list->model()->index(row, 0) }));
        QVERIFY(mime);
        // Onto the right part of the area: a second column opens with it.
        const QPoint right(area->width() - 20, area->height() / 2);
        QDragEnterEvent enter(right, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(area, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(right), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(area, &drop);
        QCOMPARE(area->columnCount(), 2);
        QCOMPARE(area->views().at(1)->cable().id, QStringLiteral("09ASTANA713"));
        QCOMPARE(area->views().at(0)->cable().id, QStringLiteral("09ASTANA253"));
        // Onto the left column: it replaces what is read there.
        std::unique_ptr<QMimeData> other(list->model()->mimeData(
            { list->model()->index(window.listModel()->rowOf(QStringLiteral("09ASTANA714")), 0) }));
        const QPoint left(20, area->height() / 2);
        QDragEnterEvent enterLeft(left, Qt::CopyAction, other.get(), Qt::LeftButton, {});
        QApplication::sendEvent(area, &enterLeft);
        QDropEvent dropLeft(QPointF(left), Qt::CopyAction, other.get(), Qt::LeftButton, {});
        QApplication::sendEvent(area, &dropLeft);
        QCOMPARE(area->views().at(1)->cable().id, QStringLiteral("09ASTANA713"));
        QCOMPARE(area->views().at(0)->cable().id, QStringLiteral("09ASTANA714"));
    }

    void copiesALinkToTheParagraph()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        BodyView *body = window.readingArea()->currentView()->bodyView();
        QVERIFY(body->scrollToParagraph(QStringLiteral("09ASTANA253\u00B65")));
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA253\u00B65"));
        QGuiApplication::clipboard()->clear();
        QAction *copy = window.findChild<QAction *>(QStringLiteral("copyParagraphLinkAction"));
        QVERIFY(copy);
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("reftel://09ASTANA253#5"));
    }

    // The outline follows the open cable; a paragraph chosen there is where
    // the reading column goes.
    void outlineTakesTheReaderToAParagraph()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.outlineDock());
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("viewMenu"))
                ->actions()
                .contains(window.outlineDock()->toggleViewAction()));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        OutlinePane *outline = window.outlinePane();
        QCOMPARE(outline->model()->cable().id, QStringLiteral("09ASTANA253"));
        const QString anchor = QStringLiteral("09ASTANA253\u00B67");
        const QModelIndex seventh = outline->model()->indexForAnchor(anchor);
        QVERIFY(seventh.isValid());
        BodyView *body = window.readingArea()->currentView()->bodyView();
        QVERIFY(body->currentParagraphAnchor() != anchor);
        Q_EMIT outline->view()->activated(seventh);
        QCOMPARE(body->currentParagraphAnchor(), anchor);

        QVERIFY(window.openCable(QStringLiteral("09ASTANA714")));
        QCOMPARE(outline->model()->cable().id, QStringLiteral("09ASTANA714"));
    }

    void scrollsTwoColumnsTogether()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.resize(1000, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA713"), true));
        QScrollBar *left = window.readingArea()->views().at(0)->bodyView()->verticalScrollBar();
        QScrollBar *right = window.readingArea()->views().at(1)->bodyView()->verticalScrollBar();
        QTRY_VERIFY(left->maximum() > 0 && right->maximum() > 0);
        left->setValue(left->maximum());
        QCOMPARE(right->value(), 0); // independent until asked
        QAction *sync = window.findChild<QAction *>(QStringLiteral("syncScrollAction"));
        QVERIFY(sync);
        sync->trigger();
        left->setValue(0);
        left->setValue(left->maximum() / 2);
        QVERIFY(qAbs(right->value() - right->maximum() / 2) <= 2);
        right->setValue(right->maximum());
        QCOMPARE(left->value(), left->maximum());
    }

    void preferencesApplyAndLast()
    {
        QTemporaryDir dir;
        {
            MainWindow window;
            QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
            Preferences p = window.preferences();
            p.readingFont = QFont(QStringLiteral("DejaVu Serif"), 17);
            p.colours = Preferences::ColourScheme::Dark;
            p.author = QStringLiteral("A. Analyst");
            window.setPreferences(p);
            BodyView *body = window.readingArea()->currentView()->bodyView();
            QCOMPARE(body->font().pointSize(), 17);
            QTRY_VERIFY(ColourScheme::isDark(body->palette()));
            // A column opened later reads in the same font.
            QVERIFY(window.openCable(QStringLiteral("09ASTANA713"), true));
            QCOMPARE(window.readingArea()->views().at(1)->bodyView()->font().pointSize(), 17);
        }
        MainWindow again;
        QCOMPARE(again.preferences().author, QStringLiteral("A. Analyst"));
        QCOMPARE(again.preferences().readingFont.pointSize(), 17);
        QCOMPARE(again.preferences().colours, Preferences::ColourScheme::Dark);
        Preferences p = again.preferences();
        p.colours = Preferences::ColourScheme::System;
        again.setPreferences(p);
        QVERIFY(again.findChild<QAction *>(QStringLiteral("preferencesAction")));
    }

    void searchNarrowsAndHighlights()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
        QTRY_VERIFY(window.libraryPane()->searchField()->hasFocus());
        QTest::keyClicks(window.libraryPane()->searchField(), QStringLiteral("sarybay"));
        QTRY_COMPARE(window.listModel()->totalCount(), qint64(2));
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Down);
        QTest::keyClick(window.libraryPane()->cableList(), Qt::Key_Return);
        QTRY_VERIFY(window.readingArea()->currentView());
        QVERIFY(window.readingArea()->currentView()->bodyView()->highlightCount() >= 1);

        window.libraryPane()->searchField()->clear();
        QTest::keyClicks(window.libraryPane()->searchField(), QStringLiteral("Manas"));
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Return);
        QVERIFY(window.listModel()->totalCount() >= 1);
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        QVERIFY(window.readingArea()->currentView()->bodyView()->highlightCount() >= 3);
    }

    // Issue 14: a cable number as a REF line writes it, typed in the search
    // field, names the cable; Enter opens it, or lists the cables of every
    // year that carry the number.
    void aCableNumberAsWrittenOpensItsCable()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit *field = window.libraryPane()->searchField();
        auto *status = window.libraryPane()->findChild<QLabel *>(QStringLiteral("libraryStatus"));
        QTest::keyClicks(field, QStringLiteral("ASTANA 000253"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("09ASTANA253")));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(window.readingArea()->currentView());
        QCOMPARE(window.readingArea()->currentView()->bodyView()->cable().id, QStringLiteral("09ASTANA253"));

        // Words that only look like a number of a post the library lacks stay a search.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("kabul 2009"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!status->text().contains(QStringLiteral("Enter")));
        QCOMPARE(window.readingArea()->currentView()->bodyView()->cable().id, QStringLiteral("09ASTANA253"));

        // The same post and serial in another year: without a year, both.
        {
            CableWriter store(*window.library());
            std::optional<Cable> other = window.library()->cables().load(QStringLiteral("09ASTANA253"));
            QVERIFY(other);
            other->id = QStringLiteral("08ASTANA253");
            QVERIFY(store.store(*other, QStringLiteral("copy.txt")) != CableWriter::StoreResult::Failed);
        }
        field->clear();
        QTest::keyClicks(field, QStringLiteral("ASTANA 253"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->text(), QStringLiteral("id:08ASTANA253 id:09ASTANA253"));
        QTRY_COMPARE(window.listModel()->totalCount(), qint64(2));
        // With the year, the one.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("08 ASTANA 253"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.readingArea()->currentView()->bodyView()->cable().id, QStringLiteral("08ASTANA253"));
    }

    // A hit opens at its paragraph (the Match column's), F3 and Shift+F3 go through the others.
    void aSearchHitOpensAtItsParagraph()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.libraryPane()->searchField()->setText(QStringLiteral("uzbekistan"));
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Return);
        QTableView *list = window.libraryPane()->cableList();
        const int row = window.listModel()->rowOf(QStringLiteral("09ASTANA713"));
        QVERIFY(row >= 0);
        // The Match column shows ¶3, the first of the three paragraphs with the word.
        const QString match =
            window.listModel()->index(row, LibraryListModel::MatchColumn).data(ItemRole::Snippet).toString();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Return);
        BodyView *body = window.readingArea()->currentView()->bodyView();
        QCOMPARE(body->cable().id, QStringLiteral("09ASTANA713"));
        QCOMPARE(body->matchingParagraphs(),
            (QStringList {
                QStringLiteral("09ASTANA713¶3"), QStringLiteral("09ASTANA713¶7"), QStringLiteral("09ASTANA713¶8") }));
        const auto paragraphText = [&](const QString &anchor) {
            for (const Paragraph *p : body->cable().paragraphs())
                if (p->anchor == anchor)
                    return p->text;
            return QString();
        };
        QVERIFY(paragraphText(QStringLiteral("09ASTANA713¶3"))
                .contains(QString(match).remove(QChar(2)).remove(QChar(3)).remove(QChar(0x2026)).left(20)));
        const auto shown = [&](const QString &anchor) {
            QTextCursor at(body->document());
            at.setPosition(body->documentRange({ anchor, 0, 0 }).first);
            return body->viewport()->rect().contains(body->cursorRect(at).center());
        };
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶3"));
        QVERIFY(body->verticalScrollBar()->value() > 0);
        QVERIFY(shown(QStringLiteral("09ASTANA713¶3")));
        QVERIFY(body->highlightCount() >= 3);
        // The cursor is on the word itself.
        QTextCursor word = body->textCursor();
        word.select(QTextCursor::WordUnderCursor);
        QCOMPARE(word.selectedText().toLower(), QStringLiteral("uzbekistan"));

        body->setFocus();
        QTest::keyClick(body, Qt::Key_F3);
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶7"));
        QVERIFY(shown(QStringLiteral("09ASTANA713¶7")));
        QTest::keyClick(body, Qt::Key_F3);
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶8"));
        QTest::keyClick(body, Qt::Key_F3); // round to the first again
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶3"));
        QTest::keyClick(body, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶8"));
        window.findChild<QAction *>(QStringLiteral("previousMatchAction"))->trigger();
        QCOMPARE(body->currentParagraphAnchor(), QStringLiteral("09ASTANA713¶7"));

        // Without a search, a cable opens at its top and F3 says why it does nothing.
        window.libraryPane()->searchField()->clear();
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Return);
        QVERIFY(window.openSearchHit(QStringLiteral("09ASTANA714")));
        QCOMPARE(body->verticalScrollBar()->value(), 0);
        window.findChild<QAction *>(QStringLiteral("nextMatchAction"))->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("search")));
    }

    // A search that finds nothing says so over the empty list, and which filter to drop.
    void anEmptyResultSaysWhy()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.libraryPane()->showsEmptyText());
        window.libraryPane()->searchField()->setText(QStringLiteral("manas origin:Nowhere"));
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Return);
        QCOMPARE(window.listModel()->rowCount(), 0);
        QVERIFY(window.libraryPane()->showsEmptyText());
        const QString why = window.libraryPane()->emptyText();
        QVERIFY2(why.contains(QStringLiteral("No cable matches"))
                && why.contains(QStringLiteral("Without origin:Nowhere, 2 cables match")),
            qPrintable(why));
        auto *label = window.libraryPane()->findChild<QLabel *>(QStringLiteral("noMatches"));
        QVERIFY(label && label->isVisible() && label->width() > 100);

        window.libraryPane()->searchField()->setText(QStringLiteral("manas"));
        QTest::keyClick(window.libraryPane()->searchField(), Qt::Key_Return);
        QCOMPARE(window.listModel()->rowCount(), 2);
        QVERIFY(!window.libraryPane()->showsEmptyText());
    }

    void exportReportTakesTheSearchResult()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        Preferences preferences = window.preferences();
        preferences.author = QStringLiteral("Desk Officer Kazakhstan");
        window.setPreferences(preferences);
        window.search(QStringLiteral("sarybay"));
        QAction *exportReport = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
        QVERIFY(exportReport);
        QVERIFY(exportReport->isEnabled());
        QString query;
        QString author;
        QTimer::singleShot(0, &window, [&query, &author] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            query = dialog->options().query;
            author = dialog->options().author;
            dialog->reject();
        });
        exportReport->trigger();
        QCOMPARE(query, QStringLiteral("sarybay"));
        // Signed as the annotations are, not as the system user.
        QCOMPARE(author, QStringLiteral("Desk Officer Kazakhstan"));
    }

    void importsInTheBackground()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(QFile::copy(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/10ASTANA72.html"),
                    dir.filePath(QStringLiteral("in/10ASTANA72.html")))
            || (QDir().mkpath(dir.filePath(QStringLiteral("in")))
                && QFile::copy(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/10ASTANA72.html"),
                    dir.filePath(QStringLiteral("in/10ASTANA72.html")))));
        QFile bad(dir.filePath(QStringLiteral("in/readme.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a cable\n");
        bad.close();

        window.importController()->setShowSummary(false);
        QSignalSpy finished(window.importController(), &ImportController::finished);
        window.importPaths({ dir.filePath(QStringLiteral("in")) });
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<LibraryImporter::Summary>();
        QCOMPARE(summary.imported, 1);
        // A readme is no cable: skipped with the reason, not a failure.
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.notCables, 1);
        QVERIFY(summary.notCableFiles.first().reason.contains(QStringLiteral("readme.txt")));
        QCOMPARE(window.listModel()->totalCount(), qint64(6)); // the list shows the new cable
        QVERIFY(window.openCable(QStringLiteral("10ASTANA72")));
        QVERIFY(window.recentLibraries().first().endsWith(QStringLiteral("l.sqlite")));
    }

    // The window never parses: a page that crashes the parser and one that
    // makes it hang cost only parser processes. The window stays, with the
    // note the analyst was typing and had not saved, the good page is
    // listed and the two bad ones are reported by name with the reason.
    void importOutlivesACrashingParser()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        QFile page(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/10ASTANA72.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        const auto write = [&in](const QString &name, const QByteArray &bytes) {
            QFile file(in + u'/' + name);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(QStringLiteral("a-10ASTANA72.html"), html));
        QVERIFY(write(QStringLiteral("b-crash.html"), html + "<!-- REFTEL-TEST-CRASH -->\n"));
        QVERIFY(write(QStringLiteral("c-hang.html"), html + "<!-- REFTEL-TEST-HANG -->\n"));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("l.sqlite"))));
        QVERIFY(window.openCable(QStringLiteral("09ASTANA253")));
        BodyView *body = window.readingArea()->currentView()->bodyView();
        body->setTextCursor(body->document()->find(QStringLiteral("strong financial package")));
        // init() cleared the author: answer the name prompt instead of blocking on it.
        window.annotations()->setAuthorPrompt([] { return QStringLiteral("Desk Officer"); });
        QVERIFY(window.annotations()->annotateSelection() > 0);
        QPlainTextEdit *editor = window.annotationsPane()->noteEditor();
        const QString note = QStringLiteral("Not saved yet: the lease");
        QTest::keyClicks(editor, note);

        ImportController *import = window.importController();
        import->setWorkerProgram(QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        import->setDocumentTimeout(1500);
        QSignalSpy finished(import, &ImportController::finished);
        window.importPaths({ in });
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<LibraryImporter::Summary>();
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.failed, 2);
        QStringList reasons;
        for (const LibraryImporter::Outcome &failure : summary.failures)
            reasons << failure.reason.mid(in.size() + 1);
        reasons.sort();
        QCOMPARE(reasons,
            (QStringList { QStringLiteral("b-crash.html: the parser crashed on this file."),
                QStringLiteral("c-hang.html: parsing took more than 1.5 s.") }));
        // The window's import report names both, with the reason.
        QPlainTextEdit *report = nullptr;
        QTRY_VERIFY((report = window.findChild<QPlainTextEdit *>(QStringLiteral("importFailures"))) != nullptr);
        QVERIFY(report->isVisible());
        for (const LibraryImporter::Outcome &failure : summary.failures)
            QVERIFY2(report->toPlainText().contains(failure.reason), qPrintable(report->toPlainText()));
        QVERIFY(report->toPlainText().contains(QStringLiteral("b-crash.html: the parser crashed on this file.")));
        report->window()->close();

        QVERIFY(window.isVisible());
        QCOMPARE(editor->toPlainText(), note);
        QCOMPARE(window.listModel()->totalCount(), qint64(6));
        QVERIFY(window.openCable(QStringLiteral("10ASTANA72")));
    }

    void layoutIsRestoredOnRestart()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.annotationsDock()->close();
            window.resize(700, 500); // within the offscreen screen's 800x600
            window.close(); // saves the layout, as quitting does
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.annotationsDock()->isVisible());
        QVERIFY(again.metadataDock()->isVisible());
        QCOMPARE(again.size(), QSize(700, 500));
    }

    // Issue 13, item 1: a query nested thousands deep, typed or pasted into
    // the search field, is refused with a message, not a crash.
    void deepQueryIsRefusedInTheWindow()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))));
        window.libraryPane()->searchField()->setText(
            QString(30000, u'(') + QStringLiteral("manas") + QString(30000, u')'));
        window.search(window.libraryPane()->searchField()->text());
        auto *status = window.libraryPane()->findChild<QLabel *>(QStringLiteral("libraryStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("too deeply nested")), qPrintable(status->text()));
    }

    // Item 2: cables a killed import stored without indexing them are
    // indexed when the window opens the library, behind a progress dialog.
    void opensAndIndexesWhatAKilledImportLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            LibraryDatabase library;
            QVERIFY(library.open(path));
            CableWriter store(library);
            store.setIndexingDeferred(true);
            QVERIFY(store.begin());
            const QString sample = SampleCables::paths().constFirst();
            for (const Cable &cable :
                DocumentParser::parse(SampleCables::contents(sample), QFileInfo(sample).fileName()))
                QVERIFY(store.store(cable, sample) != CableWriter::StoreResult::Failed);
            QVERIFY(store.commit());
            QCOMPARE(library.cables().unindexedCount(), 1);
        }
        MainWindow window;
        window.importController()->setShowSummary(false);
        QSignalSpy done(window.importController(), &ImportController::finished);
        QVERIFY(window.openLibrary(path));
        auto *status = window.libraryPane()->findChild<QLabel *>(QStringLiteral("libraryStatus"));
        QVERIFY(status->text().contains(QStringLiteral("being indexed")) || done.count() > 0);
        QVERIFY(done.wait(30000) || done.count() > 0);
        window.search(QStringLiteral("csto")); // a word of 09ASTANA1399, the first sample
        QCOMPARE(window.listModel()->totalCount(), 1);
        QVERIFY(!status->text().contains(QStringLiteral("being indexed")));
    }

    // Item 3: a damaged library is not read; a dialog says so and offers a salvaged copy.
    void damagedLibraryIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            LibraryDatabase library;
            QVERIFY(library.open(path));
        }
        // The schema's page, after the file header: noise.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(4096 - 100, '\x7f'));
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(!window.openLibrary(path));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("damagedLibraryDialog"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("damaged")));
        bool offersSalvage = false;
        for (QAbstractButton *button : box->buttons())
            offersSalvage = offersSalvage || button->text().contains(QStringLiteral("Salvaged Copy"));
        QVERIFY(offersSalvage);
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
