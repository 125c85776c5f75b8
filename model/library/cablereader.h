// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "cablestats.h"
#include "libraryhealth.h"
#include "preparedcable.h"
#include "storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Reftel
{
class LibraryDatabase;

// Reads the cables of a library back: one cable for display, whether one
// is there, its sources, what an import may skip and what is stale. It
// prepares nothing it is not asked for, so a reader made to show one cable
// costs one query (see CableWriter for the writes). One per connection and
// thread, as the connection.
class CableReader final
{
public:
    struct Source
    {
        QString path;
        SourceFormat format = SourceFormat::Unknown;
        int parserVersion = 0;
        QByteArray digest;
        QDateTime imported;
        bool primary = false; // the source whose parse fills the cable
    };

    explicit CableReader(LibraryDatabase &library);
    ~CableReader();
    Q_DISABLE_COPY_MOVE(CableReader)

    // The cable as stored, for display: header, routing, sections and
    // paragraphs with citations and spans, references, dedup entries,
    // warnings and the original text.
    std::optional<Cable> load(const QString &id) const;

    bool contains(const QString &id) const;
    qint64 count() const;
    QList<Source> sources(const QString &id) const;

    // True when this exact source (same path, same bytes) is stored and was
    // parsed by the current parser: an import resuming after a cancel or a
    // crash skips it. digest: PreparedCable::digestOf() the bytes.
    bool isStored(const QString &sourcePath, const QByteArray &digest) const;

    // Cables parsed by a parser older than ParserVersion; parse original()
    // again with primarySource() as its name and store() the result.
    QStringList staleIds(int parserVersion = ParserVersion) const;
    QByteArray original(const QString &id) const;
    QString primarySource(const QString &id) const;

    CableStats stats() const;

    // Cables that searches cannot find yet, or not wholly: stored by an
    // import that was stopped before it indexed them (see
    // CableWriter::indexPending()); -1 when the library cannot be read.
    qint64 unindexedCount() const;

    QString errorString() const { return m_error.text(); }
    LibraryHealth::Fault fault() const { return m_error.fault(); }

private:
    void readChildren(qint64 pk, Cable *cable) const;
    void readParagraphs(qint64 pk, Cable *cable) const;
    void readReport(qint64 pk, Cable *cable) const;
    QSqlQuery rowsOf(const QString &sql, const QVariant &key) const;

    LibraryDatabase &m_library;
    bool m_canRebuildTelegrams = false; // the schema has cable_texts.telegram_rebuilt
    mutable std::unique_ptr<QSqlQuery> m_findSource; // prepared on first use
    mutable StoreError m_error;
};
}
