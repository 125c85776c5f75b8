// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsession.h"

#include "cablereader.h"
#include "cablewriter.h"
#include "commandline.h"
#include "librarylocation.h"
#include "librarysalvage.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

namespace Reftel
{
CommandSession::CommandSession(QTextStream &out, QTextStream &err)
    : m_realOut(out)
    , m_err(err)
{
}

void CommandSession::error(const QString &message)
{
    m_err << "reftel: " << message << '\n';
}

QString CommandSession::unindexedWarning(qint64 cables)
{
    // The count is worked out first: template arguments inside the call made lupdate loop forever.
    const int count = int(qMin<qint64>(cables, std::numeric_limits<int>::max()));
    return tr("the search index lacks %n cable(s) that an interrupted import stored, and the library "
              "cannot be written here to finish it: they are missing from the hits. Run reftel import "
              "where the library can be written.",
        nullptr, count);
}

bool CommandSession::openLibrary(const QString &value, Command::Library use)
{
    m_unindexed = 0;
    // Nothing is made (no folder "postgresql:") for what cannot be a library.
    const LibraryLocation location = LibraryLocation::fromText(value);
    if (const QString problem = location.problem(); !problem.isEmpty()) {
        error(problem);
        m_err.flush();
        return false;
    }
    // Reading never creates a library or its folder, and works where
    // nothing can be written.
    if (!(use == Command::Library::Write ? m_library.open(location) : m_library.openForReading(location))) {
        if (m_library.damaged()) {
            damaged({ m_library.errorString() });
            return false;
        }
        // libpq's words come in several lines (the failure, a hint, the
        // driver's own): said as one.
        QStringList lines = m_library.errorString().split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.trimmed();
        error(lines.join(u' '));
        m_err.flush();
        return false;
    }
    if (use != Command::Library::Search)
        return true;
    // A killed import may have left cables that the index does not have yet:
    // indexed now where the file can be written, or else said.
    const qint64 unindexed = m_library.cables().unindexedCount();
    if (unindexed <= 0)
        return true;
    LibraryDatabase writer;
    const QFileInfo file(location.filePath());
    const bool writable = location.isServer() || (file.isWritable() && QFileInfo(file.absolutePath()).isWritable());
    if (writable && writer.open(location)) {
        if (m_interactive)
            error(tr("indexing %n cable(s) that an interrupted import stored…", nullptr, int(unindexed)));
        CableWriter &store = writer.cableWriter();
        if (store.indexPending())
            return true;
        error(store.errorString());
    }
    m_unindexed = m_library.cables().unindexedCount();
    return true;
}

int CommandSession::openFailure(const QString &value) const
{
    if (m_library.damaged())
        return CommandLine::LibraryDamaged;
    // A value that is no library is a usage error.
    return LibraryLocation::fromText(value).problem().isEmpty() ? CommandLine::PartialFailure : CommandLine::UsageError;
}

int CommandSession::damaged(const QStringList &problems)
{
    // Whatever was made from the damaged file is not shown: it may be wrong.
    m_out.flush();
    m_outBuffer.clear();
    error(tr("the library %1 is damaged: %2").arg(QDir::toNativeSeparators(m_library.path()), problems.join(u"; ")));
    error(tr("Nothing was changed in it. What it still holds can be copied into a new library with\n"
             "  reftel salvage --library %1 %2")
            .arg(m_library.path(), LibrarySalvage::suggestedPath(m_library.path())));
    m_err.flush();
    return CommandLine::LibraryDamaged;
}

int CommandSession::finish(int code, bool checkDamage)
{
    m_out.flush();
    if (code == CommandLine::LibraryDamaged)
        return code;
    if (checkDamage && m_library.isOpen()) {
        if (const QStringList problems = m_library.checkDamage(); !problems.isEmpty())
            return damaged(problems);
    }
    m_realOut << m_outBuffer;
    m_outBuffer.clear();
    m_realOut.flush();
    m_err.flush();
    return code;
}
}
