// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobparser.h"

#include "cableparser.h"
#include "documentparser.h"
#include "releasecsvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::JobParser", text);
}

void parseDocument(const QByteArray &bytes, ParseResult *result)
{
    result->digest = PreparedCable::digestOf(bytes);
    const QList<Cable> cables = DocumentParser::parse(bytes, result->path, &result->error);
    result->cables.reserve(cables.size());
    for (const Cable &cable : cables)
        result->cables.append(PreparedCable::prepare(cable));
    if (result->error.isEmpty() && result->cables.isEmpty())
        result->error =
            QCoreApplication::translate("Reftel::LibraryImporter", "%1: no cable found in the file.").arg(result->path);
}

// The importing process read the row with the same reader; reading it again
// here keeps what crosses the pipe to the bytes of the row.
void parseCsvRow(const QByteArray &row, ParseResult *result)
{
    QBuffer buffer;
    buffer.setData(row);
    buffer.open(QIODevice::ReadOnly);
    ReleaseCsvReader reader(&buffer, result->path);
    RawCable raw;
    if (!reader.readNext(&raw)) {
        result->error = QCoreApplication::translate("Reftel::LibraryImporter", "%1: the row cannot be read again (%2).")
                            .arg(result->path, reader.errorString());
        return;
    }
    raw.sourceName = result->path;
    PreparedCable prepared = PreparedCable::prepare(CableParser::parse(raw));
    result->digest = prepared.digest;
    result->cables.append(std::move(prepared));
}
}

ParseResult JobParser::parse(const ParseJob &job)
{
    ParseResult result;
    result.path = job.source;
    result.size = job.size;
    switch (job.kind) {
    case ParseJob::Kind::File: {
        QFile file(job.source);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("%1: cannot open the file (%2).").arg(job.source, file.errorString());
            break;
        }
        parseDocument(file.readAll(), &result);
        break;
    }
    case ParseJob::Kind::Bytes:
        parseDocument(job.bytes, &result);
        break;
    case ParseJob::Kind::CsvRow:
        parseCsvRow(job.bytes, &result);
        break;
    }
    return result;
}
}
