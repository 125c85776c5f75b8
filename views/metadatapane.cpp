// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapane.h"

#include "placeholderlabel.h"

#include <QVBoxLayout>

namespace Reftel
{
MetadataPane::MetadataPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new PlaceholderLabel(tr("Open a cable to see its header: date, origin, classification, tags and recipients."), this))
{
    setObjectName(QStringLiteral("metadataPane"));
    setAccessibleName(tr("Metadata"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
}
}
