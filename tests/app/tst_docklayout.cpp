// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
// A window as Reftel's: a central widget, a dock on the left and one on the right.
struct Window
{
    Window()
    {
        window.setCentralWidget(new QWidget);
        left = addDock(u"leftDock"_s, Qt::LeftDockWidgetArea);
        right = addDock(u"rightDock"_s, Qt::RightDockWidgetArea);
        window.resize(1100, 700);
        window.resizeDocks({ left, right }, { 320, 320 }, Qt::Horizontal);
        layout = std::make_unique<DockLayout>(window, QList<QDockWidget *> { left, right });
    }

    QDockWidget *addDock(const QString &name, Qt::DockWidgetArea area)
    {
        auto *dock = new QDockWidget(name, &window);
        dock->setObjectName(name);
        dock->setWidget(new QWidget);
        window.addDockWidget(area, dock);
        return dock;
    }

    int centralWidth() const { return window.centralWidget()->width(); }

    QMainWindow window;
    QDockWidget *left = nullptr;
    QDockWidget *right = nullptr;
    std::unique_ptr<DockLayout> layout;
};
}

class TestDockLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_docklayout"_s);
    }

    void init() { QSettings().clear(); }

    void savedAndRestored()
    {
        {
            Window first;
            first.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first.window));
            first.right->hide();
            first.layout->save();
        }
        Window second;
        second.layout->restore();
        second.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second.window));
        QVERIFY(second.left->isVisible());
        QVERIFY(!second.right->isVisible());
        // The first layout again, every dock shown.
        second.layout->reset();
        QTRY_VERIFY(second.right->isVisible());
    }

    // Two columns on a narrow window: the docks get narrower, then step aside; back to one column, they come back.
    void giveWayToTwoColumns()
    {
        Window w;
        w.window.resize(900, 600);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(w.layout->fitColumns(2, w.centralWidth()));
        QVERIFY(!w.right->isVisible() || !w.left->isVisible());
        QVERIFY(!w.layout->fitColumns(1, w.centralWidth()));
        QTRY_VERIFY(w.left->isVisible() && w.right->isVisible());
    }

    // One column never sends a dock away; it only narrows them to make room.
    void oneColumnHidesNothing()
    {
        Window w;
        w.window.resize(700, 600);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        const int before = w.left->width();
        QVERIFY(!w.layout->fitColumns(1, w.centralWidth()));
        QVERIFY(w.left->isVisible() && w.right->isVisible());
        QTRY_VERIFY(w.left->width() <= before);
    }

    void nothingWhileHidden()
    {
        Window w;
        QVERIFY(!w.layout->fitColumns(2, 10));
        QVERIFY(!w.left->isHidden() && !w.right->isHidden());
    }
};

QTEST_MAIN(TestDockLayout)
#include "tst_docklayout.moc"
