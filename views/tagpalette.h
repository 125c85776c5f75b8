// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usertag.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Reftel
{
class UserTagModel;

// Quick tagging from the keyboard: type a few letters of a tag to narrow the
// list, Enter applies the highlighted one; a path not yet a tag
// ("Russia/Military") is offered as a new tag, with a colour to choose; with
// nothing typed, keys 1-9 pick the nine most recent tags.
class TagPalette final : public QDialog
{
    Q_OBJECT
public:
    TagPalette(const QList<UserTag> &tags, const QList<UserTag> &recent, QWidget *parent = nullptr);
    // Lists the model's tags and follows them while open.
    TagPalette(const UserTagModel &tags, const QList<UserTag> &recent, QWidget *parent = nullptr);

    // The colours offered for a new tag.
    static QStringList colours();

    // What was chosen: an existing tag's id, or 0 and a new path with its colour.
    qint64 chosenTagId() const { return m_chosenId; }
    QString chosenPath() const { return m_chosenPath; }
    QString chosenColour() const { return m_chosenColour; }

    QLineEdit *filterField() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void choose();

    QList<UserTag> m_tags;
    QList<UserTag> m_recent;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_colourLabel = nullptr;
    QWidget *m_colourRow = nullptr;
    QButtonGroup *m_colourGroup = nullptr;
    qint64 m_chosenId = 0;
    QString m_chosenPath;
    QString m_chosenColour;
};
}
