// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTreeWidget;

namespace Reftel
{
// Help ▸ Keyboard Shortcuts: every action that has keys, by menu. The list
// is handed over (the window reads it from its action registry each time
// the dialog opens, so it is never out of date).
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

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }

    // A menu or action text as read: "&Next Cable" → "Next Cable", "&&" → "&".
    static QString plainText(const QString &text);

private:
    QTreeWidget *m_tree = nullptr;
    QList<Entry> m_entries;
};
}
