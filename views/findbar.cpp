// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
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

    // Icons with the words as tooltips and accessible names: the bar fits a
    // narrow column without pushing the other column aside, and the field
    // keeps room for a word or two.
    const auto setUp = [this](QToolButton *button, const QString &theme, QStyle::StandardPixmap fallback,
                           const QString &name, const QString &tip) {
        button->setIcon(QIcon::fromTheme(theme, style()->standardIcon(fallback)));
        button->setText(name);
        button->setAccessibleName(name);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
    };
    setUp(m_previous, QStringLiteral("go-up"), QStyle::SP_ArrowUp, tr("Previous"), tr("Previous match (Shift+Enter)"));
    setUp(m_next, QStringLiteral("go-down"), QStyle::SP_ArrowDown, tr("Next"), tr("Next match (Enter)"));
    setUp(m_close, QStringLiteral("window-close"), QStyle::SP_TitleBarCloseButton, tr("Close"), tr("Close (Escape)"));
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * MinimumFieldCharacters);

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
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            Q_EMIT findPrevious(text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
}
