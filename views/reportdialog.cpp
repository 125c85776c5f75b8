// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "annotationstore.h"
#include "exportfolder.h"
#include "reportbuilder.h"
#include "reportwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace Reftel
{
ReportDialog::ReportDialog(LibraryDatabase &library, const AnnotationStore &annotations, const UserTagStore &tags,
    const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_exporter(library, annotations, tags)
    , m_selection(options)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Export Report"));
    m_title = new QLineEdit(options.title.isEmpty() ? tr("Cable report") : options.title, this);
    m_author = new QLineEdit(options.author.isEmpty() ? AnnotationStore::defaultAuthor() : options.author, this);
    m_header = new QCheckBox(tr("Header metadata (date, origin, classification, TAGS)"), this);
    m_header->setChecked(options.includeHeader);
    m_annotatedOnly = new QCheckBox(tr("Only the annotated paragraphs"), this);
    m_annotatedOnly->setChecked(options.annotatedOnly);
    m_notes = new QCheckBox(tr("Notes"), this);
    m_notes->setChecked(options.includeNotes);
    m_tagIndex = new QCheckBox(tr("Tag index"), this);
    m_tagIndex->setChecked(options.includeTagIndex);
    m_references = new QCheckBox(tr("References with their state"), this);
    m_references->setChecked(options.includeReferences);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(ReportOptions::PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(ReportOptions::PaperSize::Letter));
    m_paper->setCurrentIndex(options.paperSize == ReportOptions::PaperSize::Letter ? 1 : 0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    auto *selection = new QLabel(ReportBuilder::describeSelection(options), this);
    selection->setWordWrap(true);
    selection->setTextFormat(Qt::PlainText);
    form->addRow(tr("Cables:"), selection);
    auto *include = new QVBoxLayout;
    for (QCheckBox *box : { m_header, m_annotatedOnly, m_notes, m_tagIndex, m_references })
        include->addWidget(box);
    form->addRow(tr("Include:"), include);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(m_status);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setMinimumSize(420, 480);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton *htmlButton = buttons->addButton(tr("Export &HTML…"), QDialogButtonBox::ActionRole);
    QPushButton *csvButton = buttons->addButton(tr("Annotations as &CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *jsonButton = buttons->addButton(tr("Annotations as &JSON…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { chooseFile(Format::Pdf); });
    connect(htmlButton, &QPushButton::clicked, this, [this] { chooseFile(Format::Html); });
    connect(csvButton, &QPushButton::clicked, this, [this] { chooseFile(Format::Csv); });
    connect(jsonButton, &QPushButton::clicked, this, [this] { chooseFile(Format::Json); });

    auto *top = new QHBoxLayout;
    top->addLayout(form, 0);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    // Typing in the title should not rebuild the report at every key.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ReportDialog::optionsChanged);
    connect(m_author, &QLineEdit::textChanged, this, &ReportDialog::optionsChanged);
    for (QCheckBox *box : { m_header, m_annotatedOnly, m_notes, m_tagIndex, m_references })
        connect(box, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    m_exporter.setOptions(this->options());
    resize(1000, 720);
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions o = m_selection;
    o.title = m_title->text();
    o.author = m_author->text();
    o.includeHeader = m_header->isChecked();
    o.annotatedOnly = m_annotatedOnly->isChecked();
    o.includeNotes = m_notes->isChecked();
    o.includeTagIndex = m_tagIndex->isChecked();
    o.includeReferences = m_references->isChecked();
    o.paperSize = ReportOptions::PaperSize(m_paper->currentData().toInt());
    return o;
}

void ReportDialog::optionsChanged()
{
    m_exporter.setOptions(options());
    m_refresh->start();
}

ReportDocument *ReportDialog::report(bool showProgress)
{
    if (m_exporter.hasDocument())
        return m_exporter.document();
    std::atomic_bool cancel = false;
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress) {
        progress = std::make_unique<QProgressDialog>(tr("Building the report…"), tr("Cancel"), 0, 100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        connect(progress.get(), &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
        m_exporter.setBuildProgress([&progress](qint64 done, qint64 total) {
            progress->setMaximum(int(total));
            progress->setValue(int(done)); // processes events: Cancel gets through
        });
        m_exporter.setCancelFlag(&cancel);
    }
    const auto forget = qScopeGuard([this] {
        m_exporter.setBuildProgress({});
        m_exporter.setCancelFlag(nullptr);
    });
    ReportDocument *document = m_exporter.document();
    m_error = m_exporter.errorString();
    m_status->setText(document ? m_exporter.countsText() : m_error);
    if (document)
        m_printer->setPageLayout(document->pageLayout);
    return document;
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    ReportDocument *document = report(true);
    if (!document)
        return;
    printer->setPageLayout(document->pageLayout);
    ReportWriter writer;
    if (!writer.paint(*document, *printer))
        m_status->setText(writer.errorString());
}

void ReportDialog::print()
{
    ReportDocument *document = report(true);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document->pageLayout);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportWriter writer;
    if (!writer.paint(*document, printer))
        QMessageBox::warning(this, tr("Print"), writer.errorString());
}

QString ReportDialog::suggestedPath(Format format) const
{
    QString name = m_title->text().trimmed();
    name.replace(u'/', u'-');
    if (name.isEmpty())
        name = tr("report");
    return ExportFolder::suggestedPath(name + ReportExporter::suffix(format));
}

void ReportDialog::chooseFile(Format format)
{
    QString filter;
    switch (format) {
    case Format::Pdf:
        filter = tr("PDF (*.pdf)");
        break;
    case Format::Html:
        filter = tr("HTML (*.html)");
        break;
    case Format::Csv:
        filter = tr("CSV (*.csv)");
        break;
    case Format::Json:
        filter = tr("JSON (*.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggestedPath(format), filter);
    if (!path.isEmpty())
        exportTo(format, path);
}

bool ReportDialog::exportTo(Format format, const QString &path, bool quiet)
{
    const ReportExporter::Result result = write(format, path, !quiet);
    m_error = result.error;
    if (result.cancelled)
        return false;
    if (!result.ok && !quiet)
        QMessageBox::warning(this, tr("Export Report"), m_error);
    if (result.ok) {
        m_status->setText(result.message);
        ExportFolder::remember(path);
    }
    return result.ok;
}

ReportExporter::Result ReportDialog::write(Format format, const QString &path, bool showProgress)
{
    if (ReportExporter::needsDocument(format) && !report(showProgress)) {
        ReportExporter::Result none;
        none.cancelled = m_exporter.cancelled();
        none.error = m_error;
        return none;
    }
    std::atomic_bool cancel = false;
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress && format == Format::Pdf) {
        progress = std::make_unique<QProgressDialog>(tr("Writing the pages…"), tr("Cancel"), 0, 100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        connect(progress.get(), &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
        m_exporter.setWriteProgress([&progress](qint64 done, qint64 total) {
            progress->setMaximum(int(total));
            progress->setValue(int(done));
        });
        m_exporter.setCancelFlag(&cancel);
    }
    const auto forget = qScopeGuard([this] {
        m_exporter.setWriteProgress({});
        m_exporter.setCancelFlag(nullptr);
    });
    return m_exporter.write(format, path);
}
}
