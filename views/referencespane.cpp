// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencespane.h"

#include "placeholderlabel.h"

#include <QVBoxLayout>

namespace Reftel
{
ReferencesPane::ReferencesPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new PlaceholderLabel(tr("Open a cable to see the cables it cites and the cables that cite it."), this))
{
    setObjectName(QStringLiteral("referencesPane"));
    setAccessibleName(tr("References"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
}
}
