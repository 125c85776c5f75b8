// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrequest.h"

#include <QInputDialog>
#include <QLineEdit>

namespace Reftel
{
std::optional<ReportOptions> ReportRequest::ask(QWidget *parent, const QString &author, const QString &searchText)
{
    ReportOptions options;
    options.author = author;
    if (!searchText.isEmpty()) {
        options.query = searchText;
        return options;
    }
    bool ok = false;
    const QString tags = QInputDialog::getText(parent, tr("Export Report"),
        tr("There is no search result to export. Export the cables with these tags "
           "(comma-separated, sub-tags included):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || tags.trimmed().isEmpty())
        return std::nullopt;
    for (const QString &tag : tags.split(u',', Qt::SkipEmptyParts))
        options.tags << tag.trimmed();
    return options;
}
}
