// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "librarydatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Often enough that the log stays a few hundred megabytes at most while a
// release is imported; a checkpoint with nothing new to copy costs nothing.
constexpr unsigned long IntervalMs = 500;
}

WalCheckpointer::WalCheckpointer(LibraryDatabase &writer, QObject *parent)
    : QThread(parent)
    , m_writer(writer)
    , m_path(writer.path())
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_running || !m_writer.isOpen())
        return;
    m_running = true;
    m_stopping = false;
    QSqlQuery(m_writer.database()).exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    QThread::start(QThread::LowPriority);
}

void WalCheckpointer::stop()
{
    if (!m_running)
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    wait();
    m_running = false;
    if (m_writer.isOpen()) {
        QSqlQuery query(m_writer.database());
        query.exec(u"PRAGMA wal_autocheckpoint = 1000"_s); // SQLite's default
        // Copies the rest and shrinks the log file back to nothing, when no
        // reader holds it; otherwise the next commit's checkpoint does it.
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
}

void WalCheckpointer::run()
{
    LibraryDatabase library;
    if (!library.open(m_path))
        return; // the writer's own checkpoints at stop() still run
    QSqlQuery query(library.database());
    QMutexLocker locker(&m_mutex);
    while (!m_stopping) {
        m_wake.wait(&m_mutex, IntervalMs);
        if (m_stopping)
            break;
        locker.unlock();
        query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        query.finish();
        locker.relock();
    }
}
}
