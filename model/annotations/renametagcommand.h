// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "usertagstore.h"

#include <QString>

namespace Reftel
{
class RenameTagCommand final : public AnnotationCommand
{
public:
    RenameTagCommand(UserTagStore &tags, qint64 tagId, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    QString m_name;
    QString m_oldName;
};
}
