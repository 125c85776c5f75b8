// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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

    void init()
    {
        QSettings().clear();
    }

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
        QCOMPARE(names, (QStringList{QStringLiteral("annotationsDock"), QStringLiteral("libraryDock"),
                                     QStringLiteral("metadataDock"), QStringLiteral("referencesDock")}));
        QCOMPARE(window.dockWidgetArea(window.libraryDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.metadataDock()), Qt::RightDockWidgetArea);
        QVERIFY(window.libraryDock()->isVisible());
        QVERIFY(window.metadataDock()->isVisible());
        for (const QDockWidget *dock : docks)
            QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
    }

    void hasTheStandardMenus()
    {
        MainWindow window;
        QStringList titles;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"), QStringLiteral("&View"),
                                     QStringLiteral("&Help")}));

        auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QVERIFY(view->actions().contains(window.metadataDock()->toggleViewAction()));
        QVERIFY(view->actions().contains(window.libraryDock()->toggleViewAction()));

        auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        bool hasQuit = false;
        for (const QAction *action : file->actions())
            hasQuit |= action->shortcut() == QKeySequence(QKeySequence::Quit);
        QVERIFY(hasQuit);
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
        auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        for (QAction *action : file->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Quit))
                action->trigger();
        }
        QTRY_VERIFY(!window.isVisible());
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
