// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsbrowser.h"

#include "annotationgroupmodel.h"
#include "itemroles.h"
#include "usertagmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Reftel
{
AnnotationsBrowser::AnnotationsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_groups(new AnnotationGroupModel(this))
    , m_tag(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_origin(new QLineEdit(this))
    , m_classification(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_group(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("annotationsBrowser"));
    setAccessibleName(tr("Annotations browser"));
    setWindowTitle(tr("Annotations Browser"));
    auto *layout = new QVBoxLayout(this);
    auto *fields = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *middle = new QFormLayout;
    auto *right = new QFormLayout;
    m_tag->setObjectName(QStringLiteral("browserTag"));
    m_author->setObjectName(QStringLiteral("browserAuthor"));
    m_author->setPlaceholderText(tr("any author"));
    m_note->setObjectName(QStringLiteral("browserNote"));
    m_note->setPlaceholderText(tr("words of the note, kaz* for a prefix"));
    m_note->setClearButtonEnabled(true);
    m_origin->setObjectName(QStringLiteral("browserOrigin"));
    m_origin->setPlaceholderText(tr("ASTANA, Embassy Moscow…"));
    m_classification->addItem(tr("Any"), QString());
    for (const char *c : { "UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL",
             "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN" })
        m_classification->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_year->setRange(1965, 2010);
    m_year->setSpecialValueText(tr("Any"));
    m_year->setMinimum(1965);
    m_year->setValue(1965);
    for (QDateEdit *date : { m_from, m_to }) {
        date->setCalendarPopup(true);
        date->setMinimumDate(QDate(2000, 1, 1));
        date->setSpecialValueText(tr("Any"));
        date->setDate(date->minimumDate());
    }
    m_group->setObjectName(QStringLiteral("browserGroup"));
    m_group->addItem(tr("No grouping"));
    m_group->addItem(tr("By cable"));
    m_group->addItem(tr("By tag"));
    left->addRow(tr("&Tag:"), m_tag);
    left->addRow(tr("&Note:"), m_note);
    left->addRow(tr("A&uthor:"), m_author);
    middle->addRow(tr("&Origin:"), m_origin);
    middle->addRow(tr("&Classification:"), m_classification);
    middle->addRow(tr("Cable &year:"), m_year);
    right->addRow(tr("Created &from:"), m_from);
    right->addRow(tr("Created t&o:"), m_to);
    right->addRow(tr("&Group:"), m_group);
    fields->addLayout(left, 2);
    fields->addLayout(middle, 1);
    fields->addLayout(right, 1);
    layout->addLayout(fields);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setAccessibleName(tr("Annotations found"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    layout->addWidget(m_status);

    // Filter after a short pause in typing, not on every key.
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &AnnotationsBrowser::applyFilter);
    for (QLineEdit *edit : { m_author, m_note, m_origin })
        connect(edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::currentIndexChanged, this, &AnnotationsBrowser::applyFilter);
    connect(m_classification, &QComboBox::currentIndexChanged, this, &AnnotationsBrowser::applyFilter);
    connect(m_year, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_group, &QComboBox::currentIndexChanged, this, [this](int index) { setGrouping(Grouping(index)); });
    // A group made by an edit opens, as every group does.
    connect(m_groups, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &group, int first, int last) {
        if (group.isValid() || m_view->model() != m_groups)
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(m_groups->index(row, 0));
    });
    connect(m_view, &QTreeView::activated, this, &AnnotationsBrowser::onActivated);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsBrowser::onActivated);
    resize(1000, 600);
}

void AnnotationsBrowser::setModel(AnnotationListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_groups->setSourceModel(nullptr);
    if (m_model) {
        // The count follows the model's exact changes: an undo step is one row.
        connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsBrowser::updateStatus);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationsBrowser::updateStatus);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationsBrowser::updateStatus);
    }
    setGrouping(m_grouping);
}

void AnnotationsBrowser::setTags(const QList<UserTag> &tags)
{
    const qint64 current = m_tag->currentData().toLongLong();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), qint64(0));
    for (const UserTag &tag : tags) {
        QPixmap pixmap(12, 12);
        const QColor colour(tag.colour);
        pixmap.fill(colour.isValid() ? colour : UserTag::defaultColour());
        m_tag->addItem(QIcon(pixmap), tag.path, tag.id);
    }
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
}

void AnnotationsBrowser::setTagModel(const UserTagModel *tags)
{
    if (m_tagModel)
        disconnect(m_tagModel, nullptr, this, nullptr);
    m_tagModel = tags;
    setTags(tags ? tags->tags() : QList<UserTag> {});
    if (tags)
        connect(tags, &UserTagModel::tagsChanged, this, [this] { setTags(m_tagModel->tags()); });
}

void AnnotationsBrowser::applyFilter()
{
    m_delay->stop();
    if (!m_model)
        return;
    AnnotationListModel::Filter filter;
    filter.tagId = m_tag->currentData().toLongLong();
    filter.author = m_author->text().trimmed();
    filter.noteWords = m_note->text().trimmed();
    filter.origin = m_origin->text().trimmed();
    filter.classification = m_classification->currentData().toString();
    filter.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    updateStatus();
}

void AnnotationsBrowser::reload()
{
    if (!m_model)
        return;
    m_model->reload();
    updateStatus();
}

void AnnotationsBrowser::setGrouping(Grouping grouping)
{
    m_grouping = grouping;
    if (m_group->currentIndex() != int(grouping)) {
        const QSignalBlocker blocker(m_group);
        m_group->setCurrentIndex(int(grouping));
    }
    if (!m_model) {
        m_view->setModel(nullptr);
        return;
    }
    if (grouping == Grouping::None) {
        // The groups read every row: they follow the list only while shown.
        m_groups->setSourceModel(nullptr);
        m_view->setRootIsDecorated(false);
        m_view->setModel(m_model);
        m_view->header()->resizeSection(AnnotationListModel::QuoteColumn, 320);
        m_view->header()->resizeSection(AnnotationListModel::NoteColumn, 260);
    } else {
        m_groups->setGrouping(grouping == Grouping::ByCable ? AnnotationGroupModel::Grouping::ByCable
                                                            : AnnotationGroupModel::Grouping::ByTag);
        if (m_groups->sourceModel() != m_model)
            m_groups->setSourceModel(m_model);
        m_view->setRootIsDecorated(true);
        m_view->setModel(m_groups);
        // Connected after the view's own handler, which collapses everything on a reset (a new filter).
        disconnect(m_expandOnReset);
        m_expandOnReset = connect(m_groups, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
        m_view->expandAll();
        m_view->header()->resizeSection(0, 380);
        m_view->header()->resizeSection(1, 300);
        m_view->header()->resizeSection(2, 180);
        m_view->header()->resizeSection(3, 100);
    }
    updateStatus();
}

void AnnotationsBrowser::onActivated(const QModelIndex &index)
{
    // A group's own row has no cable.
    const QString cableId = index.data(ItemRole::CableId).toString();
    if (!cableId.isEmpty())
        Q_EMIT passageActivated(cableId, index.data(ItemRole::AnnotationId).toLongLong());
}

void AnnotationsBrowser::updateStatus()
{
    if (!m_model) {
        m_status->clear();
        return;
    }
    if (!m_model->errorString().isEmpty()) {
        m_status->setText(m_model->errorString());
        return;
    }
    const int rows = m_model->rowCount();
    m_status->setText(rows == 1 ? tr("1 annotation") : tr("%1 annotations").arg(QLocale().toString(rows)));
}

QStringList AnnotationsBrowser::shownRows() const
{
    QStringList lines;
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return lines;
    const std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            QString line = QString(depth * 2, u' ');
            if (m_grouping == Grouping::None) {
                line += index.data().toString() + u' '
                    + model->index(r, AnnotationListModel::ParagraphColumn, parent).data().toString()
                    + QStringLiteral(" “") + model->index(r, AnnotationListModel::QuoteColumn, parent).data().toString()
                    + QStringLiteral("”");
            } else {
                line += index.data().toString();
            }
            lines << line;
            walk(index, depth + 1);
        }
    };
    walk({}, 0);
    return lines;
}
}
