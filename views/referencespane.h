// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referenceresolver.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Reftel
{
// "References" and "Cited by" of the open cable, each with its state:
// resolved, probable (and why), missing (with the public address to copy).
class ReferencesPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencesPane(QWidget *parent = nullptr);

    void setLinks(const QString &cableId, const QList<ReferenceResolver::Link> &references,
        const QList<ReferenceResolver::Link> &citedBy);
    void clear();
    QTreeWidget *tree() const { return m_tree; }

    // The public page of a cable, for references missing from the library.
    static QString publicAddress(const QString &id);
    static QString stateText(ReferenceResolver::State state);

Q_SIGNALS:
    void cableActivated(const QString &id, bool otherColumn);

private:
    QTreeWidgetItem *addGroup(const QString &title);
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
};
}
