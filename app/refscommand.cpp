// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refscommand.h"

#include "cablereader.h"
#include "commandline.h"
#include "commandsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reftel
{
namespace
{
QString stateName(ReferenceResolver::State state)
{
    return ReferenceResolver::stateKey(state);
}

QJsonArray linksJson(const QList<ReferenceResolver::Link> &list, bool outgoing)
{
    QJsonArray out;
    for (const ReferenceResolver::Link &l : list) {
        QJsonObject o { { QStringLiteral("letter"), l.letter }, { QStringLiteral("text"), l.text },
            { QStringLiteral("state"), stateName(l.state) }, { QStringLiteral("citedId"), l.citedId },
            { QStringLiteral("target"), l.targetId } };
        if (!outgoing)
            o.insert(QStringLiteral("citingId"), l.citingId);
        if (!l.reason.isEmpty())
            o.insert(QStringLiteral("reason"), l.reason);
        if (!l.otherSubject.isEmpty())
            o.insert(QStringLiteral("subject"), l.otherSubject);
        out.append(o);
    }
    return out;
}
}

QString RefsCommand::synopsis() const
{
    return tr("refs ID");
}

QString RefsCommand::summary() const
{
    return tr("a cable's references with their state, and the cables citing it");
}

QList<QCommandLineOption> RefsCommand::options() const
{
    return { jsonOption() };
}

void RefsCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("the cable, as 09ASTANA253"), tr("ID"));
}

QString RefsCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_json = parser.isSet(QStringLiteral("json"));
    if (arguments.size() != 1)
        return tr("%1 needs exactly one cable id").arg(name());
    m_id = arguments.first();
    return {};
}

int RefsCommand::run(CommandSession &session)
{
    LibraryDatabase &library = session.library();
    const QString key = m_id.trimmed().toUpper();
    const ReferenceResolver &resolver = library.references();
    const QList<ReferenceResolver::Link> refs = resolver.references(key);
    const QList<ReferenceResolver::Link> citedBy = resolver.citedBy(key);
    const bool known = library.cables().contains(key);
    if (!known && citedBy.isEmpty() && library.damageSeen())
        return CommandLine::PartialFailure;
    if (!known && citedBy.isEmpty()) {
        session.error(tr("%1: no such cable in the library %2").arg(m_id, library.path()));
        return CommandLine::PartialFailure;
    }
    if (m_json)
        writeJson(session, key, refs, citedBy);
    else
        writeText(session, key, refs, citedBy);
    return CommandLine::Success;
}

void RefsCommand::writeJson(CommandSession &session, const QString &key, const QList<ReferenceResolver::Link> &refs,
    const QList<ReferenceResolver::Link> &citedBy) const
{
    session.out() << QJsonDocument(
        QJsonObject { { QStringLiteral("id"), key }, { QStringLiteral("references"), linksJson(refs, true) },
            { QStringLiteral("citedBy"), linksJson(citedBy, false) } })
                         .toJson(QJsonDocument::Indented);
}

void RefsCommand::writeText(CommandSession &session, const QString &key, const QList<ReferenceResolver::Link> &refs,
    const QList<ReferenceResolver::Link> &citedBy) const
{
    QTextStream &out = session.out();
    out << tr("References of %1:").arg(key) << '\n';
    if (refs.isEmpty())
        out << "  " << tr("none") << '\n';
    for (const ReferenceResolver::Link &l : refs) {
        out << "  " << (l.letter.isEmpty() ? QStringLiteral("-") : l.letter) << ". " << l.text << "  ["
            << stateName(l.state);
        if (!l.targetId.isEmpty())
            out << " → " << l.targetId;
        out << ']';
        if (!l.otherSubject.isEmpty())
            out << "  " << l.otherSubject;
        out << '\n';
        if (!l.reason.isEmpty())
            out << "       " << l.reason << '\n';
    }
    out << tr("Cited by:") << '\n';
    if (citedBy.isEmpty())
        out << "  " << tr("none in this library") << '\n';
    for (const ReferenceResolver::Link &l : citedBy) {
        out << "  " << l.citingId << "  [" << stateName(l.state) << "]";
        if (!l.otherSubject.isEmpty())
            out << "  " << l.otherSubject;
        out << '\n';
    }
}
}
