// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergetagscommand.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::MergeTagsCommand", text);
}
}

MergeTagsCommand::MergeTagsCommand(UserTagStore &tags, qint64 from, qint64 into, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_tags(tags)
    , m_from(from)
    , m_into(into)
{
    setText(tr("Merge tag %1 into %2").arg(tags.path(from), tags.path(into)));
}

void MergeTagsCommand::redo()
{
    // Both subtrees: the merge moves from's sub-tags and uses into into's.
    m_before = m_tags.snapshot({ m_from, m_into });
    check(m_tags.merge(m_from, m_into), m_tags.lastError());
}

void MergeTagsCommand::undo()
{
    check(m_tags.restore(m_before), m_tags.lastError());
}
}
