// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingarea.h"

#include "placeholderlabel.h"

#include <QVBoxLayout>

namespace Reftel
{
ReadingArea::ReadingArea(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new PlaceholderLabel(tr("Choose a cable in the library to read it here."), this))
{
    setObjectName(QStringLiteral("readingArea"));
    setAccessibleName(tr("Reading area"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
}
}
