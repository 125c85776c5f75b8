// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "usertagstore.h"

#include <QString>

namespace Reftel
{
// A tag path typed in the palette ("Russia/Military"): the tags it creates.
class CreateTagCommand final : public AnnotationCommand
{
public:
    CreateTagCommand(
        UserTagStore &tags, const QString &path, const QString &colour = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 tagId() const { return m_tagId; }

private:
    UserTagStore &m_tags;
    QString m_path;
    QString m_colour;
    qint64 m_tagId = 0;
    qint64 m_firstCreated = 0; // the top-most tag the path created
    UserTagStore::Snapshot m_created;
};
}
