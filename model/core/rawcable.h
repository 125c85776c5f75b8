// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reftel
{
// What a reader found in a document: the telegram text and whatever metadata
// the page declared. CableParser turns it into a Cable.
struct RawCable
{
    SourceFormat format = SourceFormat::Unknown;
    QString sourceName;

    QString telegram;
    qsizetype telegramOffset = -1; // where telegram starts in documentText, -1 when it was rebuilt (HTML, CSV)

    // Declared by the page; empty when it declared nothing.
    QString id;
    QDateTime created;
    QDateTime released;
    QString classification;
    QString origin;
    QString title;
    QStringList declaredTags;
    QStringList releaseReferences;

    QList<DedupEntry> removed; // what the reader dropped around the telegram (In::Document)
    QList<ParseWarning> warnings; // what the reader noticed about the bytes (NUL bytes taken out)

    QByteArray originalBytes;
    QString documentText;
};

// The outcome of reading one document: cables, or an error naming the file.
struct ReadResult
{
    QList<RawCable> cables;
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty(); }
};
}
