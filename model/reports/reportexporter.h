// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Reftel
{
class AnnotationStore;
class LibraryDatabase;
class UserTagStore;

// The one way a report leaves Reftel, for the report dialog and for
// `reftel export` alike: the report built from ReportOptions (once per
// change of options), written as PDF or HTML by ReportWriter, or the
// selected cables' annotations as CSV or JSON by AnnotationExport, each
// write answering with a sentence for the user. The stores are the caller's
// (one of each per connection).
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ReportExporter)
public:
    enum class Format
    {
        Pdf,
        Html,
        Csv,
        Json,
    };
    // done of total: cables while building, pages while writing a PDF.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated; a file that could not be written is named
        QString message; // what was written: "Wrote r.pdf: 12 pages"
    };

    ReportExporter(LibraryDatabase &library, const AnnotationStore &annotations, const UserTagStore &tags);

    // New options forget the report and the cables chosen for the old ones.
    void setOptions(const ReportOptions &options);
    const ReportOptions &options() const { return m_options; }

    void setBuildProgress(Progress progress) { m_buildProgress = std::move(progress); }
    void setWriteProgress(Progress progress) { m_writeProgress = std::move(progress); }
    // Checked between cables and between pages, from any thread.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // PDF and HTML are the laid-out report; CSV and JSON only the annotations.
    static bool needsDocument(Format format) { return format == Format::Pdf || format == Format::Html; }
    static QString suffix(Format format);

    // The report for the options, built on first use; nullptr with
    // errorString() (and cancelled() after a cancel, which builds again next time).
    ReportDocument *document();
    // Whether document() has the report at hand, or would build it.
    bool hasDocument() const { return m_document.has_value(); }
    // The selected cables, oldest first; empty with errorString().
    QStringList cables();
    Result write(Format format, const QString &path);

    // How many cables and annotations the built report holds ("3 cables, 1 annotation").
    QString countsText() const;
    QString errorString() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    Result writeDocument(Format format, const QString &path);
    Result writeAnnotations(Format format, const QString &path);

    LibraryDatabase &m_library;
    const AnnotationStore &m_annotations;
    const UserTagStore &m_tags;
    ReportOptions m_options;
    Progress m_buildProgress;
    Progress m_writeProgress;
    const std::atomic_bool *m_cancel = nullptr;
    std::optional<ReportDocument> m_document;
    std::optional<QStringList> m_cables;
    QString m_error;
    bool m_cancelled = false;
};
}
