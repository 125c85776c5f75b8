// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Reftel::Synth
{
struct SyntheticCable;

// Streams cables out as the release CSV or as one bare telegram a file.
class SyntheticCableWriter final
{
public:
    enum class Format
    {
        Csv, // one file: the release's cables.csv, eight quoted fields, \" inside
        Text, // PATH/NNN/<id>.txt, at most 1,000 files a folder, for grep -rl
    };

    SyntheticCableWriter() = default;
    Q_DISABLE_COPY_MOVE(SyntheticCableWriter)

    bool open(const QString &path, Format format, QString *error);
    // The row number is index + 1, as in the release.
    bool write(qsizetype index, const SyntheticCable &cable, QString *error);
    bool close(QString *error);
    qint64 bytesWritten() const { return m_bytes; }

private:
    bool flush(QString *error);
    static void appendField(QByteArray &out, const QByteArray &field);

    Format m_format = Format::Csv;
    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    qsizetype m_shard = -1;
};
}
