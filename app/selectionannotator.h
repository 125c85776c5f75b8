// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "bodyview.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QUndoStack;

namespace Reftel
{
class AnnotationStore;
class UserTagStore;

// Turns what the reader selected in a body view into undo steps: the
// passages tagged (a new annotation each, or a tag added to the one already
// on that passage), or one annotated. Made for one edit by the
// AnnotationController, whose words (and translations) it speaks.
class SelectionAnnotator final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::AnnotationController)
public:
    using Author = std::function<QString()>;
    using Report = std::function<void(const QString &)>;

    SelectionAnnotator(AnnotationStore &store, UserTagStore &tags, QUndoStack &undo, Author author, Report report);

    // Tags the selected passages with tagId; the annotations tagged.
    QList<qint64> tag(const BodyView &body, qint64 tagId);
    // Creates the tag path with colour and tags the selection, one step to undo.
    QList<qint64> tagWithNewTag(const BodyView &body, const QString &path, const QString &colour);
    // The annotation of the (first) selected passage, made when there is none; 0 when it could not be.
    qint64 annotate(const BodyView &body);

private:
    // A new annotation on passage, signed; none when the cable has no such paragraph.
    std::optional<Annotation> capture(const Cable &cable, const BodyView::Passage &passage);
    static const Annotation *onPassage(const QList<Annotation> &annotations, const BodyView::Passage &passage);

    AnnotationStore &m_store;
    UserTagStore &m_tags;
    QUndoStack &m_undo;
    Author m_author;
    Report m_report;
};
}
