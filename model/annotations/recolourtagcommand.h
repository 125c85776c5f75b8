// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "usertagstore.h"

#include <QString>

namespace Reftel
{
class RecolourTagCommand final : public AnnotationCommand
{
public:
    RecolourTagCommand(UserTagStore &tags, qint64 tagId, const QString &colour, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    UserTagStore &m_tags;
    qint64 m_tagId = 0;
    QString m_colour;
    QString m_oldColour;
};
}
