// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "librarydatabase.h"

#include <QCommandLineParser>

namespace Reftel
{
Command::~Command() = default;

QCommandLineOption Command::libraryOption()
{
    return { QStringLiteral("library"),
        tr("Use the library <library> instead of the default one: a file, or a team library on a PostgreSQL server "
           "(postgresql://user@host/database, service=name, host=/socket/folder dbname=name)."),
        tr("library") };
}

QCommandLineOption Command::languageOption()
{
    return { QStringLiteral("lang"), tr("Use the language <code>."), tr("code") };
}

QCommandLineOption Command::jsonOption()
{
    return { QStringLiteral("json"), tr("Write JSON.") };
}

QString Command::description() const
{
    return QStringLiteral("reftel %1: %2").arg(name(), summary());
}

void Command::describeArguments(QCommandLineParser &) const { }

void Command::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addOption(libraryOption());
    parser.addOptions(options());
    parser.addOption(languageOption());
    parser.addPositionalArgument(name(), tr("the command"));
    describeArguments(parser);
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    describe(parser);
    return parser.helpText();
}

Command::Parsed Command::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    m_problem.clear();
    if (!parser.parse(prepared(arguments))) {
        m_problem = parser.errorText();
        return Parsed::UsageError;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return Parsed::Help;
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == name())
        positional.removeFirst();
    m_libraryPath = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
                                                            : LibraryDatabase::defaultPath();
    m_problem = take(parser, positional);
    return m_problem.isEmpty() ? Parsed::Run : Parsed::UsageError;
}
}
