// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

namespace Reftel
{
class LibraryDatabase;

// Copies a library's write-ahead log into the file from a thread and a
// connection of its own while a large import writes, so that the writing
// thread does not stop for it at every commit (SQLite's automatic
// checkpoint runs in the committing connection). Checkpoints are PASSIVE:
// they never block the writer, and a killed process leaves the library as
// consistent as without them.
//
// While it runs, the writer's own automatic checkpoints are off; stop()
// (or the destructor) turns them on again and empties the log.
class WalCheckpointer final : public QThread
{
    Q_OBJECT

public:
    // writer: the connection the import writes with (same thread as the caller).
    explicit WalCheckpointer(LibraryDatabase &writer, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    void start();
    void stop();

protected:
    void run() override;

private:
    LibraryDatabase &m_writer;
    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    bool m_running = false;
};
}
