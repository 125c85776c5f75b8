// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QWidget>

#include <functional>

namespace Reftel
{
ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ActionRegistry::~ActionRegistry() = default;

void ActionRegistry::addScope(const QString &scope, QWidget *widget, const QString &title)
{
    m_scopes.append({ scope, widget, title });
}

void ActionRegistry::add(const QList<Spec> &specs)
{
    for (const Spec &spec : specs) {
        if (spec.id.isEmpty() || m_specIndex.contains(spec.id)) {
            qWarning("ActionRegistry: the action id \"%s\" is empty or taken", qPrintable(spec.id));
            continue;
        }
        m_specIndex.insert(spec.id, m_specs.size());
        m_specs.append(spec);
        if (spec.adopted)
            continue;
        auto *action = new QAction(spec.text, m_window);
        if (!spec.icon.isEmpty())
            action->setIcon(QIcon::fromTheme(spec.icon));
        action->setCheckable(spec.checkable);
        action->setMenuRole(spec.role);
        apply(spec, action);
    }
}

QAction *ActionRegistry::adopt(const QString &id, QAction *action)
{
    const auto at = m_specIndex.constFind(id);
    if (at == m_specIndex.cend() || !m_specs.at(*at).adopted || !action) {
        qWarning("ActionRegistry: no action \"%s\" to adopt", qPrintable(id));
        return action;
    }
    apply(m_specs.at(*at), action);
    return action;
}

void ActionRegistry::apply(const Spec &spec, QAction *action)
{
    action->setObjectName(spec.id);
    if (!spec.keys.isEmpty())
        action->setShortcuts(spec.keys);
    if (spec.needsLibrary)
        action->setEnabled(false);
    for (const Scope &scope : std::as_const(m_scopes)) {
        if (scope.id == spec.scope && scope.widget) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            scope.widget->addAction(action);
        }
    }
    m_actions.insert(spec.id, action);
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_actions.value(id);
}

QList<QAction *> ActionRegistry::actions() const
{
    QList<QAction *> list;
    for (const Spec &spec : m_specs) {
        if (QAction *action = m_actions.value(spec.id))
            list << action;
    }
    return list;
}

void ActionRegistry::buildMenus(QMenuBar *bar, const QList<MenuSpec> &menus)
{
    QSet<QString> submenus;
    for (const MenuSpec &spec : menus) {
        auto *menu = new QMenu(spec.title, bar);
        menu->setObjectName(spec.id);
        m_menus.insert(spec.id, menu);
        for (const QString &item : spec.items) {
            if (item == separator()) {
                menu->addSeparator();
            } else if (QAction *action = m_actions.value(item)) {
                menu->addAction(action);
            } else if (QMenu *submenu = m_menus.value(item)) {
                menu->addMenu(submenu);
                submenus.insert(item);
            } else {
                m_unknownItems << spec.id + u'/' + item;
            }
        }
    }
    for (const MenuSpec &spec : menus) {
        if (!submenus.contains(spec.id))
            bar->addMenu(m_menus.value(spec.id));
    }
}

QMenu *ActionRegistry::menu(const QString &id) const
{
    return m_menus.value(id);
}

void ActionRegistry::setLibraryOpen(bool open)
{
    for (const Spec &spec : std::as_const(m_specs)) {
        if (QAction *action = m_actions.value(spec.id); action && spec.needsLibrary)
            action->setEnabled(open);
    }
}

QString ActionRegistry::nameOf(const QAction *action) const
{
    // An action whose text says what it would do ("Undo Tag …") is listed by the name of its spec.
    const auto at = m_specIndex.constFind(action->objectName());
    const QString listName = at != m_specIndex.cend() ? m_specs.at(*at).listName : QString();
    return KeyboardShortcutsDialog::plainText(listName.isEmpty() ? action->text() : listName);
}

QList<KeyboardShortcutsDialog::Entry> ActionRegistry::shortcutList(const QMenuBar *bar) const
{
    QList<KeyboardShortcutsDialog::Entry> entries;
    const std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &group) {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (const QMenu *sub = action->menu()) {
                walk(sub, group + QStringLiteral(" ▸ ") + KeyboardShortcutsDialog::plainText(sub->title()));
                continue;
            }
            if (!action->shortcuts().isEmpty())
                entries.append({ group, nameOf(action), action->shortcuts() });
        }
    };
    if (bar) {
        for (const QAction *top : bar->actions()) {
            if (const QMenu *menu = top->menu())
                walk(menu, KeyboardShortcutsDialog::plainText(menu->title()));
        }
    }
    for (const Scope &scope : m_scopes) {
        for (const Spec &spec : m_specs) {
            const QAction *action = m_actions.value(spec.id);
            if (spec.scope == scope.id && action && !action->shortcuts().isEmpty())
                entries.append({ scope.title, nameOf(action), action->shortcuts() });
        }
    }
    return entries;
}
}
