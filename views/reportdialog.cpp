// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "annotationexport.h"
#include "annotationstore.h"
#include "exportfolder.h"
#include "librarydatabase.h"
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
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace Reftel
{
ReportDialog::ReportDialog(LibraryDatabase &library, const AnnotationStore &annotations, const UserTagStore &tags,
    const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_annotations(annotations)
    , m_tags(tags)
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
    m_stale = true;
    m_refresh->start();
}

ReportDocument *ReportDialog::report(bool showProgress)
{
    if (!m_stale && m_report)
        return &*m_report;
    ReportBuilder builder(m_library, options());
    std::atomic_bool cancel = false;
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress) {
        progress = std::make_unique<QProgressDialog>(tr("Building the report…"), tr("Cancel"), 0, 100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        connect(progress.get(), &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
        builder.setProgress([&progress](qint64 done, qint64 total) {
            progress->setMaximum(int(total));
            progress->setValue(int(done)); // processes events: Cancel gets through
        });
        builder.setCancelFlag(&cancel);
    }
    m_report = builder.build();
    m_stale = false;
    m_error = builder.errorString();
    m_status->setText(
        m_report ? tr("%1 cables, %2 annotations").arg(m_report->cables).arg(m_report->annotations) : m_error);
    if (m_report) {
        m_printer->setPageLayout(m_report->pageLayout);
        return &*m_report;
    }
    m_stale = builder.cancelled();
    return nullptr;
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

namespace
{
QString suffixOf(ReportDialog::Format format)
{
    switch (format) {
    case ReportDialog::Format::Pdf:
        return QStringLiteral(".pdf");
    case ReportDialog::Format::Html:
        return QStringLiteral(".html");
    case ReportDialog::Format::Csv:
        return QStringLiteral(".csv");
    case ReportDialog::Format::Json:
        break;
    }
    return QStringLiteral(".json");
}
}

QString ReportDialog::suggestedPath(Format format) const
{
    QString name = m_title->text().trimmed();
    name.replace(u'/', u'-');
    if (name.isEmpty())
        name = tr("report");
    return ExportFolder::suggestedPath(name + suffixOf(format));
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
    m_error.clear();
    bool ok = false;
    if (format == Format::Csv || format == Format::Json) {
        ReportBuilder builder(m_library, options());
        const QStringList ids = builder.selectCables();
        if (ids.isEmpty()) {
            m_error = builder.errorString();
        } else {
            AnnotationExport exporter(m_annotations, m_tags);
            ok = format == Format::Csv ? exporter.writeCsv(path, ids) : exporter.writeJson(path, ids);
            m_error = exporter.errorString();
        }
    } else if (ReportDocument *document = report(!quiet)) {
        ReportWriter writer;
        std::atomic_bool cancel = false;
        std::unique_ptr<QProgressDialog> progress;
        if (!quiet && format == Format::Pdf) {
            progress = std::make_unique<QProgressDialog>(tr("Writing the pages…"), tr("Cancel"), 0, 100, this);
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(300);
            connect(progress.get(), &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
            writer.setProgress([&progress](qint64 done, qint64 total) {
                progress->setMaximum(int(total));
                progress->setValue(int(done));
            });
            writer.setCancelFlag(&cancel);
        }
        ok = format == Format::Pdf ? writer.writePdf(*document, path) : writer.writeHtml(*document, path);
        m_error = writer.errorString();
        if (writer.cancelled())
            return false;
    }
    if (!ok && !quiet)
        QMessageBox::warning(this, tr("Export Report"), m_error);
    if (ok) {
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        ExportFolder::remember(path);
    }
    return ok;
}
}
