// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <initializer_list>

namespace Reftel
{
// Roles of Reftel's item models, in one place so views and delegates agree.
namespace ItemRole
{
enum : int
{
    NodeKind = Qt::UserRole + 1, // CableTreeModel::NodeKind
    Number, // paragraph number, 0 when unnumbered
    Mark, // paragraph classification mark: C, SBU, S/NF...
    Text, // the paragraph's flowing text
    Heading, // a section's heading, empty for the opening section
    AnnotationCount, // how many of the user's annotations the node holds
    Anchor, // stable paragraph anchor, "09ASTANA253¶5"
    CableId, // the cable's reference id
    Snippet, // a search hit's words in context, matched words between U+0002 and U+0003
    AnnotationId, // Annotation::id
    TagPaths, // QStringList of the user's tag paths, "Russia/Military"
    Detached, // bool: the annotation's passage was not found in the cable's text
};

// The names of these roles (for QML and the model tester), added to a model's own.
inline void addNames(QHash<int, QByteArray> *names, std::initializer_list<int> roles)
{
    static const QHash<int, QByteArray> all {
        { NodeKind, "nodeKind" },
        { Number, "number" },
        { Mark, "mark" },
        { Text, "text" },
        { Heading, "heading" },
        { AnnotationCount, "annotationCount" },
        { Anchor, "anchor" },
        { CableId, "cableId" },
        { Snippet, "snippet" },
        { AnnotationId, "annotationId" },
        { TagPaths, "tagPaths" },
        { Detached, "detached" },
    };
    for (int role : roles)
        names->insert(role, all.value(role));
}
}
}
