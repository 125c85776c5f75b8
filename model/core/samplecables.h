// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Reftel
{
// The five cables bundled with Reftel, from which a first library is made so
// that a newcomer sees cables at once.
class SampleCables final
{
public:
    // Resource paths of the bundled sample files, in a stable order.
    static QStringList paths();
    static QByteArray contents(const QString &path);
};
}
