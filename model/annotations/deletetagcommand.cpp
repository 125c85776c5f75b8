// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletetagcommand.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::DeleteTagCommand", text);
}
}

DeleteTagCommand::DeleteTagCommand(
    UserTagStore &tags, qint64 tagId, UserTagStore::DeletePolicy policy, qint64 moveTo, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_tags(tags)
    , m_tagId(tagId)
    , m_policy(policy)
    , m_moveTo(moveTo)
{
    setText(tr("Delete tag %1").arg(tags.path(tagId)));
}

void DeleteTagCommand::redo()
{
    QList<qint64> roots { m_tagId };
    if (m_policy == UserTagStore::DeletePolicy::MoveUses && m_moveTo != 0)
        roots.append(m_moveTo);
    m_before = m_tags.snapshot(roots);
    check(m_tags.remove(m_tagId, m_policy, m_moveTo), m_tags.lastError());
}

void DeleteTagCommand::undo()
{
    check(m_tags.restore(m_before), m_tags.lastError());
}
}
