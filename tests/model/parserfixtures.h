// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "cableparser.h"
#include "documentparser.h"
#include "testdata.h"

#include <QFile>
#include <QString>
#include <QStringList>

// Fixtures of the parser tests, all under tests/data/parser.
namespace ParserFixtures
{
inline QString path(const QString &name)
{
    return QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/") + name;
}

inline QByteArray bytes(const QString &name)
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline Reftel::Cable parseFile(const QString &name)
{
    QString error;
    const QList<Reftel::Cable> cables = Reftel::DocumentParser::parse(bytes(name), name, &error);
    return cables.isEmpty() ? Reftel::Cable {} : cables.front();
}

inline Reftel::Cable parseText(const QString &text, const QString &name = QStringLiteral("inline.txt"))
{
    QString error;
    const QList<Reftel::Cable> cables = Reftel::DocumentParser::parse(text.toUtf8(), name, &error);
    return cables.isEmpty() ? Reftel::Cable {} : cables.front();
}

inline QStringList seeds()
{
    return { QStringLiteral("000_07e2b86d802fe3d0.txt"), QStringLiteral("001_d849384c712b072f.txt"),
        QStringLiteral("002_4a3ecf18ab3e099e.txt"), QStringLiteral("003_f7658d01afa7e6c1.txt"),
        QStringLiteral("004_680ccf5e3f14d331.txt") };
}

inline QStringList numbers(const Reftel::Cable &cable)
{
    QStringList out;
    for (const Reftel::Paragraph *p : cable.paragraphs())
        out.append(QString::number(p->number));
    return out;
}
}
