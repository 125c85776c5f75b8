// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Reftel
{
namespace
{
qreal pageHeight(const ReportDocument &report)
{
    return report.document->pageSize().height();
}

qreal blockTop(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    qreal y = layout->position().y();
    if (layout->lineCount() > 0)
        y += layout->lineAt(0).y();
    return y;
}

QFont runningFont(qreal points)
{
    QFont font;
    font.setFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("sans-serif") });
    font.setPointSizeF(points);
    return font;
}

void setPageNumber(QTextDocument &doc, int blockNumber, int page)
{
    const QTextBlock block = doc.findBlockByNumber(blockNumber);
    const QString text = block.text();
    const qsizetype first = text.indexOf(u'\t');
    const qsizetype second = text.indexOf(u'\t', first + 1);
    if (first != 0 || second < 0)
        return;
    const QString number = QString::number(page);
    if (text.mid(1, second - 1) == number)
        return;
    QTextCursor cursor(&doc);
    cursor.setPosition(block.position() + 1);
    cursor.setPosition(block.position() + int(second), QTextCursor::KeepAnchor);
    QTextCharFormat format = cursor.charFormat();
    // No empty link on the number (an empty href still makes a PDF link).
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    cursor.insertText(number, format);
}
}

bool ReportWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

int ReportWriter::pageOf(const ReportDocument &report, int blockNumber)
{
    const QTextBlock block = report.document->findBlockByNumber(blockNumber);
    // The layout is lazy: asking for the block's rectangle lays out the
    // document up to it, after which its lines have their final places.
    report.document->documentLayout()->blockBoundingRect(block);
    return int(std::floor(blockTop(block) / pageHeight(report) + 0.001)) + 1;
}

int ReportWriter::lastLinePage(const ReportDocument &report, int blockNumber)
{
    const QTextBlock block = report.document->findBlockByNumber(blockNumber);
    report.document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    qreal y = layout->position().y();
    if (layout->lineCount() > 0)
        y += layout->lineAt(layout->lineCount() - 1).y();
    return int(std::floor(y / pageHeight(report) + 0.001)) + 1;
}

namespace
{
// A heading that ends a page goes to the next one with its text, and a
// paragraph whose notes would spill onto the next page goes there with
// them, when together they fit on a page. The moves are made together
// (one edit block, one layout), then checked again, since each move
// pushes what follows down (and may strand the heading before it).
void keepTogether(ReportDocument &report)
{
    QTextDocument &doc = *report.document;
    QList<int> headings = report.headingBlocks;
    QList<ReportDocument::KeepTogether> groups = report.keptTogether;
    const QSet<int> headingSet(report.headingBlocks.cbegin(), report.headingBlocks.cend());
    for (int pass = 0; pass < 8 && (!headings.isEmpty() || !groups.isEmpty()); ++pass) {
        QList<int> stranded;
        QList<int> rest;
        for (const int number : std::as_const(headings)) {
            const QTextBlock heading = doc.findBlockByNumber(number);
            const QTextBlock next = heading.next();
            if (!next.isValid() || heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (ReportWriter::pageOf(report, number) != ReportWriter::pageOf(report, next.blockNumber()))
                stranded.append(number);
            else
                rest.append(number);
        }
        QList<ReportDocument::KeepTogether> restGroups;
        for (const ReportDocument::KeepTogether &group : std::as_const(groups)) {
            const QTextBlock first = doc.findBlockByNumber(group.firstBlock);
            const QTextBlock last = doc.findBlockByNumber(group.lastBlock);
            if (!first.isValid() || !last.isValid()
                || first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (ReportWriter::pageOf(report, group.firstBlock) == ReportWriter::lastLinePage(report, group.lastBlock)) {
                restGroups.append(group);
                continue;
            }
            // The headings over the paragraph go with it (a break between them would strand them).
            QTextBlock start = first;
            while (start.previous().isValid() && headingSet.contains(start.previous().blockNumber())
                && !(start.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                start = start.previous();
            if (start.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // already the top of a page
            const QTextLayout *end = last.layout();
            if (end->position().y() + end->boundingRect().height() - blockTop(start) < pageHeight(report) * 0.9)
                stranded.append(start.blockNumber()); // longer than a page: it breaks where it must
        }
        groups = restGroups;
        if (stranded.isEmpty())
            break;
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        for (const int number : std::as_const(stranded)) {
            const QTextBlock heading = doc.findBlockByNumber(number);
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
        }
        edit.endEditBlock();
        headings = rest;
    }
}

// Twice: a number written in may move what follows by a line.
void writePageNumbers(ReportDocument &report)
{
    QTextDocument &doc = *report.document;
    for (int pass = 0; pass < 2; ++pass) {
        QList<std::pair<int, int>> numbers; // block, page
        for (const ReportDocument::PageReference &reference : std::as_const(report.pageReferences))
            numbers.append({ reference.fromBlock, ReportWriter::pageOf(report, reference.toBlock) });
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        for (const auto &[block, page] : std::as_const(numbers))
            setPageNumber(doc, block, page);
        edit.endEditBlock();
    }
}
}

int ReportWriter::paginate(ReportDocument &report)
{
    QTextDocument &doc = *report.document;
    const QRectF paint = report.pageLayout.paintRect(QPageLayout::Point);
    const QSizeF size(ReportDocument::fromPoints(paint.width()),
        ReportDocument::fromPoints(paint.height()) - 2 * report.headerHeight);
    if (doc.pageSize() != size)
        doc.setPageSize(size);

    keepTogether(report);
    writePageNumbers(report);
    // Edits leave parts of the layout to be redone lazily, and the layout
    // of a long document is done lazily anyway: lay it all out now, so the
    // page count is the whole document's and every page paints.
    doc.markContentsDirty(0, doc.characterCount());
    const QRectF last = doc.documentLayout()->blockBoundingRect(doc.lastBlock());
    return std::max(doc.pageCount(), int(std::ceil(last.bottom() / pageHeight(report) - 0.001)));
}

bool ReportWriter::paint(ReportDocument &report, QPagedPaintDevice &device)
{
    m_cancelled = false;
    m_error.clear();
    const int pages = paginate(report);
    QTextDocument &doc = *report.document;
    const qreal height = pageHeight(report);
    const qreal width = doc.pageSize().width();

    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the report."));
    // Layout units to device pixels; a paper narrower than the report's
    // (a printer's) shrinks the page to fit.
    const qreal scale = std::min({ device.logicalDpiY() / ReportDocument::LayoutDpi, device.width() / width,
        device.height() / (height + 2 * report.headerHeight) });
    const QFont headerFont = runningFont(8);
    const QColor muted(0x55, 0x5b, 0x66);
    for (int page = 0; page < pages; ++page) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            painter.end();
            return fail(tr("The report was cancelled."));
        }
        if (m_progress)
            m_progress(page, pages);
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(tr("Could not start a new page."));
        }
        const qreal pageWidth = width * scale;
        const qreal header = report.headerHeight * scale;
        painter.setPen(muted);
        painter.setFont(headerFont);
        if (page > 0) {
            const QRectF top(0, 0, pageWidth, header * 0.6);
            painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom,
                painter.fontMetrics().elidedText(report.title, Qt::ElideRight, int(pageWidth * 0.7)));
            painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, report.author);
            painter.drawLine(QPointF(0, header * 0.7), QPointF(pageWidth, header * 0.7));
        }
        const qreal footerTop = header + height * scale;
        painter.drawText(QRectF(0, footerTop + header * 0.3, pageWidth, header * 0.7), Qt::AlignHCenter | Qt::AlignTop,
            tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, header);
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(0, 0, width, height));
        painter.translate(0, -page * height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * height, width, height);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (m_progress)
        m_progress(pages, pages);
    if (!painter.end())
        return fail(tr("Could not finish painting the report."));
    return true;
}

bool ReportWriter::writePdf(ReportDocument &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(report.pageLayout);
        writer.setResolution(600);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Reftel %1").arg(QCoreApplication::applicationVersion()).trimmed());
        // The Info dictionary QPdfWriter writes has no author; the XMP
        // metadata carries it (dc:creator), with the title and the tool.
        auto xml = [](QString text) { return text.toHtmlEscaped(); };
        const QString xmp = QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
            " xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            "<xmp:CreatorTool>Reftel</xmp:CreatorTool><pdf:Producer>Reftel</pdf:Producer>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>")
                                .arg(xml(report.title), xml(report.author));
        writer.setDocumentXmpMetadata(xmp.toUtf8());
        if (!paint(report, writer)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

QString ReportWriter::toHtml(const ReportDocument &report)
{
    // Page numbers mean nothing on screen, and the layout's units are
    // LayoutDpi pixels: the copy drops the one and scales the other to CSS
    // pixels.
    std::unique_ptr<QTextDocument> copy(report.document->clone());
    copy->setResourceProvider([](const QUrl &) { return QVariant(); });
    const qreal toCss = 96.0 / ReportDocument::LayoutDpi;
    for (const ReportDocument::PageReference &reference : std::as_const(report.pageReferences)) {
        const QTextBlock block = copy->findBlockByNumber(reference.fromBlock);
        const qsizetype second = block.text().indexOf(u'\t', 1);
        if (!block.text().startsWith(u'\t') || second < 0)
            continue;
        QTextCursor cursor(copy.get());
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + int(second) + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    for (QTextBlock block = copy->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(format.topMargin() * toCss);
        format.setBottomMargin(format.bottomMargin() * toCss);
        format.setLeftMargin(format.leftMargin() * toCss);
        format.setTextIndent(format.textIndent() * toCss);
        format.setTabPositions({});
        QTextCursor(block).setBlockFormat(format);
    }
    QString html = copy->toHtml();
    // Readable width on a screen; the style block is the report's own.
    html.replace(QStringLiteral("<body style=\""),
        QStringLiteral("<body style=\"max-width:46em; margin:2em auto; padding:0 1em; "));
    return html;
}

bool ReportWriter::writeHtml(const ReportDocument &report, const QString &path)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    // Every byte or nothing: a short write (a full disk) fails the export,
    // and QSaveFile leaves whatever was under the name before.
    const QByteArray bytes = toHtml(report).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}
}
