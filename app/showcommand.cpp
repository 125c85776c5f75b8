// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include "cablejson.h"
#include "cablereader.h"
#include "cabletext.h"
#include "commandline.h"
#include "commandsession.h"
#include "referenceresolver.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Reftel
{
QString ShowCommand::synopsis() const
{
    return tr("show ID");
}

QString ShowCommand::summary() const
{
    return tr("print a cable, deduplicated");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return { jsonOption(), { QStringLiteral("text"), tr("Write clean text (the default of show).") } };
}

void ShowCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("the cable, as 09ASTANA253 or ASTANA 000253"), tr("ID"));
}

QString ShowCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_json = parser.isSet(QStringLiteral("json"));
    if (m_json && parser.isSet(QStringLiteral("text")))
        return tr("--json and --text cannot be used together");
    if (arguments.size() != 1)
        return tr("%1 needs exactly one cable id").arg(name());
    m_id = arguments.first();
    return {};
}

int ShowCommand::run(CommandSession &session)
{
    LibraryDatabase &library = session.library();
    std::optional<Cable> cable = library.cables().load(m_id.trimmed().toUpper());
    if (!cable) {
        // A cable number as cables write it: "RIO DE JANEIRO 138", "SECSTATE 1234".
        const QStringList ids = library.references().idsFor(m_id);
        if (ids.size() > 1) {
            session.error(tr("%1 names %2 cables in the library, one a year: %3; add the year, or give the id.")
                    .arg(m_id)
                    .arg(ids.size())
                    .arg(ids.join(QStringLiteral(", "))));
            return CommandLine::PartialFailure;
        }
        if (ids.size() == 1)
            cable = library.cables().load(ids.front());
    }
    if (!cable && library.damageSeen())
        return CommandLine::PartialFailure; // not "no such cable": the session says the library is damaged
    if (!cable) {
        session.error(tr("%1: no such cable in the library %2").arg(m_id, library.path()));
        return CommandLine::PartialFailure;
    }
    if (m_json)
        session.out() << QJsonDocument(CableJson::toJson(*cable)).toJson(QJsonDocument::Indented);
    else
        session.out() << CableText::plainText(*cable);
    return CommandLine::Success;
}
}
