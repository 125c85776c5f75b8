// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationlistmodel.h"
#include "usertag.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QTreeView;

namespace Reftel
{
class AnnotationGroupModel;
class UserTagModel;

// Every annotation of the library, filtered by tag (with its sub-tags),
// author, creation date, the cable's origin, classification and year, and
// words of the note; listed flat or grouped by cable or by tag. Activating a
// row asks for the cable to open at the passage.
class AnnotationsBrowser final : public QWidget
{
    Q_OBJECT
public:
    enum class Grouping
    {
        None,
        ByCable,
        ByTag,
    };

    explicit AnnotationsBrowser(QWidget *parent = nullptr);

    // The model lives with the library; the browser only filters and shows it.
    void setModel(AnnotationListModel *model);
    void setTags(const QList<UserTag> &tags);
    // The tag filter lists the model's tags and follows them (a tag renamed
    // while the browser is open shows its new name); null lists none.
    void setTagModel(const UserTagModel *tags);
    // Applies the fields now rather than after the typing pause.
    void applyFilter();
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Reads the library again (after an edit) keeping the filter.
    void reload();

    QTreeView *view() const { return m_view; }
    QComboBox *tagField() const { return m_tag; }
    QLineEdit *authorField() const { return m_author; }
    QLineEdit *noteField() const { return m_note; }
    QLineEdit *originField() const { return m_origin; }
    QComboBox *groupField() const { return m_group; }
    QLabel *status() const { return m_status; }
    // The rows shown, as "CABLE ¶N “quote”" lines with group headings: what the reader sees.
    QStringList shownRows() const;

Q_SIGNALS:
    void passageActivated(const QString &cableId, qint64 annotationId);

private:
    void onActivated(const QModelIndex &index);
    void updateStatus();

    AnnotationListModel *m_model = nullptr;
    const UserTagModel *m_tagModel = nullptr;
    AnnotationGroupModel *m_groups = nullptr; // the grouped views, over m_model while one is shown
    QMetaObject::Connection m_expandOnReset;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_origin = nullptr;
    QComboBox *m_classification = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_delay = nullptr;
    Grouping m_grouping = Grouping::None;
};
}
