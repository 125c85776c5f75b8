// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcablewriter.h"

#include "telegramcomposer.h"

#include <QDir>

#include <cstring>

namespace Reftel::Synth
{
namespace
{
// Written in blocks of this size: few system calls, and memory stays flat.
constexpr qsizetype blockSize = 8 << 20;
constexpr qsizetype filesPerFolder = 1000;
}

bool SyntheticCableWriter::open(const QString &path, Format format, QString *error)
{
    m_format = format;
    m_path = path;
    m_bytes = 0;
    m_shard = -1;
    if (format == Format::Text) {
        if (!QDir().mkpath(path)) {
            *error = QStringLiteral("cannot create the folder %1").arg(path);
            return false;
        }
        return true;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_buffer.reserve(blockSize + (1 << 20));
    return true;
}

void SyntheticCableWriter::appendField(QByteArray &out, const QByteArray &field)
{
    // The release escapes a quote inside a field with a backslash, not by
    // doubling it. The generated text holds no backslashes of its own.
    out += '"';
    const char *p = field.constData();
    const char *const end = p + field.size();
    while (p < end) {
        const char *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!quote) {
            out.append(p, end - p);
            break;
        }
        out.append(p, quote - p);
        out += "\\\"";
        p = quote + 1;
    }
    out += '"';
}

bool SyntheticCableWriter::write(qsizetype index, const SyntheticCable &cable, QString *error)
{
    if (m_format == Format::Text) {
        // A bare telegram: the routing block, then the body from the banner on.
        const qsizetype shard = index / filesPerFolder;
        const QString folder = m_path + u'/' + QString::number(shard).rightJustified(3, u'0');
        if (shard != m_shard) {
            if (!QDir().mkpath(folder)) {
                *error = QStringLiteral("cannot create the folder %1").arg(folder);
                return false;
            }
            m_shard = shard;
        }
        QFile file(folder + u'/' + QString::fromLatin1(cable.id) + u".txt");
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(cable.header) != cable.header.size()
            || file.write(cable.body) != cable.body.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        m_bytes += cable.header.size() + cable.body.size();
        return true;
    }

    const qsizetype before = m_buffer.size();
    m_buffer += '"';
    m_buffer += QByteArray::number(index + 1);
    m_buffer += "\",";
    appendField(m_buffer, cable.date);
    m_buffer += ',';
    appendField(m_buffer, cable.id);
    m_buffer += ',';
    appendField(m_buffer, cable.origin);
    m_buffer += ',';
    appendField(m_buffer, cable.classification);
    m_buffer += ',';
    appendField(m_buffer, cable.references);
    m_buffer += ',';
    appendField(m_buffer, cable.header);
    m_buffer += ',';
    appendField(m_buffer, cable.body);
    m_buffer += '\n';
    m_bytes += m_buffer.size() - before;
    return m_buffer.size() < blockSize || flush(error);
}

bool SyntheticCableWriter::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (m_file.write(m_buffer) != m_buffer.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_buffer.resize(0); // keeps the block allocated
    return true;
}

bool SyntheticCableWriter::close(QString *error)
{
    if (m_format == Format::Text)
        return true;
    const bool ok = flush(error);
    m_file.close();
    return ok;
}
}
