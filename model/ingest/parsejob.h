// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedcable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Reftel
{
// One document an import hands to its parse stage: a file the parser reads
// itself, the bytes of one (a bundled sample, which only this process can
// read), or one row of a release CSV.
struct ParseJob
{
    enum class Kind : quint8
    {
        File, // source is a path to read
        Bytes, // bytes hold the document; source names it
        CsvRow, // bytes hold one row of a release CSV; source is "<file>:<row>"
    };
    Kind kind = Kind::File;
    QString source;
    qint64 size = 0; // bytes, for progress
    QByteArray bytes;
};

// What the parse stage makes of one job: the cables, prepared for the store,
// or a translated error naming the document and the problem.
struct ParseResult
{
    QString path; // the job's source
    qint64 size = 0;
    QByteArray digest; // of the document's bytes (see PreparedCable::digestOf())
    QList<PreparedCable> cables;
    QString error;
};
}
