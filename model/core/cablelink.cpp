// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablelink.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
constexpr QChar Pilcrow(u'\u00B6');
}

QString CableLink::toCable(const QString &cableId)
{
    return u"reftel://"_s + cableId;
}

QString CableLink::toParagraph(const QString &anchor)
{
    const qsizetype at = anchor.indexOf(Pilcrow);
    if (at < 0)
        return toCable(anchor);
    return toCable(anchor.left(at)) + u'#' + anchor.mid(at + 1);
}

std::optional<CableLink::Target> CableLink::parse(const QString &link)
{
    const QUrl url(link.trimmed());
    if (!url.isValid() || url.scheme() != "reftel"_L1)
        return std::nullopt;
    // URLs lower-case their host; cable ids are upper case.
    const QString id = url.host().toUpper();
    if (id.isEmpty())
        return std::nullopt;
    Target target { id, {} };
    if (!url.fragment().isEmpty())
        target.anchor = id + Pilcrow + url.fragment();
    return target;
}
}
