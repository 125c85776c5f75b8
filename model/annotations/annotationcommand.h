// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Reftel
{
// The user's edits to annotations and tags, for one QUndoStack; one
// subclass per edit: CreateAnnotationCommand, EditNoteCommand,
// RetagAnnotationCommand, DeleteAnnotationCommand, CreateTagCommand,
// RenameTagCommand, RecolourTagCommand, MergeTagsCommand, DeleteTagCommand.
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
}
