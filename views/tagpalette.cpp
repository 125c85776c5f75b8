// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpalette.h"

#include "usertagmodel.h"

#include <QButtonGroup>
#include <QColor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Reftel
{
namespace
{
constexpr int TagIdRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    const QColor c(colour);
    pixmap.fill(c.isValid() ? c : UserTag::defaultColour());
    return QIcon(pixmap);
}

// A path as the user means it: trimmed, no empty levels.
QString cleanPath(const QString &text)
{
    QStringList parts;
    const QStringList raw = text.split(u'/');
    for (const QString &part : raw) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(u'/');
}
}

QStringList TagPalette::colours()
{
    return { QStringLiteral("#dc2626"), QStringLiteral("#ea580c"), QStringLiteral("#ca8a04"), QStringLiteral("#16a34a"),
        QStringLiteral("#0891b2"), QStringLiteral("#2563eb"), QStringLiteral("#7c3aed"), QStringLiteral("#db2777") };
}

TagPalette::TagPalette(const UserTagModel &tags, const QList<UserTag> &recent, QWidget *parent)
    : TagPalette(tags.tags(), recent, parent)
{
    connect(&tags, &UserTagModel::tagsChanged, this, [this, &tags] {
        m_tags = tags.tags();
        // The recent ones as they are now; a deleted one is gone.
        QList<UserTag> current;
        for (const UserTag &tag : std::as_const(m_recent)) {
            const int row = tags.rowOf(tag.id);
            if (row >= 0)
                current.append(m_tags.at(row));
        }
        m_recent = current;
        refill();
    });
}

TagPalette::TagPalette(const QList<UserTag> &tags, const QList<UserTag> &recent, QWidget *parent)
    : QDialog(parent)
    , m_tags(tags)
    , m_recent(recent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_colourLabel(new QLabel(tr("Colour of the new tag:"), this))
    , m_colourRow(new QWidget(this))
    , m_colourGroup(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("tagPalette"));
    setWindowTitle(tr("Tag"));
    auto *layout = new QVBoxLayout(this);
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setAccessibleName(tr("Tag"));
    m_filter->setPlaceholderText(tr("Type a tag, or a new path like Russia/Military; 1–9 for a recent tag"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleName(tr("Tags"));
    layout->addWidget(m_list);

    auto *row = new QHBoxLayout(m_colourRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_colourLabel);
    const QStringList choices = colours();
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QToolButton(m_colourRow);
        button->setCheckable(true);
        button->setIcon(swatch(choices.at(i)));
        button->setToolTip(choices.at(i));
        button->setAccessibleName(tr("Colour %1").arg(choices.at(i)));
        m_colourGroup->addButton(button, i);
        row->addWidget(button);
    }
    row->addStretch();
    // A colour not yet in use among the tags, so a new tag stands out.
    const int pick = int(m_tags.size() % choices.size());
    m_colourGroup->button(pick)->setChecked(true);
    layout->addWidget(m_colourRow);

    connect(m_filter, &QLineEdit::textChanged, this, &TagPalette::refill);
    connect(m_filter, &QLineEdit::returnPressed, this, &TagPalette::choose);
    connect(m_list, &QListWidget::itemActivated, this, &TagPalette::choose);
    refill();
    resize(460, 360);
}

void TagPalette::refill()
{
    m_list->clear();
    const QString typed = cleanPath(m_filter->text());
    if (typed.isEmpty()) {
        for (int i = 0; i < m_recent.size() && i < 9; ++i) {
            const UserTag &tag = m_recent.at(i);
            auto *item = new QListWidgetItem(swatch(tag.colour), tr("%1  %2").arg(i + 1).arg(tag.path), m_list);
            item->setData(TagIdRole, tag.id);
            item->setData(PathRole, tag.path);
        }
    }
    bool exact = false;
    for (const UserTag &tag : std::as_const(m_tags)) {
        if (!typed.isEmpty() && !tag.path.contains(typed, Qt::CaseInsensitive))
            continue;
        if (typed.isEmpty()
            && std::any_of(m_recent.begin(), m_recent.end(), [&](const UserTag &r) { return r.id == tag.id; }))
            continue;
        exact = exact || tag.path.compare(typed, Qt::CaseInsensitive) == 0;
        auto *item = new QListWidgetItem(swatch(tag.colour), tag.path, m_list);
        item->setData(TagIdRole, tag.id);
        item->setData(PathRole, tag.path);
    }
    if (!typed.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(tr("New tag “%1”").arg(typed));
        item->setData(TagIdRole, qint64(0));
        item->setData(PathRole, typed);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        // Existing tags first when some match; the new one first when none do.
        if (m_list->count() == 0)
            m_list->addItem(item);
        else
            m_list->insertItem(m_list->count(), item);
    }
    m_colourRow->setVisible(!typed.isEmpty() && !exact);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TagPalette::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosenId = item->data(TagIdRole).toLongLong();
    m_chosenPath = item->data(PathRole).toString();
    m_chosenColour = m_chosenId == 0 ? colours().value(m_colourGroup->checkedId()) : QString();
    accept();
}

bool TagPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Up and down move in the list while the typing stays in the field.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
        if (m_filter->text().isEmpty() && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9
            && key->modifiers() == Qt::NoModifier) {
            const int index = key->key() - Qt::Key_1;
            if (index < m_recent.size()) {
                m_list->setCurrentRow(index);
                choose();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}
}
