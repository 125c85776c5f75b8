// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"

#include <QList>

namespace Reftel
{
class AnnotationStore;

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
}
