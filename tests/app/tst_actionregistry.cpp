// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include "actioncatalog.h"
#include "mainwindow.h"

#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The registry of actions and shortcuts: how it makes actions and menus and
// lists the keys, and the window's own catalogue registered in it.
class TestActionRegistry : public QObject
{
    Q_OBJECT

private:
    static QList<ActionRegistry::Spec> specs()
    {
        using Spec = ActionRegistry::Spec;
        return {
            Spec(u"openAction"_s, u"&Open…"_s).withKeys({ QKeySequence(Qt::CTRL | Qt::Key_O) }),
            Spec(u"tagAction"_s, u"&Tag…"_s).withKeys({ QKeySequence(Qt::CTRL | Qt::Key_T) }).needingLibrary(),
            Spec(u"undoAction"_s).withKeys({ QKeySequence(Qt::CTRL | Qt::Key_Z) }).listedAs(u"Undo"_s).madeElsewhere(),
            Spec(u"plainAction"_s, u"&Plain"_s),
            Spec(u"digitAction"_s, u"Digit"_s).withKeys({ QKeySequence(Qt::Key_1) }).inScope(u"pane"_s),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_actionregistry"_s);
        QSettings().clear();
    }

    void makesTheActionsAndMenus()
    {
        QWidget window;
        QWidget pane(&window);
        QMenuBar bar(&window);
        ActionRegistry registry(&window);
        registry.addScope(u"pane"_s, &pane, u"Pane"_s);
        registry.add(specs());
        QAction undo(u"&Undo Tag 09ASTANA253¶3"_s);
        QCOMPARE(registry.action(u"undoAction"_s), nullptr); // not made: adopted
        registry.adopt(u"undoAction"_s, &undo);
        QCOMPARE(registry.action(u"undoAction"_s), &undo);
        QCOMPARE(undo.objectName(), u"undoAction"_s);
        QCOMPARE(undo.shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));

        QAction *open = registry.action(u"openAction"_s);
        QVERIFY(open);
        QCOMPARE(open->objectName(), u"openAction"_s);
        QCOMPARE(open->text(), u"&Open…"_s);
        QCOMPARE(open->parent(), &window);
        QCOMPARE(registry.action(u"nothing"_s), nullptr);
        QCOMPARE(registry.actions().size(), 5);
        // A scope's action works where its widget has the focus.
        QAction *digit = registry.action(u"digitAction"_s);
        QVERIFY(pane.actions().contains(digit));
        QCOMPARE(digit->shortcutContext(), Qt::WidgetWithChildrenShortcut);

        registry.buildMenus(&bar,
            { { u"subMenu"_s, u"&More"_s, { u"plainAction"_s } },
                { u"fileMenu"_s, u"&File"_s,
                    { u"openAction"_s, ActionRegistry::separator(), u"subMenu"_s, u"missingAction"_s } },
                { u"editMenu"_s, u"&Edit"_s, { u"undoAction"_s, u"tagAction"_s } } });
        QCOMPARE(bar.actions().size(), 2); // the submenu is in File, not on the bar
        QMenu *file = registry.menu(u"fileMenu"_s);
        QVERIFY(file);
        QCOMPARE(file->objectName(), u"fileMenu"_s);
        QCOMPARE(file->actions().size(), 3);
        QCOMPARE(file->actions().at(0), open);
        QVERIFY(file->actions().at(1)->isSeparator());
        QCOMPARE(file->actions().at(2)->menu(), registry.menu(u"subMenu"_s));
        QCOMPARE(registry.unknownItems(), QStringList { u"fileMenu/missingAction"_s });
    }

    void enablesWithTheLibrary()
    {
        QWidget window;
        ActionRegistry registry(&window);
        registry.add(specs());
        QAction *tag = registry.action(u"tagAction"_s);
        QVERIFY(!tag->isEnabled());
        QVERIFY(registry.action(u"openAction"_s)->isEnabled());
        registry.setLibraryOpen(true);
        QVERIFY(tag->isEnabled());
        registry.setLibraryOpen(false);
        QVERIFY(!tag->isEnabled());
        QVERIFY(registry.action(u"openAction"_s)->isEnabled());
    }

    void refusesATakenId()
    {
        QWidget window;
        ActionRegistry registry(&window);
        registry.add(specs());
        QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: the action id \"openAction\" is empty or taken");
        registry.add({ ActionRegistry::Spec(u"openAction"_s, u"Again"_s) });
        QCOMPARE(registry.action(u"openAction"_s)->text(), u"&Open…"_s);
        QCOMPARE(registry.specs().size(), specs().size());
    }

    // The shortcuts list: by menu, in menu order, names without mnemonics,
    // an adopted action by its list name, then each scope's.
    void listsTheShortcuts()
    {
        QWidget window;
        QWidget pane(&window);
        QMenuBar bar(&window);
        ActionRegistry registry(&window);
        registry.addScope(u"pane"_s, &pane, u"Pane"_s);
        registry.add(specs());
        QAction undo(u"&Undo Tag 09ASTANA253¶3"_s);
        registry.adopt(u"undoAction"_s, &undo);
        registry.buildMenus(&bar,
            { { u"fileMenu"_s, u"&File"_s, { u"openAction"_s, u"plainAction"_s } },
                { u"editMenu"_s, u"&Edit"_s, { u"undoAction"_s, u"tagAction"_s } } });
        // An action put into a menu by hand is listed too.
        registry.menu(u"editMenu"_s)->addAction(u"&Frobnicate"_s)->setShortcut(QKeySequence(Qt::Key_F9));
        QStringList lines;
        for (const KeyboardShortcutsDialog::Entry &entry : registry.shortcutList(&bar))
            lines << entry.group + u'/' + entry.action + u'/' + entry.keys.value(0).toString();
        QCOMPARE(lines,
            (QStringList { u"File/Open…/Ctrl+O"_s, u"Edit/Undo/Ctrl+Z"_s, u"Edit/Tag…/Ctrl+T"_s,
                u"Edit/Frobnicate/F9"_s, u"Pane/Digit/1"_s }));
    }

    // The window's catalogue: every action registered under a unique id that
    // is its objectName, every menu item known, and no key doing two things.
    void theWindowsActionsAreOneEach()
    {
        MainWindow window;
        const ActionRegistry *registry = window.actionRegistry();
        QVERIFY(registry);
        QCOMPARE(registry->unknownItems(), QStringList {});
        QSet<QString> ids;
        for (const ActionRegistry::Spec &spec : ActionCatalog::actions()) {
            QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
            ids.insert(spec.id);
            const QAction *action = registry->action(spec.id);
            QVERIFY2(action, qPrintable(spec.id)); // made, or adopted
            QCOMPARE(action->objectName(), spec.id);
            QCOMPARE(window.findChildren<QAction *>(spec.id).size(), 1); // no other action of that name
        }
        QCOMPARE(registry->actions().size(), ids.size());
        // The reading area's keys work there; the window's everywhere else too: no key may mean two actions.
        QHash<QKeySequence, QString> owner;
        for (const QAction *action : registry->actions()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owner.contains(key),
                    qPrintable(key.toString() + u": "_s + owner.value(key) + u" and "_s + action->objectName()));
                owner.insert(key, action->objectName());
            }
        }
        QVERIFY(owner.size() >= 25);
        // Every action with keys is in a menu or in the reading area's list.
        int listed = 0;
        for (const KeyboardShortcutsDialog::Entry &entry : registry->shortcutList(window.menuBar()))
            listed += int(entry.keys.size());
        QCOMPARE(listed, int(owner.size()));
    }
};

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
