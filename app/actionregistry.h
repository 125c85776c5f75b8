// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyboardshortcutsdialog.h"

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMenu;
class QMenuBar;

namespace Reftel
{
// Every action of the window, registered once by id with its text, icon and
// keys; the menus are built from lists of ids, and Help ▸ Keyboard Shortcuts
// is read from here (after Tiled's ActionManager). The owners of the work
// (the window, the annotation controller) look their actions up by id and
// connect them; an action made elsewhere (an undo stack's, a dock's toggle)
// is adopted under its id.
//
// A scope is a widget whose actions work only while it has the focus (the
// reading area's number keys); an action of no scope works in the whole
// window, from the menus.
class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        Spec() = default;
        Spec(const QString &id, const QString &text = {})
            : id(id)
            , text(text)
        {
        }
        // For tables, one property a call: Spec(id, text).withKeys(…).needingLibrary().
        Spec withIcon(const QString &name) const { return with(&Spec::icon, name); }
        Spec withKeys(const QList<QKeySequence> &list) const { return with(&Spec::keys, list); }
        Spec listedAs(const QString &name) const { return with(&Spec::listName, name); }
        Spec inScope(const QString &name) const { return with(&Spec::scope, name); }
        Spec withRole(QAction::MenuRole menuRole) const { return with(&Spec::role, menuRole); }
        Spec asCheckable() const { return with(&Spec::checkable, true); }
        Spec needingLibrary() const { return with(&Spec::needsLibrary, true); }
        Spec madeElsewhere() const { return with(&Spec::adopted, true); }

        QString id; // the action's objectName, unique
        QString text; // translated, with its mnemonic
        QString icon; // a theme icon name
        QList<QKeySequence> keys; // the first one is the one the menu shows
        QString listName; // its name in the shortcuts list, where the text changes ("Undo Tag …")
        QString scope; // empty: the window's
        QAction::MenuRole role = QAction::NoRole;
        bool checkable = false;
        bool needsLibrary = false; // disabled while no library is open
        bool adopted = false; // made elsewhere, handed over with adopt()

    private:
        template<typename T, typename V>
        Spec with(T Spec::*member, const V &value) const
        {
            Spec copy = *this;
            copy.*member = value;
            return copy;
        }
    };
    struct MenuSpec
    {
        QString id; // the menu's objectName
        QString title; // translated, with its mnemonic
        QStringList items; // action ids, menu ids (a submenu) and separator()
    };
    static QString separator() { return QStringLiteral("-"); }

    // The actions are children of window.
    explicit ActionRegistry(QWidget *window);
    ~ActionRegistry() override;

    // Actions of this scope are added to widget, and listed under title.
    void addScope(const QString &scope, QWidget *widget, const QString &title);
    // Makes the actions of the specs that are not adopted; ids must be new.
    void add(const QList<Spec> &specs);
    // Gives an action made elsewhere the id, keys and list name of its spec.
    QAction *adopt(const QString &id, QAction *action);

    // nullptr for an id never registered (or not yet adopted).
    QAction *action(const QString &id) const;
    QList<QAction *> actions() const;
    QList<Spec> specs() const { return m_specs; }

    // Menus in the order given; a submenu must come before the menu that holds it.
    // Menus whose id no other menu lists go on the bar.
    void buildMenus(QMenuBar *bar, const QList<MenuSpec> &menus);
    QMenu *menu(const QString &id) const;
    // Items of the menus that name no registered action or menu (empty when all do).
    QStringList unknownItems() const { return m_unknownItems; }

    void setLibraryOpen(bool open);

    // The menus' actions with keys, in menu order (whatever the menus hold
    // now, registered or not), then each scope's.
    QList<KeyboardShortcutsDialog::Entry> shortcutList(const QMenuBar *bar) const;

private:
    QString nameOf(const QAction *action) const;
    void apply(const Spec &spec, QAction *action);

    QWidget *m_window = nullptr;
    QList<Spec> m_specs;
    QHash<QString, qsizetype> m_specIndex;
    QHash<QString, QPointer<QAction>> m_actions;
    QHash<QString, QPointer<QMenu>> m_menus;
    struct Scope
    {
        QString id;
        QPointer<QWidget> widget;
        QString title;
    };
    QList<Scope> m_scopes;
    QStringList m_unknownItems;
};
}
