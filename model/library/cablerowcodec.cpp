// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablerowcodec.h"

#include "cableid.h"
#include "cablejson.h"
#include "releasecsvrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
template<typename Enum>
struct Key
{
    Enum value;
    QLatin1StringView key;
};

constexpr std::array formatKeys {
    Key<SourceFormat> { SourceFormat::Unknown, ""_L1 },
    Key<SourceFormat> { SourceFormat::SearchPage, "search-page"_L1 },
    Key<SourceFormat> { SourceFormat::SearchPageFlattened, "search-page-flattened"_L1 },
    Key<SourceFormat> { SourceFormat::BlogPage, "blog-page"_L1 },
    Key<SourceFormat> { SourceFormat::BareTelegram, "bare-telegram"_L1 },
    Key<SourceFormat> { SourceFormat::HtmlPage, "html-page"_L1 },
    Key<SourceFormat> { SourceFormat::ReleaseCsv, "release-csv"_L1 },
};

constexpr std::array dedupKeys {
    Key<DedupEntry::Kind> { DedupEntry::Kind::RepeatedHeader, "repeated-header"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::RepeatedBody, "repeated-body"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::PageMarker, "page-marker"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::SiteBoilerplate, "site-boilerplate"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::BrokenEntity, "broken-entity"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::MetadataDump, "metadata-dump"_L1 },
};

constexpr std::array warningKeys {
    Key<ParseWarning::Kind> { ParseWarning::Kind::ParagraphOutOfSequence, "paragraph-out-of-sequence"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableReference, "unreadable-reference"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableDateTime, "unreadable-date-time"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::MissingSubject, "missing-subject"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::NoBody, "no-body"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnknownTag, "unknown-tag"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::TruncatedText, "truncated-text"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableHeader, "unreadable-header"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::DeclaredIdentity, "declared-identity"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::MissingId, "missing-id"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::NulBytes, "nul-bytes"_L1 },
};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<Key<Enum>, N> &keys, Enum value)
{
    for (const auto &entry : keys) {
        if (entry.value == value)
            return QString(entry.key);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<Key<Enum>, N> &keys, QStringView key)
{
    for (const auto &entry : keys) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}

// SQL NULL.
const QVariant nullText;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant columnOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? nullText : QVariant(compact(object));
}

// Only what is set is written: most fields of most cables are empty.
void put(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void put(QJsonObject &object, QLatin1StringView key, const QStringList &value)
{
    if (!value.isEmpty())
        object.insert(key, QJsonArray::fromStringList(value));
}

void put(QJsonObject &object, QLatin1StringView key, int value)
{
    if (value != 0)
        object.insert(key, value);
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QStringList strings(const QJsonObject &object, QLatin1StringView key)
{
    return CableJson::stringsFrom(object.value(key).toArray());
}

QJsonArray citationsJson(const QList<Citation> &list)
{
    QJsonArray citations;
    for (const Citation &citation : list) {
        QJsonArray indexes;
        for (int index : citation.referenceIndexes)
            indexes.append(index);
        citations.append(QJsonArray {
            qint64(citation.start), qint64(citation.length), QJsonArray::fromStringList(citation.letters), indexes });
    }
    return citations;
}

QJsonArray spansJson(const QList<TextSpan> &list)
{
    QJsonArray spans;
    for (const TextSpan &span : list)
        spans.append(QJsonArray {
            QString(CableJson::spanKindKey(span.kind)), qint64(span.start), qint64(span.length), span.closed });
    return spans;
}
}

QString CableRowCodec::formatKey(SourceFormat format)
{
    return keyOf(formatKeys, format);
}

SourceFormat CableRowCodec::formatFrom(QStringView key)
{
    return valueOf(formatKeys, key).value_or(SourceFormat::Unknown);
}

QString CableRowCodec::dedupKey(DedupEntry::Kind kind)
{
    return keyOf(dedupKeys, kind);
}

std::optional<DedupEntry::Kind> CableRowCodec::dedupKindFrom(QStringView key)
{
    return valueOf(dedupKeys, key);
}

QString CableRowCodec::warningKey(ParseWarning::Kind kind)
{
    return keyOf(warningKeys, kind);
}

std::optional<ParseWarning::Kind> CableRowCodec::warningKindFrom(QStringView key)
{
    return valueOf(warningKeys, key);
}

QString CableRowCodec::areaKey(DedupEntry::In in)
{
    return in == DedupEntry::In::Document ? u"document"_s : u"telegram"_s;
}

DedupEntry::In CableRowCodec::areaFrom(QStringView key)
{
    return key == "document"_L1 ? DedupEntry::In::Document : DedupEntry::In::Telegram;
}

QVariant CableRowCodec::sqlValue(const QVariant &value)
{
    // QVariant::isNull() is false for a null QString in Qt 6; the driver
    // still binds one as NULL.
    static const QString empty = u""_s; // not null: it points at the literal
    if (value.typeId() == QMetaType::QString && get<QString>(value).isNull())
        return empty;
    return value;
}

QVariant CableRowCodec::textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText : QVariant(text);
}

QVariant CableRowCodec::dateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(CableJson::dateTimeText(dateTime)) : nullText;
}

QVariant CableRowCodec::dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText;
}

QDateTime CableRowCodec::dateTimeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QVariant CableRowCodec::stringListOrNull(const QStringList &strings)
{
    if (strings.isEmpty())
        return nullText;
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QStringList CableRowCodec::stringListFrom(const QVariant &value)
{
    return CableJson::stringsFrom(QJsonDocument::fromJson(value.toString().toUtf8()).array());
}

QVariant CableRowCodec::routingColumn(const Routing &routing)
{
    QJsonObject object;
    put(object, "transmissionId"_L1, routing.transmissionId);
    put(object, "precedenceLetter"_L1, routing.precedenceLetter);
    put(object, "precedenceName"_L1, routing.precedenceName);
    put(object, "relayStations"_L1, routing.relayStations);
    put(object, "sendingStation"_L1, routing.sendingStation);
    put(object, "stationSerial"_L1, routing.stationSerial);
    put(object, "section"_L1, routing.section);
    put(object, "julianDateTime"_L1, routing.julianDateTime);
    put(object, "classificationCode"_L1, routing.classificationCode);
    put(object, "dateTimeGroupText"_L1, routing.dateTimeGroupText);
    put(object, "dateTimeGroup"_L1, CableJson::dateTimeText(routing.dateTimeGroup));
    if (routing.retransmission)
        object.insert("retransmission"_L1, true);
    put(object, "from"_L1, routing.from);
    return columnOrNull(object);
}

Routing CableRowCodec::routingFrom(const QVariant &value)
{
    Routing routing;
    if (value.isNull())
        return routing;
    const QJsonObject object = objectFrom(value);
    routing.transmissionId = text(object, "transmissionId"_L1);
    routing.precedenceLetter = text(object, "precedenceLetter"_L1);
    routing.precedenceName = text(object, "precedenceName"_L1);
    routing.relayStations = strings(object, "relayStations"_L1);
    routing.sendingStation = text(object, "sendingStation"_L1);
    routing.stationSerial = text(object, "stationSerial"_L1);
    routing.section = object.value("section"_L1).toInt();
    routing.julianDateTime = text(object, "julianDateTime"_L1);
    routing.classificationCode = text(object, "classificationCode"_L1);
    routing.dateTimeGroupText = text(object, "dateTimeGroupText"_L1);
    if (object.contains("dateTimeGroup"_L1))
        routing.dateTimeGroup = dateTimeFrom(text(object, "dateTimeGroup"_L1));
    routing.retransmission = object.value("retransmission"_L1).toBool();
    routing.from = text(object, "from"_L1);
    return routing;
}

QVariant CableRowCodec::bannerColumn(const Banner &banner)
{
    QJsonObject object;
    put(object, "text"_L1, banner.text);
    put(object, "level"_L1, banner.level);
    put(object, "caveats"_L1, banner.caveats);
    put(object, "section"_L1, banner.section);
    put(object, "sectionCount"_L1, banner.sectionCount);
    put(object, "post"_L1, banner.post);
    put(object, "serial"_L1, banner.serial);
    return columnOrNull(object);
}

Banner CableRowCodec::bannerFrom(const QVariant &value)
{
    Banner banner;
    if (value.isNull())
        return banner;
    const QJsonObject object = objectFrom(value);
    banner.text = text(object, "text"_L1);
    banner.level = text(object, "level"_L1);
    banner.caveats = strings(object, "caveats"_L1);
    banner.section = object.value("section"_L1).toInt();
    banner.sectionCount = object.value("sectionCount"_L1).toInt();
    banner.post = text(object, "post"_L1);
    banner.serial = text(object, "serial"_L1);
    return banner;
}

QVariant CableRowCodec::classifierColumn(const Classifier &classifier)
{
    return columnOrNull(CableJson::classifier(classifier, CableJson::Empty::Omit));
}

Classifier CableRowCodec::classifierFrom(const QVariant &value)
{
    return value.isNull() ? Classifier() : CableJson::classifierFrom(objectFrom(value));
}

QVariant CableRowCodec::markupColumn(const Paragraph &paragraph)
{
    if (paragraph.citations.isEmpty() && paragraph.spans.isEmpty())
        return nullText;
    QJsonObject object;
    if (!paragraph.citations.isEmpty())
        object.insert("c"_L1, citationsJson(paragraph.citations));
    if (!paragraph.spans.isEmpty())
        object.insert("s"_L1, spansJson(paragraph.spans));
    return compact(object);
}

void CableRowCodec::readMarkup(const QVariant &value, Paragraph *paragraph)
{
    if (value.isNull())
        return;
    const QJsonObject object = objectFrom(value);
    const QJsonArray citations = object.value("c"_L1).toArray();
    for (const QJsonValue &entry : citations) {
        const QJsonArray fields = entry.toArray();
        Citation citation;
        citation.start = fields.at(0).toInteger();
        citation.length = fields.at(1).toInteger();
        citation.letters = CableJson::stringsFrom(fields.at(2).toArray());
        for (const QJsonValue &index : fields.at(3).toArray())
            citation.referenceIndexes.append(index.toInt());
        paragraph->citations.append(citation);
    }
    const QJsonArray spans = object.value("s"_L1).toArray();
    for (const QJsonValue &entry : spans) {
        const QJsonArray fields = entry.toArray();
        TextSpan span;
        span.kind = CableJson::spanKindFrom(fields.at(0).toString()).value_or(TextSpan::Kind::Note);
        span.start = fields.at(1).toInteger();
        span.length = fields.at(2).toInteger();
        span.closed = fields.at(3).toBool();
        paragraph->spans.append(span);
    }
}

QLatin1StringView CableRowCodec::cableColumns()
{
    return "post, year, serial, created, created_corrected, released, classification, origin, title,"
           " subject, search_tokens, format, source_name, source_path, quality, routing, banner, caveats,"
           " passing_instructions, declassification, declassify_on, classified_by, signature,"
           " release_references, parser_version, updated"_L1;
}

QVariantList CableRowCodec::cableValues(const Cable &cable, const RowContext &context)
{
    const CableId idParts = CableId::split(cable.id);
    QVariantList values {
        idParts.post,
        idParts.isValid() ? QVariant(idParts.year) : QVariant(),
        idParts.isValid() ? QVariant(idParts.serial) : QVariant(),
        dateTimeOrNull(cable.created),
        cable.createdCorrected ? 1 : 0,
        dateTimeOrNull(cable.released),
        textOrNull(cable.classification),
        textOrNull(cable.origin),
        textOrNull(cable.title),
        cable.subject,
        context.searchTokens,
        formatKey(cable.format),
        cable.sourceName,
        context.sourcePath,
        context.quality,
        routingColumn(cable.routing),
        bannerColumn(cable.banner),
        stringListOrNull(cable.caveats),
        stringListOrNull(cable.passingInstructions),
        textOrNull(cable.declassification),
        dateOrNull(cable.declassifyOn),
        classifierColumn(cable.classifiedBy),
        textOrNull(cable.signature),
        stringListOrNull(cable.releaseReferences),
        cable.parserVersion,
        context.timestamp,
    };
    Q_ASSERT(values.size() == cableColumnCount);
    return values;
}

QString CableRowCodec::loadColumns(bool canRebuildTelegrams)
{
    // A library of schema 2 has no telegram_rebuilt: its telegrams are stored.
    return u"pk, id, created, created_corrected, released, classification, origin, title, subject,"
           " format, source_name, routing, banner, caveats, passing_instructions, declassification,"
           " declassify_on, classified_by, signature, release_references, t.original, t.document_text,"
           " t.telegram, t.telegram_offset, t.telegram_length, parser_version, "_s
        + (canRebuildTelegrams ? u"t.telegram_rebuilt"_s : u"0"_s);
}

qint64 CableRowCodec::readCable(const QSqlQuery &row, Cable *cable)
{
    cable->id = row.value(1).toString();
    cable->created = dateTimeFrom(row.value(2));
    cable->createdCorrected = row.value(3).toBool();
    cable->released = dateTimeFrom(row.value(4));
    cable->classification = row.value(5).toString();
    cable->origin = row.value(6).toString();
    cable->title = row.value(7).toString();
    cable->subject = row.value(8).toString();
    cable->format = formatFrom(row.value(9).toString());
    cable->sourceName = row.value(10).toString();
    cable->routing = routingFrom(row.value(11));
    cable->banner = bannerFrom(row.value(12));
    cable->caveats = stringListFrom(row.value(13));
    cable->passingInstructions = stringListFrom(row.value(14));
    cable->declassification = row.value(15).toString();
    cable->declassifyOn = QDate::fromString(row.value(16).toString(), Qt::ISODate);
    cable->classifiedBy = classifierFrom(row.value(17));
    cable->signature = row.value(18).toString();
    cable->releaseReferences = stringListFrom(row.value(19));
    cable->originalBytes = row.value(20).toByteArray();
    cable->documentText = row.value(21).isNull() ? QString::fromUtf8(cable->originalBytes) : row.value(21).toString();
    cable->telegramOffset = row.value(23).toLongLong();
    if (row.value(26).toBool())
        cable->telegram = ReleaseCsvRow::telegramOf(cable->originalBytes);
    else if (row.value(22).isNull())
        cable->telegram = cable->documentText.mid(cable->telegramOffset, row.value(24).toLongLong());
    else
        cable->telegram = row.value(22).toString();
    cable->parserVersion = row.value(25).toInt();
    return row.value(0).toLongLong();
}

QString CableRowCodec::searchTokens(const QString &id, const QDateTime &created, const QString &origin,
    const QString &classification, const QStringList &tagCodes)
{
    QStringList tokens;
    const auto add = [&tokens](QChar prefix, QStringView text) {
        QString token(prefix);
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                token.append(c.toLower());
        }
        if (token.size() > 1 && !tokens.contains(token))
            tokens.append(token);
    };
    add(u'o', CableId::split(id).post);
    for (const QString &word : origin.split(u' ', Qt::SkipEmptyParts))
        add(u'o', word);
    for (const QString &part : classification.split(u"//"_s, Qt::SkipEmptyParts))
        add(u'c', part);
    for (const QString &code : tagCodes)
        add(u't', code);
    if (created.isValid()) {
        const QDate date = created.toUTC().date();
        add(u'y', date.toString(u"yyyy"_s));
        add(u'm', date.toString(u"yyyyMM"_s));
        add(u'd', date.toString(u"yyyyMMdd"_s));
    }
    return tokens.join(u' ');
}

qint64 CableRowCodec::quality(const Cable &cable)
{
    const qint64 metadata = (cable.created.isValid() ? 1 : 0) + (cable.released.isValid() ? 1 : 0)
        + (cable.classification.isEmpty() ? 0 : 1) + (cable.origin.isEmpty() ? 0 : 1) + (cable.title.isEmpty() ? 0 : 1);
    const qint64 warnings = std::min<qint64>(cable.warnings.size(), 999);
    qint64 paragraphs = 0;
    for (const Section &section : cable.sections)
        paragraphs += section.paragraphs.size();
    paragraphs = std::min<qint64>(paragraphs, 999);
    return metadata * 1'000'000 + (999 - warnings) * 1'000 + paragraphs;
}
}
