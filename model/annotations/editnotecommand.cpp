// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editnotecommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::EditNoteCommand", text);
}
}

EditNoteCommand::EditNoteCommand(AnnotationStore &store, qint64 annotationId, const QString &note, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
    , m_note(note)
{
    setText(tr("Edit note"));
    if (const std::optional<Annotation> old = store.annotation(annotationId)) {
        m_oldNote = old->note;
        m_oldModified = old->modified;
    }
}

void EditNoteCommand::redo()
{
    check(m_store.setNote(m_annotationId, m_note), m_store.lastError());
}

void EditNoteCommand::undo()
{
    check(m_store.setNote(m_annotationId, m_oldNote, m_oldModified), m_store.lastError());
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditNoteCommand *>(other);
    if (!edit || edit->m_annotationId != m_annotationId || &edit->m_store != &m_store)
        return false;
    m_note = edit->m_note;
    return true;
}
}
