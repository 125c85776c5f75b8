// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace Reftel
{
// The post names of the release's reference ids (ASTANA, USUNNEWYORK,
// RIODEJANEIRO, STATE...) and the ways cables write them: "USUN NEW YORK",
// "RIO DE JAN", "SECSTATE", "AMEMBASSY PARIS", "Hong Kong". Read from the
// resources (:/posts), immutable once built, shared by every thread.
class PostNames final
{
public:
    static const PostNames &instance();

    // posts: one name a line; aliases: WRITTEN<TAB>POST lines; '#' starts a comment.
    PostNames(QIODevice *posts, QIODevice *aliases);

    // The release's post name for a written one; empty when it names no post
    // the release knows (it may still be a post: resolveOrCompact() keeps it).
    QString resolve(QStringView written) const;
    // resolve(), or the written name in capitals without spaces when it names no known post.
    QString resolveOrCompact(QStringView written) const;
    bool isPost(QStringView compact) const { return m_posts.contains(compact.toString()); }
    qsizetype size() const { return m_posts.size(); }

    // Letters only, in capitals: "Rio de Jan." -> "RIODEJAN".
    static QString compact(QStringView written);

private:
    QString resolveCompact(const QString &compact, int depth) const;
    QString uniquePrefix(const QString &compact) const;

    QSet<QString> m_posts;
    QStringList m_sorted; // m_posts in order, for the prefix search
    QHash<QString, QString> m_aliases;
};
}
