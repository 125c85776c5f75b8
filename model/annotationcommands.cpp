// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::AnnotationCommands", text);
}
}

void AnnotationCommand::check(bool ok, const QString &error)
{
    if (ok) {
        m_error.clear();
    } else {
        m_error = error;
        if (!m_done)
            setObsolete(true);
    }
    m_done = true;
}

CreateAnnotationCommand::CreateAnnotationCommand(
    AnnotationStore &store, const Annotation &annotation, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotation(annotation)
{
    setText(tr("Annotate %1").arg(annotation.quote.left(24)));
}

void CreateAnnotationCommand::redo()
{
    // Again after an undo: the same id, created and modified times.
    const qint64 id = m_store.create(m_annotation);
    if (id > 0 && m_annotation.id == 0) {
        if (const std::optional<Annotation> stored = m_store.annotation(id))
            m_annotation = *stored;
    }
    check(id > 0, m_store.lastError());
}

void CreateAnnotationCommand::undo()
{
    // Edits made since were undone before this, so the stored annotation is
    // the one created: nothing to keep.
    check(m_store.remove(m_annotation.id), m_store.lastError());
}

EditNoteCommand::EditNoteCommand(AnnotationStore &store, qint64 annotationId, const QString &note, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
    , m_note(note)
{
    setText(tr("Edit note"));
    if (const std::optional<Annotation> old = store.annotation(annotationId)) {
        m_oldNote = old->note;
        m_oldModified = old->modified;
    }
}

void EditNoteCommand::redo()
{
    check(m_store.setNote(m_annotationId, m_note), m_store.lastError());
}

void EditNoteCommand::undo()
{
    check(m_store.setNote(m_annotationId, m_oldNote, m_oldModified), m_store.lastError());
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditNoteCommand *>(other);
    if (!edit || edit->m_annotationId != m_annotationId || &edit->m_store != &m_store)
        return false;
    m_note = edit->m_note;
    return true;
}

RetagAnnotationCommand::RetagAnnotationCommand(
    AnnotationStore &store, qint64 annotationId, const QList<qint64> &tagIds, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
    , m_tagIds(tagIds)
{
    setText(tr("Change tags"));
    if (const std::optional<Annotation> old = store.annotation(annotationId))
        m_oldTagIds = old->tagIds;
}

void RetagAnnotationCommand::redo()
{
    check(m_store.setTags(m_annotationId, m_tagIds), m_store.lastError());
}

void RetagAnnotationCommand::undo()
{
    check(m_store.setTags(m_annotationId, m_oldTagIds), m_store.lastError());
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationStore &store, qint64 annotationId, QUndoCommand *parent)
    : AnnotationCommand(parent)
    , m_store(store)
    , m_annotationId(annotationId)
{
    setText(tr("Delete annotation"));
}

void DeleteAnnotationCommand::redo()
{
    const std::optional<Annotation> current = m_store.annotation(m_annotationId);
    if (!current) {
        check(false, tr("The annotation no longer exists."));
        return;
    }
    m_annotation = *current;
    check(m_store.remove(m_annotationId), m_store.lastError());
}

void DeleteAnnotationCommand::undo()
{
    check(m_store.create(m_annotation) == m_annotationId, m_store.lastError());
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
