// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createtagcommand.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CreateTagCommand", text);
}
}

CreateTagCommand::CreateTagCommand(UserTagStore &tags, const QString &path, const QString &colour, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_tags(tags)
    , m_path(path)
    , m_colour(colour)
{
    setText(tr("Create tag %1").arg(path));
}

void CreateTagCommand::redo()
{
    if (m_done && m_firstCreated != 0) {
        check(m_tags.restore(m_created), m_tags.lastError());
        return;
    }
    QList<qint64> before;
    for (const UserTag &tag : m_tags.tags())
        before.append(tag.id);
    m_tagId = m_tags.ensurePath(m_path, m_colour);
    if (m_tagId != 0) {
        for (const UserTag &tag : m_tags.tags()) {
            if (!before.contains(tag.id)) {
                m_firstCreated = tag.id; // tags() lists parents first
                break;
            }
        }
    }
    check(m_tagId != 0, m_tags.lastError());
}

void CreateTagCommand::undo()
{
    if (m_firstCreated == 0)
        return; // the path existed: nothing was created
    m_created = m_tags.snapshot({ m_firstCreated });
    check(m_tags.remove(m_firstCreated), m_tags.lastError());
}
}
