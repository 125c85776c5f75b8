// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsejob.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QProcess;

namespace Reftel
{
// One parser process as the import sees it: started, sent batches, read
// result by result, killed. Used from one thread only (the pool's thread
// that owns it); blocks, needs no event loop.
class ParseWorkerProcess final
{
public:
    enum class Answer
    {
        Result, // *result is the next job's
        TimedOut, // no result within the time given
        Stopped, // the process ended
        Unreadable, // it sent what is not a result (or not one Reftel can read)
        Cancelled, // the import stopped waiting
    };

    ParseWorkerProcess(QString program, QStringList arguments);
    ~ParseWorkerProcess();
    Q_DISABLE_COPY_MOVE(ParseWorkerProcess)

    // Starts the process and waits for its hello; on failure *error says why.
    bool start(int timeoutMs, const std::atomic_bool &cancel, QString *error);
    bool isRunning() const;
    // Jobs parsed since start(): a retry wants a process that has parsed nothing.
    qint64 jobsSent() const { return m_jobsSent; }

    void send(const QList<ParseJob> &jobs);
    Answer next(ParseResult *result, int timeoutMs, const std::atomic_bool &cancel);

    // Closes its input so it ends by itself; kills it if it does not.
    void stop();
    void kill();

private:
    bool takeMessage(QByteArray *message, bool *garbled);
    Answer waitForMessage(QByteArray *message, int timeoutMs, const std::atomic_bool &cancel);

    QString m_program;
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    qint64 m_jobsSent = 0;
};
}
