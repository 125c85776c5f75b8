// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedcable.h"

class QDataStream;

namespace Reftel
{
// A cable prepared for the store (PreparedCable), every field of it,
// in a compact binary form: how parsed cables cross the pipe from a parser
// process to the importing one. Texts the store can have again from the
// original bytes (the document as UTF-8, the telegram as a slice of it) are
// left out and made again on reading.
//
// Streams are set up with setUp(): little-endian, so that text is copied,
// not byte-swapped, on the machines Reftel runs on. FormatVersion changes
// whenever the layout does; the two processes check it before any cable.
class CableCodec final
{
public:
    static constexpr quint32 FormatVersion = 1;

    static void setUp(QDataStream &stream);
    static void write(QDataStream &out, const PreparedCable &prepared);
    // False, with the stream's status set, when the bytes are not a cable
    // of this format: never trusts a count or an enum value it reads.
    static bool read(QDataStream &in, PreparedCable *prepared);
};
}
