// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "annotationstore.h"
#include "commandline.h"
#include "commandsession.h"
#include "usertagstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScopeGuard>

#include <algorithm>

namespace Reftel
{
QString ExportCommand::summary() const
{
    return tr("a report of cables and annotations as PDF, HTML, CSV or JSON");
}

QString ExportCommand::description() const
{
    return tr("reftel export: a report of cables and their annotations.\n\n"
              "The cables are those of --ids, --query and --tag together. Examples:\n"
              "  reftel export --pdf manas.pdf --query \"manas origin:astana\" --title \"Manas\"\n"
              "  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        { QStringLiteral("pdf"), tr("Write the report as PDF to <file>."), tr("file") },
        { QStringLiteral("html"), tr("Write the report as one HTML file to <file>."), tr("file") },
        { QStringLiteral("csv"), tr("Write the annotations as CSV to <file>."), tr("file") },
        { QStringLiteral("json"), tr("Write the annotations as JSON to <file>."), tr("file") },
        { QStringLiteral("tag"), tr("Include the cables tagged <tag> (with its sub-tags); repeatable."), tr("tag") },
        { QStringLiteral("query"), tr("Include the cables the search <query> finds."), tr("query") },
        { QStringLiteral("ids"), tr("Include these cables (more ids may follow, or separate them with commas)."),
            tr("id") },
        { QStringLiteral("title"), tr("The report's title."), tr("title") },
        { QStringLiteral("author"), tr("The report's author."), tr("name") },
        { QStringLiteral("paper"), tr("Paper size: a4 (default) or letter."), tr("size"), QStringLiteral("a4") },
        { QStringLiteral("annotated-only"), tr("Only the paragraphs that carry an annotation.") },
        { QStringLiteral("no-notes"), tr("Leave the notes out.") },
        { QStringLiteral("no-tag-index"), tr("Leave the tag index out.") },
        { QStringLiteral("no-references"), tr("Leave the references out.") },
        { QStringLiteral("no-header"), tr("Leave the cables' header metadata out.") },
    };
}

QString ExportCommand::takeSelection(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_options = {};
    for (const QString &value : parser.values(QStringLiteral("ids")))
        m_options.ids += value.split(u',', Qt::SkipEmptyParts);
    // Ids after --ids's first one are positional arguments.
    if (!arguments.isEmpty()) {
        if (!parser.isSet(QStringLiteral("ids")))
            return tr("unexpected argument \"%1\"").arg(arguments.first());
        for (const QString &value : arguments)
            m_options.ids += value.split(u',', Qt::SkipEmptyParts);
    }
    m_options.query = parser.value(QStringLiteral("query"));
    m_options.tags = parser.values(QStringLiteral("tag"));
    return {};
}

QString ExportCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const QString problem = takeSelection(parser, arguments); !problem.isEmpty())
        return problem;
    m_options.title = parser.value(QStringLiteral("title"));
    m_options.author = parser.value(QStringLiteral("author"));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return tr("--paper is a4 or letter");
    m_options.paperSize =
        paper == QLatin1String("letter") ? ReportOptions::PaperSize::Letter : ReportOptions::PaperSize::A4;
    m_options.annotatedOnly = parser.isSet(QStringLiteral("annotated-only"));
    m_options.includeNotes = !parser.isSet(QStringLiteral("no-notes"));
    m_options.includeTagIndex = !parser.isSet(QStringLiteral("no-tag-index"));
    m_options.includeReferences = !parser.isSet(QStringLiteral("no-references"));
    m_options.includeHeader = !parser.isSet(QStringLiteral("no-header"));
    m_outputs.clear();
    const QList<std::pair<QString, ReportExporter::Format>> formats {
        { QStringLiteral("pdf"), ReportExporter::Format::Pdf },
        { QStringLiteral("html"), ReportExporter::Format::Html },
        { QStringLiteral("csv"), ReportExporter::Format::Csv }, { QStringLiteral("json"), ReportExporter::Format::Json }
    };
    for (const auto &[option, format] : formats) {
        if (parser.isSet(option))
            m_outputs.append({ format, parser.value(option) });
    }
    if (m_outputs.isEmpty())
        return tr("export needs at least one of --pdf, --html, --csv and --json");
    if (!m_options.hasSelection())
        return tr("export needs cables: --ids, --query or --tag");
    return {};
}

int ExportCommand::run(CommandSession &session)
{
    const bool laidOut = std::any_of(m_outputs.cbegin(), m_outputs.cend(),
        [](const Output &output) { return ReportExporter::needsDocument(output.first); });
    if (laidOut && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        session.error(tr("a PDF or HTML report needs the graphical libraries (run reftel, not a console-only build)"));
        return CommandLine::PartialFailure;
    }
    if (!session.openLibrary(libraryPath(), Library::Search))
        return session.openFailure(libraryPath());
    const bool unindexed = session.unindexed() > 0 && !m_options.query.isEmpty();
    if (unindexed)
        session.error(CommandSession::unindexedWarning(session.unindexed()));
    AnnotationStore &annotations = session.library().annotations();
    UserTagStore &tags = session.library().userTags();
    ReportExporter exporter(session.library(), annotations, tags);
    exporter.setOptions(m_options);
    int result = CommandLine::Success;
    for (const bool document : { true, false }) {
        bool stop = false;
        result = std::max(result, write(session, exporter, document, stop));
        if (stop)
            return result;
    }
    return unindexed && result == CommandLine::Success ? CommandLine::PartialFailure : result;
}

int ExportCommand::write(CommandSession &session, ReportExporter &exporter, bool document, bool &stop)
{
    QList<Output> outputs;
    for (const Output &output : std::as_const(m_outputs)) {
        if (ReportExporter::needsDocument(output.first) == document)
            outputs << output;
    }
    if (outputs.isEmpty())
        return CommandLine::Success;
    QElapsedTimer sinceLast;
    sinceLast.start();
    const auto progress = [&session, &sinceLast](const QString &what) {
        return [&session, &sinceLast, what](qint64 done, qint64 total) {
            if (!session.interactive() || total <= 0 || (sinceLast.elapsed() < 200 && done < total))
                return;
            sinceLast.restart();
            session.err() << '\r' << what.arg(done * 100 / total) << (done >= total ? "\n" : "");
            session.err().flush();
        };
    };
    exporter.setBuildProgress(progress(tr("Building the report… %1%")));
    exporter.setWriteProgress(progress(tr("Writing pages… %1%")));
    const auto forget = qScopeGuard([&exporter] {
        exporter.setBuildProgress({});
        exporter.setWriteProgress({});
    });
    const bool selected = document ? exporter.document() != nullptr : !exporter.cables().isEmpty();
    // A report made from a damaged library is not written: it may lack what the damage hid.
    if (const QStringList problems = session.library().checkDamage(); !problems.isEmpty()) {
        stop = true;
        return session.damaged(problems);
    }
    if (!selected) {
        // No report: the annotations of the same cables are not tried either.
        stop = document;
        session.error(exporter.errorString());
        return CommandLine::PartialFailure;
    }
    int result = CommandLine::Success;
    for (const auto &[format, path] : std::as_const(outputs)) {
        const ReportExporter::Result written = exporter.write(format, path);
        if (written.ok) {
            session.out() << written.message << '\n';
        } else {
            session.error(written.error);
            result = CommandLine::PartialFailure;
        }
    }
    if (document)
        session.out() << exporter.countsText() << '\n';
    return result;
}
}
