// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportexporter.h"
#include "reportoptions.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace Reftel
{
class AnnotationStore;
class LibraryDatabase;
class UserTagStore;

// File ▸ Export Report…: title, author, what to include and the paper, a
// live preview of the pages, Print, and Export PDF / HTML / CSV / JSON
// through the ReportExporter `reftel export` uses too. Building and writing
// show a progress dialog that can cancel.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    using Format = ReportExporter::Format;

    // The selection (ids, query, tags) comes in options; the dialog lets
    // the user choose the rest. The stores are the caller's (one of each
    // per connection); the CSV and JSON exports read through them.
    ReportDialog(LibraryDatabase &library, const AnnotationStore &annotations, const UserTagStore &tags,
        const ReportOptions &options, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    // Writes the report (or the annotations) to path; on failure says why
    // in a message box unless quiet, and returns false. What the Export
    // buttons call after asking for a file name.
    bool exportTo(Format format, const QString &path, bool quiet = false);
    QString lastError() const { return m_error; }
    // Where the file dialog of an export opens: the title as file name, in
    // the folder of the last export (else the documents folder, else home).
    QString suggestedPath(Format format) const;

private:
    void optionsChanged();
    void paintPreview(QPrinter *printer);
    void print();
    void chooseFile(Format format);
    // The report for the current options, built once per change.
    ReportDocument *report(bool showProgress);
    ReportExporter::Result write(Format format, const QString &path, bool showProgress);

    ReportExporter m_exporter;
    ReportOptions m_selection;
    QString m_error;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_annotatedOnly = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_tagIndex = nullptr;
    QCheckBox *m_references = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QTimer *m_refresh = nullptr;
};
}
