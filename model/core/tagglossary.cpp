// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagglossary.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcTagGlossary, "reftel.model.tagglossary")

namespace Reftel
{
namespace
{
std::optional<TagInfo::Kind> kindFromName(QStringView name)
{
    using Kind = TagInfo::Kind;
    if (name == u"subject")
        return Kind::Subject;
    if (name == u"country")
        return Kind::Country;
    if (name == u"organization")
        return Kind::Organization;
    if (name == u"program")
        return Kind::Program;
    if (name == u"person")
        return Kind::Person;
    return std::nullopt;
}
}

const TagGlossary &TagGlossary::instance()
{
    // Function-local static: initialised once, thread-safe (C++11 magic statics).
    static const TagGlossary glossary = [] {
        QFile file(QStringLiteral(":/glossary/tags.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcTagGlossary) << "cannot open the TAGS glossary" << file.fileName();
        return TagGlossary(&file);
    }();
    return glossary;
}

TagGlossary::TagGlossary(QIODevice *tsv)
{
    if (!tsv)
        return;
    if (!tsv->isOpen() && !tsv->open(QIODevice::ReadOnly))
        return;

    int lineNumber = 0;
    while (!tsv->atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(tsv->readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;

        const QList<QStringView> fields = QStringView(line).split(u'\t');
        const std::optional<TagInfo::Kind> kind =
            fields.size() == 3 ? kindFromName(fields.at(1).trimmed()) : std::nullopt;
        const QStringView code = fields.value(0).trimmed();
        const QStringView meaning = fields.value(2).trimmed();
        if (!kind || code.isEmpty() || meaning.isEmpty() || code.contains(u' ')) {
            qCWarning(lcTagGlossary) << "skipping malformed glossary line" << lineNumber;
            continue;
        }

        TagInfo info;
        info.code = code.toString().toUpper();
        info.meaning = meaning.toString();
        info.kind = *kind;
        if (m_tags.contains(info.code))
            qCWarning(lcTagGlossary) << "duplicate glossary code" << info.code << "on line" << lineNumber;
        m_tags.insert(info.code, info);
    }
}

TagInfo TagGlossary::lookup(QStringView code) const
{
    const QStringView trimmed = code.trimmed();
    const QString key = trimmed.toString().toUpper();
    const auto it = m_tags.constFind(key);
    if (it != m_tags.cend())
        return *it;
    TagInfo unknown;
    unknown.code = trimmed.toString();
    return unknown;
}

qsizetype TagGlossary::size() const
{
    return m_tags.size();
}

QList<TagInfo> TagGlossary::all() const
{
    QList<TagInfo> result = m_tags.values();
    std::sort(result.begin(), result.end(), [](const TagInfo &a, const TagInfo &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.code < b.code;
    });
    return result;
}

QString TagGlossary::kindName(TagInfo::Kind kind)
{
    switch (kind) {
    case TagInfo::Kind::Subject:
        return QCoreApplication::translate("Reftel::TagGlossary", "Subject");
    case TagInfo::Kind::Country:
        return QCoreApplication::translate("Reftel::TagGlossary", "Country");
    case TagInfo::Kind::Organization:
        return QCoreApplication::translate("Reftel::TagGlossary", "Organization");
    case TagInfo::Kind::Person:
        return QCoreApplication::translate("Reftel::TagGlossary", "Person");
    case TagInfo::Kind::Program:
        return QCoreApplication::translate("Reftel::TagGlossary", "Program");
    case TagInfo::Kind::Phrase:
        return QCoreApplication::translate("Reftel::TagGlossary", "Phrase");
    case TagInfo::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("Reftel::TagGlossary", "Unknown");
}
}
