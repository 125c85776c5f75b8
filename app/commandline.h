// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsession.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace Reftel
{
class Command;

// The commands of the reftel binary that open no window, one Command each:
//   reftel import PATH...            reftel search QUERY [--limit N] [--json]
//   reftel show ID [--json|--text]   reftel refs ID          reftel stats
//   reftel export --pdf FILE [--html FILE] [--csv FILE] [--json FILE]
//                 [--tag T]... [--query Q] [--ids ID...] [--title T] [--author A]
//   reftel salvage NEWFILE           (a copy of what a damaged library still holds)
// all with an optional --library FILE; `reftel COMMAND --help` says each
// one's options. Exit codes: 0 success, 1 partial failure (some files or
// ids failed), 2 usage error, 3 the library is damaged (nothing it answered
// is printed). Only import writes to the library: the other commands open
// it read-only and never create it.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        PartialFailure = 1,
        UsageError = 2,
        LibraryDamaged = 3
    };

    // Every command, in the order the help lists them: the one list of them.
    static std::vector<std::unique_ptr<Command>> all();
    static QStringList commands();
    // True when the arguments name a command, known or not (so no window is needed).
    static bool isCommand(const QStringList &arguments);
    // True for commands that lay out text (export): they need a
    // QGuiApplication (fonts), on the offscreen platform without a display.
    static bool needsFonts(const QStringList &arguments);
    // The help of reftel without a command word: what each command does, and the common options.
    static QString helpText();

    CommandLine(QTextStream &out, QTextStream &err);

    // arguments as QCoreApplication::arguments(): the program first.
    int run(const QStringList &arguments);

    void setInteractive(bool interactive) { m_session.setInteractive(interactive); }
    // The parser program imports run (reftel-parse beside this executable
    // by default); the tests give one that crashes on demand.
    void setParseWorker(const QString &program) { m_session.setParseWorker(program); }

private:
    int runWithoutCommand(const QStringList &arguments);
    int usage(const QString &problem, const QString &help);

    QTextStream &m_out;
    QTextStream &m_err;
    CommandSession m_session;
};
}
