// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypath.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Reftel
{
namespace
{
// scheme://... as RFC 3986 writes schemes; "C:\\x" and "./a:b" are not URIs.
const QRegularExpression &uriPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    return pattern;
}
}

QString LibraryPath::localPath(const QString &value)
{
    const QRegularExpressionMatch uri = uriPattern().match(value);
    if (uri.hasMatch() && uri.captured(1).compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
        return QUrl(value).toLocalFile();
    return value;
}

QString LibraryPath::problem(const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("no library file named");
    const QRegularExpressionMatch uri = uriPattern().match(value);
    if (uri.hasMatch() && uri.captured(1).compare(QLatin1String("file"), Qt::CaseInsensitive) != 0)
        return tr("%1 is not a library file: a library is an SQLite file (such as ~/cables.sqlite), or a team "
                  "library on a PostgreSQL server (postgresql://user@host/database), not %2://.")
            .arg(value, uri.captured(1));
    const QString path = localPath(value);
    if (path.isEmpty())
        return tr("%1 is not a library file.").arg(value);
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder, not a library file (such as %1/library.sqlite).").arg(path);
    return {};
}
}
