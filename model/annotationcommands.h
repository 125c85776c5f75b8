// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "usertagstore.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

namespace Reftel
{
class AnnotationStore;

// The user's edits to annotations and tags, for one QUndoStack. Kept
// together in one header, against the one-class-per-file habit, because they
// are one family of a dozen lines each that only make sense side by side:
// each one's undo must put back exactly what its redo changed.
//
// Each command writes through the stores at once (redo() on push), so the
// library is committed after every step, undo and redo included. When a
// write fails (the library is busy, the annotation was deleted by another
// window) the command records errorString(); a command whose first redo()
// fails marks itself obsolete, so QUndoStack::push() drops it. Views reload
// what they show on QUndoStack::indexChanged.
//
// Undo restores ids: a deleted annotation comes back under its old id with
// its tags; a deleted or merged tag comes back with its id, sub-tags and
// every use (UserTagStore::Snapshot).
class AnnotationCommand : public QUndoCommand
{
public:
    QString errorString() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

protected:
    using QUndoCommand::QUndoCommand;
    // Records the error; the first time, drops the command from the stack.
    void check(bool ok, const QString &error);

    bool m_done = false; // redo() ran once
    QString m_error;
};

// A new annotation (with its tags and note).
class CreateAnnotationCommand final : public AnnotationCommand
{
public:
    CreateAnnotationCommand(AnnotationStore &store, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    AnnotationStore &m_store;
    Annotation m_annotation;
};

// The note changed. Typing merges: consecutive edits of the same
// annotation's note are one step.
class EditNoteCommand final : public AnnotationCommand
{
public:
    static constexpr int Id = 0x5245'4e01;
    EditNoteCommand(AnnotationStore &store, qint64 annotationId, const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationStore &m_store;
    qint64 m_annotationId = 0;
    QString m_note;
    QString m_oldNote;
    QDateTime m_oldModified;
};

// The annotation's tags become tagIds.
class RetagAnnotationCommand final : public AnnotationCommand
{
public:
    RetagAnnotationCommand(
        AnnotationStore &store, qint64 annotationId, const QList<qint64> &tagIds, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    qint64 m_annotationId = 0;
    QList<qint64> m_tagIds;
    QList<qint64> m_oldTagIds;
};

class DeleteAnnotationCommand final : public AnnotationCommand
{
public:
    DeleteAnnotationCommand(AnnotationStore &store, qint64 annotationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    qint64 m_annotationId = 0;
    Annotation m_annotation; // as it was, to create again
};

// A tag path typed in the palette ("Russia/Military"): the tags it creates.
class CreateTagCommand final : public AnnotationCommand
{
public:
    CreateTagCommand(
        UserTagStore &tags, const QString &path, const QString &colour = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 tagId() const { return m_tagId; }

private:
    UserTagStore &m_tags;
    QString m_path;
    QString m_colour;
    qint64 m_tagId = 0;
    qint64 m_firstCreated = 0; // the top-most tag the path created
    UserTagStore::Snapshot m_created;
};

class RenameTagCommand final : public AnnotationCommand
{
public:
    RenameTagCommand(UserTagStore &tags, qint64 tagId, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    QString m_name;
    QString m_oldName;
};

class RecolourTagCommand final : public AnnotationCommand
{
public:
    RecolourTagCommand(UserTagStore &tags, qint64 tagId, const QString &colour, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    QString m_colour;
    QString m_oldColour;
};

class MergeTagsCommand final : public AnnotationCommand
{
public:
    MergeTagsCommand(UserTagStore &tags, qint64 from, qint64 into, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_from = 0;
    qint64 m_into = 0;
    UserTagStore::Snapshot m_before;
};

class DeleteTagCommand final : public AnnotationCommand
{
public:
    DeleteTagCommand(UserTagStore &tags, qint64 tagId, UserTagStore::DeletePolicy policy, qint64 moveTo = 0,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    UserTagStore::DeletePolicy m_policy;
    qint64 m_moveTo = 0;
    UserTagStore::Snapshot m_before;
};
}
