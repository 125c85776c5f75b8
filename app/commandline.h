// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarysearch.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Reftel
{
class LibraryDatabase;

// The commands of the reftel binary that open no window:
//   reftel import PATH...            reftel search QUERY [--limit N] [--json]
//   reftel show ID [--json|--text]   reftel refs ID          reftel stats
//   reftel export --pdf FILE [--html FILE] [--csv FILE] [--json FILE]
//                 [--tag T]... [--query Q] [--ids ID...] [--title T] [--author A]
//   reftel salvage NEWFILE           (a copy of what a damaged library still holds)
// all with an optional --library FILE. Exit codes: 0 success, 1 partial
// failure (some files or ids failed), 2 usage error, 3 the library is
// damaged (nothing it answered is printed). Only import writes to the
// library: the other commands open it read-only and never create it.
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

    // True when the arguments name a command, known or not (so no window is needed).
    static bool isCommand(const QStringList &arguments);
    static QStringList commands();
    // True for commands that lay out text (export): they need a
    // QGuiApplication (fonts), on the offscreen platform without a display.
    static bool needsFonts(const QStringList &arguments);

    CommandLine(QTextStream &out, QTextStream &err);

    // arguments as QCoreApplication::arguments(): the program first.
    int run(const QStringList &arguments);

    // Whether stdout/stderr are terminals (progress lines, highlighting).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // The parser program imports run (reftel-parse beside this executable
    // by default); the tests give one that crashes on demand.
    void setParseWorker(const QString &program) { m_parseWorker = program; }

private:
    enum class Use
    {
        Import,
        Read,
        Search
    };
    // Search: a read that also needs the full-text index whole (finished
    // first where the file can be written, see m_unindexed).
    bool openLibrary(LibraryDatabase &library, const QString &value, Use use);
    // The exit code when openLibrary() failed: damaged, no library, or could not open.
    int openFailure(const LibraryDatabase &library, const QString &value) const;
    // After a command: the library's own report of damage, if any.
    int damaged(LibraryDatabase &library, const QStringList &problems);
    int runSalvage(const QString &damagedPath, const QStringList &args);
    int runImport(LibraryDatabase &library, const QStringList &paths);
    int runSearch(LibraryDatabase &library, const QString &query, int limit, bool json);
    // A search's hits by cable, the cables in the order of their best hit, at most limit of them.
    struct CableHits
    {
        QList<LibrarySearch::Hit> hits; // best first
    };
    static QList<CableHits> groupByCable(LibraryDatabase &library, const SearchQuery &query, int limit);
    int runShow(LibraryDatabase &library, const QString &id, bool json);
    int runRefs(LibraryDatabase &library, const QString &id, bool json);
    int runStats(LibraryDatabase &library, bool json);
    // export has options of its own (--json takes a file there), so it
    // parses its arguments itself.
    int runExport(const QStringList &arguments);
    int usage(const QString &problem);

    // Answers are written to m_out, a buffer, and reach m_realOut only when
    // the library did not turn out damaged while they were made.
    QTextStream &m_realOut;
    QString m_outBuffer;
    QTextStream m_out { &m_outBuffer };
    QTextStream &m_err;
    qint64 m_unindexed = 0; // cables the search index lacks, when it could not be finished
    bool m_interactive = false;
    QString m_parseWorker;
    QString m_helpText;
};
}
