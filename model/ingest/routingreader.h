// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QStringView>

namespace Reftel
{
// Reads the routing block's tokens left to right (RoutingParser makes
// them). Each read*() looks at the token at m_i, and when it takes it (and
// the tokens after it that belong to it) moves m_i to the last one taken
// and says so; a token no element takes is text of the element being read
// (relay stations, sender, addressees).
class RoutingReader final
{
public:
    struct Token
    {
        QStringView text;
        qsizetype line = 0;
    };

    // tokens (and the text they view) outlive the reader.
    explicit RoutingReader(const QList<Token> &tokens)
        : m_toks(tokens)
    {
    }

    Routing read();

private:
    enum class Mode
    {
        None,
        Relay,
        From,
        To,
        Info
    };

    QStringView token(qsizetype offset = 0) const { return m_toks[m_i + offset].text; }
    bool has(qsizetype offset) const { return m_i + offset < m_toks.size(); }
    bool inAddressees() const { return m_mode == Mode::To || m_mode == Mode::Info; }
    bool lineStart() const { return m_i == 0 || m_toks[m_i - 1].line != m_toks[m_i].line; }

    void flush();
    bool readTransmissionId();
    bool readDateTimeGroup();
    bool readStation();
    bool readClassificationCode();
    bool readMarker();
    void readText();

    const QList<Token> &m_toks;
    qsizetype m_i = 0;
    Routing m_r;
    Mode m_mode = Mode::None;
    QList<QStringView> m_current;
    qsizetype m_currentLine = -1;
};
}
