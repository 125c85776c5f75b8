// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecsvreader.h"

#include "releasecsvrow.h"
#include "textdecoder.h"
#include "textscan.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
constexpr qsizetype ChunkSize = 256 * 1024;
constexpr int FieldCount = ReleaseCsvRow::FieldCount;
// A row longer than this is not a cable; stop instead of buffering the file.
constexpr qsizetype MaxRowSize = 64 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::ReleaseCsvReader", text);
}
}

ReleaseCsvReader::ReleaseCsvReader(QIODevice *device, QString sourceName)
    : m_device(device)
    , m_sourceName(std::move(sourceName))
{
}

bool ReleaseCsvReader::looksLikeReleaseCsv(QByteArrayView head)
{
    // "1","12/28/1966 18:48","66BUENOSAIRES2481",...
    if (head.size() < 8 || head[0] != '"')
        return false;
    qsizetype i = 1;
    while (i < head.size() && head[i] >= '0' && head[i] <= '9')
        ++i;
    if (i == 1 || i + 3 >= head.size())
        return false;
    if (!(head[i] == '"' && head[i + 1] == ',' && head[i + 2] == '"'))
        return false;
    const qsizetype slash = head.indexOf('/', i);
    return slash > 0 && slash < i + 8;
}

bool ReleaseCsvReader::atEnd() const
{
    return m_eof && m_pos >= m_buffer.size();
}

bool ReleaseCsvReader::fill()
{
    if (m_eof || !m_device)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkSize);
    const qint64 got = m_device->read(m_buffer.data() + old, ChunkSize);
    if (got <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    return true;
}

namespace
{
// "<number>","<date>", at p: the start of a row of the release, e.g.
// "1","12/28/1966 18:48",
bool isRowStart(const char *p, const char *end)
{
    const auto digits = [&p, end](int most) {
        const char *first = p;
        while (p < end && p - first < most && *p >= '0' && *p <= '9')
            ++p;
        return p > first;
    };
    const auto literal = [&p, end](const char *text) {
        for (; *text; ++text, ++p) {
            if (p >= end || *p != *text)
                return false;
        }
        return true;
    };
    return literal("\"") && digits(9) && literal("\",\"") && digits(2) && literal("/") && digits(2) && literal("/")
        && digits(4);
}
}

qsizetype ReleaseCsvReader::nextRowStart() const
{
    const char *data = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    // The longest start a row can have, so that one cut by the end of the
    // buffer is looked at again after the next read.
    constexpr qsizetype longestStart = 24;
    for (qsizetype i = m_buffer.indexOf('\n', m_pos); i >= 0; i = m_buffer.indexOf('\n', i + 1)) {
        if (!m_eof && n - (i + 1) < longestStart)
            return -1;
        if (isRowStart(data + i + 1, data + n))
            return i + 1;
    }
    return m_eof ? n : -1;
}

bool ReleaseCsvReader::skipRow(bool tooLong)
{
    const qsizetype next = nextRowStart();
    if (next < 0)
        return false;
    ++m_rows;
    const QString reason = tooLong
        ? tr("%1: row %2 of the release CSV is too long to be a cable; it was skipped.").arg(m_sourceName).arg(m_rows)
        : tr("%1: row %2 of the release CSV is malformed (expected %3 quoted fields); it was skipped.")
              .arg(m_sourceName)
              .arg(m_rows)
              .arg(FieldCount);
    m_skipped.append({ m_rows, reason });
    m_consumed += next - m_pos;
    m_pos = next;
    return true;
}

bool ReleaseCsvReader::readNext(RawCable *cable)
{
    if (!m_error.isEmpty())
        return false;
    QList<QByteArray> fields;
    fields.reserve(FieldCount);
    qsizetype length = 0;
    while (true) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        length = ReleaseCsvRow::parse(m_buffer, m_pos, m_eof, &fields);
        if (length > 0)
            break;
        if (length < 0) {
            // One bad row must not cost the rows after it: go on at the next
            // line that starts a row.
            while (!skipRow(false)) {
                if (!fill() && !m_eof)
                    return false;
            }
            continue;
        }
        if (m_buffer.size() - m_pos > MaxRowSize) {
            while (!skipRow(true)) {
                if (!fill() && !m_eof)
                    return false;
            }
            continue;
        }
        if (!fill()) {
            length = ReleaseCsvRow::parse(m_buffer, m_pos, m_eof, &fields);
            if (length > 0)
                break;
            if (m_pos < m_buffer.size()
                && !TextScan::isBlank(QString::fromLatin1(
                    m_buffer.sliced(m_pos).first(std::min<qsizetype>(64, m_buffer.size() - m_pos))))) {
                ++m_rows;
                m_skipped.append({ m_rows,
                    tr("%1: the release CSV ends inside row %2; the row was skipped.").arg(m_sourceName).arg(m_rows) });
            }
            m_consumed += m_buffer.size() - m_pos;
            m_pos = m_buffer.size();
            return false;
        }
    }

    const QByteArray rowBytes = m_buffer.sliced(m_pos, length);
    m_pos += length;
    m_consumed += length;
    ++m_rows;

    // ReleaseCsvRow::parse() returns a length only for a row of exactly FieldCount fields: fields[0..7] exist.
    auto text = [](const QByteArray &b) { return TextDecoder::decode(b).text; };
    RawCable raw;
    raw.format = SourceFormat::ReleaseCsv;
    raw.sourceName = m_sourceName.isEmpty() ? QString::number(m_rows) : m_sourceName + u':' + QString::number(m_rows);
    raw.created = TextScan::parseDateTime(text(fields[1]));
    raw.id = text(fields[2]).trimmed();
    raw.origin = text(fields[3]).trimmed();
    raw.classification = text(fields[4]).trimmed();
    for (const QByteArray &ref : fields[5].split('|')) {
        const QByteArray r = ref.trimmed();
        if (!r.isEmpty())
            raw.releaseReferences.append(QString::fromLatin1(r));
    }
    raw.telegram = ReleaseCsvRow::telegram(fields);
    raw.originalBytes = rowBytes.trimmed();
    raw.documentText = TextDecoder::decode(raw.originalBytes).text;
    *cable = std::move(raw);
    return true;
}
}
