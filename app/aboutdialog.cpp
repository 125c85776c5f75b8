// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "reftelversion.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Reftel
{
AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Reftel"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.reftel.Reftel.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setText(QStringLiteral("<h2>Reftel</h2><p>") + versionText().toHtmlEscaped() + QStringLiteral("</p><p>")
        + tr("A reader and annotation tool for diplomatic cables: import saved copies of cables, "
             "read them clean and side by side, follow their references and turn your notes into "
             "annotated reports.")
            .toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Copyright 2026 The Reftel developers. Licensed under the GNU General Public License, "
             "version 3 or (at your option) any later version.")
            .toHtmlEscaped()
        + QStringLiteral("</p><p>") + tr("Built with Qt %1.").arg(QString::fromLatin1(QT_VERSION_STR)).toHtmlEscaped()
        + QStringLiteral("</p>"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(REFTEL_VERSION));
}
}
