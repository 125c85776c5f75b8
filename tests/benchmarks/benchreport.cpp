// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-report: exporting a large annotated report.
//
//   reftel-bench-report [--cables 1000] [--annotations 5000] [--out report.pdf] [--html report.html]
//
// Builds a library of the bundled samples and --cables synthetic cables of
// eight paragraphs (vocabulary words, as reftel-bench-annotations makes
// them), puts --annotations annotations on the synthetic cables (passages
// and whole paragraphs, tags from a two-level tree, Markdown notes), then
// exports every cable of the library as one report: builds the document,
// paginates it and writes the PDF (and the HTML when asked). Prints the
// time of each step and the peak resident memory (getrusage).
#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "reportbuilder.h"
#include "reportwriter.h"
#include "samplecables.h"
#include "usertagstore.h"
#include "writetransaction.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace Reftel;
using namespace Reftel::BenchSupport;
using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

}

int main(int argc, char *argv[])
{
    // Text layout needs fonts: a QGuiApplication, offscreen when there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"cables"_s, u"Synthetic cables besides the samples."_s, u"n"_s, u"1000"_s });
    parser.addOption({ u"annotations"_s, u"Annotations to create."_s, u"n"_s, u"5000"_s });
    parser.addOption({ u"out"_s, u"The PDF to write (default: a temporary file)."_s, u"path"_s });
    parser.addOption({ u"no-tag-index"_s, u"Leave the tag index out."_s });
    parser.addOption({ u"html"_s, u"Also write the HTML report here."_s, u"path"_s });
    parser.process(app);
    const int cableCount = parser.value(u"cables"_s).toInt();
    const int annotationCount = parser.value(u"annotations"_s).toInt();

    QTemporaryDir temporary;
    const QString pdf = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : temporary.filePath(u"report.pdf"_s);
    LibraryDatabase library;
    if (!library.open(temporary.filePath(u"library.sqlite"_s))) {
        out << library.errorString() << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(20261123);
    QStringList ids;
    QList<Cable> synthetic;
    {
        CableWriter cables(library);
        cables.begin();
        for (const QString &path : SampleCables::paths()) {
            for (const Cable &cable : DocumentParser::parse(SampleCables::contents(path), QFileInfo(path).fileName())) {
                cables.store(cable, path);
                ids << cable.id;
            }
        }
        for (int i = 1; i <= cableCount; ++i) {
            const Cable cable = syntheticCable(rng, i);
            synthetic.append(cable);
            cables.store(cable, u"synthetic"_s);
            ids << cable.id;
        }
        if (!cables.commit()) {
            out << cables.errorString() << '\n';
            return 1;
        }
    }
    UserTagStore tags(library);
    QList<qint64> tagIds;
    const QStringList colours { u"#e57373"_s, u"#64b5f6"_s, u"#81c784"_s, u"#ffb74d"_s, u"#ba68c8"_s };
    for (int top = 0; top < 5; ++top) {
        for (int sub = 0; sub < 4; ++sub)
            tagIds << tags.ensurePath(u"Topic %1/Aspect %2"_s.arg(top + 1).arg(sub + 1), colours.at(top));
    }
    AnnotationStore annotations(library);
    WriteTransaction transaction(library.database()); // one commit for all, as an import of annotations would
    for (int i = 0; i < annotationCount; ++i) {
        const Cable &cable = synthetic.at(int(rng.bounded(cableCount)));
        const Paragraph &paragraph = *cable.paragraphs().at(int(rng.bounded(8)));
        qsizetype start = 0;
        qsizetype length = 0;
        if (rng.bounded(4) != 0) { // three in four mark a passage, the others the whole paragraph
            start = rng.bounded(int(paragraph.text.size()) / 2);
            length = qMin<qsizetype>(20 + rng.bounded(80), paragraph.text.size() - start);
        }
        Annotation a = AnnotationAnchorer::capture(cable.id, paragraph, start, length);
        a.note = u"**"_s + words(rng, 2) + u"**: "_s + words(rng, 10 + int(rng.bounded(30)));
        a.author = u"analyst %1"_s.arg(i % 5);
        a.tagIds = { tagIds.at(int(rng.bounded(tagIds.size()))) };
        annotations.create(a);
    }
    transaction.commit();
    out << "library: " << ids.size() << " cables, " << annotations.count() << " annotations, built in "
        << seconds(timer) << " s\n";
    out.flush();

    ReportOptions options;
    options.title = u"Benchmark report"_s;
    options.author = u"reftel-bench-report"_s;
    options.ids = ids;
    options.includeTagIndex = !parser.isSet(u"no-tag-index"_s);
    ReportBuilder builder(library, options);
    timer.restart();
    std::optional<ReportDocument> report = builder.build();
    if (!report) {
        out << builder.errorString() << '\n';
        return 1;
    }
    const double build = seconds(timer);
    timer.restart();
    const int pages = ReportWriter::paginate(*report);
    const double paginate = seconds(timer);
    ReportWriter writer;
    timer.restart();
    if (!writer.writePdf(*report, pdf)) {
        out << writer.errorString() << '\n';
        return 1;
    }
    const double write = seconds(timer);
    double html = 0;
    if (parser.isSet(u"html"_s)) {
        timer.restart();
        writer.writeHtml(*report, parser.value(u"html"_s));
        html = seconds(timer);
    }
    out << "report: " << report->cables << " cables, " << report->annotations << " annotations, " << pages << " pages, "
        << QFileInfo(pdf).size() / 1024 << " KiB PDF\n";
    out << "| step | seconds |\n|---|---:|\n";
    out << "| build the document | " << QString::number(build, 'f', 2) << " |\n";
    out << "| paginate (layout, page numbers) | " << QString::number(paginate, 'f', 2) << " |\n";
    out << "| write the PDF (paints every page) | " << QString::number(write, 'f', 2) << " |\n";
    if (parser.isSet(u"html"_s))
        out << "| write the HTML | " << QString::number(html, 'f', 2) << " |\n";
    out << "| **export to PDF, total** | **" << QString::number(build + paginate + write, 'f', 2) << "** |\n";
    out << "peak RSS: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}
