// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworker.h"

#include "parseprotocol.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Reftel
{
namespace
{
// All of count, or false at the end of the input (or an error).
bool readFully(int fd, char *data, qsizetype count)
{
    while (count > 0) {
        const ssize_t got = ::read(fd, data, size_t(count));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        data += got;
        count -= got;
    }
    return true;
}

bool writeFully(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype count = bytes.size();
    while (count > 0) {
        const ssize_t put = ::write(fd, data, size_t(count));
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return false;
        data += put;
        count -= put;
    }
    return true;
}

// Reftel's translations, where this executable embeds them (":/i18n"), for
// the first of the import's languages that has one.
std::unique_ptr<QTranslator> installTranslation(const QStringList &languages)
{
    for (const QString &language : languages) {
        const QString code = language.section(u'-', 0, 0).toLower();
        if (code == u"en")
            return {};
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral("reftel_") + code, QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator.get());
            return translator;
        }
    }
    return {};
}
}

int ParseWorker::exec(int argc, char *argv[], const Parse &parse)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (!args.contains(QStringLiteral("--serve"))) {
        const QString usage = QCoreApplication::translate(
            "Reftel::ParseWorker", "reftel-parse is Reftel's parser process: Reftel starts it to import cables.");
        std::fprintf(stderr, "%s\n", qPrintable(usage));
        return 2;
    }
    const qsizetype languages = args.indexOf(QStringLiteral("--languages"));
    const auto translator = installTranslation(
        languages >= 0 && languages + 1 < args.size() ? args.at(languages + 1).split(u',') : QStringList());
    // Standard output carries the protocol alone: anything else that writes
    // to it (a library's printf) goes to standard error instead.
    const int output = ::dup(STDOUT_FILENO);
    if (output < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return 1;
    return serve(STDIN_FILENO, output, parse);
}

int ParseWorker::serve(int input, int output, const Parse &parse)
{
    if (!writeFully(output, ParseProtocol::hello()))
        return 1;
    char header[ParseProtocol::HeaderSize];
    QByteArray message;
    QList<ParseJob> jobs;
    while (readFully(input, header, sizeof header)) {
        const qsizetype length = ParseProtocol::messageLength(header);
        if (length < 0)
            return 1;
        message.resize(length);
        if (!readFully(input, message.data(), length) || !ParseProtocol::readBatch(message, &jobs))
            return 1;
        for (const ParseJob &job : std::as_const(jobs)) {
            if (!writeFully(output, ParseProtocol::result(parse(job))))
                return 1;
        }
    }
    return 0;
}
}
