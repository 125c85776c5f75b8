// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "tsvectortext.h"

#include "librarydatabase.h"
#include "sqltext.h"
#include "usertagstore.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The passage an annotation marks: cable_id, anchor, start, length, quote.
void bindPlace(QSqlQuery &query, const Annotation &annotation)
{
    query.addBindValue(notNullText(annotation.cableId));
    query.addBindValue(notNullText(annotation.anchor));
    query.addBindValue(qint64(annotation.start));
    query.addBindValue(qint64(annotation.length));
    query.addBindValue(notNullText(annotation.quote));
}

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

const QString columns = u"a.id, a.cable_id, a.anchor, a.start, a.length, a.quote, a.prefix, a.suffix, a.note,"
                        " a.author, a.created, a.modified, a.detached"_s;
constexpr int ColumnCount = 13; // of columns, which readRow() reads in order

Annotation readRow(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.cableId = query.value(1).toString();
    a.anchor = query.value(2).toString();
    a.start = query.value(3).toLongLong();
    a.length = query.value(4).toLongLong();
    a.quote = query.value(5).toString();
    a.prefix = query.value(6).toString();
    a.suffix = query.value(7).toString();
    a.note = query.value(8).toString();
    a.author = query.value(9).toString();
    a.created = readTime(query.value(10));
    a.modified = readTime(query.value(11));
    a.detached = query.value(12).toBool();
    return a;
}
}

AnnotationStore::AnnotationStore(LibraryDatabase &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

bool AnnotationStore::announceChanged(qint64 id)
{
    if (const std::optional<Annotation> changed = annotation(id))
        Q_EMIT annotationChanged(id, changed->cableId);
    return true;
}

bool AnnotationStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QString AnnotationStore::defaultAuthor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

qint64 AnnotationStore::create(const Annotation &annotation)
{
    if (annotation.cableId.isEmpty() || annotation.anchor.isEmpty())
        return fail(tr("An annotation needs a cable and a paragraph.")), 0;
    if (annotation.start < 0 || annotation.length < 0)
        return fail(tr("The passage's offsets are not valid.")), 0;
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error())), 0;
    const qint64 id = insert(annotation);
    if (id == 0)
        return 0;
    // Re-created by undo: the tags were not just chosen again.
    if (!writeTags(id, annotation.tagIds, annotation.id == 0))
        return 0;
    if (!transaction.commit())
        return fail(WriteTransaction::describe(transaction.error())), 0;
    Q_EMIT annotationAdded(id, annotation.cableId);
    return id;
}

// On a server the note's search words go with it (TsVectorText: the words
// FTS5 indexes on SQLite), and the author is the connecting role, the column's default
// (current_user): a client cannot write a note in someone else's name. A
// new id is the identity column's next value there; SQLite makes one for a
// NULL key.
qint64 AnnotationStore::insert(const Annotation &annotation)
{
    const bool server = m_library.isServer();
    const bool keepId = annotation.id > 0;
    QStringList columns;
    if (keepId || !server)
        columns << u"id"_s;
    columns << u"cable_id"_s << u"anchor"_s << u"start"_s << u"length"_s << u"quote"_s << u"prefix"_s << u"suffix"_s
            << u"note"_s;
    if (server)
        columns << u"tsv"_s;
    else
        columns << u"author"_s;
    columns << u"created"_s << u"modified"_s << u"detached"_s;
    const QStringList placeholders(columns.size(), u"?"_s);
    QSqlQuery query(m_library.database());
    query.prepare(u"INSERT INTO annotations ("_s + columns.join(u", "_s) + u") VALUES ("_s + placeholders.join(u", "_s)
        + (server ? u") RETURNING id"_s : u")"_s));
    if (keepId || !server)
        query.addBindValue(keepId ? QVariant(annotation.id) : QVariant(QMetaType::fromType<qint64>()));
    bindPlace(query, annotation);
    query.addBindValue(notNullText(annotation.prefix));
    query.addBindValue(notNullText(annotation.suffix));
    query.addBindValue(notNullText(annotation.note));
    if (server)
        query.addBindValue(TsVectorText::fromText(annotation.note));
    else
        query.addBindValue(notNullText(annotation.author.isEmpty() ? defaultAuthor() : annotation.author));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.addBindValue(timeText(annotation.created.isValid() ? annotation.created : now));
    query.addBindValue(timeText(annotation.modified.isValid() ? annotation.modified : now));
    query.addBindValue(annotation.detached ? 1 : 0);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError())), 0;
    if (!server)
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return fail(WriteTransaction::describe(query.lastError())), 0;
    return query.value(0).toLongLong();
}

bool AnnotationStore::writeTags(qint64 id, const QList<qint64> &tagIds, bool markUsed)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    query.prepare(m_library.isServer()
            ? u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s
            : u"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"_s);
    for (qint64 tagId : tagIds) {
        query.addBindValue(id);
        query.addBindValue(tagId);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    if (!markUsed)
        return true;
    UserTagStore &tags = m_library.userTags();
    return tags.markUsed(tagIds) || fail(tags.lastError());
}

bool AnnotationStore::update(const Annotation &annotation)
{
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    // On a server the author stays the role that wrote the annotation.
    const bool server = m_library.isServer();
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE annotations SET cable_id = ?, anchor = ?, start = ?, length = ?, quote = ?, prefix = ?,"
                  " suffix = ?, note = ?,"_s
        + (server ? u" tsv = ?,"_s : u" author = ?,"_s) + u" modified = ?, detached = ? WHERE id = ?"_s);
    bindPlace(query, annotation);
    query.addBindValue(notNullText(annotation.prefix));
    query.addBindValue(notNullText(annotation.suffix));
    query.addBindValue(notNullText(annotation.note));
    if (server)
        query.addBindValue(TsVectorText::fromText(annotation.note));
    else
        query.addBindValue(notNullText(annotation.author));
    query.addBindValue(timeText(annotation.modified.isValid() ? annotation.modified : QDateTime::currentDateTimeUtc()));
    query.addBindValue(annotation.detached ? 1 : 0);
    query.addBindValue(annotation.id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    if (query.numRowsAffected() != 1)
        return fail(tr("The annotation no longer exists."));
    if (!writeTags(annotation.id, annotation.tagIds, true))
        return false;
    if (!transaction.commit())
        return fail(WriteTransaction::describe(transaction.error()));
    Q_EMIT annotationChanged(annotation.id, annotation.cableId);
    return true;
}

bool AnnotationStore::setNote(qint64 id, const QString &note, const QDateTime &modified)
{
    const bool server = m_library.isServer();
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE annotations SET note = ?,"_s + (server ? u" tsv = ?,"_s : QString())
        + u" modified = ? WHERE id = ?"_s);
    query.addBindValue(notNullText(note));
    if (server)
        query.addBindValue(TsVectorText::fromText(note));
    query.addBindValue(timeText(modified.isValid() ? modified : QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    if (query.numRowsAffected() != 1)
        return fail(tr("The annotation no longer exists."));
    return announceChanged(id);
}

bool AnnotationStore::setTags(qint64 id, const QList<qint64> &tagIds)
{
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT 1 FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return fail(tr("The annotation no longer exists."));
    if (!writeTags(id, tagIds, true))
        return false;
    if (!transaction.commit())
        return fail(WriteTransaction::describe(transaction.error()));
    return announceChanged(id);
}

bool AnnotationStore::setPlacement(const Annotation &annotation)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE annotations SET anchor = ?, start = ?, length = ?, prefix = ?, suffix = ?, detached = ?"
                  " WHERE id = ?"_s);
    query.addBindValue(notNullText(annotation.anchor));
    query.addBindValue(qint64(annotation.start));
    query.addBindValue(qint64(annotation.length));
    query.addBindValue(notNullText(annotation.prefix));
    query.addBindValue(notNullText(annotation.suffix));
    query.addBindValue(annotation.detached ? 1 : 0);
    query.addBindValue(annotation.id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    if (query.numRowsAffected() == 1)
        Q_EMIT annotationChanged(annotation.id, annotation.cableId);
    return true;
}

bool AnnotationStore::remove(qint64 id)
{
    // Read before it goes: listeners need to know which cable lost it.
    const std::optional<Annotation> removed = annotation(id);
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    QSqlQuery query(m_library.database());
    // The draft of its note goes with it; annotation_tags by cascade.
    query.prepare(u"DELETE FROM annotation_drafts WHERE annotation_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    query.prepare(u"DELETE FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    if (!transaction.commit())
        return fail(WriteTransaction::describe(transaction.error()));
    if (removed)
        Q_EMIT annotationRemoved(id, removed->cableId);
    return true;
}

QList<Annotation> AnnotationStore::select(const QString &where, const QVariantList &values) const
{
    QList<Annotation> list;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT "_s + columns + u" FROM annotations a WHERE "_s + where + u" ORDER BY a.anchor, a.start, a.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(WriteTransaction::describe(query.lastError()));
        return list;
    }
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        rowOf.insert(query.value(0).toLongLong(), list.size());
        list.append(readRow(query));
    }
    if (list.isEmpty())
        return list;
    QSqlQuery tags(m_library.database());
    tags.setForwardOnly(true);
    tags.prepare(
        u"SELECT t.annotation_id, t.tag_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id WHERE "_s
        + where + u" ORDER BY t.annotation_id, t.tag_id"_s);
    for (const QVariant &value : values)
        tags.addBindValue(value);
    if (tags.exec()) {
        while (tags.next()) {
            const qsizetype row = rowOf.value(tags.value(0).toLongLong(), -1);
            if (row >= 0)
                list[row].tagIds.append(tags.value(1).toLongLong());
        }
    }
    return list;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    const QList<Annotation> found = select(u"a.id = ?"_s, { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Annotation> AnnotationStore::forCable(const QString &cableId) const
{
    return select(u"a.cable_id = ?"_s, { cableId });
}

QList<Annotation> AnnotationStore::withIds(const QList<qint64> &ids) const
{
    // The browser reads a page of rows at a time: one statement, the tags
    // with them, in no particular order (the caller has its own).
    QList<Annotation> list;
    if (ids.isEmpty())
        return list;
    QStringList placeholders;
    placeholders.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(u"?"_s);
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    const QString tagList =
        m_library.isServer() ? u"string_agg(CAST(tag_id AS TEXT), ',')"_s : u"group_concat(tag_id)"_s;
    query.prepare(u"SELECT "_s + columns + u", (SELECT "_s + tagList
        + u" FROM annotation_tags t WHERE t.annotation_id = a.id) FROM annotations a WHERE a.id IN ("_s
        + placeholders.join(u',') + u')');
    for (qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        fail(WriteTransaction::describe(query.lastError()));
        return list;
    }
    list.reserve(ids.size());
    while (query.next()) {
        Annotation annotation = readRow(query);
        const QString tagIds = query.value(ColumnCount).toString();
        for (QStringView tagId : QStringView(tagIds).split(u',')) {
            if (!tagId.isEmpty())
                annotation.tagIds.append(tagId.toLongLong());
        }
        list.append(std::move(annotation));
    }
    return list;
}

QHash<QString, int> AnnotationStore::countsByAnchor(const QString &cableId) const
{
    QHash<QString, int> counts;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT anchor, count(*) FROM annotations WHERE cable_id = ? AND detached = 0 GROUP BY anchor"_s);
    query.addBindValue(notNullText(cableId));
    if (!query.exec()) {
        fail(WriteTransaction::describe(query.lastError()));
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

QList<Annotation> AnnotationStore::all() const
{
    return select(u"1 = 1"_s, {});
}

qint64 AnnotationStore::count() const
{
    QSqlQuery query(m_library.database());
    return query.exec(u"SELECT count(*) FROM annotations"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AnnotationStore::findEqual(const Annotation &annotation) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT id FROM annotations WHERE cable_id = ? AND anchor = ? AND start = ? AND length = ?"
                  " AND quote = ? AND note = ? LIMIT 1"_s);
    bindPlace(query, annotation);
    query.addBindValue(notNullText(annotation.note));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString AnnotationStore::draftKey(qint64 annotationId)
{
    return u"annotation/"_s + QString::number(annotationId);
}

QString AnnotationStore::newDraftKey(const QString &cableId, const QString &anchor)
{
    return u"new/"_s + cableId + u'/' + anchor;
}

bool AnnotationStore::saveDraft(const Draft &draft)
{
    QSqlQuery query(m_library.database());
    // An upsert, which both engines read the same way.
    query.prepare(
        u"INSERT INTO annotation_drafts (key, annotation_id, cable_id, anchor, text, saved)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET annotation_id = excluded.annotation_id,"
        " cable_id = excluded.cable_id, anchor = excluded.anchor, text = excluded.text, saved = excluded.saved"_s);
    query.addBindValue(notNullText(draft.key));
    query.addBindValue(draft.annotationId > 0 ? QVariant(draft.annotationId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(notNullText(draft.cableId));
    query.addBindValue(notNullText(draft.anchor));
    query.addBindValue(notNullText(draft.text));
    query.addBindValue(timeText(draft.saved.isValid() ? draft.saved : QDateTime::currentDateTimeUtc()));
    return query.exec() || fail(WriteTransaction::describe(query.lastError()));
}

bool AnnotationStore::saveDraft(qint64 annotationId, const QString &text)
{
    Draft draft;
    draft.key = draftKey(annotationId);
    draft.annotationId = annotationId;
    draft.text = text;
    if (const std::optional<Annotation> a = annotation(annotationId)) {
        draft.cableId = a->cableId;
        draft.anchor = a->anchor;
    }
    return saveDraft(draft);
}

std::optional<AnnotationStore::Draft> AnnotationStore::draft(const QString &key) const
{
    QSqlQuery query(m_library.database());
    query.prepare(
        u"SELECT key, coalesce(annotation_id, 0), cable_id, anchor, text, saved FROM annotation_drafts WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Draft { query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), readTime(query.value(5)) };
}

std::optional<AnnotationStore::Draft> AnnotationStore::takeDraft(const QString &key)
{
    std::optional<Draft> found = draft(key);
    if (found && !discardDraft(key))
        return std::nullopt; // kept in the file: better twice than never
    return found;
}

bool AnnotationStore::discardDraft(const QString &key)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM annotation_drafts WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() || fail(WriteTransaction::describe(query.lastError()));
}

QList<AnnotationStore::Draft> AnnotationStore::pendingDrafts() const
{
    QList<Draft> drafts;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT key, coalesce(annotation_id, 0), cable_id, anchor, text, saved FROM annotation_drafts ORDER BY saved, key"_s)) {
        fail(WriteTransaction::describe(query.lastError()));
        return drafts;
    }
    while (query.next()) {
        drafts.append(Draft { query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), readTime(query.value(5)) });
    }
    return drafts;
}
}
