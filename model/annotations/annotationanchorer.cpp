// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationanchorer.h"

#include "annotationstore.h"

#include <limits>

namespace Reftel
{
namespace
{
// Text with whitespace runs folded to one space, and for each of its
// characters the offset of the original character it came from.
struct Folded
{
    QString text;
    QList<qsizetype> origin; // size text.size() + 1: the last entry is the original length
};

Folded fold(const QString &text)
{
    Folded folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size() + 1);
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (space)
                continue;
            space = true;
            folded.text.append(u' ');
        } else {
            space = false;
            folded.text.append(c);
        }
        folded.origin.append(i);
    }
    folded.origin.append(text.size());
    return folded;
}

QString foldedTrimmed(const QString &text)
{
    return fold(text.trimmed()).text;
}

// How many characters at the end of a and b agree (or at the start, when
// fromStart), ignoring whitespace differences.
qsizetype agreement(const QString &a, const QString &b, bool fromStart)
{
    const QString x = foldedTrimmed(a);
    const QString y = foldedTrimmed(b);
    qsizetype n = 0;
    const qsizetype limit = std::min(x.size(), y.size());
    while (n < limit) {
        const QChar cx = fromStart ? x.at(n) : x.at(x.size() - 1 - n);
        const QChar cy = fromStart ? y.at(n) : y.at(y.size() - 1 - n);
        if (cx != cy)
            break;
        ++n;
    }
    return n;
}

struct Candidate
{
    const Paragraph *paragraph = nullptr;
    qsizetype start = -1;
    qsizetype length = 0;
    qsizetype score = -1;
    qsizetype distance = std::numeric_limits<qsizetype>::max();
};

void searchParagraph(const Paragraph &paragraph, const Annotation &annotation, const QString &quote, Candidate *best)
{
    const Folded folded = fold(paragraph.text);
    for (qsizetype at = folded.text.indexOf(quote); at >= 0; at = folded.text.indexOf(quote, at + 1)) {
        const qsizetype start = folded.origin.at(at);
        // The end is just past the last character of the quote.
        const qsizetype end = folded.origin.at(at + quote.size() - 1) + 1;
        const QString before = paragraph.text.left(start).right(Annotation::ContextLength * 2);
        const QString after = paragraph.text.mid(end, Annotation::ContextLength * 2);
        const qsizetype score = agreement(annotation.prefix, before, false) + agreement(annotation.suffix, after, true);
        const qsizetype distance = paragraph.anchor == annotation.anchor ? std::abs(start - annotation.start)
                                                                         : std::numeric_limits<qsizetype>::max() / 2;
        if (score > best->score || (score == best->score && distance < best->distance))
            *best = Candidate { &paragraph, start, end - start, score, distance };
    }
}

// The same paragraph text, allowing for a parser that now joins or splits a
// few lines differently: one holds the other and is most of it.
bool sameParagraph(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return shorter.size() * 2 >= longer.size() && longer.contains(shorter);
}

void fillContext(Annotation &annotation, const QString &text)
{
    annotation.prefix = text.left(annotation.start).right(Annotation::ContextLength);
    annotation.suffix = text.mid(annotation.start + annotation.length, Annotation::ContextLength);
}
}

Annotation AnnotationAnchorer::capture(
    const QString &cableId, const Paragraph &paragraph, qsizetype start, qsizetype length)
{
    Annotation annotation;
    annotation.cableId = cableId;
    annotation.anchor = paragraph.anchor;
    start = std::clamp<qsizetype>(start, 0, paragraph.text.size());
    length = std::clamp<qsizetype>(length, 0, paragraph.text.size() - start);
    if (length == 0 || (start == 0 && length == paragraph.text.size())) {
        annotation.quote = paragraph.text;
        return annotation;
    }
    annotation.start = start;
    annotation.length = length;
    annotation.quote = paragraph.text.mid(start, length);
    fillContext(annotation, paragraph.text);
    return annotation;
}

AnnotationAnchorer::Outcome AnnotationAnchorer::anchor(const Cable &cable, Annotation &annotation)
{
    const QList<const Paragraph *> paragraphs = cable.paragraphs();
    const Paragraph *home = nullptr;
    for (const Paragraph *paragraph : paragraphs) {
        if (paragraph->anchor == annotation.anchor) {
            home = paragraph;
            break;
        }
    }
    const bool wasDetached = annotation.detached;
    const auto found = [&](bool moved) {
        annotation.detached = false;
        if (wasDetached)
            return Outcome::Reattached;
        return moved ? Outcome::Moved : Outcome::Kept;
    };

    if (annotation.isWholeParagraph()) {
        // The paragraph is the passage: its anchor is enough, unless the
        // paragraph now holds other text entirely (numbering changed); then
        // look for the paragraph whose text is the quote.
        const QString quote = foldedTrimmed(annotation.quote);
        if (home && (quote.isEmpty() || sameParagraph(foldedTrimmed(home->text), quote)))
            return found(false);
        for (const Paragraph *paragraph : paragraphs) {
            if (sameParagraph(foldedTrimmed(paragraph->text), quote)) {
                annotation.anchor = paragraph->anchor;
                return found(true);
            }
        }
        if (home)
            return found(false); // the anchor still exists: the paragraph was edited, keep it there
        annotation.detached = true;
        return Outcome::Detached;
    }

    if (home && !annotation.detached && annotation.start + annotation.length <= home->text.size()
        && QStringView(home->text).mid(annotation.start, annotation.length) == annotation.quote)
        return Outcome::Kept;

    const QString quote = foldedTrimmed(annotation.quote);
    if (!quote.isEmpty()) {
        Candidate best;
        if (home)
            searchParagraph(*home, annotation, quote, &best);
        if (!best.paragraph) {
            for (const Paragraph *paragraph : paragraphs) {
                if (paragraph != home)
                    searchParagraph(*paragraph, annotation, quote, &best);
            }
        }
        if (best.paragraph) {
            annotation.anchor = best.paragraph->anchor;
            annotation.start = best.start;
            annotation.length = best.length;
            fillContext(annotation, best.paragraph->text);
            return found(true);
        }
    }
    annotation.detached = true;
    return Outcome::Detached;
}

QList<Annotation> AnnotationAnchorer::loadAnchored(AnnotationStore &store, const Cable &cable, int *changed)
{
    QList<Annotation> annotations = store.forCable(cable.id);
    int writes = 0;
    for (Annotation &annotation : annotations) {
        const Annotation before = annotation;
        anchor(cable, annotation);
        if (annotation != before) {
            if (store.setPlacement(annotation))
                ++writes;
        }
    }
    if (changed)
        *changed = writes;
    return annotations;
}
}
