// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "usertagstore.h"

namespace Reftel
{
class DeleteTagCommand final : public AnnotationCommand
{
public:
    DeleteTagCommand(UserTagStore &tags, qint64 tagId, UserTagStore::DeletePolicy policy, qint64 moveTo = 0,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    UserTagStore::DeletePolicy m_policy;
    qint64 m_moveTo = 0;
    UserTagStore::Snapshot m_before;
};
}
