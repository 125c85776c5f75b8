// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecables.h"

#include <QDir>
#include <QFile>

namespace Reftel
{
QStringList SampleCables::paths()
{
    const QDir dir(QStringLiteral(":/samples"));
    QStringList result;
    const auto names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        result << dir.filePath(name);
    return result;
}

QByteArray SampleCables::contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
}
