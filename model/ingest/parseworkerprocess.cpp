// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworkerprocess.h"

#include "parseprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Reftel
{
namespace
{
// How long a wait for the process sleeps before it looks at the cancel flag.
constexpr int PollMs = 100;
// A process that does not end this long after its input closed is killed.
constexpr int StopMs = 2000;
}

ParseWorkerProcess::ParseWorkerProcess(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

ParseWorkerProcess::~ParseWorkerProcess()
{
    stop();
}

bool ParseWorkerProcess::start(int timeoutMs, const std::atomic_bool &cancel, QString *error)
{
    kill();
    error->clear();
    m_jobsSent = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    // What the parser says on standard error (a sanitizer's report, a
    // warning) reaches the terminal the import runs in.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A parser stuck in a loop must not outlive an import that was killed
    // (one that is not stuck ends by itself, at the end of its input). The
    // signal comes when the thread that started it ends: this one, which
    // stops its process first. An import killed before prctl() ran has
    // already handed the child to another parent.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
            ::_exit(1);
    });
#endif
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(timeoutMs)) {
        *error = m_process->errorString();
        kill();
        return false;
    }
    QByteArray hello;
    switch (waitForMessage(&hello, timeoutMs, cancel)) {
    case Answer::Result:
        break;
    case Answer::TimedOut: {
        // A plain count: lupdate did not see the message otherwise.
        const int seconds = timeoutMs / 1000;
        *error = QCoreApplication::translate(
            "Reftel::ParseWorkerProcess", "it did not answer within %n s", nullptr, seconds);
        kill();
        return false;
    }
    case Answer::Stopped:
    case Answer::Unreadable:
    case Answer::Cancelled:
        // It wrote something, and that was no hello: another program.
        if (m_process->bytesAvailable() > 0)
            *error = ParseProtocol::checkHello(m_process->readAll());
        if (error->isEmpty())
            *error = QCoreApplication::translate("Reftel::ParseWorkerProcess", "it ended as it started (%1)")
                         .arg(m_process->exitStatus() == QProcess::CrashExit
                                 ? QCoreApplication::translate("Reftel::ParseWorkerProcess", "crashed")
                                 : QCoreApplication::translate("Reftel::ParseWorkerProcess", "exit code %1")
                                       .arg(m_process->exitCode()));
        kill();
        return false;
    }
    *error = ParseProtocol::checkHello(hello);
    if (!error->isEmpty()) {
        kill();
        return false;
    }
    return true;
}

bool ParseWorkerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ParseWorkerProcess::send(const QList<ParseJob> &jobs)
{
    m_jobsSent += jobs.size();
    m_process->write(ParseProtocol::batch(jobs));
}

ParseWorkerProcess::Answer ParseWorkerProcess::next(ParseResult *result, int timeoutMs, const std::atomic_bool &cancel)
{
    QByteArray message;
    const Answer answer = waitForMessage(&message, timeoutMs, cancel);
    if (answer != Answer::Result)
        return answer;
    return ParseProtocol::readResult(message, result) ? Answer::Result : Answer::Unreadable;
}

// One frame off the process's output, when it has all of it.
bool ParseWorkerProcess::takeMessage(QByteArray *message, bool *garbled)
{
    *garbled = false;
    char header[ParseProtocol::HeaderSize];
    if (m_process->peek(header, sizeof header) != qint64(sizeof header))
        return false;
    const qsizetype length = ParseProtocol::messageLength(header);
    if (length < 0) {
        *garbled = true;
        return false;
    }
    if (m_process->bytesAvailable() < qint64(sizeof header) + length)
        return false;
    m_process->skip(sizeof header);
    *message = m_process->read(length);
    return message->size() == length;
}

ParseWorkerProcess::Answer ParseWorkerProcess::waitForMessage(
    QByteArray *message, int timeoutMs, const std::atomic_bool &cancel)
{
    if (!m_process)
        return Answer::Stopped;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        bool garbled = false;
        if (takeMessage(message, &garbled))
            return Answer::Result;
        if (garbled || m_process->state() != QProcess::Running)
            return Answer::Stopped;
        if (cancel.load())
            return Answer::Cancelled;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return Answer::TimedOut;
        // Also writes what send() left in the process's buffer.
        m_process->waitForReadyRead(int(std::min<qint64>(left, PollMs)));
    }
}

void ParseWorkerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(StopMs))
            kill();
    }
    m_process.reset();
}

void ParseWorkerProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(-1);
    }
    m_process.reset();
}
}
