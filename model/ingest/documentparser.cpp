// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentparser.h"

#include "cabledocumentreader.h"
#include "cableparser.h"

namespace Reftel
{
QList<Cable> DocumentParser::parse(const QByteArray &bytes, const QString &sourceName, QString *error)
{
    const ReadResult result = CableDocumentReader::read(bytes, sourceName);
    if (error)
        *error = result.error;
    QList<Cable> cables;
    cables.reserve(result.cables.size());
    for (const RawCable &raw : result.cables)
        cables.append(CableParser::parse(raw));
    return cables;
}
}
