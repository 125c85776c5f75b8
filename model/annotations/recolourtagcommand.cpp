// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recolourtagcommand.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::RecolourTagCommand", text);
}
}

RecolourTagCommand::RecolourTagCommand(UserTagStore &tags, qint64 tagId, const QString &colour, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_tags(tags)
    , m_tagId(tagId)
    , m_colour(colour)
{
    if (const std::optional<UserTag> old = tags.tag(tagId)) {
        m_oldColour = old->colour;
        setText(tr("Recolour tag %1").arg(old->path));
    }
}

void RecolourTagCommand::redo()
{
    check(m_tags.recolour(m_tagId, m_colour), m_tags.lastError());
}

void RecolourTagCommand::undo()
{
    check(m_tags.recolour(m_tagId, m_oldColour), m_tags.lastError());
}
}
