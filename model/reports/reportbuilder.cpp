// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "librarydatabase.h"
#include "referenceresolver.h"
#include "reportcomposer.h"
#include "reportselection.h"
#include "reportstyles.h"
#include "usertagstore.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QTextOption>
#include <QUrl>

namespace Reftel
{
namespace
{
// An empty report on its paper, its document laid out at the layout's resolution.
ReportDocument newReport(const ReportOptions &options)
{
    ReportDocument report;
    report.title = options.title.trimmed().isEmpty() ? ReportBuilder::tr("Cable report") : options.title.trimmed();
    report.author = options.author.trimmed();
    report.pageLayout = QPageLayout(
        QPageSize(options.paperSize == ReportOptions::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter);
    report.headerHeight = ReportStyles::pt(28);
    report.layoutDevice = std::make_unique<QImage>(8, 8, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(ReportDocument::LayoutDpi / 0.0254);
    report.layoutDevice->setDotsPerMeterX(dotsPerMeter);
    report.layoutDevice->setDotsPerMeterY(dotsPerMeter);
    report.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *report.document;
    doc.setResourceProvider([](const QUrl &) { return QVariant(); }); // nothing is ever fetched
    doc.documentLayout()->setPaintDevice(report.layoutDevice.get());
    doc.setDocumentMargin(0);
    doc.setDefaultFont(ReportStyles::serif(10));
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long token never runs off the page
    doc.setDefaultTextOption(option);
    doc.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    doc.setTextWidth(ReportStyles::pt(report.pageLayout.paintRect(QPageLayout::Point).width()));
    return report;
}
}

ReportBuilder::ReportBuilder(LibraryDatabase &library, const ReportOptions &options)
    : m_library(library)
    , m_options(options)
{
}

QString ReportBuilder::chapterAnchor(const QString &cableId)
{
    return QStringLiteral("cable-") + cableId;
}

QString ReportBuilder::describeSelection(const ReportOptions &options)
{
    return ReportSelection::describe(options);
}

QStringList ReportBuilder::selectCables()
{
    ReportSelection selection(m_library, m_options);
    const QStringList ids = selection.cables();
    m_error = selection.errorString();
    return ids;
}

std::optional<ReportDocument> ReportBuilder::build()
{
    m_cancelled = false;
    const QStringList ids = selectCables();
    if (ids.isEmpty())
        return std::nullopt;
    ReportDocument report = newReport(m_options);
    QHash<qint64, UserTag> tags;
    for (const UserTag &tag : m_library.userTags().tags())
        tags.insert(tag.id, tag);
    ReportComposer composer(report, m_options, tags, ids);
    AnnotationStore &annotations = m_library.annotations();
    const CableReader &cables = m_library.cables();
    const ReferenceResolver &resolver = m_library.references();
    // Cables are read one at a time; only the document grows.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_cancel && m_cancel->load()) {
            composer.abandon();
            m_cancelled = true;
            m_error = tr("The report was cancelled.");
            return std::nullopt;
        }
        if (m_progress)
            m_progress(i, ids.size());
        const std::optional<Cable> cable = cables.load(ids.at(i));
        if (!cable)
            continue;
        const bool withReferences = m_options.includeReferences && !cable->references.isEmpty();
        composer.chapter(i, *cable, annotations.forCable(cable->id),
            withReferences ? resolver.references(cable->id) : QList<ReferenceResolver::Link> {});
    }
    composer.finish();
    if (m_progress)
        m_progress(ids.size(), ids.size());
    return report;
}
}
