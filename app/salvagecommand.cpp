// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvagecommand.h"

#include "commandline.h"
#include "commandsession.h"
#include "librarylocation.h"
#include "librarysalvage.h"

#include <QCommandLineParser>
#include <QLocale>

namespace Reftel
{
QString SalvageCommand::synopsis() const
{
    return tr("salvage NEWFILE");
}

QString SalvageCommand::summary() const
{
    return tr("copy what a damaged library still holds into a new library");
}

void SalvageCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("newfile"),
        tr("the new library to make; the damaged one is --library's (or the default one)"), tr("NEWFILE"));
}

QString SalvageCommand::take(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return tr("salvage needs the name of the new library to make");
    m_target = arguments.first();
    return {};
}

int SalvageCommand::run(CommandSession &session)
{
    const QString damagedPath = libraryPath();
    // A server keeps its own consistency; what salvage reads is an SQLite file.
    if (const LibraryLocation location = LibraryLocation::fromText(damagedPath); location.isServer()) {
        session.error(tr("%1 is a team library: salvage reads a damaged library file. A team library is copied "
                         "with reftel library copy, or backed up with pg_dump.")
                .arg(location.toText()));
        return CommandLine::UsageError;
    }
    const LibrarySalvage::Report report = LibrarySalvage::salvage(damagedPath, m_target);
    if (!report.ok()) {
        session.error(report.error);
        return CommandLine::PartialFailure;
    }
    const QLocale locale;
    QTextStream &out = session.out();
    out << tr("Salvaged into %1: %2 cables, %3 annotations, %4 tags.")
               .arg(m_target, locale.toString(report.copied(QStringLiteral("cables"))),
                   locale.toString(report.copied(QStringLiteral("annotations"))),
                   locale.toString(report.copied(QStringLiteral("user_tags"))))
        << '\n';
    if (report.unreadableStretches() > 0)
        out << tr(
            "%n stretch(es) of rows could not be read and are not in the copy.", nullptr, report.unreadableStretches())
            << '\n';
    out << tr("The damaged library %1 was left as it is.").arg(damagedPath) << '\n';
    return CommandLine::Success;
}
}
