// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deleteannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::DeleteAnnotationCommand", text);
}
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationStore &store, qint64 annotationId, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
{
    setText(tr("Delete annotation"));
}

void DeleteAnnotationCommand::redo()
{
    const std::optional<Annotation> current = m_store.annotation(m_annotationId);
    if (!current) {
        check(false, tr("The annotation no longer exists."));
        return;
    }
    m_annotation = *current;
    check(m_store.remove(m_annotationId), m_store.lastError());
}

void DeleteAnnotationCommand::undo()
{
    check(m_store.create(m_annotation) == m_annotationId, m_store.lastError());
}
}
