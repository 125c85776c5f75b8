// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Reftel
{
class LibraryDatabase;

// The questions a report asks of the library to choose and order its
// cables, so that the report layer holds no SQL.
class CableSelectionQuery final
{
public:
    explicit CableSelectionQuery(LibraryDatabase &library);

    // The ids of the cables that carry one of these user tags, on the cable
    // itself or on one of its annotations. Nothing when the library could
    // not be read (errorString() says why).
    std::optional<QStringList> taggedWith(const QSet<qint64> &tagIds);

    // The ids in the order of the date each cable was created (undated
    // first), ties by id.
    QStringList byCreated(const QSet<QString> &ids) const;

    QString errorString() const { return m_error; }

private:
    LibraryDatabase &m_library;
    QString m_error;
};
}
