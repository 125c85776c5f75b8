// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QLatin1StringView>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Reftel
{
// A cable's rows in the library and back: the stable keys enumerations are
// stored as, the JSON columns (routing, banner, classifier, lists, a
// paragraph's citations and spans) and the columns of the cables row. The
// one place that knows how a value is stored, for CableWriter and
// CableReader alike; libraries written by earlier versions read back as
// they always did (the JSON forms are unchanged, see tst_cablerowcodec).
//
// Empty metadata is NULL, so that merging sources can fill it with
// coalesce(); text for NOT NULL columns is never a null QString.
class CableRowCodec final
{
public:
    // Enumerations are stored as stable keys, so that reordering an enum in
    // the parser never changes what a stored row means.
    static QString formatKey(SourceFormat format);
    static SourceFormat formatFrom(QStringView key);
    static QString dedupKey(DedupEntry::Kind kind);
    static std::optional<DedupEntry::Kind> dedupKindFrom(QStringView key);
    static QString warningKey(ParseWarning::Kind kind);
    static std::optional<ParseWarning::Kind> warningKindFrom(QStringView key);
    static QString areaKey(DedupEntry::In in);
    static DedupEntry::In areaFrom(QStringView key);

    // A value as it is bound: a null QString becomes an empty one, which the
    // driver would otherwise bind as NULL.
    static QVariant sqlValue(const QVariant &value);
    static QVariant textOrNull(const QString &text);
    static QVariant dateTimeOrNull(const QDateTime &dateTime);
    static QVariant dateOrNull(const QDate &date);
    static QDateTime dateTimeFrom(const QVariant &value);
    static QVariant stringListOrNull(const QStringList &strings);
    static QStringList stringListFrom(const QVariant &value);

    // The JSON columns, NULL when there is nothing to say.
    static QVariant routingColumn(const Routing &routing);
    static Routing routingFrom(const QVariant &value);
    static QVariant bannerColumn(const Banner &banner);
    static Banner bannerFrom(const QVariant &value);
    static QVariant classifierColumn(const Classifier &classifier);
    static Classifier classifierFrom(const QVariant &value);
    // Citations as [start, length, [letters], [indexes]], spans as
    // [kind, start, length, closed]: compact, since there are millions.
    static QVariant markupColumn(const Paragraph &paragraph);
    static void readMarkup(const QVariant &value, Paragraph *paragraph);

    // How much a saved form tells about a cable (the quality column); the
    // larger wins. Declared metadata first (a search page beats a bare
    // telegram), then fewer parse warnings, then more paragraphs.
    static qint64 quality(const Cable &cable);

    // The words a cable's paragraphs are indexed with besides their text
    // (the search_tokens column), so that field filters are full-text terms
    // (see SearchQuery::tokenMatch()): o + post and each word of the origin,
    // c + each part of the classification, t + each TAGS code, y/m/d + the
    // date created ("oastana oembassy cconfidential tpgov y2009 m200902 d20090212").
    static QString searchTokens(const QString &id, const QDateTime &created, const QString &origin,
        const QString &classification, const QStringList &tagCodes);

    // The columns of the cables row that a stored form fills, and their
    // values for one cable, in that order.
    struct RowContext
    {
        QString searchTokens;
        QString sourcePath;
        qint64 quality = 0;
        QString timestamp;
    };
    static QLatin1StringView cableColumns();
    static constexpr int cableColumnCount = 26;
    static QVariantList cableValues(const Cable &cable, const RowContext &context);

    // The select list of CableReader::load() (pk first, then the header,
    // the texts and the parser version), and the cable it reads.
    static QString loadColumns(bool canRebuildTelegrams);
    static qint64 readCable(const QSqlQuery &row, Cable *cable);
};
}
