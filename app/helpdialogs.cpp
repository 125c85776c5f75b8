// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "aboutdialog.h"
#include "actionregistry.h"
#include "gettingstarteddialog.h"
#include "keyboardshortcutsdialog.h"

namespace Reftel
{
HelpDialogs::HelpDialogs(QWidget &window, const ActionRegistry &actions, const QMenuBar &menus)
    : m_window(window)
    , m_actions(actions)
    , m_menus(menus)
{
}

KeyboardShortcutsDialog *HelpDialogs::keyboardShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new KeyboardShortcutsDialog(&m_window);
    // Read from the registry each time: whatever the menus hold now.
    m_shortcuts->setEntries(m_actions.shortcutList(&m_menus));
    return m_shortcuts;
}

void HelpDialogs::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog *dialog = keyboardShortcuts();
    dialog->show();
    dialog->raise();
}

GettingStartedDialog *HelpDialogs::gettingStarted()
{
    if (!m_gettingStarted)
        m_gettingStarted = new GettingStartedDialog(&m_window);
    return m_gettingStarted;
}

void HelpDialogs::showGettingStarted()
{
    GettingStartedDialog *dialog = gettingStarted();
    dialog->show();
    dialog->raise();
}

void HelpDialogs::showAbout()
{
    AboutDialog dialog(&m_window);
    dialog.exec();
}
}
