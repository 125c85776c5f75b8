// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QByteArray>
#include <QString>

namespace Reftel
{
// Entry point for one saved document: decodes the bytes, detects the form
// from the content (never the file name) and hands it to the reader for that
// form. A release CSV given here is read whole; stream a large one with
// ReleaseCsvReader instead.
class CableDocumentReader final
{
public:
    static SourceFormat detect(const QByteArray &bytes);
    static ReadResult read(const QByteArray &bytes, const QString &sourceName);
    static ReadResult readFile(const QString &path);
};
}
