// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationcommand.h"

namespace Reftel
{
class AnnotationStore;

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
}
