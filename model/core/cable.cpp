// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cable.h"

#include <QCoreApplication>

namespace Reftel
{
QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::SearchPage:
        return QCoreApplication::translate("Reftel::Cable", "cable-search page");
    case SourceFormat::SearchPageFlattened:
        return QCoreApplication::translate("Reftel::Cable", "cable-search page (flattened)");
    case SourceFormat::BlogPage:
        return QCoreApplication::translate("Reftel::Cable", "blog mirror page");
    case SourceFormat::BareTelegram:
        return QCoreApplication::translate("Reftel::Cable", "telegram");
    case SourceFormat::HtmlPage:
        return QCoreApplication::translate("Reftel::Cable", "WikiLeaks cable page");
    case SourceFormat::ReleaseCsv:
        return QCoreApplication::translate("Reftel::Cable", "release CSV row");
    case SourceFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("Reftel::Cable", "unknown");
}

QString dedupKindName(DedupEntry::Kind kind)
{
    switch (kind) {
    case DedupEntry::Kind::RepeatedHeader:
        return QCoreApplication::translate("Reftel::Cable", "repeated header");
    case DedupEntry::Kind::RepeatedBody:
        return QCoreApplication::translate("Reftel::Cable", "repeated body");
    case DedupEntry::Kind::PageMarker:
        return QCoreApplication::translate("Reftel::Cable", "page marker");
    case DedupEntry::Kind::SiteBoilerplate:
        return QCoreApplication::translate("Reftel::Cable", "site boilerplate");
    case DedupEntry::Kind::BrokenEntity:
        return QCoreApplication::translate("Reftel::Cable", "broken entity");
    case DedupEntry::Kind::MetadataDump:
        return QCoreApplication::translate("Reftel::Cable", "metadata dump");
    }
    return {};
}

QString warningKindName(ParseWarning::Kind kind)
{
    switch (kind) {
    case ParseWarning::Kind::ParagraphOutOfSequence:
        return QStringLiteral("ParagraphOutOfSequence");
    case ParseWarning::Kind::UnreadableReference:
        return QStringLiteral("UnreadableReference");
    case ParseWarning::Kind::UnreadableDateTime:
        return QStringLiteral("UnreadableDateTime");
    case ParseWarning::Kind::MissingSubject:
        return QStringLiteral("MissingSubject");
    case ParseWarning::Kind::NoBody:
        return QStringLiteral("NoBody");
    case ParseWarning::Kind::UnknownTag:
        return QStringLiteral("UnknownTag");
    case ParseWarning::Kind::TruncatedText:
        return QStringLiteral("TruncatedText");
    case ParseWarning::Kind::UnreadableHeader:
        return QStringLiteral("UnreadableHeader");
    case ParseWarning::Kind::DeclaredIdentity:
        return QStringLiteral("DeclaredIdentity");
    case ParseWarning::Kind::MissingId:
        return QStringLiteral("MissingId");
    case ParseWarning::Kind::NulBytes:
        return QStringLiteral("NulBytes");
    }
    return {};
}

qsizetype Cable::paragraphCount() const
{
    qsizetype n = 0;
    for (const Section &s : sections)
        n += s.paragraphs.size();
    return n;
}

QList<const Paragraph *> Cable::paragraphs() const
{
    QList<const Paragraph *> out;
    for (const Section &s : sections) {
        for (const Paragraph &p : s.paragraphs)
            out.append(&p);
    }
    return out;
}

qsizetype Cable::dedupCount(DedupEntry::Kind kind) const
{
    qsizetype n = 0;
    for (const DedupEntry &e : dedup)
        n += e.kind == kind ? 1 : 0;
    return n;
}
}
