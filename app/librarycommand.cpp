// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommand.h"

#include "commandline.h"
#include "commandsession.h"
#include "librarycopier.h"
#include "librarydatabase.h"
#include "librarylocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace Reftel
{
QString LibraryCommand::synopsis() const
{
    return tr("library copy FROM TO");
}

QString LibraryCommand::summary() const
{
    return tr("copy a whole library into another: a file to a team library\non a server and back");
}

QList<QCommandLineOption> LibraryCommand::options() const
{
    return { { QStringLiteral("force"),
        tr("Replace what TO holds instead of refusing a library that is not empty.") } };
}

void LibraryCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("copy"), tr("what to do with a library (copy)"), tr("copy"));
    parser.addPositionalArgument(QStringLiteral("from"),
        tr("the library to copy: a file, or a team library (postgresql://user@host/database, service=name)"),
        tr("FROM"));
    parser.addPositionalArgument(
        QStringLiteral("to"), tr("the library to copy it into, made when it is a file that does not exist"), tr("TO"));
}

QString LibraryCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("copy"))
        return arguments.isEmpty()
            ? tr("library needs what to do: library copy FROM TO")
            : tr("unknown library command \"%1\": library copy FROM TO").arg(arguments.constFirst());
    if (arguments.size() != 3)
        return tr("library copy needs the library to copy and the library to copy it into");
    m_source = arguments.at(1);
    m_target = arguments.at(2);
    m_force = parser.isSet(QStringLiteral("force"));
    for (const QString &value : { m_source, m_target }) {
        if (const QString problem = LibraryLocation::fromText(value).problem(); !problem.isEmpty())
            return problem;
    }
    return {};
}

int LibraryCommand::run(CommandSession &session)
{
    LibraryDatabase source;
    LibraryDatabase target;
    if (!source.openForReading(LibraryLocation::fromText(m_source))) {
        session.error(source.errorString());
        return CommandLine::PartialFailure;
    }
    if (!target.open(LibraryLocation::fromText(m_target))) {
        session.error(target.errorString());
        return CommandLine::PartialFailure;
    }
    LibraryCopier copier(source, target);
    QTextStream &err = session.err();
    QElapsedTimer sinceLast;
    sinceLast.start();
    copier.setProgress([&](qint64 done, qint64 total) {
        if (session.interactive() && total > 0 && (sinceLast.elapsed() >= 200 || done >= total)) {
            sinceLast.restart();
            err << '\r' << tr("Copying… %1%").arg(done * 100 / total) << (done >= total ? "\n" : "");
            err.flush();
        }
        return true;
    });
    const LibraryCopier::Result result = copier.copy(m_force);
    if (result.counts.isEmpty()) {
        session.error(result.error);
        if (!m_force && LibraryCopier::holdsData(target))
            session.error(tr("Add --force to replace what it holds."));
        return CommandLine::PartialFailure;
    }
    const QLocale locale;
    QTextStream &out = session.out();
    qsizetype width = 0;
    for (const LibraryCopier::TableCount &count : result.counts)
        width = std::max(width, count.table.size());
    // Named as toText() says them: never with a password the argument held.
    out << tr("Rows in %1 and in its copy %2:")
               .arg(LibraryLocation::fromText(m_source).toText(), LibraryLocation::fromText(m_target).toText())
        << '\n';
    for (const LibraryCopier::TableCount &count : result.counts)
        out << "  " << count.table.leftJustified(width) << "  " << locale.toString(count.source).rightJustified(12)
            << "  " << locale.toString(count.target).rightJustified(12)
            << (count.source == count.target ? QString() : QStringLiteral("  ") + tr("differs")) << '\n';
    if (!result.completed) {
        session.error(result.error);
        return CommandLine::PartialFailure;
    }
    out << tr("Copied: every table holds as many rows in the copy as in the library.") << '\n';
    return CommandLine::Success;
}
}
