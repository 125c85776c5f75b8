// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QPagedPaintDevice;

namespace Reftel
{
// Paginates a ReportDocument and puts it on paper: PDF (QPdfWriter), a
// printer or a print preview (any QPagedPaintDevice), and one
// self-contained HTML file.
//
// Pages get a running header with the report's title (not on the title
// page) and a footer "Page X of Y". Files are written through QSaveFile: a
// failed or cancelled export leaves whatever was under the name before (or
// nothing), never half a file, and errorString() says what happened.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ReportWriter)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>; // pages

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Lays the document out on its paper, keeps headings with what follows
    // them, and writes the page numbers into the contents and the tag
    // index (two passes: the numbers can change the layout). Returns the
    // page count. paint() and writePdf() call it.
    static int paginate(ReportDocument &report);
    // The page (from 1) the block starts on; paginate() first.
    static int pageOf(const ReportDocument &report, int blockNumber);
    // The page (from 1) the block's last line is on.
    static int lastLinePage(const ReportDocument &report, int blockNumber);

    bool paint(ReportDocument &report, QPagedPaintDevice &device);
    bool writePdf(ReportDocument &report, const QString &path);
    bool writeHtml(const ReportDocument &report, const QString &path);
    // The HTML text writeHtml() saves.
    static QString toHtml(const ReportDocument &report);

    QString errorString() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    bool fail(const QString &message);

    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
    QString m_error;
};
}
