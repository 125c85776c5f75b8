// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphmap.h"

#include "bodyrenderer.h"

#include <QHash>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Reftel
{
ParagraphMap ParagraphMap::of(const QTextDocument &document, const Cable &cable)
{
    ParagraphMap map;
    QHash<QString, const Paragraph *> byName;
    for (const Section &section : std::as_const(cable.sections)) {
        for (const Paragraph &paragraph : section.paragraphs)
            byName.insert(BodyRenderer::anchorName(paragraph.anchor), &paragraph);
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const Paragraph *paragraph = nullptr;
        for (auto it = block.begin(); !it.atEnd() && !paragraph; ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (const Paragraph *p = byName.value(name)) {
                    paragraph = p;
                    break;
                }
            }
        }
        if (!paragraph)
            continue;
        // The renderer puts "N. " and "(MARK) " before the text.
        const QString shown = block.text();
        int j = 0;
        if (paragraph->number > 0)
            j += int(QString::number(paragraph->number).size()) + 2;
        if (!paragraph->mark.isEmpty())
            j += int(paragraph->mark.size()) + 3;
        while (j < shown.size() && shown.at(j).isSpace())
            ++j;
        // Walk both texts: a whitespace run of the paragraph shows as one space.
        const QString &text = paragraph->text;
        Placement placed;
        placed.anchor = paragraph->anchor;
        placed.blockNumber = block.blockNumber();
        placed.docPositions.resize(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            placed.docPositions[i] = block.position() + j;
            const bool same = j < shown.size() && (shown.at(j) == c || (c.isSpace() && shown.at(j).isSpace()));
            if (same || (!c.isSpace() && j < shown.size()))
                ++j;
        }
        placed.docPositions[text.size()] = block.position() + std::min<int>(j, int(shown.size()));
        map.m_placements << placed;
    }
    return map;
}

const ParagraphMap::Placement *ParagraphMap::placement(const QString &anchor) const
{
    for (const Placement &placed : m_placements) {
        if (placed.anchor == anchor)
            return &placed;
    }
    return nullptr;
}

qsizetype ParagraphMap::textOffset(const Placement &placed, int docPosition)
{
    const QList<int> &d = placed.docPositions;
    // The first text offset shown at or after the position.
    const auto it = std::lower_bound(d.begin(), d.end(), docPosition);
    return qsizetype(std::distance(d.begin(), it == d.end() ? d.end() - 1 : it));
}

QPair<int, int> ParagraphMap::documentRange(const QString &anchor, qsizetype start, qsizetype length) const
{
    const Placement *placed = placement(anchor);
    if (!placed)
        return { -1, -1 };
    const qsizetype size = placed->docPositions.size() - 1;
    const qsizetype from = std::clamp<qsizetype>(start, 0, size);
    const qsizetype end = length == 0 ? size : std::clamp<qsizetype>(start + length, from, size);
    return { placed->docPositions.at(length == 0 ? 0 : from), placed->docPositions.at(end) };
}

QList<ParagraphMap::Passage> ParagraphMap::passagesBetween(int a, int b, const Cable &cable) const
{
    QList<const Placement *> touched;
    for (const Placement &placed : m_placements) {
        if (placed.docPositions.first() < b && placed.docPositions.last() > a)
            touched << &placed;
    }
    if (touched.isEmpty())
        return {};
    QList<Passage> passages;
    if (touched.size() == 1) {
        const Placement &placed = *touched.first();
        const QString text = [&] {
            for (const Section &section : cable.sections) {
                for (const Paragraph &paragraph : section.paragraphs) {
                    if (paragraph.anchor == placed.anchor)
                        return paragraph.text;
                }
            }
            return QString();
        }();
        qsizetype start = textOffset(placed, a);
        qsizetype end = textOffset(placed, b);
        // A passage does not begin or end with white space.
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end <= start || (start == 0 && end == text.size()))
            return { Passage { placed.anchor, 0, 0 } };
        return { Passage { placed.anchor, start, end - start } };
    }
    for (const Placement *placed : std::as_const(touched))
        passages << Passage { placed->anchor, 0, 0 };
    return passages;
}
}
