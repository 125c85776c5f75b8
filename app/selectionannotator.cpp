// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionannotator.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "createannotationcommand.h"
#include "createtagcommand.h"
#include "retagannotationcommand.h"
#include "usertagstore.h"

#include <QUndoStack>

#include <algorithm>

namespace Reftel
{
namespace
{
// Whatever failed among a group's commands, for the status bar.
QString failures(const QUndoCommand *group)
{
    QStringList errors;
    for (int i = 0; i < group->childCount(); ++i) {
        if (const auto *command = dynamic_cast<const AnnotationCommand *>(group->child(i));
            command && command->failed())
            errors << command->errorString();
    }
    errors.removeDuplicates();
    return errors.join(u' ');
}
}

SelectionAnnotator::SelectionAnnotator(
    AnnotationStore &store, UserTagStore &tags, QUndoStack &undo, Author author, Report report)
    : m_store(store)
    , m_tags(tags)
    , m_undo(undo)
    , m_author(std::move(author))
    , m_report(std::move(report))
{
}

std::optional<Annotation> SelectionAnnotator::capture(const Cable &cable, const BodyView::Passage &passage)
{
    for (const Section &section : cable.sections) {
        for (const Paragraph &paragraph : section.paragraphs) {
            if (paragraph.anchor != passage.anchor)
                continue;
            Annotation annotation = AnnotationAnchorer::capture(cable.id, paragraph, passage.start, passage.length);
            annotation.author = m_author();
            return annotation;
        }
    }
    return std::nullopt;
}

const Annotation *SelectionAnnotator::onPassage(const QList<Annotation> &annotations, const BodyView::Passage &passage)
{
    const auto same = std::find_if(annotations.begin(), annotations.end(), [&](const Annotation &a) {
        return !a.detached && a.anchor == passage.anchor && a.start == passage.start && a.length == passage.length;
    });
    return same == annotations.end() ? nullptr : &*same;
}

QList<qint64> SelectionAnnotator::tagWithNewTag(const BodyView &body, const QString &path, const QString &colour)
{
    // The new tag and its uses are one step to undo.
    m_undo.beginMacro(tr("Tag with new tag %1").arg(path));
    m_undo.push(new CreateTagCommand(m_tags, path, colour));
    const qint64 tagId = m_tags.findPath(path);
    QList<qint64> tagged;
    if (tagId == 0)
        m_report(m_tags.lastError());
    else
        tagged = tag(body, tagId);
    m_undo.endMacro();
    return tagged;
}

QList<qint64> SelectionAnnotator::tag(const BodyView &body, qint64 tagId)
{
    const QList<BodyView::Passage> passages = body.selectedPassages();
    if (passages.isEmpty()) {
        m_report(tr("Put the cursor in a paragraph or select a passage to tag it."));
        return {};
    }
    const Cable &cable = body.cable();
    const QList<Annotation> existing = m_store.forCable(cable.id);
    const QString path = m_tags.path(tagId);
    auto *group =
        new QUndoCommand(tr("Tag %1 with %2").arg(passages.size() == 1 ? passages.first().anchor : cable.id, path));
    QList<CreateAnnotationCommand *> created;
    QList<qint64> tagged;
    for (const BodyView::Passage &passage : passages) {
        if (const Annotation *same = onPassage(existing, passage)) {
            tagged << same->id;
            if (!same->tagIds.contains(tagId))
                new RetagAnnotationCommand(m_store, same->id, QList<qint64>(same->tagIds) << tagId, group);
        } else if (std::optional<Annotation> annotation = capture(cable, passage)) {
            annotation->tagIds = { tagId };
            created << new CreateAnnotationCommand(m_store, *annotation, group);
        }
    }
    if (group->childCount() == 0) {
        delete group;
        m_report(tr("Already tagged %1.").arg(path));
        return tagged;
    }
    m_undo.push(group);
    for (const CreateAnnotationCommand *command : std::as_const(created)) {
        if (!command->failed())
            tagged << command->annotationId();
    }
    if (const QString error = failures(group); !error.isEmpty())
        m_report(error);
    else
        m_report(passages.size() == 1 ? tr("Tagged 1 passage %1.").arg(path)
                                      : tr("Tagged %1 passages %2.").arg(passages.size()).arg(path));
    return tagged;
}

qint64 SelectionAnnotator::annotate(const BodyView &body)
{
    const QList<BodyView::Passage> passages = body.selectedPassages();
    if (passages.isEmpty()) {
        m_report(tr("Put the cursor in a paragraph or select a passage to annotate it."));
        return 0;
    }
    // One note on the first paragraph when several are selected.
    const BodyView::Passage passage = passages.first();
    const Cable &cable = body.cable();
    const QList<Annotation> existing = m_store.forCable(cable.id);
    if (const Annotation *same = onPassage(existing, passage))
        return same->id;
    const std::optional<Annotation> annotation = capture(cable, passage);
    if (!annotation)
        return 0;
    auto *group = new QUndoCommand(tr("Annotate %1").arg(passage.anchor));
    auto *create = new CreateAnnotationCommand(m_store, *annotation, group);
    m_undo.push(group);
    if (create->failed()) {
        m_report(create->errorString());
        return 0;
    }
    return create->annotationId();
}
}
