// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "exportcommand.h"
#include "importcommand.h"
#include "librarycommand.h"
#include "refscommand.h"
#include "salvagecommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statscommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace Reftel
{
namespace
{
// The options, of the commands and of the window, whose value is the next
// argument: that value is never the command word (--screenshot shot.png
// opens the window, it is not a command "shot.png").
bool takesValue(const QString &argument)
{
    return argument == QLatin1String("--library") || argument == QLatin1String("--lang")
        || argument == QLatin1String("--screenshot");
}

// The command word: the first argument that is not an option or an option's value.
QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a;
    }
    return {};
}

std::unique_ptr<Command> find(const QString &name)
{
    for (std::unique_ptr<Command> &command : CommandLine::all()) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

// "  import PATH...   import files, …": the synopses in a column, the
// summaries beside them, a summary's further lines under its first.
QString commandList(const std::vector<std::unique_ptr<Command>> &commands)
{
    qsizetype width = 0;
    for (const std::unique_ptr<Command> &command : commands)
        width = std::max(width, command->synopsis().size());
    QStringList lines;
    for (const std::unique_ptr<Command> &command : commands) {
        const QStringList summary = command->summary().split(u'\n');
        lines << QStringLiteral("  ") + command->synopsis().leftJustified(width) + QStringLiteral("  ")
                + summary.join(u'\n' + QString(width + 4, u' '));
    }
    return lines.join(u'\n');
}
}

std::vector<std::unique_ptr<Command>> CommandLine::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<RefsCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<SalvageCommand>());
    commands.push_back(std::make_unique<LibraryCommand>());
    return commands;
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const std::unique_ptr<Command> &command : all())
        names << command->name();
    return names;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    // The first argument that is not an option (or an option's value)
    // decides. A reftel:// link opens the window at a cable; any other word
    // is a command, known or not (an unknown one gets the usage message).
    const QString word = commandWord(arguments);
    return !word.isEmpty() && !word.startsWith(QLatin1String("reftel:"));
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    const std::unique_ptr<Command> command = find(commandWord(arguments));
    return command && command->needsFonts();
}

QString CommandLine::helpText()
{
    const std::vector<std::unique_ptr<Command>> commands = all();
    QStringList names;
    for (const std::unique_ptr<Command> &command : commands)
        names << command->name();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reftel, reader of diplomatic cables.") + QStringLiteral("\n\n")
        + tr("Commands:") + u'\n' + commandList(commands) + QStringLiteral("\n\n")
        + tr("Each command's own options: reftel COMMAND --help."));
    parser.addHelpOption();
    parser.addOption(Command::libraryOption());
    parser.addOption(Command::languageOption());
    const QString last = names.takeLast();
    parser.addPositionalArgument(QStringLiteral("command"), tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last));
    parser.addPositionalArgument(
        QStringLiteral("arguments"), tr("what the command works on"), QStringLiteral("[arguments...]"));
    return parser.helpText();
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_session(out, err)
{
}

int CommandLine::usage(const QString &problem, const QString &help)
{
    if (!problem.isEmpty())
        m_err << "reftel: " << problem << '\n';
    m_err << help;
    m_err.flush();
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    const std::unique_ptr<Command> command = find(commandWord(arguments));
    if (!command)
        return runWithoutCommand(arguments);
    switch (command->parse(arguments)) {
    case Command::Parsed::Help:
        m_out << command->helpText();
        m_out.flush();
        return Success;
    case Command::Parsed::UsageError:
        return usage(command->problem(), command->helpText());
    case Command::Parsed::Run:
        break;
    }
    const Command::Library use = command->library();
    if (use != Command::Library::None && !m_session.openLibrary(command->libraryPath(), use))
        return m_session.openFailure(command->libraryPath());
    return m_session.finish(command->run(m_session), use != Command::Library::None);
}

int CommandLine::runWithoutCommand(const QStringList &arguments)
{
    // No command word, or one that names no command: the options are read
    // first (reftel --help), then the word is refused.
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(Command::libraryOption());
    parser.addOption(Command::languageOption());
    const QString help = helpText();
    if (!parser.parse(arguments))
        return usage(parser.errorText(), help);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help;
        m_out.flush();
        return Success;
    }
    const QStringList words = parser.positionalArguments();
    return usage(words.isEmpty() ? tr("no command given") : tr("unknown command \"%1\"").arg(words.first()), help);
}
}
