// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "usertagmodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Reftel
{
namespace
{
constexpr int TagIdRole = Qt::UserRole + 1;
}

TagManagerDialog::TagManagerDialog(QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_recolour(new QPushButton(tr("&Colour…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Manage Tags"));
    auto *layout = new QHBoxLayout(this);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setAccessibleName(tr("Your tags"));
    m_tree->setHeaderLabels({ tr("Tag"), tr("Uses") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_rename, m_recolour, m_merge, m_delete })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_rename, &QPushButton::clicked, this, [this] { renameCurrent(); });
    connect(m_recolour, &QPushButton::clicked, this, [this] { recolourCurrent(); });
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeCurrentInto(); });
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::deleteCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagManagerDialog::updateButtons);
    updateButtons();
    resize(520, 420);
}

void TagManagerDialog::setTags(const QList<UserTag> &tags, const QHash<qint64, int> &useCounts)
{
    const qint64 current = currentTagId();
    m_tags = tags;
    m_uses = useCounts;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    // tags() lists parents before children.
    for (const UserTag &tag : tags) {
        QTreeWidgetItem *parent = items.value(tag.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, tag.name);
        item->setText(1, QString::number(useCounts.value(tag.id)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QPixmap pixmap(12, 12);
        const QColor colour(tag.colour);
        pixmap.fill(colour.isValid() ? colour : UserTag::defaultColour());
        item->setIcon(0, QIcon(pixmap));
        item->setData(0, TagIdRole, tag.id);
        item->setToolTip(0, tag.path);
        items.insert(tag.id, item);
    }
    m_tree->expandAll();
    setCurrentTag(current);
    updateButtons();
}

void TagManagerDialog::setTagModel(const UserTagModel *tags)
{
    if (m_tagModel)
        disconnect(m_tagModel, nullptr, this, nullptr);
    m_tagModel = tags;
    setTags(tags ? tags->tags() : QList<UserTag> {}, m_uses);
    if (tags)
        connect(tags, &UserTagModel::tagsChanged, this, [this] { setTags(m_tagModel->tags(), m_uses); });
}

void TagManagerDialog::setUseCounts(const QHash<qint64, int> &useCounts)
{
    setTags(m_tags, useCounts);
}

qint64 TagManagerDialog::currentTagId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, TagIdRole).toLongLong() : 0;
}

void TagManagerDialog::setCurrentTag(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, TagIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TagManagerDialog::updateButtons()
{
    const bool any = currentTagId() != 0;
    for (QPushButton *button : { m_rename, m_recolour, m_merge, m_delete })
        button->setEnabled(any);
}

void TagManagerDialog::renameCurrent(const QString &name)
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    QString newName = name;
    if (newName.isEmpty()) {
        const QString old = m_tree->currentItem()->text(0);
        bool ok = false;
        newName =
            QInputDialog::getText(this, tr("Rename Tag"), tr("New name of “%1”:").arg(old), QLineEdit::Normal, old, &ok)
                .trimmed();
        if (!ok || newName.isEmpty() || newName == old)
            return;
    }
    if (newName.contains(u'/')) {
        QMessageBox::warning(
            this, tr("Rename Tag"), tr("A tag's name cannot hold “/”: it separates a tag from its parent."));
        return;
    }
    Q_EMIT renameRequested(id, newName);
}

void TagManagerDialog::recolourCurrent(const QString &colour)
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    QString chosen = colour;
    if (chosen.isEmpty()) {
        QColor initial;
        for (const UserTag &tag : std::as_const(m_tags)) {
            if (tag.id == id)
                initial = QColor(tag.colour);
        }
        const QColor picked =
            QColorDialog::getColor(initial.isValid() ? initial : UserTag::defaultColour(), this, tr("Tag Colour"));
        if (!picked.isValid())
            return;
        chosen = picked.name();
    }
    Q_EMIT recolourRequested(id, chosen);
}

void TagManagerDialog::mergeCurrentInto(qint64 into)
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    if (into == 0) {
        QStringList paths;
        QList<qint64> ids;
        QString from;
        for (const UserTag &tag : std::as_const(m_tags)) {
            if (tag.id == id) {
                from = tag.path;
                continue;
            }
            paths << tag.path;
            ids << tag.id;
        }
        if (paths.isEmpty())
            return;
        bool ok = false;
        const QString target =
            QInputDialog::getItem(this, tr("Merge Tags"), tr("Merge “%1” into:").arg(from), paths, 0, false, &ok);
        if (!ok)
            return;
        into = ids.value(paths.indexOf(target));
    }
    if (into != 0 && into != id)
        Q_EMIT mergeRequested(id, into);
}

TagManagerDialog::UsesAnswer TagManagerDialog::askAboutUses(const UserTag &tag, int uses, qint64 *moveTo)
{
    if (m_question)
        return m_question(tag, uses, moveTo);
    QMessageBox box(QMessageBox::Question, tr("Delete Tag"),
        tr("Uses of “%1” and its sub-tags: %2. What should become of them?").arg(tag.path).arg(uses),
        QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Remove the Tag from Them"), QMessageBox::DestructiveRole);
    QPushButton *move = box.addButton(tr("Give Them Another Tag…"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == remove)
        return UsesAnswer::Remove;
    if (box.clickedButton() != move)
        return UsesAnswer::Cancel;
    QStringList paths;
    QList<qint64> ids;
    for (const UserTag &other : std::as_const(m_tags)) {
        if (other.id != tag.id && !other.path.startsWith(tag.path + u'/')) {
            paths << other.path;
            ids << other.id;
        }
    }
    if (paths.isEmpty())
        return UsesAnswer::Cancel;
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Delete Tag"), tr("Give the uses of “%1” to:").arg(tag.path), paths, 0, false, &ok);
    if (!ok)
        return UsesAnswer::Cancel;
    *moveTo = ids.value(paths.indexOf(target));
    return UsesAnswer::Move;
}

void TagManagerDialog::deleteCurrent()
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    UserTag tag;
    int uses = 0;
    for (const UserTag &t : std::as_const(m_tags)) {
        if (t.id == id)
            tag = t;
        if (t.id == id || t.path.startsWith(tag.path + u'/'))
            uses += m_uses.value(t.id);
    }
    qint64 moveTo = 0;
    if (uses > 0) {
        const UsesAnswer answer = askAboutUses(tag, uses, &moveTo);
        if (answer == UsesAnswer::Cancel)
            return;
        if (answer == UsesAnswer::Remove)
            moveTo = 0;
    }
    Q_EMIT deleteRequested(id, moveTo);
}
}
