// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Reftel
{
class LibraryDatabase;

// The user's annotations in the library, and the drafts of notes being typed.
//
// Every change is committed before the call returns (one statement, or one
// small IMMEDIATE transaction: see WriteTransaction), so a killed program
// loses nothing it was told was saved. When another process holds the
// library, a write waits up to the connection's busy timeout (5 s, see
// LibraryDatabase) and then fails: the call returns false (or 0) and
// lastError() says, in words for the user, that another window is writing.
//
// Annotations are keyed by cable id, not by the cable's row, so deleting and
// importing a cable again keeps them; their tags are UserTag ids (see
// UserTagStore). One AnnotationStore per LibraryDatabase connection.
//
// After each committed change it says which annotation was added, changed or
// removed, so the views follow exactly that row instead of reloading (undo
// and redo go through the store and announce the same way).
class AnnotationStore final : public QObject
{
    Q_OBJECT

public:
    // A note typed but not yet saved into its annotation.
    struct Draft
    {
        QString key; // see draftKey()
        qint64 annotationId = 0; // 0 for an annotation not created yet
        QString cableId; // where a new annotation goes
        QString anchor;
        QString text;
        QDateTime saved; // UTC
    };

    explicit AnnotationStore(LibraryDatabase &library, QObject *parent = nullptr);

    // Stores a new annotation and its tags. annotation.id 0 gets a fresh id;
    // a non-zero id is kept (undo re-creates a deleted annotation under its
    // old id, which other rows and the undo history refer to). Invalid
    // created/modified become now. On SQLite an empty author becomes
    // defaultAuthor(); on a server the author is always the connecting role
    // (the server sets it), whatever annotation.author says.
    // Returns the id, 0 on failure.
    qint64 create(const Annotation &annotation);
    // Everything but id and created, tags included; on a server the author
    // too stays as the server set it.
    bool update(const Annotation &annotation);
    // The note, and modified (now when invalid).
    bool setNote(qint64 id, const QString &note, const QDateTime &modified = {});
    // The tags become exactly tagIds; the new ones count as recently used.
    bool setTags(qint64 id, const QList<qint64> &tagIds);
    // Where the passage is now (AnnotationAnchorer): anchor, offsets,
    // context and the detached flag. Does not touch modified: the user did
    // not change the annotation.
    bool setPlacement(const Annotation &annotation);
    bool remove(qint64 id);

    std::optional<Annotation> annotation(qint64 id) const;
    // The cable's annotations, detached ones included, by anchor text then
    // start (not reading order: "¶10" sorts before "¶2"; order them by the
    // CableTreeModel's rows). Uses the cable_id index: cheap for a cable
    // being opened. To open a cable, prefer AnnotationAnchorer::loadAnchored().
    QList<Annotation> forCable(const QString &cableId) const;
    // The annotations of these ids that exist, in no particular order: a
    // page of the annotations browser's rows.
    QList<Annotation> withIds(const QList<qint64> &ids) const;
    // Non-detached annotations per paragraph anchor, for
    // CableTreeModel::setAnnotationCounts().
    QHash<QString, int> countsByAnchor(const QString &cableId) const;
    QList<Annotation> all() const;
    qint64 count() const;
    // An annotation with the same cable id, anchor, start, length, quote and
    // note, or 0: what a JSON import skips.
    qint64 findEqual(const Annotation &annotation) const;

    // Drafts. Saving replaces the key's earlier draft; take removes it.
    static QString draftKey(qint64 annotationId); // "annotation/<id>"
    static QString newDraftKey(const QString &cableId, const QString &anchor); // "new/<cable>/<anchor>"
    bool saveDraft(const Draft &draft);
    bool saveDraft(qint64 annotationId, const QString &text);
    std::optional<Draft> draft(const QString &key) const;
    std::optional<Draft> takeDraft(const QString &key);
    bool discardDraft(const QString &key);
    // Drafts left by a program that did not get to save them, oldest first:
    // restore them when the library opens.
    QList<Draft> pendingDrafts() const;

    // The system user's name: the default author.
    static QString defaultAuthor();

    QString lastError() const { return m_error; }
    LibraryDatabase &library() const { return m_library; }

Q_SIGNALS:
    void annotationAdded(qint64 id, const QString &cableId);
    // Note, tags, placement or any other field.
    void annotationChanged(qint64 id, const QString &cableId);
    void annotationRemoved(qint64 id, const QString &cableId);

private:
    bool announceChanged(qint64 id);
    qint64 insert(const Annotation &annotation);
    bool writeTags(qint64 id, const QList<qint64> &tagIds, bool markUsed);
    QList<Annotation> select(const QString &where, const QVariantList &values) const;
    bool fail(const QString &message) const;

    LibraryDatabase &m_library;
    mutable QString m_error;
};
}
