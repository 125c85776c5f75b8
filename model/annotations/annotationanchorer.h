// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "cable.h"

#include <QList>

namespace Reftel
{
class AnnotationStore;

// Finds an annotation's passage in a cable's current text, after a re-parse
// or a re-import from another saved form moved it.
//
// In order: the stored offsets still hold the quote (nothing to do); the
// quote elsewhere in the same paragraph; the quote anywhere in the cable.
// Text is compared with whitespace runs folded into one space, so a line
// break the parser now joins differently does not lose the passage; among
// several occurrences the one whose surroundings best match the stored
// prefix and suffix wins (then the one nearest the old offset). A passage
// that is not found is marked detached, never dropped: it keeps its quote
// and note and is listed as detached.
class AnnotationAnchorer final
{
public:
    enum class Outcome
    {
        Kept, // offsets and anchor unchanged
        Moved, // found elsewhere; offsets, anchor or context updated
        Reattached, // was detached, found again
        Detached, // not found (or still not found)
    };

    // A new annotation on paragraph text [start, start + length) (length 0:
    // the whole paragraph), with its quote and context filled in.
    static Annotation capture(
        const QString &cableId, const Paragraph &paragraph, qsizetype start = 0, qsizetype length = 0);

    // Updates annotation's placement in place from the cable's paragraphs.
    static Outcome anchor(const Cable &cable, Annotation &annotation);

    // The cable's annotations from the store, each anchored against the
    // cable; the ones whose placement changed are written back (without
    // touching their modified time). What opening a cable calls: when the
    // parse did not change, every annotation is Kept after one comparison.
    static QList<Annotation> loadAnchored(AnnotationStore &store, const Cable &cable, int *changed = nullptr);
};
}
