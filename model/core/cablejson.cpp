// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablejson.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace Reftel
{
namespace
{
QString dateTime(const QDateTime &dt)
{
    return CableJson::dateTimeText(dt);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Stable names for scripts, not translated.
QString kindKey(TagInfo::Kind kind)
{
    switch (kind) {
    case TagInfo::Kind::Subject:
        return QStringLiteral("subject");
    case TagInfo::Kind::Country:
        return QStringLiteral("country");
    case TagInfo::Kind::Organization:
        return QStringLiteral("organization");
    case TagInfo::Kind::Person:
        return QStringLiteral("person");
    case TagInfo::Kind::Program:
        return QStringLiteral("program");
    case TagInfo::Kind::Phrase:
        return QStringLiteral("phrase");
    case TagInfo::Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray tags(const QList<TagInfo> &list)
{
    QJsonArray out;
    for (const TagInfo &tag : list) {
        QJsonObject t { { QStringLiteral("code"), tag.code }, { QStringLiteral("known"), tag.known() },
            { QStringLiteral("kind"), kindKey(tag.kind) } };
        if (tag.known())
            t.insert(QStringLiteral("meaning"), tag.meaning);
        if (!tag.written.isEmpty())
            t.insert(QStringLiteral("written"), tag.written);
        out.append(t);
    }
    return out;
}

QJsonObject addressee(const Addressee &a)
{
    return { { QStringLiteral("routingIndicator"), a.routingIndicator }, { QStringLiteral("name"), a.name },
        { QStringLiteral("precedence"), a.precedence }, { QStringLiteral("serial"), a.serial } };
}

constexpr std::array spanKinds { std::pair { TextSpan::Kind::Summary, QLatin1StringView("summary") },
    std::pair { TextSpan::Kind::Comment, QLatin1StringView("comment") },
    std::pair { TextSpan::Kind::Note, QLatin1StringView("note") } };

// Only what is set, for Empty::Omit.
template<typename Value>
void put(QJsonObject &object, QLatin1StringView key, const Value &value, CableJson::Empty empty)
{
    if (empty == CableJson::Empty::Keep || !value.isEmpty())
        object.insert(key, value);
}
}

QString CableJson::dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

QStringList CableJson::stringsFrom(const QJsonArray &array)
{
    QStringList strings;
    strings.reserve(array.size());
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

QLatin1StringView CableJson::spanKindKey(TextSpan::Kind kind)
{
    for (const auto &[value, key] : spanKinds) {
        if (value == kind)
            return key;
    }
    return {};
}

std::optional<TextSpan::Kind> CableJson::spanKindFrom(QStringView key)
{
    for (const auto &[value, name] : spanKinds) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QJsonObject CableJson::classifier(const Classifier &classifier, Empty empty)
{
    QJsonObject object;
    put(object, QLatin1StringView("text"), classifier.text, empty);
    put(object, QLatin1StringView("person"), classifier.person, empty);
    put(object, QLatin1StringView("title"), classifier.title, empty);
    if (empty == Empty::Keep || !classifier.reasons.isEmpty())
        object.insert(QLatin1StringView("reasons"), strings(classifier.reasons));
    return object;
}

Classifier CableJson::classifierFrom(const QJsonObject &object)
{
    Classifier classifier;
    classifier.text = object.value(QLatin1StringView("text")).toString();
    classifier.person = object.value(QLatin1StringView("person")).toString();
    classifier.title = object.value(QLatin1StringView("title")).toString();
    classifier.reasons = stringsFrom(object.value(QLatin1StringView("reasons")).toArray());
    return classifier;
}

namespace
{
QJsonObject routingJson(const Routing &r)
{
    QJsonObject routing;
    routing.insert(QStringLiteral("transmissionId"), r.transmissionId);
    routing.insert(QStringLiteral("precedence"), r.precedenceLetter);
    routing.insert(QStringLiteral("precedenceName"), r.precedenceName);
    routing.insert(QStringLiteral("dateTimeGroup"), r.dateTimeGroupText);
    routing.insert(QStringLiteral("dateTimeGroupUtc"), dateTime(r.dateTimeGroup));
    routing.insert(QStringLiteral("sendingStation"), r.sendingStation);
    routing.insert(QStringLiteral("stationSerial"), r.stationSerial);
    routing.insert(QStringLiteral("from"), r.from);
    QJsonArray to, info;
    for (const Addressee &a : r.to)
        to.append(addressee(a));
    for (const Addressee &a : r.info)
        info.append(addressee(a));
    routing.insert(QStringLiteral("to"), to);
    routing.insert(QStringLiteral("info"), info);
    return routing;
}

QJsonArray referencesJson(const QList<Reference> &references)
{
    QJsonArray refs;
    for (const Reference &r : references) {
        QJsonObject ref { { QStringLiteral("letter"), r.letter }, { QStringLiteral("text"), r.text } };
        if (r.isCable())
            ref.insert(QStringLiteral("citedId"), r.citedId);
        if (!r.title.isEmpty())
            ref.insert(QStringLiteral("title"), r.title);
        refs.append(ref);
    }
    return refs;
}

QJsonObject paragraphJson(const Paragraph &p)
{
    QJsonObject para { { QStringLiteral("anchor"), p.anchor }, { QStringLiteral("number"), p.number },
        { QStringLiteral("mark"), p.mark }, { QStringLiteral("text"), p.text } };
    QJsonArray citations;
    for (const Citation &cite : p.citations) {
        QJsonArray indexes;
        for (int i : cite.referenceIndexes)
            indexes.append(i);
        citations.append(QJsonObject { { QStringLiteral("start"), qint64(cite.start) },
            { QStringLiteral("length"), qint64(cite.length) },
            { QStringLiteral("text"), p.text.mid(cite.start, cite.length) },
            { QStringLiteral("letters"), strings(cite.letters) }, { QStringLiteral("references"), indexes } });
    }
    if (!citations.isEmpty())
        para.insert(QStringLiteral("citations"), citations);
    QJsonArray spans;
    for (const TextSpan &span : p.spans) {
        spans.append(QJsonObject { { QStringLiteral("kind"), CableJson::spanKindKey(span.kind) },
            { QStringLiteral("start"), qint64(span.start) }, { QStringLiteral("length"), qint64(span.length) },
            { QStringLiteral("closed"), span.closed } });
    }
    if (!spans.isEmpty())
        para.insert(QStringLiteral("spans"), spans);
    return para;
}

QJsonArray sectionsJson(const QList<Section> &list)
{
    QJsonArray sections;
    for (const Section &s : list) {
        QJsonArray paragraphs;
        for (const Paragraph &p : s.paragraphs)
            paragraphs.append(paragraphJson(p));
        sections.append(
            QJsonObject { { QStringLiteral("heading"), s.heading }, { QStringLiteral("paragraphs"), paragraphs } });
    }
    return sections;
}

// The deduplication report and the warnings.
void putReport(QJsonObject &o, const Cable &c)
{
    QJsonArray dedup;
    for (const DedupEntry &d : c.dedup) {
        dedup.append(QJsonObject { { QStringLiteral("kind"), dedupKindName(d.kind) },
            { QStringLiteral("in"),
                d.in == DedupEntry::In::Document ? QStringLiteral("document") : QStringLiteral("telegram") },
            { QStringLiteral("position"), qint64(d.position) }, { QStringLiteral("length"), qint64(d.length) },
            { QStringLiteral("text"), d.text } });
    }
    o.insert(QStringLiteral("deduplication"), dedup);

    QJsonArray warnings;
    for (const ParseWarning &w : c.warnings) {
        warnings.append(QJsonObject { { QStringLiteral("kind"), warningKindName(w.kind) },
            { QStringLiteral("message"), w.message }, { QStringLiteral("position"), qint64(w.position) } });
    }
    o.insert(QStringLiteral("warnings"), warnings);
}
}

QJsonObject CableJson::toJson(const Cable &c, Original original)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("created"), dateTime(c.created));
    o.insert(QStringLiteral("createdCorrected"), c.createdCorrected);
    if (c.released.isValid())
        o.insert(QStringLiteral("released"), dateTime(c.released));
    o.insert(QStringLiteral("classification"), c.classification);
    o.insert(QStringLiteral("origin"), c.origin);
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("subject"), c.subject);
    if (!c.subjectMark.isEmpty())
        o.insert(QStringLiteral("subjectMark"), c.subjectMark);
    o.insert(QStringLiteral("format"), sourceFormatName(c.format));
    o.insert(QStringLiteral("source"), c.sourceName);
    o.insert(QStringLiteral("parserVersion"), c.parserVersion);
    o.insert(QStringLiteral("routing"), routingJson(c.routing));
    o.insert(QStringLiteral("banner"),
        QJsonObject { { QStringLiteral("text"), c.banner.text }, { QStringLiteral("level"), c.banner.level },
            { QStringLiteral("caveats"), strings(c.banner.caveats) }, { QStringLiteral("section"), c.banner.section },
            { QStringLiteral("sectionCount"), c.banner.sectionCount } });
    o.insert(QStringLiteral("caveats"), strings(c.caveats));
    o.insert(QStringLiteral("passingInstructions"), strings(c.passingInstructions));
    o.insert(QStringLiteral("declassification"), c.declassification);
    o.insert(QStringLiteral("subjectTags"), tags(c.subjectTags));
    o.insert(QStringLiteral("countryTags"), tags(c.countryTags));
    o.insert(QStringLiteral("references"), referencesJson(c.references));
    if (!c.releaseReferences.isEmpty())
        o.insert(QStringLiteral("releaseReferences"), strings(c.releaseReferences));
    if (!c.classifiedBy.isEmpty())
        o.insert(QStringLiteral("classifiedBy"), classifier(c.classifiedBy));
    o.insert(QStringLiteral("sections"), sectionsJson(c.sections));
    o.insert(QStringLiteral("signature"), c.signature);
    putReport(o, c);
    if (original == Original::Include)
        o.insert(QStringLiteral("original"), c.documentText);
    return o;
}
}
