// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "librarydatabase.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Reftel
{
// What a command runs with: the library (opened as the command uses it),
// its answers and its messages. Answers are held back until the end and
// printed only when the library did not turn out damaged while they were
// made: nothing a damaged library answered is shown.
class CommandSession final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::CommandSession)
public:
    CommandSession(QTextStream &out, QTextStream &err);
    Q_DISABLE_COPY_MOVE(CommandSession)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // "reftel: message" on the error output.
    void error(const QString &message);

    // Whether stderr is a terminal (progress lines, highlighting).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool interactive() const { return m_interactive; }
    // The parser program imports run (empty: reftel-parse beside this executable).
    void setParseWorker(const QString &program) { m_parseWorker = program; }
    QString parseWorker() const { return m_parseWorker; }

    // Opens the library as use says (never Command::Library::None); false
    // after saying why, with exitCode() the code to end with.
    bool openLibrary(const QString &value, Command::Library use);
    int openFailure(const QString &value) const;
    LibraryDatabase &library() { return m_library; }
    // Cables the search index lacks after openLibrary(Search), where it could not be finished.
    qint64 unindexed() const { return m_unindexed; }
    static QString unindexedWarning(qint64 cables);

    // The library's damage said, and nothing it answered shown: the exit code.
    int damaged(const QStringList &problems);
    // Ends a command with its exit code: the held-back answers are printed,
    // unless checkDamage finds the library damaged.
    int finish(int code, bool checkDamage);

private:
    QTextStream &m_realOut;
    QString m_outBuffer;
    QTextStream m_out { &m_outBuffer };
    QTextStream &m_err;
    LibraryDatabase m_library;
    qint64 m_unindexed = 0;
    bool m_interactive = false;
    QString m_parseWorker;
};
}
