// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QSqlQuery;

namespace Reftel
{
class LibraryDatabase;

// Links the references of the library to the cables they cite, in bulk
// after each import batch (CableWriter::commit() calls resolveQueued()).
//
// Every reference to a cable id ends up in one of three states:
//  - resolved: the cited cable is in the library;
//  - missing: it is not; the id is kept, so importing that cable later
//    resolves the reference;
//  - probable: it is not, but a cable of the same post and year with a near
//    serial has a subject that matches the reference's title, which is how
//    a typing error in a REF line shows (09ASTANA714's REF B "ASTANA 0731"
//    is 09ASTANA713). The target, a score and the reason are stored.
// References that are no cable (EMAIL, TELECON) have the state none.
class ReferenceResolver final
{
public:
    enum class State
    {
        Pending,
        Resolved,
        Missing,
        Probable,
        NotACable
    };

    struct Link
    {
        QString citingId; // the cable whose REF list holds the reference
        QString letter;
        QString text; // as written
        QString citedId; // as read from the text
        QString title;
        bool listed = true; // false when only the release's list of cited ids gives it
        State state = State::Pending;
        QString targetId; // the cable it resolves to: citedId, or the probable one
        double score = 0; // for a probable target: share of the title's words in its subject
        QString reason; // for a probable target, translated when it was resolved
        // The other end, when it is in the library: the target for
        // references(), the citing cable for citedBy().
        QString otherSubject;
        QDateTime otherCreated;
    };

    explicit ReferenceResolver(LibraryDatabase &library);

    // Resolves the references of the queued cables and the references to
    // them, then empties the queue. Runs inside the caller's transaction
    // when there is one.
    bool resolveQueued();
    // Queues every cable and resolves again: after changing the rules.
    bool resolveAll();

    // The references of a cable, in REF order, with their states.
    QList<Link> references(const QString &id) const;
    // The cables that cite this one (resolved or probable, and missing
    // references written with this id), by date.
    QList<Link> citedBy(const QString &id) const;

    // The library's cables a written cable number names: "RIO DE JANEIRO 138",
    // "08 RIO DE JAN 138", "SECSTATE 1234", "09astana253" (CanonicalId reads
    // them as the REF lists are read). With a year, at most the cable of that
    // id; without one, the cable of every year the library holds under that
    // post and serial, oldest first.
    QStringList idsFor(const QString &written) const;

    QString errorString() const { return m_error; }

    static QString stateKey(State state);
    static State stateFromKey(QStringView key);
    // How much of a reference's title a subject covers, 0..1. The title may
    // be cut short with "..." and is compared word by word.
    static double titleMatch(const QString &title, const QString &subject);
    // The title's longest word, which a matching subject must contain.
    static QString titleKey(const QString &title);

    // A probable target's serial is at most this far from the cited one.
    static constexpr int MaxSerialDistance = 200;
    // ... and covers at least this share of the title's words.
    static constexpr double MinTitleMatch = 0.8;

private:
    struct Candidate;

    bool exec(const QString &sql) const;
    bool resolvePresent();
    bool findProbable(QHash<qint64, Candidate> *best) const;
    bool markProbable(const QHash<qint64, Candidate> &best);
    QList<Link> readLinks(QSqlQuery &query) const;

    LibraryDatabase &m_library;
    mutable QString m_error;
};
}
