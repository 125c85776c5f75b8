// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"

#include <QDateTime>
#include <QString>

namespace Reftel
{
class AnnotationStore;

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
}
