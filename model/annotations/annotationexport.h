// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Reftel
{
class AnnotationStore;
class UserTagStore;

// The annotations of a set of cables as files for other tools: CSV (one row
// per annotation, RFC 4180 quoting, UTF-8) and JSON (AnnotationJson's
// reftel-annotations format, which Reftel imports again). Written through
// QSaveFile: a failure leaves no half-written file.
class AnnotationExport final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::AnnotationExport)
public:
    AnnotationExport(const AnnotationStore &annotations, const UserTagStore &tags);

    // The CSV text: a header row, then the annotations of the cables (all of
    // the library when cableIds is empty) by cable, anchor and start.
    QByteArray csv(const QStringList &cableIds = {}) const;
    QByteArray json(const QStringList &cableIds = {}) const;

    bool writeCsv(const QString &path, const QStringList &cableIds = {});
    bool writeJson(const QString &path, const QStringList &cableIds = {});

    QString errorString() const { return m_error; }

private:
    bool write(const QString &path, const QByteArray &bytes);

    const AnnotationStore &m_annotations;
    const UserTagStore &m_tags;
    QString m_error;
};
}
