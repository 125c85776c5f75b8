// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-annotations: the user's annotations at scale.
//
//   reftel-bench-annotations [--library lib.sqlite] [--cables 10000] [--annotations 100000] [--runs 200]
//
// Builds a library of the bundled samples and synthetic cables, puts
// --annotations annotations on them (tags from a two-level tree, five
// authors, notes of vocabulary words), then measures:
//  - opening an annotated cable: load the cable, load its annotations with
//    the re-anchoring check, build the CableTreeModel with its counts;
//  - the annotations browser's filters: by tag (with sub-tags), by a word of
//    the note, by author; each with the first 50 rows' cells read, as a view
//    showing them would.
// Prints a Markdown report with medians and 95th percentiles.
#include "annotationanchorer.h"
#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "cableparser.h"
#include "cablereader.h"
#include "cabletreemodel.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "samplecables.h"
#include "usertagstore.h"
#include "writetransaction.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Reftel;
using namespace Reftel::BenchSupport;
using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"library"_s, u"Library file to build (default: a temporary one)."_s, u"path"_s });
    parser.addOption({ u"cables"_s, u"Synthetic cables besides the samples."_s, u"n"_s, u"10000"_s });
    parser.addOption({ u"annotations"_s, u"Annotations to create."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"runs"_s, u"Cables opened / filters run per measure."_s, u"n"_s, u"200"_s });
    parser.process(app);
    const int cableCount = parser.value(u"cables"_s).toInt();
    const int annotationCount = parser.value(u"annotations"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();

    QTemporaryDir temporary;
    const QString path =
        parser.isSet(u"library"_s) ? parser.value(u"library"_s) : temporary.filePath(u"library.sqlite"_s);
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    LibraryDatabase library;
    if (!library.open(path)) {
        out << library.errorString() << '\n';
        return 1;
    }
    QRandomGenerator rng(253);

    // The library: samples and synthetic cables.
    QElapsedTimer timer;
    timer.start();
    QStringList cableIds;
    QHash<QString, QList<Paragraph>> paragraphsOf;
    {
        CableWriter store(library);
        store.begin();
        for (const QString &sample : SampleCables::paths()) {
            for (const Cable &cable :
                DocumentParser::parse(SampleCables::contents(sample), QFileInfo(sample).fileName())) {
                store.store(cable, sample);
                cableIds.append(cable.id);
                for (const Paragraph *p : cable.paragraphs())
                    paragraphsOf[cable.id].append(*p);
            }
        }
        for (int i = 1; i <= cableCount; ++i) {
            const Cable cable = syntheticCable(rng, i);
            store.store(cable, u"synthetic"_s);
            cableIds.append(cable.id);
            for (const Paragraph *p : cable.paragraphs())
                paragraphsOf[cable.id].append(*p);
            if (i % 2000 == 0) {
                store.commit();
                store.begin();
            }
        }
        if (!store.commit()) {
            out << store.errorString() << '\n';
            return 1;
        }
    }
    const double importSeconds = ms(timer) / 1000;

    // Tags: 6 top-level tags with 8 sub-tags each.
    UserTagStore tags(library);
    QList<qint64> tagIds;
    QList<qint64> rootIds;
    for (int r = 0; r < 6; ++r) {
        for (int c = 0; c < 8; ++c)
            tagIds.append(tags.ensurePath(
                u"Topic %1/Sub %2"_s.arg(r).arg(c), u"#%1"_s.arg(r * 111111 % 0xffffff, 6, 16, QChar(u'0'))));
        rootIds.append(tags.findPath(u"Topic %1"_s.arg(r)));
    }
    const QStringList authors { u"ann"_s, u"bob"_s, u"cy"_s, u"dee"_s, u"eve"_s };

    // Annotations: skewed, so some cables carry many (a few hundred) and
    // most a handful; the samples get theirs too.
    timer.restart();
    AnnotationStore annotations(library);
    {
        WriteTransaction transaction(library.database());
        for (int i = 0; i < annotationCount; ++i) {
            const double u = rng.generateDouble();
            const QString &cableId = cableIds.at(qsizetype(u * u * double(cableIds.size() - 1)));
            const QList<Paragraph> &paragraphs = paragraphsOf[cableId];
            const Paragraph &paragraph = paragraphs.at(qsizetype(rng.bounded(int(paragraphs.size()))));
            const qsizetype start = paragraph.text.isEmpty() ? 0 : qsizetype(rng.bounded(int(paragraph.text.size())));
            const qsizetype length = std::min<qsizetype>(paragraph.text.size() - start, 10 + rng.bounded(60));
            Annotation a = AnnotationAnchorer::capture(cableId, paragraph, start, i % 10 == 0 ? 0 : length);
            a.note = words(rng, 5 + int(rng.bounded(30)));
            if (i % 500 == 0)
                a.note += u" quillaja"_s; // a rare word
            a.author = authors.at(i % authors.size());
            a.tagIds = { tagIds.at(qsizetype(rng.bounded(int(tagIds.size())))) };
            if (annotations.create(a) == 0) {
                out << annotations.lastError() << '\n';
                return 1;
            }
        }
        if (!transaction.commit()) {
            out << WriteTransaction::describe(transaction.error()) << '\n';
            return 1;
        }
    }
    const double annotateSeconds = ms(timer) / 1000;

    // Opening annotated cables, the most annotated first-come.
    QList<QString> annotated;
    {
        QSqlQuery query(library.database());
        query.exec(u"SELECT cable_id, count(*) AS n FROM annotations GROUP BY cable_id ORDER BY n DESC"_s);
        while (query.next())
            annotated.append(query.value(0).toString());
    }
    QList<double> openTimes;
    QList<int> perCable;
    const CableReader &store = library.cables();
    for (int i = 0; i < runs && !annotated.isEmpty(); ++i) {
        const QString &id = annotated.at(qsizetype(rng.bounded(int(std::min<qsizetype>(annotated.size(), 2000)))));
        timer.restart();
        const std::optional<Cable> cable = store.load(id);
        if (!cable)
            return 1;
        const QList<Annotation> loaded = AnnotationAnchorer::loadAnchored(annotations, *cable);
        CableTreeModel tree;
        tree.setCable(*cable);
        tree.setAnnotationCounts(annotations.countsByAnchor(id));
        openTimes.append(ms(timer));
        perCable.append(int(loaded.size()));
    }

    // The worst case of opening: the parse changed every paragraph (a word
    // in front and line breaks folded differently), so each annotation is
    // searched for again. Anchored in memory only, to keep the library as
    // built for the next runs.
    QList<double> reanchorTimes;
    int reanchored = 0;
    for (int i = 0; i < runs && !annotated.isEmpty(); ++i) {
        const QString &id = annotated.at(qsizetype(rng.bounded(int(std::min<qsizetype>(annotated.size(), 2000)))));
        std::optional<Cable> cable = store.load(id);
        if (!cable)
            return 1;
        for (Section &section : cable->sections) {
            for (Paragraph &paragraph : section.paragraphs)
                paragraph.text = u"UPDATED: "_s + QString(paragraph.text).replace(u' ', u"\n"_s);
        }
        timer.restart();
        QList<Annotation> loaded = annotations.forCable(id);
        for (Annotation &a : loaded) {
            if (AnnotationAnchorer::anchor(*cable, a) == AnnotationAnchorer::Outcome::Moved)
                ++reanchored;
        }
        CableTreeModel tree;
        tree.setCable(*cable);
        reanchorTimes.append(ms(timer));
    }

    // The browser's filters.
    const auto measure = [&](const std::function<AnnotationListModel::Filter(int)> &make, int *rows) {
        QList<double> times;
        AnnotationListModel model(library);
        for (int i = 0; i < runs; ++i) {
            const AnnotationListModel::Filter filter = make(i);
            timer.restart();
            model.setFilter(filter);
            // And a screenful of rows shown, as the browser's view would.
            for (int row = 0; row < std::min(model.rowCount(), 50); ++row) {
                for (int column = 0; column < AnnotationListModel::ColumnCount; ++column)
                    model.index(row, column).data();
            }
            times.append(ms(timer));
            *rows = model.rowCount();
        }
        return times;
    };
    int tagRows = 0, subTagRows = 0, noteRows = 0, rareRows = 0, authorRows = 0;
    const QList<double> byTag = measure(
        [&](int i) {
            AnnotationListModel::Filter f;
            f.tagId = rootIds.at(i % rootIds.size());
            return f;
        },
        &tagRows);
    const QList<double> bySubTag = measure(
        [&](int i) {
            AnnotationListModel::Filter f;
            f.tagId = tagIds.at(i % tagIds.size());
            return f;
        },
        &subTagRows);
    const QList<double> byNote = measure(
        [&](int i) {
            AnnotationListModel::Filter f;
            f.noteWords = vocabulary().at(i % 30);
            return f;
        },
        &noteRows);
    const QList<double> byRare = measure(
        [&](int) {
            AnnotationListModel::Filter f;
            f.noteWords = u"quillaja"_s;
            return f;
        },
        &rareRows);
    const QList<double> byAuthor = measure(
        [&](int i) {
            AnnotationListModel::Filter f;
            f.author = authors.at(i % authors.size());
            return f;
        },
        &authorRows);

    std::sort(perCable.begin(), perCable.end());
    out << "# reftel-bench-annotations\n\n";
    out << "Library: " << cableIds.size() << " cables (" << SampleCables::paths().size() << " sample files + "
        << cableCount << " synthetic), " << annotations.count() << " annotations, " << tags.tags().size()
        << " tags; built in " << QString::number(importSeconds, 'f', 1) << " s + "
        << QString::number(annotateSeconds, 'f', 1) << " s for the annotations.\n\n";
    out << "| measure | runs | median ms | p95 ms | rows (last run) |\n|---|---:|---:|---:|---:|\n";
    const auto row = [&](const QString &name, const QList<double> &times, const QString &rows) {
        out << "| " << name << " | " << times.size() << " | " << QString::number(percentile(times, 0.5), 'f', 2)
            << " | " << QString::number(percentile(times, 0.95), 'f', 2) << " | " << rows << " |\n";
    };
    row(u"open annotated cable (load + annotations + re-anchor + tree)"_s, openTimes,
        u"%1-%2 annotations per cable (median %3)"_s.arg(perCable.value(0))
            .arg(perCable.value(perCable.size() - 1))
            .arg(perCable.value(perCable.size() / 2)));
    row(u"open after a re-parse moved every passage (re-anchor all, in memory)"_s, reanchorTimes,
        u"%1 annotations moved in all"_s.arg(reanchored));
    row(u"browser: top-level tag with its sub-tags"_s, byTag, QString::number(tagRows));
    row(u"browser: one sub-tag"_s, bySubTag, QString::number(subTagRows));
    row(u"browser: common note word"_s, byNote, QString::number(noteRows));
    row(u"browser: rare note word"_s, byRare, QString::number(rareRows));
    row(u"browser: author"_s, byAuthor, QString::number(authorRows));
    out << "\nTargets: open < 30 ms median, filter < 100 ms.\n";
    out.flush();
    return 0;
}
