// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjson.h"

#include "annotationstore.h"
#include "librarydatabase.h"
#include "usertagstore.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
const QString formatName = u"reftel-annotations"_s;
constexpr int formatVersion = 1;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
}

QByteArray AnnotationJson::exportAnnotations(
    const AnnotationStore &store, const UserTagStore &tags, const QStringList &cableIds)
{
    QHash<qint64, UserTag> tagById;
    for (const UserTag &tag : tags.tags())
        tagById.insert(tag.id, tag);
    QList<Annotation> annotations;
    if (cableIds.isEmpty()) {
        annotations = store.all();
    } else {
        for (const QString &id : cableIds)
            annotations += store.forCable(id);
    }
    QJsonArray list;
    for (const Annotation &a : std::as_const(annotations)) {
        QJsonArray tagList;
        for (qint64 tagId : a.tagIds) {
            const UserTag tag = tagById.value(tagId);
            if (tag.id != 0)
                tagList.append(QJsonObject { { u"path"_s, tag.path }, { u"colour"_s, tag.colour } });
        }
        list.append(QJsonObject {
            { u"cableId"_s, a.cableId },
            { u"anchor"_s, a.anchor },
            { u"start"_s, qint64(a.start) },
            { u"length"_s, qint64(a.length) },
            { u"quote"_s, a.quote },
            { u"prefix"_s, a.prefix },
            { u"suffix"_s, a.suffix },
            { u"tags"_s, tagList },
            { u"note"_s, a.note },
            { u"author"_s, a.author },
            { u"created"_s, timeText(a.created) },
            { u"modified"_s, timeText(a.modified) },
            { u"detached"_s, a.detached },
        });
    }
    const QJsonObject root {
        { u"format"_s, formatName },
        { u"version"_s, formatVersion },
        { u"annotations"_s, list },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace
{
// One annotation of the file, with its tags as paths and colours.
struct Incoming
{
    Annotation annotation;
    QList<QPair<QString, QString>> tags;
};

// The file's annotations, all checked before anything is written: a bad
// entry leaves the library as it was. Returns the error, empty when read.
QString readFile(const QByteArray &json, QList<Incoming> *incoming)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return QCoreApplication::translate("Reftel::AnnotationJson", "The file is not valid JSON: %1 (at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName)
        return QCoreApplication::translate("Reftel::AnnotationJson", "The file is not a Reftel annotations export.");
    if (root.value(u"version"_s).toInt() > formatVersion)
        return QCoreApplication::translate("Reftel::AnnotationJson",
            "The file was written by a newer version of Reftel (format %1); update Reftel to read it.")
            .arg(root.value(u"version"_s).toInt());
    const QJsonArray list = root.value(u"annotations"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        Annotation a;
        a.cableId = entry.value(u"cableId"_s).toString();
        a.anchor = entry.value(u"anchor"_s).toString();
        a.start = entry.value(u"start"_s).toInteger();
        a.length = entry.value(u"length"_s).toInteger();
        a.quote = entry.value(u"quote"_s).toString();
        a.prefix = entry.value(u"prefix"_s).toString();
        a.suffix = entry.value(u"suffix"_s).toString();
        a.note = entry.value(u"note"_s).toString();
        a.author = entry.value(u"author"_s).toString();
        a.created = QDateTime::fromString(entry.value(u"created"_s).toString(), Qt::ISODateWithMs).toUTC();
        a.modified = QDateTime::fromString(entry.value(u"modified"_s).toString(), Qt::ISODateWithMs).toUTC();
        a.detached = entry.value(u"detached"_s).toBool();
        if (a.cableId.isEmpty() || a.anchor.isEmpty() || a.start < 0 || a.length < 0)
            return QCoreApplication::translate("Reftel::AnnotationJson",
                "Annotation %1 in the file has no cable id or paragraph anchor, or bad offsets.")
                .arg(i + 1);
        QList<QPair<QString, QString>> tagPaths;
        for (const QJsonValue &tag : entry.value(u"tags"_s).toArray()) {
            const QString path = tag.toObject().value(u"path"_s).toString();
            if (!path.isEmpty())
                tagPaths.append({ path, tag.toObject().value(u"colour"_s).toString() });
        }
        incoming->append(Incoming { a, tagPaths });
    }
    return {};
}

// The ids of the entry's tags, made where the library has none of that
// path (tagIds caches them by path); false with *error set on a failure.
bool resolveTags(
    const Incoming &entry, UserTagStore &tags, QHash<QString, qint64> &tagIds, QList<qint64> *ids, QString *error)
{
    for (const auto &[path, colour] : entry.tags) {
        qint64 id = tagIds.value(path.toLower());
        if (id == 0) {
            id = tags.ensurePath(path, colour);
            if (id == 0) {
                *error = tags.lastError();
                return false;
            }
            tagIds.insert(path.toLower(), id);
        }
        if (!ids->contains(id))
            ids->append(id);
    }
    std::sort(ids->begin(), ids->end());
    return true;
}

// An annotation the library has already: it gains the file's tags it lacks.
bool mergeTags(AnnotationStore &store, qint64 existing, const QList<qint64> &tagIds)
{
    const std::optional<Annotation> stored = store.annotation(existing);
    QList<qint64> merged = stored ? stored->tagIds : QList<qint64>();
    bool grew = false;
    for (qint64 id : tagIds) {
        if (!merged.contains(id)) {
            merged.append(id);
            grew = true;
        }
    }
    return !grew || store.setTags(existing, merged);
}
}

AnnotationJson::ImportResult AnnotationJson::importAnnotations(
    const QByteArray &json, AnnotationStore &store, UserTagStore &tags)
{
    ImportResult result;
    QList<Incoming> incoming;
    result.error = readFile(json, &incoming);
    if (!result.error.isEmpty())
        return result;

    // Every store call below joins this one transaction.
    WriteTransaction transaction(store.library().database());
    if (!transaction.isActive()) {
        result.error = WriteTransaction::describe(transaction.error());
        return result;
    }
    QHash<QString, qint64> tagIds;
    const qsizetype tagsBefore = tags.tags().size();
    for (const Incoming &entry : std::as_const(incoming)) {
        Annotation a = entry.annotation;
        if (!resolveTags(entry, tags, tagIds, &a.tagIds, &result.error))
            return result;
        if (const qint64 existing = store.findEqual(a)) {
            ++result.alreadyPresent;
            if (!mergeTags(store, existing, a.tagIds)) {
                result.error = store.lastError();
                return result;
            }
            continue;
        }
        if (store.create(a) == 0) {
            result.error = store.lastError();
            return result;
        }
        ++result.added;
    }
    result.tagsCreated = int(tags.tags().size() - tagsBefore);
    if (!transaction.commit()) {
        result.error = WriteTransaction::describe(transaction.error());
        result.added = 0;
        result.alreadyPresent = 0;
        result.tagsCreated = 0;
    }
    return result;
}
}
