// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationcommand.h"

namespace Reftel
{
class AnnotationStore;

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
}
