// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace Reftel
{
// One cable as a tree: the header metadata as the first node, then its
// sections, each holding its paragraphs. A thin adapter over a Cable value.
class CableTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        Header,
        Section,
        Paragraph
    };
    Q_ENUM(NodeKind)
    // The node itself, and how many of the user's annotations it holds
    // (a section: all of its paragraphs'; empty when none).
    enum Column
    {
        OutlineColumn,
        AnnotationColumn,
        ColumnCount
    };

    explicit CableTreeModel(QObject *parent = nullptr);
    ~CableTreeModel() override;

    void setCable(const Cable &cable);
    const Cable &cable() const { return m_cable; }

    // Annotation counts by paragraph anchor; updates only the rows that change.
    void setAnnotationCounts(const QHash<QString, int> &countsByAnchor);

    QModelIndex indexForAnchor(const QString &anchor) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Header;
        Node *parent = nullptr;
        int row = 0;
        int section = -1; // index into Cable::sections
        int paragraph = -1; // index into Section::paragraphs
        std::vector<std::unique_ptr<Node>> children;
    };

    const Node *nodeFor(const QModelIndex &index) const;
    const Paragraph *paragraphOf(const Node *node) const;
    int annotationCount(const Node *node) const;

    Cable m_cable;
    Node m_root;
    QHash<QString, int> m_annotationCounts;
    QHash<QString, Node *> m_byAnchor;
};
}
