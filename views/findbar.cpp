// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Reftel
{
FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in cable"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in cable"));
    m_field->setAccessibleName(tr("Find in cable"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close (Escape)"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { Q_EMIT findNext(text()); });
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT findNext(text()); });
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT findPrevious(text()); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setMatchCount(int count, bool found)
{
    if (text().isEmpty())
        m_status->clear();
    else if (!found || count == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%n match(es)", nullptr, count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers().testFlag(Qt::ShiftModifier)) {
            Q_EMIT findPrevious(text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
}
