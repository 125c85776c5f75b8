// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenuBar;
class QWidget;

namespace Reftel
{
class ActionRegistry;
class GettingStartedDialog;
class KeyboardShortcutsDialog;

// The Help menu's dialogs: Keyboard Shortcuts (made from the menus'
// actions), Getting Started, each made once and shown again; About.
class HelpDialogs final
{
public:
    HelpDialogs(QWidget &window, const ActionRegistry &actions, const QMenuBar &menus);

    KeyboardShortcutsDialog *keyboardShortcuts();
    GettingStartedDialog *gettingStarted();
    void showKeyboardShortcuts();
    void showGettingStarted();
    void showAbout();

private:
    QWidget &m_window;
    const ActionRegistry &m_actions;
    const QMenuBar &m_menus;
    KeyboardShortcutsDialog *m_shortcuts = nullptr; // the window's child
    GettingStartedDialog *m_gettingStarted = nullptr; // the window's child
};
}
