// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Reftel
{
class CommandSession;

// One sub-command of the reftel binary (reftel import, reftel search, …):
// its options, its help and its run. CommandLine lists them and picks one
// by the command word; every command also takes --library and --lang.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::Command)
public:
    // How the command uses the library --library names.
    enum class Library
    {
        None, // not through the session (salvage reads it its own way; export opens it itself)
        Write, // may create it
        Read, // read-only, never created
        Search, // read-only, with the full-text index whole (finished first where the file can be written)
    };
    enum class Parsed
    {
        Run,
        Help,
        UsageError,
    };

    Command() = default;
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    virtual QString name() const = 0;
    // Its entry in the list of commands: "import PATH...", then what it does
    // (a '\n' where the list breaks the line).
    virtual QString synopsis() const = 0;
    virtual QString summary() const = 0;
    virtual Library library() const { return Library::Read; }
    // A command that lays out text (export) needs a QGuiApplication (fonts).
    virtual bool needsFonts() const { return false; }

    // arguments as QCoreApplication::arguments(): the program first.
    Parsed parse(const QStringList &arguments);
    // What parse() found wrong, for the usage message.
    QString problem() const { return m_problem; }
    // After parse(): --library's value, or the default library.
    QString libraryPath() const { return m_libraryPath; }
    QString helpText() const;

    // Runs the parsed command; an exit code of CommandLine.
    virtual int run(CommandSession &session) = 0;

    // The options every command takes.
    static QCommandLineOption libraryOption();
    static QCommandLineOption languageOption();
    // --json of the commands that print an answer (export's takes a file).
    static QCommandLineOption jsonOption();

protected:
    // The first paragraph of its help; by default "reftel NAME: summary".
    virtual QString description() const;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Its arguments after the command word, for the help.
    virtual void describeArguments(QCommandLineParser &parser) const;
    // The arguments as the parser should see them (search moves its words
    // after a "--" so that "-russia" is no option).
    virtual QStringList prepared(const QStringList &arguments) const { return arguments; }
    // Takes the values of a successful parse (arguments: the positional
    // ones after the command word); empty, or what is wrong with them.
    virtual QString take(const QCommandLineParser &parser, const QStringList &arguments) = 0;

private:
    void describe(QCommandLineParser &parser) const;

    QString m_problem;
    QString m_libraryPath;
};
}
