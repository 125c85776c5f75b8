// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabletreemodel.h"

#include "itemroles.h"

namespace Reftel
{
CableTreeModel::CableTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CableTreeModel::~CableTreeModel() = default;

void CableTreeModel::setCable(const Cable &cable)
{
    // A new cable is a new tree: a reset is the honest signal here.
    beginResetModel();
    m_cable = cable;
    m_annotationCounts.clear();
    m_byAnchor.clear();
    m_root.children.clear();

    auto header = std::make_unique<Node>();
    header->kind = NodeKind::Header;
    header->parent = &m_root;
    header->row = 0;
    m_root.children.push_back(std::move(header));

    for (int s = 0; s < m_cable.sections.size(); ++s) {
        auto section = std::make_unique<Node>();
        section->kind = NodeKind::Section;
        section->parent = &m_root;
        section->row = int(m_root.children.size());
        section->section = s;
        const QList<Paragraph> &paragraphs = m_cable.sections.at(s).paragraphs;
        for (int p = 0; p < paragraphs.size(); ++p) {
            auto paragraph = std::make_unique<Node>();
            paragraph->kind = NodeKind::Paragraph;
            paragraph->parent = section.get();
            paragraph->row = p;
            paragraph->section = s;
            paragraph->paragraph = p;
            m_byAnchor.insert(paragraphs.at(p).anchor, paragraph.get());
            section->children.push_back(std::move(paragraph));
        }
        m_root.children.push_back(std::move(section));
    }
    endResetModel();
}

void CableTreeModel::setAnnotationCounts(const QHash<QString, int> &countsByAnchor)
{
    const QHash<QString, int> old = std::exchange(m_annotationCounts, countsByAnchor);
    QSet<const Node *> touched;
    auto collect = [&](const QHash<QString, int> &counts) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (old.value(it.key()) == m_annotationCounts.value(it.key()))
                continue;
            if (const Node *node = m_byAnchor.value(it.key())) {
                touched.insert(node);
                touched.insert(node->parent); // the section's total changes too
            }
        }
    };
    collect(old);
    collect(m_annotationCounts);
    for (const Node *node : std::as_const(touched)) {
        Q_EMIT dataChanged(createIndex(node->row, OutlineColumn, const_cast<Node *>(node)),
            createIndex(node->row, AnnotationColumn, const_cast<Node *>(node)),
            { ItemRole::AnnotationCount, Qt::DisplayRole, Qt::ToolTipRole });
    }
}

QModelIndex CableTreeModel::indexForAnchor(const QString &anchor) const
{
    const Node *node = m_byAnchor.value(anchor);
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

const CableTreeModel::Node *CableTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

const Paragraph *CableTreeModel::paragraphOf(const Node *node) const
{
    if (node->kind != NodeKind::Paragraph)
        return nullptr;
    return &m_cable.sections.at(node->section).paragraphs.at(node->paragraph);
}

int CableTreeModel::annotationCount(const Node *node) const
{
    if (const Paragraph *p = paragraphOf(node))
        return m_annotationCounts.value(p->anchor);
    int total = 0;
    for (const auto &child : node->children)
        total += annotationCount(child.get());
    return total;
}

QModelIndex CableTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeFor(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex CableTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    if (!node->parent || node->parent == &m_root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int CableTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CableTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CableTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == OutlineColumn ? tr("Cable") : section == AnnotationColumn ? tr("Annotations") : QVariant();
}

QVariant CableTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case ItemRole::NodeKind:
        return QVariant::fromValue(node->kind);
    case ItemRole::CableId:
        return m_cable.id;
    case ItemRole::AnnotationCount:
        return annotationCount(node);
    default:
        break;
    }
    if (index.column() == AnnotationColumn) {
        const int count = annotationCount(node);
        switch (role) {
        case Qt::DisplayRole:
            return count > 0 ? QVariant(count) : QVariant();
        case Qt::ToolTipRole:
            return count > 0 ? QVariant(tr("Annotations: %1").arg(count)) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    switch (node->kind) {
    case NodeKind::Header:
        if (role == Qt::DisplayRole)
            return m_cable.subject.isEmpty() ? m_cable.id : m_cable.subject;
        if (role == ItemRole::Text)
            return m_cable.subject;
        return {};
    case NodeKind::Section: {
        const QString &heading = m_cable.sections.at(node->section).heading;
        if (role == ItemRole::Heading)
            return heading;
        if (role == Qt::DisplayRole)
            return heading.isEmpty() ? tr("Opening") : heading;
        return {};
    }
    case NodeKind::Paragraph: {
        const Paragraph *p = paragraphOf(node);
        switch (role) {
        case Qt::DisplayRole: {
            QString label = p->number > 0 ? QString::number(p->number) + QStringLiteral(". ") : QString();
            if (!p->mark.isEmpty())
                label += u'(' + p->mark + QStringLiteral(") ");
            return QString(label + p->text);
        }
        case ItemRole::Number:
            return p->number;
        case ItemRole::Mark:
            return p->mark;
        case ItemRole::Text:
            return p->text;
        case ItemRole::Anchor:
            return p->anchor;
        case ItemRole::Heading:
            return m_cable.sections.at(node->section).heading;
        default:
            return {};
        }
    }
    }
    return {};
}

QHash<int, QByteArray> CableTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    ItemRole::addNames(&names,
        { ItemRole::NodeKind, ItemRole::Number, ItemRole::Mark, ItemRole::Text, ItemRole::Heading,
            ItemRole::AnnotationCount, ItemRole::Anchor, ItemRole::CableId });
    return names;
}
}
