// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usertag.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

namespace Reftel
{
class LibraryDatabase;

// The user's tags (UserTag) and their uses on annotations and whole cables.
// Every change is one small transaction, committed before the call returns;
// on failure the call returns false (or 0) and lastError() says why in
// words for the user (a busy library names the other window).
//
// Paths join names with '/': "Russia/Military". A name cannot hold '/'.
//
// After each committed change to the tags themselves it says which tags were
// added, changed (name, colour, parent or path) or removed, so the tag lists
// follow exactly those rows; undo and redo go through the store and announce
// the same way. Uses on cables and the recently-used order are not announced.
class UserTagStore final : public QObject
{
    Q_OBJECT

public:
    // What remove() does with the uses of the tag and of its sub-tags.
    enum class DeletePolicy
    {
        RemoveUses, // the annotations and cables lose the tag
        MoveUses, // they get moveTo instead
    };

    // Tags as they were, with every use, for undo: restore() puts back
    // exactly these rows with the same ids (annotations refer to them).
    struct Snapshot
    {
        QList<UserTag> tags; // parents before children
        QList<QPair<qint64, qint64>> annotationUses; // annotation id, tag id
        QList<QPair<QString, qint64>> cableUses; // cable id, tag id
    };

    explicit UserTagStore(LibraryDatabase &library, QObject *parent = nullptr);

    // Every tag, paths filled, parents before children and siblings by name:
    // the tree in display order.
    QList<UserTag> tags() const;
    std::optional<UserTag> tag(qint64 id) const;
    QString path(qint64 id) const;
    // The tag with this path, or 0. Names compare without case.
    qint64 findPath(const QString &path) const;
    // The ids of every tag whose path or own name is text (no case): what
    // "tagged:Military" means.
    QList<qint64> find(const QString &text) const;
    // The tag and all its descendants.
    QList<qint64> subtree(qint64 id) const;

    // Creates the tag under parent (0: top level); fails when a sibling has
    // the name.
    qint64 create(const QString &name, const QString &colour = {}, qint64 parent = 0);
    // The tag at path, creating it and any missing parent; colour is given
    // to the tags it creates. Returns the leaf's id, 0 on failure.
    qint64 ensurePath(const QString &path, const QString &colour = {});

    bool rename(qint64 id, const QString &name);
    bool recolour(qint64 id, const QString &colour);
    // parent 0: top level. Refuses to move a tag under itself or a descendant.
    bool reparent(qint64 id, qint64 parent);
    // Every use of from becomes a use of into (an annotation or cable with
    // both keeps one row); from's sub-tags move under into, merging with a
    // sub-tag of the same name; then from is deleted.
    bool merge(qint64 from, qint64 into);
    // Deletes the tag and its sub-tags. MoveUses first gives their uses to
    // moveTo, which must be outside the deleted subtree.
    bool remove(qint64 id, DeletePolicy policy = DeletePolicy::RemoveUses, qint64 moveTo = 0);

    // Tags on whole cables (the cable list's tags).
    bool tagCable(const QString &cableId, qint64 tagId);
    bool untagCable(const QString &cableId, qint64 tagId);
    QList<qint64> cableTags(const QString &cableId) const;

    // The tags applied most recently, newest first: the palette's 1-9 keys.
    QList<UserTag> recent(int count = 9) const;
    // Records that the tags were just applied (AnnotationStore does it).
    bool markUsed(const QList<qint64> &ids);

    // How many annotations and cables use the tag (without sub-tags).
    int useCount(qint64 id) const;

    Snapshot snapshot(const QList<qint64> &roots) const;
    bool restore(const Snapshot &snapshot);

    QString lastError() const { return m_error; }

Q_SIGNALS:
    void tagAdded(qint64 id);
    void tagChanged(qint64 id);
    void tagRemoved(qint64 id);

private:
    template<typename Result, typename Change>
    Result announcing(Change &&change);
    void announce(const QList<UserTag> &before);
    qint64 createNow(const QString &name, const QString &colour, qint64 parent);
    qint64 ensurePathNow(const QString &path, const QString &colour);
    bool renameNow(qint64 id, const QString &name);
    bool recolourNow(qint64 id, const QString &colour);
    bool reparentNow(qint64 id, qint64 parent);
    bool mergeNow(qint64 from, qint64 into);
    bool removeNow(qint64 id, DeletePolicy policy, qint64 moveTo);
    bool restoreNow(const Snapshot &snapshot);
    bool moveUses(qint64 from, qint64 into);
    bool mergeInto(qint64 from, qint64 into);
    bool fail(const QString &message) const;

    LibraryDatabase &m_library;
    mutable QString m_error;
    int m_depth = 0; // announcing() calls under way
};
}
