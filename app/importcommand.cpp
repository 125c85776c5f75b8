// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"
#include "commandsession.h"
#include "libraryimporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

namespace Reftel
{
QString ImportCommand::synopsis() const
{
    return tr("import PATH...");
}

QString ImportCommand::summary() const
{
    return tr("import files, folders and release CSV files");
}

void ImportCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("paths"), tr("files, folders and release CSV files to import"), tr("PATH..."));
}

QString ImportCommand::take(const QCommandLineParser &, const QStringList &arguments)
{
    m_paths = arguments;
    return m_paths.isEmpty() ? tr("import needs at least one file or folder") : QString();
}

int ImportCommand::run(CommandSession &session)
{
    LibraryImporter importer(session.library());
    if (!session.parseWorker().isEmpty())
        importer.setWorkerProgram(session.parseWorker());
    QTextStream &err = session.err();
    QObject::connect(&importer, &LibraryImporter::outcome, [&session](const LibraryImporter::Outcome &outcome) {
        if (outcome.status == LibraryImporter::Outcome::Status::Failed
            || outcome.status == LibraryImporter::Outcome::Status::NotACable)
            session.error(outcome.reason);
        else if (outcome.status == LibraryImporter::Outcome::Status::Merged && !outcome.reason.isEmpty())
            session.error(outcome.reason); // a shorter copy that did not replace the text
    });
    QObject::connect(&importer, &LibraryImporter::waiting, [&session, &err](const QString &message) {
        session.error(message);
        err.flush();
    });
    QElapsedTimer sinceLast;
    sinceLast.start();
    QObject::connect(&importer, &LibraryImporter::progress, [&](qint64 done, qint64 total) {
        if (!session.interactive() || total <= 0 || (sinceLast.elapsed() < 200 && done < total))
            return;
        sinceLast.restart();
        err << '\r' << tr("Importing… %1%").arg(done * 100 / total) << (done >= total ? "\n" : "");
        err.flush();
    });
    const LibraryImporter::Summary s = importer.run(m_paths);
    const QLocale locale;
    session.out() << tr("%1 file(s): %2 imported, %3 updated, %4 merged, %5 skipped, %6 not cables, %7 failed; %8 "
                        "cables stored in %9 s.")
                         .arg(locale.toString(s.files), locale.toString(s.imported), locale.toString(s.updated),
                             locale.toString(s.merged), locale.toString(s.skipped), locale.toString(s.notCables),
                             locale.toString(s.failed), locale.toString(s.cables),
                             locale.toString(double(s.milliseconds) / 1000.0, 'f', 1))
                  << '\n';
    // Files that are plainly not cables are skipped, not failures: exit 1 only for cables that failed.
    return s.failed > 0 || s.cancelled ? CommandLine::PartialFailure : CommandLine::Success;
}
}
