// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseprotocol.h"

#include "cablecodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace Reftel
{
namespace
{
constexpr quint32 Magic = 0x50544652; // "RFTP"

enum class Message : quint8
{
    Hello = 1,
    Batch = 2,
    Result = 3,
};

// Writes a frame: a length placeholder, the message, then the real length.
class FrameWriter
{
public:
    explicit FrameWriter(Message type, qsizetype expected = 0)
        : m_stream(&m_bytes, QIODevice::WriteOnly)
    {
        // Growing a large result as it is written costs more than writing it.
        m_bytes.reserve(expected);
        CableCodec::setUp(m_stream);
        m_stream << quint32(0) << quint8(type);
    }

    QDataStream &stream() { return m_stream; }

    QByteArray take()
    {
        qToLittleEndian(quint32(m_bytes.size() - ParseProtocol::HeaderSize), m_bytes.data());
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
    QDataStream m_stream;
};

// Reads a message of the expected type; the caller checks the status at the end.
bool open(QDataStream &in, Message type)
{
    CableCodec::setUp(in);
    quint8 found = 0;
    in >> found;
    return in.status() == QDataStream::Ok && found == quint8(type);
}

bool wholeAndOk(QDataStream &in)
{
    return in.status() == QDataStream::Ok && in.atEnd();
}
}

qsizetype ParseProtocol::messageLength(const char *header)
{
    const qsizetype length = qFromLittleEndian<quint32>(header);
    return length > MaxFrameSize ? -1 : length;
}

QByteArray ParseProtocol::hello()
{
    FrameWriter frame(Message::Hello);
    frame.stream() << Magic << CableCodec::FormatVersion << qint32(ParserVersion);
    return frame.take();
}

QString ParseProtocol::checkHello(const QByteArray &message)
{
    QDataStream in(message);
    quint32 magic = 0;
    quint32 format = 0;
    qint32 parser = 0;
    if (open(in, Message::Hello))
        in >> magic >> format >> parser;
    if (!wholeAndOk(in) || magic != Magic)
        return QCoreApplication::translate("Reftel::ParseProtocol", "it does not speak Reftel's parser protocol");
    if (format != CableCodec::FormatVersion || parser != ParserVersion)
        return QCoreApplication::translate("Reftel::ParseProtocol",
            "it is from another version of Reftel (format %1, parser %2; this one expects format %3, parser %4)")
            .arg(format)
            .arg(parser)
            .arg(CableCodec::FormatVersion)
            .arg(ParserVersion);
    return {};
}

QByteArray ParseProtocol::batch(const QList<ParseJob> &jobs)
{
    FrameWriter frame(Message::Batch);
    QDataStream &out = frame.stream();
    out << quint32(jobs.size());
    for (const ParseJob &job : jobs)
        out << quint8(job.kind) << job.source << qint64(job.size) << job.bytes;
    return frame.take();
}

bool ParseProtocol::readBatch(const QByteArray &message, QList<ParseJob> *jobs)
{
    QDataStream in(message);
    if (!open(in, Message::Batch))
        return false;
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || qint64(count) > in.device()->bytesAvailable())
        return false;
    jobs->clear();
    for (quint32 i = 0; i < count; ++i) {
        ParseJob job;
        quint8 kind = 0;
        qint64 size = 0;
        in >> kind >> job.source >> size >> job.bytes;
        if (in.status() != QDataStream::Ok || kind > quint8(ParseJob::Kind::CsvRow))
            return false;
        job.kind = ParseJob::Kind(kind);
        job.size = size;
        jobs->append(std::move(job));
    }
    return wholeAndOk(in);
}

QByteArray ParseProtocol::result(const ParseResult &result)
{
    // A cable takes about five times its original on the pipe (its texts
    // are UTF-16); a little more saves growing the buffer.
    qsizetype expected = 1024;
    for (const PreparedCable &prepared : result.cables)
        expected += 6 * prepared.cable.originalBytes.size() + 4096;
    FrameWriter frame(Message::Result, expected);
    QDataStream &out = frame.stream();
    out << result.path << qint64(result.size) << result.digest << result.error << quint32(result.cables.size());
    for (const PreparedCable &prepared : result.cables)
        CableCodec::write(out, prepared);
    return frame.take();
}

bool ParseProtocol::readResult(const QByteArray &message, ParseResult *result)
{
    QDataStream in(message);
    if (!open(in, Message::Result))
        return false;
    qint64 size = 0;
    quint32 count = 0;
    in >> result->path >> size >> result->digest >> result->error >> count;
    if (in.status() != QDataStream::Ok || qint64(count) > in.device()->bytesAvailable())
        return false;
    result->size = size;
    result->cables.clear();
    result->cables.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        PreparedCable prepared;
        if (!CableCodec::read(in, &prepared))
            return false;
        result->cables.append(std::move(prepared));
    }
    return wholeAndOk(in);
}
}
