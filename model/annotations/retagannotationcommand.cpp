// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retagannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::RetagAnnotationCommand", text);
}
}

RetagAnnotationCommand::RetagAnnotationCommand(
    AnnotationStore &store, qint64 annotationId, const QList<qint64> &tagIds, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
    , m_tagIds(tagIds)
{
    setText(tr("Change tags"));
    if (const std::optional<Annotation> old = store.annotation(annotationId))
        m_oldTagIds = old->tagIds;
}

void RetagAnnotationCommand::redo()
{
    check(m_store.setTags(m_annotationId, m_tagIds), m_store.lastError());
}

void RetagAnnotationCommand::undo()
{
    check(m_store.setTags(m_annotationId, m_oldTagIds), m_store.lastError());
}
}
