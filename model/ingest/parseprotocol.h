// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsejob.h"

#include <QByteArray>
#include <QList>

namespace Reftel
{
// What an import and its parser processes (reftel-parse) say to each other
// over the child's standard input and output. Every message is a frame: its
// length (32 bits, little-endian), then the message. The parser process
// speaks first (hello: format and parser version, so that a stale helper is
// refused instead of misread); then the import sends batches of jobs and the
// parser answers each job of a batch, in order, with one result.
class ParseProtocol final
{
public:
    // Larger frames are not ours: a document this size is not a cable.
    static constexpr qsizetype MaxFrameSize = 1024 * 1024 * 1024;

    static constexpr qsizetype HeaderSize = 4;

    // The length of the message a frame's header announces, -1 when it
    // cannot be one of ours.
    static qsizetype messageLength(const char *header);

    static QByteArray hello();
    // Empty when the hello is one of this program's; otherwise what is wrong.
    static QString checkHello(const QByteArray &message);

    static QByteArray batch(const QList<ParseJob> &jobs);
    static bool readBatch(const QByteArray &message, QList<ParseJob> *jobs);

    static QByteArray result(const ParseResult &result);
    static bool readResult(const QByteArray &message, ParseResult *result);
};
}
