// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationexport.h"

#include "annotationjson.h"
#include "annotationstore.h"
#include "usertagstore.h"

#include <QHash>
#include <QSaveFile>

namespace Reftel
{
namespace
{
QString csvField(const QString &text)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or return
    // before them) as a formula: a note "=HYPERLINK(...)" must stay text,
    // and "- first point" must not become #NAME?. The apostrophe is what
    // spreadsheets themselves use to say "text"; JSON keeps notes exact.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString value = !text.isEmpty() && formulaStarts.contains(text.front()) ? u'\'' + text : text;
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString isoTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}
}

AnnotationExport::AnnotationExport(const AnnotationStore &annotations, const UserTagStore &tags)
    : m_annotations(annotations)
    , m_tags(tags)
{
}

QByteArray AnnotationExport::csv(const QStringList &cableIds) const
{
    QHash<qint64, QString> paths;
    for (const UserTag &tag : m_tags.tags())
        paths.insert(tag.id, tag.path);
    QList<Annotation> list;
    if (cableIds.isEmpty()) {
        list = m_annotations.all();
    } else {
        for (const QString &id : cableIds)
            list += m_annotations.forCable(id);
    }
    QString out =
        QStringLiteral("id,cable_id,anchor,start,length,quote,note,tags,author,created,modified,detached\r\n");
    for (const Annotation &a : std::as_const(list)) {
        QStringList tagPaths;
        for (const qint64 id : a.tagIds)
            tagPaths << paths.value(id);
        const QStringList row { QString::number(a.id), a.cableId, a.anchor, QString::number(a.start),
            QString::number(a.length), a.quote, a.note, tagPaths.join(u';'), a.author, isoTime(a.created),
            isoTime(a.modified), a.detached ? QStringLiteral("yes") : QStringLiteral("no") };
        QStringList fields;
        for (const QString &field : row)
            fields << csvField(field);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray AnnotationExport::json(const QStringList &cableIds) const
{
    return AnnotationJson::exportAnnotations(m_annotations, m_tags, cableIds);
}

bool AnnotationExport::write(const QString &path, const QByteArray &bytes)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AnnotationExport::writeCsv(const QString &path, const QStringList &cableIds)
{
    return write(path, csv(cableIds));
}

bool AnnotationExport::writeJson(const QString &path, const QStringList &cableIds)
{
    return write(path, json(cableIds));
}
}
