// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspane.h"

#include "placeholderlabel.h"

#include <QVBoxLayout>

namespace Reftel
{
AnnotationsPane::AnnotationsPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new PlaceholderLabel(tr("Open a cable to see your tags and notes on it."), this))
{
    setObjectName(QStringLiteral("annotationsPane"));
    setAccessibleName(tr("Annotations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
}
}
