// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace Reftel
{
// Help ▸ Keyboard Shortcuts: every action of the menus that has keys, by
// menu, read from the actions themselves, so the list is never out of date.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; // the menu ("Edit", "Go ▸ …")
        QString action; // without its mnemonic
        QList<QKeySequence> keys;
    };

    explicit KeyboardShortcutsDialog(QWidget *parent = nullptr);

    // The menus' actions with keys, in menu order; actions outside the
    // menus (extra, e.g. the number keys of the reading area) go under extraGroup.
    static QList<Entry> collect(
        const QMenuBar *menuBar, const QList<QAction *> &extra = {}, const QString &extraGroup = {});
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }

    // A menu or action text as read: "&Next Cable" → "Next Cable", "&&" → "&".
    static QString plainText(const QString &text);
    // The name of an action in the list: its text, or the ShortcutNameProperty
    // of an action whose text changes ("Undo Tag 09ASTANA253¶3 with Manas").
    static constexpr const char *ShortcutNameProperty = "reftelShortcutName";
    static QString nameOf(const QAction *action);

private:
    QTreeWidget *m_tree = nullptr;
    QList<Entry> m_entries;
};
}
