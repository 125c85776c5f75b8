// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-parse-faulty: reftel-parse, but a document holding one of these
// markers makes it
//   REFTEL-TEST-CRASH             crash (a segmentation fault)
//   REFTEL-TEST-HANG              hang (sleep for ever)
//   REFTEL-TEST-CRASH-IN-COMPANY  crash unless it is the first document the
//                                 process parses: tried again alone, it passes
//   REFTEL-TEST-UNREADABLE        answer with a warning of a kind Reftel does
//                                 not know (as a newer parser might)
// Every other document is parsed as reftel-parse parses it.
#include "jobparser.h"
#include "parseworker.h"

#include <QFile>
#include <QThread>

#include <csignal>

namespace
{
int parsedSoFar = 0;

QByteArray bytesOf(const Reftel::ParseJob &job)
{
    if (job.kind != Reftel::ParseJob::Kind::File)
        return job.bytes;
    QFile file(job.source);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Reftel::ParseResult faultyParse(const Reftel::ParseJob &job)
{
    const QByteArray bytes = bytesOf(job);
    if (bytes.contains("REFTEL-TEST-CRASH-IN-COMPANY")) {
        if (parsedSoFar > 0)
            std::raise(SIGSEGV);
    } else if (bytes.contains("REFTEL-TEST-CRASH")) {
        std::raise(SIGSEGV);
    } else if (bytes.contains("REFTEL-TEST-HANG")) {
        while (true)
            QThread::sleep(1);
    }
    ++parsedSoFar;
    Reftel::ParseResult result = Reftel::JobParser::parse(job);
    if (bytes.contains("REFTEL-TEST-UNREADABLE") && !result.cables.isEmpty()) {
        Reftel::ParseWarning unknown;
        unknown.kind = Reftel::ParseWarning::Kind(250);
        result.cables.first().cable.warnings.append(unknown);
    }
    return result;
}
}

int main(int argc, char *argv[])
{
    return Reftel::ParseWorker::exec(argc, argv, &faultyParse);
}
