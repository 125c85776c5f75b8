// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Reftel
{
class CableView;
class LibraryDatabase;

// Where a cable's references lead in the library, as the reading area
// shows them: which lead nowhere (drawn apart), what a hover says, and
// where a click goes (the cited cable, the probable one, or the public copy
// of one the library lacks).
class ReferenceGuide final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ReferenceGuide)
public:
    explicit ReferenceGuide(LibraryDatabase &library);

    // The indexes of the cable's references whose cable is not in the library.
    QSet<int> missing(const Cable &cable) const;
    // The hover text of a reference of citingId: the cited cable's id, date and subject.
    QString describe(const QString &citingId, const Reference &reference) const;

    struct Destination
    {
        QString cableId; // the cable to open; empty when the library lacks it
        QString message; // for the status bar: why a probable cable, or where the public copy is
        QString missingId; // the cited id the library lacks
        QString publicAddress; // and its public copy
    };
    // Where REF entry referenceIndex of citingId leads (nothing for an index it does not have).
    Destination follow(const QString &citingId, int referenceIndex) const;
    // The same for a citing cable at hand (open in a column): not read again.
    Destination follow(const Cable &citing, int referenceIndex) const;
    // The same, reading citingId again only when no open column shows it.
    Destination follow(const QString &citingId, int referenceIndex, const QList<CableView *> &open) const;

private:
    LibraryDatabase &m_library;
};
}
