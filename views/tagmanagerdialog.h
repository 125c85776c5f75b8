// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usertag.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QPushButton;
class QTreeWidget;

namespace Reftel
{
class UserTagModel;

// The user's tags as a tree, with how often each is used: rename, recolour,
// merge one into another, delete (asking what becomes of its uses). The
// dialog only asks; it says what the user chose through its signals, and
// the owner of the library applies it (as undoable commands) and calls
// setTags() again.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT
public:
    // What to do with the uses of a deleted tag.
    enum class UsesAnswer
    {
        Cancel,
        Remove,
        Move,
    };
    // Asks the question of deleting a tag that is in use; a seam for tests.
    using DeleteQuestion = std::function<UsesAnswer(const UserTag &tag, int uses, qint64 *moveTo)>;

    explicit TagManagerDialog(QWidget *parent = nullptr);

    void setTags(const QList<UserTag> &tags, const QHash<qint64, int> &useCounts);
    // The tree shows the model's tags and follows them (a rename, a merge
    // made elsewhere shows at once); the use counts are setUseCounts()'.
    void setTagModel(const UserTagModel *tags);
    void setUseCounts(const QHash<qint64, int> &useCounts);
    void setDeleteQuestion(DeleteQuestion question) { m_question = std::move(question); }
    QTreeWidget *tree() const { return m_tree; }
    qint64 currentTagId() const;
    void setCurrentTag(qint64 id);

    // The operations, on the current tag; they ask for what is missing.
    void renameCurrent(const QString &name = {});
    void recolourCurrent(const QString &colour = {});
    void mergeCurrentInto(qint64 into = 0);
    void deleteCurrent();

Q_SIGNALS:
    void renameRequested(qint64 id, const QString &name);
    void recolourRequested(qint64 id, const QString &colour);
    void mergeRequested(qint64 from, qint64 into);
    // moveTo 0: the uses are removed.
    void deleteRequested(qint64 id, qint64 moveTo);

private:
    UsesAnswer askAboutUses(const UserTag &tag, int uses, qint64 *moveTo);
    void updateButtons();

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_recolour = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    const UserTagModel *m_tagModel = nullptr;
    QList<UserTag> m_tags;
    QHash<qint64, int> m_uses;
    DeleteQuestion m_question;
};
}
