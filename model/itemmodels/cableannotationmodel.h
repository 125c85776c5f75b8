// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "cable.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Reftel
{
class AnnotationStore;
class UserTagStore;

// The annotations of one open cable, in reading order (the order of its
// paragraphs, then the offsets; detached ones last), each anchored against
// the cable shown. One per open cable, shared by whatever shows it: the
// body view's marks, the annotations pane, the outline's counts. It follows
// the store's announcements for its cable with exact changes (an undo step
// that removes one annotation is one row removed), and the tag store's,
// whose merges and deletions change annotations' tags without the
// annotation store announcing each.
//
// Qt::DisplayRole is the quote, ItemRole::AnnotationId the id,
// ItemRole::Anchor the paragraph, ItemRole::Detached whether it was lost.
class CableAnnotationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // Reads the cable's annotations, anchoring them as opening a cable does
    // (AnnotationAnchorer::loadAnchored: moved ones are written back).
    CableAnnotationModel(AnnotationStore &store, const Cable &cable, QObject *parent = nullptr);

    // Also reads its annotations again when the user's tags change.
    void followTags(const UserTagStore *tags);

    const Cable &cable() const { return m_cable; }
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(qint64 id) const;
    int rowOf(qint64 id) const;
    // How many attached annotations each paragraph holds, by anchor.
    QHash<QString, int> countsByAnchor() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void added(qint64 id, const QString &cableId);
    void changed(qint64 id, const QString &cableId);
    void removed(qint64 id, const QString &cableId);
    // Reads the cable's annotations again and applies the difference.
    void update();
    // Puts an annotation where it sorts: a new row, the row it had, or a move.
    void place(const Annotation &annotation);
    void removeRow(int row);
    bool before(const Annotation &a, const Annotation &b) const;
    int sortedRow(const Annotation &annotation, int skip) const;

    AnnotationStore &m_store;
    Cable m_cable;
    QHash<QString, int> m_order; // reading position of each paragraph anchor
    QList<Annotation> m_annotations;
};
}
