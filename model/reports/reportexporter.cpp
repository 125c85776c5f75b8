// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "annotationexport.h"
#include "reportbuilder.h"
#include "reportwriter.h"

#include <QDir>

namespace Reftel
{
ReportExporter::ReportExporter(LibraryDatabase &library, const AnnotationStore &annotations, const UserTagStore &tags)
    : m_library(library)
    , m_annotations(annotations)
    , m_tags(tags)
{
}

void ReportExporter::setOptions(const ReportOptions &options)
{
    m_options = options;
    m_document.reset();
    m_cables.reset();
    m_error.clear();
    m_cancelled = false;
}

QString ReportExporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral(".pdf");
    case Format::Html:
        return QStringLiteral(".html");
    case Format::Csv:
        return QStringLiteral(".csv");
    case Format::Json:
        break;
    }
    return QStringLiteral(".json");
}

ReportDocument *ReportExporter::document()
{
    if (m_document)
        return &*m_document;
    ReportBuilder builder(m_library, m_options);
    builder.setProgress(m_buildProgress);
    builder.setCancelFlag(m_cancel);
    m_document = builder.build();
    m_error = builder.errorString();
    m_cancelled = builder.cancelled();
    return m_document ? &*m_document : nullptr;
}

QStringList ReportExporter::cables()
{
    if (!m_cables) {
        ReportBuilder builder(m_library, m_options);
        m_cables = builder.selectCables();
        m_error = builder.errorString();
    }
    return *m_cables;
}

ReportExporter::Result ReportExporter::write(Format format, const QString &path)
{
    Result result = needsDocument(format) ? writeDocument(format, path) : writeAnnotations(format, path);
    if (result.ok)
        result.message = format == Format::Pdf && m_document
            ? tr("Wrote %1: %n page(s)", nullptr, m_document->document->pageCount()).arg(QDir::toNativeSeparators(path))
            : tr("Wrote %1").arg(QDir::toNativeSeparators(path));
    return result;
}

ReportExporter::Result ReportExporter::writeDocument(Format format, const QString &path)
{
    Result result;
    ReportDocument *report = document();
    if (!report) {
        result.error = m_error;
        result.cancelled = m_cancelled;
        return result;
    }
    ReportWriter writer;
    writer.setProgress(m_writeProgress);
    writer.setCancelFlag(m_cancel);
    result.ok = format == Format::Pdf ? writer.writePdf(*report, path) : writer.writeHtml(*report, path);
    result.cancelled = writer.cancelled();
    result.error = writer.errorString();
    // A fault of the painting ("could not start a new page") still says which file did not get written.
    if (!result.ok && !result.cancelled && !result.error.contains(path))
        result.error = tr("Could not write %1: %2").arg(path, result.error);
    return result;
}

ReportExporter::Result ReportExporter::writeAnnotations(Format format, const QString &path)
{
    Result result;
    const QStringList ids = cables();
    if (ids.isEmpty()) {
        result.error = m_error;
        return result;
    }
    AnnotationExport exporter(m_annotations, m_tags);
    result.ok = format == Format::Csv ? exporter.writeCsv(path, ids) : exporter.writeJson(path, ids);
    result.error = exporter.errorString();
    return result;
}

QString ReportExporter::countsText() const
{
    if (!m_document)
        return {};
    return tr("%n cable(s), ", nullptr, m_document->cables) + tr("%n annotation(s)", nullptr, m_document->annotations);
}
}
