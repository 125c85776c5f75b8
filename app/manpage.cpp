// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manpage.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Reftel
{
namespace
{
// One help text taken apart: its usage line, its description and its
// option and argument entries (names, description).
struct Help
{
    QString usage;
    QStringList description; // lines, as written
    QList<std::pair<QString, QString>> options;
    QList<std::pair<QString, QString>> arguments;
};

Help parse(const QString &text)
{
    Help help;
    QList<std::pair<QString, QString>> *entries = nullptr;
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?:\\s{2,}(\\S.*))?$"));
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Usage: "))) {
            help.usage = line.mid(7).section(u' ', 1); // without the program's path
            continue;
        }
        if (line == QLatin1String("Options:")) {
            entries = &help.options;
            continue;
        }
        if (line == QLatin1String("Arguments:")) {
            entries = &help.arguments;
            continue;
        }
        if (!entries) {
            help.description << line;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch() && !line.startsWith(QLatin1String("   ")))
            entries->append({ m.captured(1).trimmed(), m.captured(2).trimmed() });
        else if (!entries->isEmpty()) // a description wrapped onto the next line
            entries->last().second += u' ' + line.trimmed();
    }
    while (!help.description.isEmpty() && help.description.first().trimmed().isEmpty())
        help.description.removeFirst();
    while (!help.description.isEmpty() && help.description.last().trimmed().isEmpty())
        help.description.removeLast();
    return help;
}

// Description lines: paragraphs as text, indented lines (a list of commands) kept as they are.
QString descriptionRoff(const QStringList &lines)
{
    QString out;
    bool verbatim = false;
    for (const QString &line : lines) {
        const bool indented = line.startsWith(QLatin1String("  "));
        if (indented != verbatim) {
            out += indented ? QStringLiteral(".PP\n.nf\n") : QStringLiteral(".fi\n");
            verbatim = indented;
        }
        if (line.trimmed().isEmpty())
            out += verbatim ? QStringLiteral("\n") : QStringLiteral(".PP\n");
        else
            out += ManPage::escape(verbatim ? line : line.trimmed()) + u'\n';
    }
    if (verbatim)
        out += QStringLiteral(".fi\n");
    return out;
}

// "-l, --library <file>" as bold names and an italic value.
QString entryRoff(const QString &names, const QString &description)
{
    QString head;
    static const QRegularExpression part(QStringLiteral("(<[^>]+>)|([^<]+)"));
    auto it = part.globalMatch(names);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            head += QStringLiteral("\\fI") + ManPage::escape(m.captured(1).mid(1).chopped(1)) + QStringLiteral("\\fR");
        else
            head += QStringLiteral("\\fB") + ManPage::escape(m.captured(2).trimmed()) + QStringLiteral("\\fR ");
    }
    return QStringLiteral(".TP\n") + head.trimmed() + u'\n' + ManPage::escape(description) + u'\n';
}

QString entriesRoff(const QList<std::pair<QString, QString>> &entries)
{
    QString out;
    for (const auto &[names, description] : entries)
        out += entryRoff(names, description);
    return out;
}

// One command's section: its usage, what it does, the options of its own
// (those all commands take are listed once, before).
QString commandRoff(const Help &command, const Help &common)
{
    QList<std::pair<QString, QString>> own;
    for (const auto &entry : command.options) {
        if (!common.options.contains(entry))
            own << entry;
    }
    QString usage = command.usage;
    usage.remove(QStringLiteral("[options] "));
    return QStringLiteral(".SS reftel ") + ManPage::escape(usage) + u'\n' + descriptionRoff(command.description)
        + entriesRoff(own) + entriesRoff(command.arguments.mid(1)); // the first argument is the command word
}
}

QString ManPage::escape(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\e"));
    out.replace(u'-', QStringLiteral("\\-"));
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString ManPage::render(const HelpTexts &texts, const QString &version)
{
    const Help window = parse(texts.window);
    const Help commands = parse(texts.commands);
    const Help exporting = parse(texts.exportCommand);
    QString out;
    out += QStringLiteral(".TH REFTEL 1 \"\" \"Reftel %1\" \"%2\"\n").arg(escape(version), escape(tr("User Commands")));
    out += QStringLiteral(".SH NAME\nreftel \\- ") + escape(tr("reader and annotation tool for diplomatic cables"))
        + u'\n';
    out += QStringLiteral(".SH SYNOPSIS\n");
    for (const QString &usage : { window.usage, commands.usage, exporting.usage }) {
        if (!usage.isEmpty())
            out += QStringLiteral(".B reftel\n") + escape(usage) + QStringLiteral("\n.br\n");
    }
    out += QStringLiteral(".SH DESCRIPTION\n") + descriptionRoff(window.description);
    out += QStringLiteral(".SH OPTIONS\n") + entriesRoff(window.options) + entriesRoff(window.arguments);
    out += QStringLiteral(".SH COMMANDS\n") + descriptionRoff(commands.description);
    out += QStringLiteral(".SS ") + escape(tr("Options of the commands")) + u'\n' + entriesRoff(commands.options)
        + entriesRoff(commands.arguments);
    for (const QString &text : texts.commandHelps)
        out += commandRoff(parse(text), commands);
    out += QStringLiteral(".SH EXPORT\n") + descriptionRoff(exporting.description);
    out += QStringLiteral(".SS ") + escape(tr("Options of export")) + u'\n' + entriesRoff(exporting.options);
    out += QStringLiteral(".SH EXIT STATUS\n")
        + escape(tr("0 success; 1 some files or cables failed (each named on the error output); 2 usage error; "
                    "3 the library is damaged (nothing it answered is printed)."))
        + u'\n';
    out += QStringLiteral(".SH FILES\n.TP\n\\fI~/.local/share/Reftel/Reftel/library.sqlite\\fR\n")
        + escape(tr("The default library, made with five sample cables on first use.")) + u'\n';
    return out;
}
}
