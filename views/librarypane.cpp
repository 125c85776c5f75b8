// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "samplecables.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Reftel
{
LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    setAccessibleName(tr("Library"));

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search cables (e.g. manas* origin:Astana)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));

    m_list->setObjectName(QStringLiteral("cableList"));
    m_list->setAccessibleName(tr("Cables"));
    m_list->setUniformItemSizes(true);
    // Until the library store exists, list the bundled samples by their id so the
    // window is not empty on first start.
    const QStringList samples = SampleCables::paths();
    for (const QString &path : samples)
        m_list->addItem(QFileInfo(path).completeBaseName());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
}
}
