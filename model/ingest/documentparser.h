// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Reftel
{
// A saved document to its cables: CableDocumentReader reads it and
// CableParser parses each cable found. Above both, so that the parser
// knows nothing of where its RawCables come from.
class DocumentParser final
{
public:
    // On a reader error, *error names the file and the problem.
    static QList<Cable> parse(const QByteArray &bytes, const QString &sourceName, QString *error = nullptr);
};
}
