// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <memory>

namespace Reftel
{
// A report laid out as rich text by ReportBuilder, with what ReportWriter
// needs to paginate it: the blocks that show a page number (TOC and tag
// index entries) and the block each one points at. Page numbers are known
// only once the document is laid out on a given paper, so they are filled
// by ReportWriter::paginate().
struct ReportDocument
{
    // Block numbers, which stay put while page numbers are written in.
    struct PageReference
    {
        int fromBlock = 0; // starts "\t<page>\t": the number goes between the tabs
        int toBlock = 0;
    };

    // The document is laid out at LayoutDpi whatever it is painted on (the
    // device below gives its fonts that resolution), so one layout serves
    // the PDF, the printer and the preview, scaled.
    static constexpr qreal LayoutDpi = 288;
    static qreal fromPoints(qreal points) { return points * LayoutDpi / 72.0; }

    std::unique_ptr<QImage> layoutDevice; // declared first: outlives the document
    std::unique_ptr<QTextDocument> document;
    QPageLayout pageLayout; // paper and margins
    qreal headerHeight = 0; // layout units above and below the text, for the running header and footer
    QList<PageReference> pageReferences;
    QList<int> headingBlocks; // kept with the block after them (no heading alone at a page's foot)
    // Blocks from first to last kept on one page when they fit on one: a
    // paragraph and its notes (no note alone at the top of a page).
    struct KeepTogether
    {
        int firstBlock = 0;
        int lastBlock = 0;
    };
    QList<KeepTogether> keptTogether;
    QString title;
    QString author;
    int cables = 0;
    int annotations = 0;
    int notes = 0; // annotations with a note's text (a tag alone is no note)
};
}
