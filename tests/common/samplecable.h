// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cableparser.h"
#include "documentparser.h"
#include "samplecables.h"

#include <QtGlobal>

namespace Reftel::Testing
{
// One of the five bundled sample cables, parsed: "09ASTANA253"...
inline Cable sampleCable(const QString &id)
{
    const QString path = QStringLiteral(":/samples/") + id + QStringLiteral(".txt");
    QString error;
    const QList<Cable> cables = DocumentParser::parse(SampleCables::contents(path), path, &error);
    if (cables.size() != 1)
        qFatal("cannot parse %s: %s", qPrintable(path), qPrintable(error));
    return cables.first();
}
}
