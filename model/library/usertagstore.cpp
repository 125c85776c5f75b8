// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertagstore.h"

#include "librarydatabase.h"
#include "sqltext.h"
#include "writetransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QVariant parentValue(qint64 parent)
{
    return parent > 0 ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>());
}

// A sibling of the same name: SQLite's SQLITE_CONSTRAINT_UNIQUE or
// PostgreSQL's unique_violation (SQLSTATE 23505).
bool isDuplicateName(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "2067"_L1 || code == "23505"_L1 || error.databaseText().contains("UNIQUE"_L1);
}

// INSERT OR IGNORE, as each engine spells it: the statement is
// "INSERT INTO ..." followed by its VALUES or SELECT.
QString insertIgnoring(const LibraryDatabase &library, const QString &statement)
{
    if (library.isServer())
        return statement + u" ON CONFLICT DO NOTHING"_s;
    return u"INSERT OR IGNORE"_s + statement.mid(6);
}
}

UserTagStore::UserTagStore(LibraryDatabase &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

// Every change, however many rows it touches (a merge moves sub-tags, a
// rename changes the paths below), is announced as the difference between
// the tags before and after; a change made inside another (ensurePath()
// creating parents) is announced once, by the outermost.
template<typename Result, typename Change>
Result UserTagStore::announcing(Change &&change)
{
    const bool outermost = m_depth++ == 0;
    const QList<UserTag> before = outermost ? tags() : QList<UserTag>();
    const Result result = change();
    --m_depth;
    if (outermost && result)
        announce(before);
    return result;
}

void UserTagStore::announce(const QList<UserTag> &before)
{
    QHash<qint64, UserTag> old;
    for (const UserTag &tag : before)
        old.insert(tag.id, tag);
    const QList<UserTag> after = tags();
    for (const UserTag &tag : after) {
        const auto was = old.constFind(tag.id);
        if (was == old.cend())
            Q_EMIT tagAdded(tag.id);
        else if (was->name != tag.name || was->colour != tag.colour || was->parent != tag.parent
            || was->path != tag.path)
            Q_EMIT tagChanged(tag.id);
        old.remove(tag.id);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        Q_EMIT tagRemoved(it.key());
}

bool UserTagStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QList<UserTag> UserTagStore::tags() const
{
    QList<UserTag> all;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, colour, coalesce(parent, 0), last_used FROM user_tags"_s)) {
        fail(WriteTransaction::describe(query.lastError()));
        return all;
    }
    QHash<qint64, QList<UserTag>> byParent;
    while (query.next()) {
        UserTag tag;
        tag.id = query.value(0).toLongLong();
        tag.name = query.value(1).toString();
        tag.colour = query.value(2).toString();
        tag.parent = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            tag.lastUsed = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
        byParent[tag.parent].append(tag);
    }
    // Depth first from the top level, so a tag's parent comes before it.
    const auto walk = [&](auto &&self, qint64 parent, const QString &prefix) -> void {
        QList<UserTag> children = byParent.value(parent);
        std::sort(children.begin(), children.end(), [](const UserTag &a, const UserTag &b) {
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });
        for (UserTag &child : children) {
            child.path = prefix.isEmpty() ? child.name : prefix + u'/' + child.name;
            all.append(child);
            self(self, child.id, child.path);
        }
    };
    walk(walk, 0, QString());
    return all;
}

std::optional<UserTag> UserTagStore::tag(qint64 id) const
{
    for (const UserTag &tag : tags()) {
        if (tag.id == id)
            return tag;
    }
    return std::nullopt;
}

QString UserTagStore::path(qint64 id) const
{
    const std::optional<UserTag> found = tag(id);
    return found ? found->path : QString();
}

qint64 UserTagStore::findPath(const QString &path) const
{
    const QString wanted = path.split(u'/', Qt::SkipEmptyParts).join(u'/');
    for (const UserTag &tag : tags()) {
        if (tag.path.compare(wanted, Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return 0;
}

QList<qint64> UserTagStore::find(const QString &text) const
{
    const QString wanted = text.split(u'/', Qt::SkipEmptyParts).join(u'/');
    QList<qint64> ids;
    for (const UserTag &tag : tags()) {
        if (tag.path.compare(wanted, Qt::CaseInsensitive) == 0 || tag.name.compare(wanted, Qt::CaseInsensitive) == 0)
            ids.append(tag.id);
    }
    return ids;
}

QList<qint64> UserTagStore::subtree(qint64 id) const
{
    QList<qint64> ids { id };
    const QList<UserTag> all = tags();
    // tags() lists parents first, so one pass finds every descendant.
    for (const UserTag &tag : all) {
        if (ids.contains(tag.parent) && !ids.contains(tag.id))
            ids.append(tag.id);
    }
    return ids;
}

qint64 UserTagStore::create(const QString &name, const QString &colour, qint64 parent)
{
    return announcing<qint64>([&] { return createNow(name, colour, parent); });
}

qint64 UserTagStore::createNow(const QString &name, const QString &colour, qint64 parent)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A tag needs a name.")), 0;
    if (trimmed.contains(u'/'))
        return fail(tr("A tag name cannot contain \"/\"; it separates a tag from its parent.")), 0;
    // The driver for PostgreSQL has no last insert id: the row says it.
    const bool server = m_library.isServer();
    QSqlQuery query(m_library.database());
    query.prepare(
        u"INSERT INTO user_tags (name, colour, parent) VALUES (?, ?, ?)"_s + (server ? u" RETURNING id"_s : QString()));
    query.addBindValue(notNullText(trimmed));
    query.addBindValue(notNullText(colour));
    query.addBindValue(parentValue(parent));
    if (!query.exec()) {
        if (isDuplicateName(query.lastError()))
            return fail(tr("There is already a tag named %1 there.").arg(trimmed)), 0;
        return fail(WriteTransaction::describe(query.lastError())), 0;
    }
    if (!server)
        return query.lastInsertId().toLongLong();
    return query.next() ? query.value(0).toLongLong() : (fail(WriteTransaction::describe(query.lastError())), 0);
}

qint64 UserTagStore::ensurePath(const QString &path, const QString &colour)
{
    return announcing<qint64>([&] { return ensurePathNow(path, colour); });
}

qint64 UserTagStore::ensurePathNow(const QString &path, const QString &colour)
{
    const QStringList names = path.split(u'/', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return fail(tr("A tag needs a name.")), 0;
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error())), 0;
    qint64 parent = 0;
    QString prefix;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        prefix = prefix.isEmpty() ? name : prefix + u'/' + name;
        qint64 id = findPath(prefix);
        if (id == 0) {
            id = create(name, colour, parent);
            if (id == 0)
                return 0;
        }
        parent = id;
    }
    if (!transaction.commit())
        return fail(WriteTransaction::describe(transaction.error())), 0;
    return parent;
}

bool UserTagStore::rename(qint64 id, const QString &name)
{
    return announcing<bool>([&] { return renameNow(id, name); });
}

bool UserTagStore::renameNow(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A tag needs a name."));
    if (trimmed.contains(u'/'))
        return fail(tr("A tag name cannot contain \"/\"; it separates a tag from its parent."));
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE user_tags SET name = ? WHERE id = ?"_s);
    query.addBindValue(notNullText(trimmed));
    query.addBindValue(id);
    if (!query.exec()) {
        if (isDuplicateName(query.lastError()))
            return fail(tr("There is already a tag named %1 there.").arg(trimmed));
        return fail(WriteTransaction::describe(query.lastError()));
    }
    return query.numRowsAffected() == 1 || fail(tr("The tag no longer exists."));
}

bool UserTagStore::recolour(qint64 id, const QString &colour)
{
    return announcing<bool>([&] { return recolourNow(id, colour); });
}

bool UserTagStore::recolourNow(qint64 id, const QString &colour)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE user_tags SET colour = ? WHERE id = ?"_s);
    query.addBindValue(notNullText(colour));
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    return query.numRowsAffected() == 1 || fail(tr("The tag no longer exists."));
}

bool UserTagStore::reparent(qint64 id, qint64 parent)
{
    return announcing<bool>([&] { return reparentNow(id, parent); });
}

bool UserTagStore::reparentNow(qint64 id, qint64 parent)
{
    if (parent != 0 && subtree(id).contains(parent))
        return fail(tr("A tag cannot be moved under itself or one of its sub-tags."));
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE user_tags SET parent = ? WHERE id = ?"_s);
    query.addBindValue(parentValue(parent));
    query.addBindValue(id);
    if (!query.exec()) {
        if (isDuplicateName(query.lastError()))
            return fail(tr("There is already a tag with that name there."));
        return fail(WriteTransaction::describe(query.lastError()));
    }
    return query.numRowsAffected() == 1 || fail(tr("The tag no longer exists."));
}

bool UserTagStore::moveUses(qint64 from, qint64 into)
{
    QSqlQuery query(m_library.database());
    const QList<QString> statements {
        insertIgnoring(m_library,
            u"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?"_s),
        insertIgnoring(m_library,
            u"INSERT INTO cable_user_tags (cable_id, tag_id) SELECT cable_id, ? FROM cable_user_tags WHERE tag_id = ?"_s),
    };
    for (const QString &sql : statements) {
        query.prepare(sql);
        query.addBindValue(into);
        query.addBindValue(from);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    for (const QString &sql :
        { u"DELETE FROM annotation_tags WHERE tag_id = ?"_s, u"DELETE FROM cable_user_tags WHERE tag_id = ?"_s }) {
        query.prepare(sql);
        query.addBindValue(from);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    return true;
}

bool UserTagStore::mergeInto(qint64 from, qint64 into)
{
    if (!moveUses(from, into))
        return false;
    const QList<UserTag> all = tags();
    for (const UserTag &child : all) {
        if (child.parent != from)
            continue;
        const auto same = std::find_if(all.begin(), all.end(),
            [&](const UserTag &t) { return t.parent == into && t.name.compare(child.name, Qt::CaseInsensitive) == 0; });
        if (same != all.end()) {
            if (!mergeInto(child.id, same->id))
                return false;
        } else if (!reparent(child.id, into)) {
            return false;
        }
    }
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM user_tags WHERE id = ?"_s);
    query.addBindValue(from);
    return query.exec() || fail(WriteTransaction::describe(query.lastError()));
}

bool UserTagStore::merge(qint64 from, qint64 into)
{
    return announcing<bool>([&] { return mergeNow(from, into); });
}

bool UserTagStore::mergeNow(qint64 from, qint64 into)
{
    if (from == into || subtree(from).contains(into))
        return fail(tr("A tag cannot be merged into itself or one of its sub-tags."));
    if (!tag(from) || !tag(into))
        return fail(tr("The tag no longer exists."));
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    if (!mergeInto(from, into))
        return false;
    return transaction.commit() || fail(WriteTransaction::describe(transaction.error()));
}

bool UserTagStore::remove(qint64 id, DeletePolicy policy, qint64 moveTo)
{
    return announcing<bool>([&] { return removeNow(id, policy, moveTo); });
}

bool UserTagStore::removeNow(qint64 id, DeletePolicy policy, qint64 moveTo)
{
    const QList<qint64> doomed = subtree(id);
    if (policy == DeletePolicy::MoveUses && (moveTo == 0 || doomed.contains(moveTo) || !tag(moveTo)))
        return fail(tr("Choose a tag outside the deleted ones to receive their uses."));
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    if (policy == DeletePolicy::MoveUses) {
        for (qint64 tagId : doomed) {
            if (!moveUses(tagId, moveTo))
                return false;
        }
    }
    // ON DELETE CASCADE takes the sub-tags and the remaining uses.
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM user_tags WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    return transaction.commit() || fail(WriteTransaction::describe(transaction.error()));
}

bool UserTagStore::tagCable(const QString &cableId, qint64 tagId)
{
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    QSqlQuery query(m_library.database());
    query.prepare(insertIgnoring(m_library, u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES (?, ?)"_s));
    query.addBindValue(notNullText(cableId));
    query.addBindValue(tagId);
    if (!query.exec())
        return fail(WriteTransaction::describe(query.lastError()));
    if (!markUsed({ tagId }))
        return false;
    return transaction.commit() || fail(WriteTransaction::describe(transaction.error()));
}

bool UserTagStore::untagCable(const QString &cableId, qint64 tagId)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM cable_user_tags WHERE cable_id = ? AND tag_id = ?"_s);
    query.addBindValue(notNullText(cableId));
    query.addBindValue(tagId);
    return query.exec() || fail(WriteTransaction::describe(query.lastError()));
}

QList<qint64> UserTagStore::cableTags(const QString &cableId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT tag_id FROM cable_user_tags WHERE cable_id = ? ORDER BY tag_id"_s);
    query.addBindValue(notNullText(cableId));
    if (!query.exec()) {
        fail(WriteTransaction::describe(query.lastError()));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<UserTag> UserTagStore::recent(int count) const
{
    QList<UserTag> used;
    for (const UserTag &tag : tags()) {
        if (tag.lastUsed.isValid())
            used.append(tag);
    }
    std::stable_sort(
        used.begin(), used.end(), [](const UserTag &a, const UserTag &b) { return a.lastUsed > b.lastUsed; });
    return used.mid(0, count);
}

bool UserTagStore::markUsed(const QList<qint64> &ids)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE user_tags SET last_used = ? WHERE id = ?"_s);
    // Milliseconds apart would tie for tags applied together; the later in
    // the list counts as the more recent.
    QDateTime when = QDateTime::currentDateTimeUtc();
    for (qint64 id : ids) {
        query.addBindValue(when.toString(Qt::ISODateWithMs));
        query.addBindValue(id);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
        when = when.addMSecs(1);
    }
    return true;
}

int UserTagStore::useCount(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT (SELECT count(*) FROM annotation_tags WHERE tag_id = ?)"
                  " + (SELECT count(*) FROM cable_user_tags WHERE tag_id = ?)"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

UserTagStore::Snapshot UserTagStore::snapshot(const QList<qint64> &roots) const
{
    Snapshot snapshot;
    QSet<qint64> ids;
    for (qint64 root : roots) {
        for (qint64 id : subtree(root))
            ids.insert(id);
    }
    for (const UserTag &tag : tags()) {
        if (ids.contains(tag.id))
            snapshot.tags.append(tag);
    }
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    for (const UserTag &tag : std::as_const(snapshot.tags)) {
        query.prepare(u"SELECT annotation_id FROM annotation_tags WHERE tag_id = ?"_s);
        query.addBindValue(tag.id);
        if (query.exec()) {
            while (query.next())
                snapshot.annotationUses.append({ query.value(0).toLongLong(), tag.id });
        }
        query.prepare(u"SELECT cable_id FROM cable_user_tags WHERE tag_id = ?"_s);
        query.addBindValue(tag.id);
        if (query.exec()) {
            while (query.next())
                snapshot.cableUses.append({ query.value(0).toString(), tag.id });
        }
    }
    return snapshot;
}

bool UserTagStore::restore(const Snapshot &snapshot)
{
    return announcing<bool>([&] { return restoreNow(snapshot); });
}

bool UserTagStore::restoreNow(const Snapshot &snapshot)
{
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(WriteTransaction::describe(transaction.error()));
    QSqlQuery query(m_library.database());
    // An upsert, not INSERT OR REPLACE: replacing deletes the row first, and
    // the cascade would take the sub-tags and uses with it.
    query.prepare(u"INSERT INTO user_tags (id, name, colour, parent, last_used) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (id) DO UPDATE SET name = excluded.name, colour = excluded.colour,"
                  " parent = excluded.parent, last_used = excluded.last_used"_s);
    for (const UserTag &tag : snapshot.tags) {
        query.addBindValue(tag.id);
        query.addBindValue(notNullText(tag.name));
        query.addBindValue(notNullText(tag.colour));
        query.addBindValue(parentValue(tag.parent));
        query.addBindValue(tag.lastUsed.isValid() ? QVariant(tag.lastUsed.toString(Qt::ISODateWithMs))
                                                  : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    // The uses become exactly the snapshot's.
    for (const UserTag &tag : snapshot.tags) {
        for (const QString &sql :
            { u"DELETE FROM annotation_tags WHERE tag_id = ?"_s, u"DELETE FROM cable_user_tags WHERE tag_id = ?"_s }) {
            query.prepare(sql);
            query.addBindValue(tag.id);
            if (!query.exec())
                return fail(WriteTransaction::describe(query.lastError()));
        }
    }
    // An annotation deleted since has no row to point at: skip its uses.
    query.prepare(insertIgnoring(m_library,
        u"INSERT INTO annotation_tags (annotation_id, tag_id)"
        " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?)"_s));
    for (const auto &[annotationId, tagId] : snapshot.annotationUses) {
        query.addBindValue(annotationId);
        query.addBindValue(tagId);
        query.addBindValue(annotationId);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    query.prepare(insertIgnoring(m_library, u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES (?, ?)"_s));
    for (const auto &[cableId, tagId] : snapshot.cableUses) {
        query.addBindValue(notNullText(cableId));
        query.addBindValue(tagId);
        if (!query.exec())
            return fail(WriteTransaction::describe(query.lastError()));
    }
    return transaction.commit() || fail(WriteTransaction::describe(transaction.error()));
}
}
