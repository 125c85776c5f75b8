// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "cablereader.h"
#include "commandline.h"
#include "commandsession.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Reftel
{
QString StatsCommand::summary() const
{
    return tr("what the library holds");
}

QList<QCommandLineOption> StatsCommand::options() const
{
    return { jsonOption() };
}

QString StatsCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_json = parser.isSet(QStringLiteral("json"));
    return arguments.isEmpty() ? QString() : tr("stats takes no arguments");
}

int StatsCommand::run(CommandSession &session)
{
    LibraryDatabase &library = session.library();
    const CableStats s = library.cables().stats();
    QTextStream &out = session.out();
    if (m_json) {
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("library"), library.path() }, { QStringLiteral("cables"), s.cables },
                { QStringLiteral("paragraphs"), s.paragraphs }, { QStringLiteral("sources"), s.sources },
                { QStringLiteral("referencesResolved"), s.referencesResolved },
                { QStringLiteral("referencesProbable"), s.referencesProbable },
                { QStringLiteral("referencesMissing"), s.referencesMissing },
                { QStringLiteral("referencesNotCables"), s.referencesNotCables },
                { QStringLiteral("staleCables"), s.staleCables }, { QStringLiteral("sizeOnDisk"), s.sizeOnDisk } })
                   .toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    const QLocale locale;
    out << tr("Library: %1").arg(library.path()) << '\n'
        << tr("Cables: %1 (from %2 saved files or rows)").arg(locale.toString(s.cables), locale.toString(s.sources))
        << '\n'
        << tr("Paragraphs: %1").arg(locale.toString(s.paragraphs)) << '\n'
        << tr("References: %1 resolved, %2 probable, %3 missing, %4 not cables")
               .arg(locale.toString(s.referencesResolved), locale.toString(s.referencesProbable),
                   locale.toString(s.referencesMissing), locale.toString(s.referencesNotCables))
        << '\n'
        << tr("Size on disk: %1").arg(locale.formattedDataSize(s.sizeOnDisk)) << '\n';
    if (s.staleCables > 0)
        out << tr(
            "%n cable(s) were read by an older parser; import them again to refresh them.", nullptr, int(s.staleCables))
            << '\n';
    return CommandLine::Success;
}
}
