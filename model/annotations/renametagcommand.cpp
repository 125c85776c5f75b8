// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renametagcommand.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::RenameTagCommand", text);
}
}

RenameTagCommand::RenameTagCommand(UserTagStore &tags, qint64 tagId, const QString &name, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_tags(tags)
    , m_tagId(tagId)
    , m_name(name)
{
    if (const std::optional<UserTag> old = tags.tag(tagId))
        m_oldName = old->name;
    setText(tr("Rename tag %1 to %2").arg(m_oldName, name));
}

void RenameTagCommand::redo()
{
    check(m_tags.rename(m_tagId, m_name), m_tags.lastError());
}

void RenameTagCommand::undo()
{
    check(m_tags.rename(m_tagId, m_oldName), m_tags.lastError());
}
}
