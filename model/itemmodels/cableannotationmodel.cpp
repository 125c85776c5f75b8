// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableannotationmodel.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "itemroles.h"
#include "usertagstore.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace Reftel
{
CableAnnotationModel::CableAnnotationModel(AnnotationStore &store, const Cable &cable, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_cable(cable)
{
    for (const Section &section : std::as_const(m_cable.sections)) {
        for (const Paragraph &paragraph : section.paragraphs)
            m_order.insert(paragraph.anchor, int(m_order.size()));
    }
    m_annotations = AnnotationAnchorer::loadAnchored(m_store, m_cable);
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
        [this](const Annotation &a, const Annotation &b) { return before(a, b); });
    connect(&m_store, &AnnotationStore::annotationAdded, this, &CableAnnotationModel::added);
    connect(&m_store, &AnnotationStore::annotationChanged, this, &CableAnnotationModel::changed);
    connect(&m_store, &AnnotationStore::annotationRemoved, this, &CableAnnotationModel::removed);
}

void CableAnnotationModel::followTags(const UserTagStore *tags)
{
    if (!tags)
        return;
    // A deleted tag's undo adds it back, with its uses.
    connect(tags, &UserTagStore::tagAdded, this, &CableAnnotationModel::update);
    connect(tags, &UserTagStore::tagChanged, this, &CableAnnotationModel::update);
    connect(tags, &UserTagStore::tagRemoved, this, &CableAnnotationModel::update);
}

bool CableAnnotationModel::before(const Annotation &a, const Annotation &b) const
{
    const int pa = a.detached ? INT_MAX : m_order.value(a.anchor, INT_MAX - 1);
    const int pb = b.detached ? INT_MAX : m_order.value(b.anchor, INT_MAX - 1);
    if (pa != pb)
        return pa < pb;
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

std::optional<Annotation> CableAnnotationModel::annotation(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Annotation>(m_annotations.at(row));
}

int CableAnnotationModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == id)
            return row;
    }
    return -1;
}

QHash<QString, int> CableAnnotationModel::countsByAnchor() const
{
    QHash<QString, int> counts;
    for (const Annotation &annotation : m_annotations) {
        if (!annotation.detached)
            ++counts[annotation.anchor];
    }
    return counts;
}

int CableAnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant CableAnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &annotation = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return annotation.quote;
    case Qt::ToolTipRole:
        return annotation.note;
    case ItemRole::AnnotationId:
        return annotation.id;
    case ItemRole::Anchor:
        return annotation.anchor;
    case ItemRole::Detached:
        return annotation.detached;
    default:
        return {};
    }
}

void CableAnnotationModel::added(qint64 id, const QString &cableId)
{
    if (cableId != m_cable.id)
        return;
    if (std::optional<Annotation> annotation = m_store.annotation(id)) {
        AnnotationAnchorer::anchor(m_cable, *annotation);
        place(*annotation);
    }
}

void CableAnnotationModel::changed(qint64 id, const QString &cableId)
{
    if (cableId != m_cable.id) {
        // Moved to another cable (an import may do that): no longer ours.
        if (const int row = rowOf(id); row >= 0)
            removeRow(row);
        return;
    }
    added(id, cableId);
}

void CableAnnotationModel::removed(qint64 id, const QString &cableId)
{
    Q_UNUSED(cableId)
    if (const int row = rowOf(id); row >= 0)
        removeRow(row);
}

void CableAnnotationModel::update()
{
    QList<Annotation> fresh = m_store.forCable(m_cable.id);
    QSet<qint64> ids;
    for (Annotation &annotation : fresh) {
        AnnotationAnchorer::anchor(m_cable, annotation);
        ids.insert(annotation.id);
    }
    for (int row = int(m_annotations.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_annotations.at(row).id))
            removeRow(row);
    }
    for (const Annotation &annotation : std::as_const(fresh))
        place(annotation);
}

int CableAnnotationModel::sortedRow(const Annotation &annotation, int skip) const
{
    int row = 0;
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (i != skip && before(m_annotations.at(i), annotation))
            ++row;
    }
    return row;
}

void CableAnnotationModel::place(const Annotation &annotation)
{
    const int row = rowOf(annotation.id);
    if (row >= 0 && m_annotations.at(row) == annotation)
        return;
    const int target = sortedRow(annotation, row);
    if (row < 0) {
        beginInsertRows({}, target, target);
        m_annotations.insert(target, annotation);
        endInsertRows();
        return;
    }
    if (target != row) {
        // beginMoveRows counts the destination before the row leaves.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_annotations.move(row, target);
        endMoveRows();
    }
    m_annotations[target] = annotation;
    Q_EMIT dataChanged(index(target), index(target));
}

void CableAnnotationModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_annotations.removeAt(row);
    endRemoveRows();
}
}
