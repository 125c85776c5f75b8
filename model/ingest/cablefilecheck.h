// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Reftel
{
// Tells a file that is plainly not a cable (a README, a picture, an empty
// file in the folder being imported) from one that may be, from its
// content, never from its name. Such a file is reported as skipped with the
// reason, not as a failure: only a file that looked like a cable and could
// not be read makes an import fail. Anything with a trace of a telegram
// (a classification, SUBJECT, TAGS, REF, a cable id...) looks like one.
class CableFileCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::CableFileCheck)
public:
    // How much of a file is looked at.
    static constexpr qsizetype HeadBytes = 64 * 1024;
    // Why the file is not a cable (translated), or empty when it may be one.
    static QString whyNotACable(const QByteArray &head, qint64 fileSize);
};
}
