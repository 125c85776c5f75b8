// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencespane.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Reftel
{
namespace
{
constexpr int IdRole = Qt::UserRole + 1;
}

ReferencesPane::ReferencesPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("referencesPane"));
    setAccessibleName(tr("References"));
    m_tree->setObjectName(QStringLiteral("referencesTree"));
    m_tree->setAccessibleName(tr("References and citing cables"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Reference"), tr("State"), tr("Subject") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_title->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT cableActivated(id, QApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    clear();
}

QString ReferencesPane::publicAddress(const QString &id)
{
    return QStringLiteral("https://wikileaks.org/plusd/cables/") + id + QStringLiteral("_a.html");
}

QString ReferencesPane::stateText(ReferenceResolver::State state)
{
    switch (state) {
    case ReferenceResolver::State::Resolved:
        return tr("in the library");
    case ReferenceResolver::State::Probable:
        return tr("probably");
    case ReferenceResolver::State::Missing:
        return tr("missing");
    case ReferenceResolver::State::NotACable:
        return tr("not a cable");
    case ReferenceResolver::State::Pending:
        break;
    }
    return tr("not yet resolved");
}

void ReferencesPane::clear()
{
    m_tree->clear();
    m_title->setText(tr("Open a cable to see the cables it cites and the cables that cite it."));
}

QTreeWidgetItem *ReferencesPane::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, { title });
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    return group;
}

void ReferencesPane::setLinks(const QString &cableId, const QList<ReferenceResolver::Link> &references,
    const QList<ReferenceResolver::Link> &citedBy)
{
    m_tree->clear();
    m_title->setText(tr("%1 cites %n cable(s)", nullptr, int(references.size())).arg(cableId));
    QTreeWidgetItem *refs = addGroup(tr("References (%1)").arg(references.size()));
    for (const ReferenceResolver::Link &link : references) {
        // The id it names (or the text, for EMAIL and the like); the full text is the tooltip.
        const QString label = (link.letter.isEmpty() ? QString() : link.letter + QStringLiteral(". "))
            + (link.citedId.isEmpty() ? link.text : link.citedId);
        QString state = stateText(link.state);
        if (link.state == ReferenceResolver::State::Probable)
            state += u' ' + link.targetId;
        auto *item =
            new QTreeWidgetItem(refs, { label, state, link.otherSubject.isEmpty() ? link.title : link.otherSubject });
        const bool inLibrary =
            link.state == ReferenceResolver::State::Resolved || link.state == ReferenceResolver::State::Probable;
        if (inLibrary)
            item->setData(0, IdRole, link.targetId);
        QString tip = link.text;
        if (link.state == ReferenceResolver::State::Probable)
            tip += QStringLiteral("\n") + tr("Probably %1: %2").arg(link.targetId, link.reason);
        else if (link.state == ReferenceResolver::State::Missing && !link.citedId.isEmpty())
            tip += QStringLiteral("\n") + tr("Not in this library. Public copy: %1").arg(publicAddress(link.citedId));
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
        // Set apart by shape, not by a colour taken now: the palette may change to dark later.
        if (!inLibrary) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        }
    }
    QTreeWidgetItem *back = addGroup(tr("Cited by (%1)").arg(citedBy.size()));
    for (const ReferenceResolver::Link &link : citedBy) {
        auto *item = new QTreeWidgetItem(back, { link.citingId, stateText(link.state), link.otherSubject });
        item->setData(0, IdRole, link.citingId);
        item->setToolTip(0, link.text);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}
}
