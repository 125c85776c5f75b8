// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CreateAnnotationCommand", text);
}
}

CreateAnnotationCommand::CreateAnnotationCommand(
    AnnotationStore &store, const Annotation &annotation, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotation(annotation)
{
    setText(tr("Annotate %1").arg(annotation.quote.left(24)));
}

void CreateAnnotationCommand::redo()
{
    // Again after an undo: the same id, created and modified times.
    const qint64 id = m_store.create(m_annotation);
    if (id > 0 && m_annotation.id == 0) {
        if (const std::optional<Annotation> stored = m_store.annotation(id))
            m_annotation = *stored;
    }
    check(id > 0, m_store.lastError());
}

void CreateAnnotationCommand::undo()
{
    // Edits made since were undone before this, so the stored annotation is
    // the one created: nothing to keep.
    check(m_store.remove(m_annotation.id), m_store.lastError());
}
}
