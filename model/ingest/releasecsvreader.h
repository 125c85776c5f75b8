// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Reftel
{
// Streams the release's cables.csv: no header row, one row per cable with
// eight quoted fields (row number, date in US order, reference id, origin,
// classification, cited ids separated by "|", header, body). Quotes inside a
// field are escaped as \" (doubled quotes are accepted too) and fields hold
// newlines. The 1.7 GB file is read row by row: memory stays at one row plus
// a fixed read buffer.
class ReleaseCsvReader final
{
public:
    explicit ReleaseCsvReader(QIODevice *device, QString sourceName = {});

    // The next row as a RawCable; false at the end or on an error (see
    // errorString()). A malformed row is skipped: the reader goes on at the
    // next line that starts a row ("<number>","<date>",) and notes the row
    // in skippedRows().
    bool readNext(RawCable *cable);

    bool atEnd() const;
    QString errorString() const { return m_error; }
    // Bytes consumed so far, for progress against QIODevice::size().
    qint64 bytesRead() const { return m_consumed; }
    qint64 rowsRead() const { return m_rows; }
    // The rows (counted from 1, as in the row's source name) that could not
    // be read, with why.
    struct SkippedRow
    {
        qint64 row = 0;
        QString reason; // translated, names the file and the row
    };
    QList<SkippedRow> skippedRows() const { return m_skipped; }
    // Bytes held between reads: one row plus a chunk at most, whatever the file size.
    qsizetype bufferedBytes() const { return m_buffer.capacity(); }

    // True when the bytes start like a row of the release CSV.
    static bool looksLikeReleaseCsv(QByteArrayView head);

private:
    bool fill();
    // Where the next row starts after m_pos: -1 when the buffer holds none
    // (yet), or the buffer's end at the end of the file.
    qsizetype nextRowStart() const;
    // Skips the malformed row at m_pos; false when more data is needed first.
    bool skipRow(bool tooLong);

    QIODevice *m_device = nullptr;
    QString m_sourceName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_rows = 0;
    bool m_eof = false;
    QString m_error;
    QList<SkippedRow> m_skipped;
};
}
