// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-synth-release: a synthetic release for the scale benchmarks (import,
// search and show latency, grep -rl). The real ids with made-up telegrams that
// follow the real release's mix; seeded and reproducible; generated on demand,
// never committed. See ReleaseMix for where the proportions come from.
#include "idcatalogue.h"
#include "syntheticcablewriter.h"
#include "telegramcomposer.h"
#include "wordmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <array>
#include <cstdio>

using namespace Reftel::Synth;

namespace
{
QString termsHelp()
{
    QString text = QStringLiteral("Search terms planted at known rates (capitals, once in each cable that has them):");
    for (const SearchTerm &term : searchTerms) {
        text += QStringLiteral("\n  %1  in %2% of cables").arg(QString::fromLatin1(term.word)).arg(term.share * 100.0);
    }
    return text;
}

QString defaultIds()
{
    return QDir::cleanPath(QStringLiteral(REFTEL_SYNTH_DEFAULT_IDS));
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "reftel-synth-release: " << message << Qt::endl;
    return code;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reftel-synth-release"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic release of cables for benchmarks: the ids of the real release, "
                       "with telegrams that follow its mix of classifications, tags, lengths and "
                       "references. The same seed gives the same bytes.\n\n")
        + termsHelp());
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("Where to write: a file for csv, a folder for text."), QStringLiteral("path"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("csv (the release's cables.csv) or text (one telegram a "
                       "file, in folders of 1,000). Default: csv."),
        QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("How many cables: the first N ids. Default: all."), QStringLiteral("n"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed. Default: 1."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption idsOption(QStringLiteral("ids"),
        QStringLiteral("Id list, one a line. Default: %1").arg(defaultIds()), QStringLiteral("file"));
    parser.addOptions({ outOption, formatOption, countOption, seedOption, idsOption });
    parser.process(app);

    if (!parser.isSet(outOption))
        return fail(QStringLiteral("--out is required (see --help)"), 2);
    const QString format = parser.value(formatOption);
    if (format != u"csv" && format != u"text")
        return fail(QStringLiteral("unknown format %1: csv or text").arg(format), 2);
    bool ok = true;
    const std::uint64_t seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a number"), 2);
    qsizetype count = -1;
    if (parser.isSet(countOption)) {
        count = parser.value(countOption).toLongLong(&ok);
        if (!ok || count < 0)
            return fail(QStringLiteral("--count takes a number"), 2);
    }

    QElapsedTimer timer;
    timer.start();

    IdCatalogue ids;
    QString error;
    const QString idsPath = parser.isSet(idsOption) ? parser.value(idsOption) : defaultIds();
    if (!QFileInfo::exists(idsPath)) {
        // Without the real list, --count still gives a release of plausible ids.
        if (parser.isSet(idsOption) || count < 0)
            return fail(
                QStringLiteral("no id list at %1: pass --ids FILE, or --count N to make up ids").arg(idsPath), 2);
        QTextStream(stderr) << "reftel-synth-release: no id list at " << idsPath << ", making up " << count << " ids"
                            << Qt::endl;
        ids.makeUp(int(count), seed);
    } else if (!ids.load(idsPath, &error)) {
        return fail(QStringLiteral("cannot read %1: %2").arg(idsPath, error), 2);
    }
    if (count < 0 || count > ids.size())
        count = ids.size();

    WordModel words;
    if (!words.load(QStringLiteral(":/synth/vocabulary.txt"), &error))
        return fail(QStringLiteral("vocabulary: %1").arg(error));

    SyntheticCableWriter writer;
    const QString out = parser.value(outOption);
    if (!writer.open(
            out, format == u"csv" ? SyntheticCableWriter::Format::Csv : SyntheticCableWriter::Format::Text, &error))
        return fail(error);

    TelegramComposer composer(ids, words, seed);
    SyntheticCable cable;
    std::array<qint64, classificationCount> levels {};
    std::array<qint64, searchTermCount> terms {};
    qint64 cableBytes = 0;
    qint64 largest = 0;
    qint64 over50k = 0;
    qint64 withRefs = 0;
    qint64 cited = 0;
    qint64 known = 0;
    for (qsizetype i = 0; i < count; ++i) {
        composer.compose(i, &cable);
        if (!writer.write(i, cable, &error))
            return fail(error);
        const qint64 size = cable.header.size() + cable.body.size();
        cableBytes += size;
        largest = std::max(largest, size);
        over50k += size > 50 * 1024 ? 1 : 0;
        ++levels[std::size_t(cable.level)];
        withRefs += cable.referenceCount > 0 ? 1 : 0;
        cited += cable.referenceCount;
        known += cable.knownReferences;
        for (int t = 0; t < searchTermCount; ++t)
            terms[std::size_t(t)] += (cable.terms >> t) & 1u;
    }
    if (!writer.close(&error))
        return fail(error);

    // One line, for the benchmark logs.
    const double n = double(std::max<qsizetype>(1, count));
    QString summary = QStringLiteral("%1 cables, %2 bytes (%3), mean cable %4 B, largest %5 B, %6 over 50 KB; ")
                          .arg(count)
                          .arg(writer.bytesWritten())
                          .arg(format)
                          .arg(qint64(double(cableBytes) / n))
                          .arg(largest)
                          .arg(over50k);
    for (int c = 0; c < classificationCount; ++c) {
        summary += QStringLiteral("%1 %2 (%3%), ")
                       .arg(QString::fromLatin1(ReleaseMix::name(Classification(c))))
                       .arg(levels[std::size_t(c)])
                       .arg(100.0 * double(levels[std::size_t(c)]) / n, 0, 'f', 1);
    }
    summary += QStringLiteral("REF %1% (%2 cited per citing cable, %3% of them in the id list); terms ")
                   .arg(100.0 * double(withRefs) / n, 0, 'f', 1)
                   .arg(withRefs > 0 ? double(cited) / double(withRefs) : 0.0, 0, 'f', 2)
                   .arg(cited > 0 ? 100.0 * double(known) / double(cited) : 0.0, 0, 'f', 1);
    for (int t = 0; t < searchTermCount; ++t) {
        summary += QStringLiteral("%1 %2%3")
                       .arg(QString::fromLatin1(searchTerms[t].word))
                       .arg(terms[std::size_t(t)])
                       .arg(t + 1 < searchTermCount ? QStringLiteral(", ") : QString());
    }
    summary += QStringLiteral("; seed %1; %2 s").arg(seed).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    QTextStream(stdout) << summary << Qt::endl;
    return 0;
}
