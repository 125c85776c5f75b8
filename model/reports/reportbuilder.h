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
class LibraryDatabase;

// Turns a selection of cables (ReportOptions) into a report document: title
// page, table of contents, one chapter per cable (header, references, body
// with the annotated passages in their tag colours and numbered notes) and
// a tag index. ReportWriter paginates it and writes PDF or HTML.
//
// Cable text and notes are text, never markup: they are inserted as text
// runs, and notes' Markdown is read with HTML turned off and only its
// emphasis, code and http(s) links kept (no images). The document's
// resource provider refuses every URL, so nothing is ever fetched.
//
// Cables are read one at a time; only the document grows (about 1,000
// cables with 5,000 annotations stay well under 1 GB).
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ReportBuilder)
public:
    // done of total cables; called from the building thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ReportBuilder(LibraryDatabase &library, const ReportOptions &options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between cables: set it (from any thread) to stop; build() then
    // returns nothing and cancelled() is true.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The selected cables in the library, oldest first; empty with
    // errorString() set when the selection is empty, a query is invalid or
    // nothing matches.
    QStringList selectCables();
    std::optional<ReportDocument> build();

    bool cancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

    // How the selection reads on the title page.
    static QString describeSelection(const ReportOptions &options);
    // The anchor name of a cable's chapter, for links inside the report.
    static QString chapterAnchor(const QString &cableId);

private:
    LibraryDatabase &m_library;
    ReportOptions m_options;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
    QString m_error;
};
}
