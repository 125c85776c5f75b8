// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "usertagstore.h"

namespace Reftel
{
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
}
