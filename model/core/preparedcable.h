// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QByteArray>

namespace Reftel
{
// A parsed cable with what the library's store needs besides it that costs
// time to work out: made by prepare() on any thread, so that an import's
// parse threads (or parser processes, see CableCodec) do it and its one
// writing thread only writes (CableWriter::store()).
struct PreparedCable
{
    Cable cable;
    QByteArray digest; // see digestOf()
    bool documentIsDecoded = false; // the document text is the original read as UTF-8
    bool telegramIsSlice = false; // the telegram is a slice of the document text at telegramOffset
    // The telegram is what the reader of the cable's format makes of the
    // original again (a release CSV row): it is not stored twice.
    bool telegramIsRebuilt = false;

    // Thread-safe; needs no library.
    static PreparedCable prepare(Cable cable);
    // The digest by which the library knows a source it has stored
    // (CableReader::isStored()): SHA-1 of the bytes.
    static QByteArray digestOf(const QByteArray &bytes);
};
}
