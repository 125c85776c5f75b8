// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QHash>
#include <QWidget>

class QStackedWidget;
class QTreeView;

namespace Reftel
{
class CableTreeModel;
class PlaceholderLabel;

// The open cable's structure: its sections and their paragraphs (number,
// classification mark, first words), each with how many of the user's
// annotations it holds, so a long cable can be read by its parts. A
// paragraph or section activated takes the reading column there.
class OutlinePane final : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePane(QWidget *parent = nullptr);
    ~OutlinePane() override;

    void setCable(const Cable &cable);
    void clear();
    // By paragraph anchor, as AnnotationController counts them.
    void setAnnotationCounts(const QHash<QString, int> &countsByAnchor);

    QTreeView *view() const { return m_view; }
    CableTreeModel *model() const { return m_model; }

Q_SIGNALS:
    // A paragraph's anchor; for a section, its first paragraph's.
    void paragraphActivated(const QString &anchor);

private:
    void activate(const QModelIndex &index);

    QStackedWidget *m_stack = nullptr;
    PlaceholderLabel *m_placeholder = nullptr;
    QTreeView *m_view = nullptr;
    CableTreeModel *m_model = nullptr;
};
}
