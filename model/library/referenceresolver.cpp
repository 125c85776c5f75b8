// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceresolver.h"

#include "canonicalid.h"
#include "librarydatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::ReferenceResolver", text);
}

// Upper-case words of letters and digits; "KAZAKHSTAN...SEEKS" is two words.
QStringList words(const QString &text)
{
    QStringList list;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toUpper());
        } else if (!word.isEmpty()) {
            list.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        list.append(word);
    return list;
}
}

struct ReferenceResolver::Candidate
{
    qint64 referencePk = 0;
    QString targetId;
    QString citedId;
    double score = 0;
    qint64 distance = 0;
    double currentScore = 0; // of the probable target the reference has now, 0 when none
};

ReferenceResolver::ReferenceResolver(LibraryDatabase &library)
    : m_library(library)
{
}

QString ReferenceResolver::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Resolved:
        return u"resolved"_s;
    case State::Missing:
        return u"missing"_s;
    case State::Probable:
        return u"probable"_s;
    case State::NotACable:
        return u"none"_s;
    }
    return u"pending"_s;
}

ReferenceResolver::State ReferenceResolver::stateFromKey(QStringView key)
{
    for (State state : { State::Resolved, State::Missing, State::Probable, State::NotACable }) {
        if (key == stateKey(state))
            return state;
    }
    return State::Pending;
}

double ReferenceResolver::titleMatch(const QString &title, const QString &subject)
{
    const QStringList titleWords = words(title);
    if (titleWords.isEmpty())
        return 0;
    const QStringList subjectWords = words(subject);
    const QSet<QString> subjectSet(subjectWords.cbegin(), subjectWords.cend());
    qsizetype found = 0;
    for (const QString &word : titleWords) {
        if (subjectSet.contains(word))
            ++found;
    }
    return double(found) / double(titleWords.size());
}

QString ReferenceResolver::titleKey(const QString &title)
{
    QString key;
    for (const QString &word : words(title)) {
        if (word.size() > key.size())
            key = word;
    }
    // A title of short words only ("MFA ON VAT") says too little to pick a
    // cable by it.
    return key.size() >= 4 ? key : QString();
}

bool ReferenceResolver::exec(const QString &sql) const
{
    QSqlQuery query(m_library.database());
    if (query.exec(sql))
        return true;
    m_error = tr("Cannot resolve the references in %1: %2").arg(m_library.path(), query.lastError().text());
    return false;
}

bool ReferenceResolver::resolveAll()
{
    const QString queueAll = m_library.isServer()
        ? u"INSERT INTO resolution_queue (cable_pk) SELECT pk FROM cables ON CONFLICT DO NOTHING"_s
        : u"INSERT OR IGNORE INTO resolution_queue (cable_pk) SELECT pk FROM cables"_s;
    return exec(queueAll) && exec(u"UPDATE cable_references SET state = 'pending'"_s) && resolveQueued();
}

bool ReferenceResolver::resolveQueued()
{
    QHash<qint64, Candidate> best;
    return resolvePresent() && findProbable(&best) && markProbable(best) && exec(u"DELETE FROM resolution_queue"_s);
}

bool ReferenceResolver::resolvePresent()
{
    // References to no cable.
    if (!exec(u"UPDATE cable_references SET state = 'none', target_id = NULL, score = NULL, reason = NULL"
              " WHERE cable_pk IN (SELECT cable_pk FROM resolution_queue) AND cited_id = ''"_s))
        return false;
    // Present: the queued cables' references, then the references to them.
    // Two statements, so that each uses its index.
    if (!exec(u"UPDATE cable_references SET state = 'resolved', target_id = cited_id, score = NULL, reason = NULL"
              " WHERE cable_pk IN (SELECT cable_pk FROM resolution_queue) AND cited_id <> ''"
              " AND cited_id IN (SELECT id FROM cables)"_s))
        return false;
    if (!exec(u"UPDATE cable_references SET state = 'resolved', target_id = cited_id, score = NULL, reason = NULL"
              " WHERE cited_id IN (SELECT c.id FROM resolution_queue q JOIN cables c ON c.pk = q.cable_pk)"
              " AND state <> 'resolved'"_s))
        return false;
    if (!exec(u"UPDATE cable_references SET state = 'missing', target_id = NULL, score = NULL, reason = NULL"
              " WHERE cable_pk IN (SELECT cable_pk FROM resolution_queue) AND state = 'pending'"_s))
        return false;
    return true;
}

// Probable targets for the missing references: the best candidate of each.
bool ReferenceResolver::findProbable(QHash<qint64, Candidate> *best) const
{
    // Probable targets. The SQL finds the cables of the same post and year
    // with a serial within MaxSerialDistance whose subject contains the
    // title's longest word; the word-by-word comparison is done here, on
    // the few rows that are left. First for the queued cables' missing
    // references, then for missing references near the queued cables.
    const QString columns =
        u"r.pk, r.title, r.cited_id, r.cited_serial, coalesce(r.score, 0), c.id, c.subject, c.serial"_s;
    // The range is written on the inner table's column so that its index
    // (post, year, serial) is used.
    const QString sameSeries = u"c.post = r.cited_post AND c.year = r.cited_year AND c.pk <> r.cable_pk AND "_s
        + (m_library.isServer() ? u"strpos"_s : u"instr"_s) + u"(upper(c.subject), r.title_key) > 0 AND "_s;
    const QString distance = QString::number(MaxSerialDistance);
    const QStringList candidateQueries {
        u"SELECT "_s + columns + u" FROM cable_references r JOIN cables c ON "_s + sameSeries
            + u"c.serial BETWEEN r.cited_serial - "_s + distance + u" AND r.cited_serial + "_s + distance
            + u" WHERE r.cable_pk IN (SELECT cable_pk FROM resolution_queue) AND r.state = 'missing'"
              " AND r.title_key IS NOT NULL"_s,
        u"SELECT "_s + columns
            + u" FROM resolution_queue q JOIN cables c ON c.pk = q.cable_pk"
              " JOIN cable_references r ON "_s
            + sameSeries + u"r.cited_serial BETWEEN c.serial - "_s + distance + u" AND c.serial + "_s + distance
            + u" AND r.state IN ('missing', 'probable') AND r.title_key IS NOT NULL"_s,
    };
    for (const QString &sql : candidateQueries) {
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            m_error = tr("Cannot resolve the references in %1: %2").arg(m_library.path(), query.lastError().text());
            return false;
        }
        while (query.next()) {
            Candidate candidate;
            candidate.referencePk = query.value(0).toLongLong();
            candidate.score = titleMatch(query.value(1).toString(), query.value(6).toString());
            if (candidate.score < MinTitleMatch || words(query.value(1).toString()).size() < 2)
                continue;
            candidate.citedId = query.value(2).toString();
            candidate.currentScore = query.value(4).toDouble();
            candidate.targetId = query.value(5).toString();
            candidate.distance = std::abs(query.value(7).toLongLong() - query.value(3).toLongLong());
            if (candidate.score <= candidate.currentScore)
                continue; // the reference has a target at least as good
            auto it = best->find(candidate.referencePk);
            if (it == best->end()) {
                best->insert(candidate.referencePk, candidate);
            } else if (candidate.score > it->score
                || (candidate.score == it->score
                    && (candidate.distance < it->distance
                        || (candidate.distance == it->distance && candidate.targetId < it->targetId)))) {
                *it = candidate;
            }
        }
    }
    return true;
}

bool ReferenceResolver::markProbable(const QHash<qint64, Candidate> &best)
{
    if (best.isEmpty())
        return true;
    QSqlQuery update(m_library.database());
    update.prepare(u"UPDATE cable_references SET state = 'probable', target_id = ?, score = ?, reason = ?"
                   " WHERE pk = ?"_s);
    for (const Candidate &candidate : std::as_const(best)) {
        const QString reason =
            tr("%1 is not in the library; %2, of the same post and year, has a serial %3 away and its subject "
               "holds %4% of the words of the reference's title.")
                .arg(candidate.citedId, candidate.targetId)
                .arg(candidate.distance)
                .arg(qRound(candidate.score * 100));
        update.addBindValue(candidate.targetId);
        update.addBindValue(candidate.score);
        update.addBindValue(reason);
        update.addBindValue(candidate.referencePk);
        if (!update.exec()) {
            m_error = tr("Cannot resolve the references in %1: %2").arg(m_library.path(), update.lastError().text());
            return false;
        }
    }
    return true;
}

QStringList ReferenceResolver::idsFor(const QString &written) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    QStringList ids;
    // The text itself may be an id the release spelled its own way ("06MADRID002583ZFR2585").
    query.prepare(u"SELECT id FROM cables WHERE id = ?"_s);
    query.addBindValue(written.trimmed().toUpper());
    if (query.exec() && query.next())
        return { query.value(0).toString() };
    const CanonicalId::Parts parts = CanonicalId::read(written);
    if (!parts.isValid())
        return ids;
    if (parts.year >= 0) {
        query.prepare(u"SELECT id FROM cables WHERE id = ?"_s);
        query.addBindValue(CanonicalId::make(parts));
    } else {
        query.prepare(u"SELECT id FROM cables WHERE post = ? AND serial = ? ORDER BY year, id"_s);
        query.addBindValue(parts.post);
        query.addBindValue(parts.serial);
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

namespace
{
ReferenceResolver::Link readLink(const QSqlQuery &query)
{
    ReferenceResolver::Link link;
    link.citingId = query.value(0).toString();
    link.letter = query.value(1).toString();
    link.text = query.value(2).toString();
    link.citedId = query.value(3).toString();
    link.title = query.value(4).toString();
    link.listed = query.value(5).toBool();
    link.state = ReferenceResolver::stateFromKey(query.value(6).toString());
    link.targetId = query.value(7).toString();
    link.score = query.value(8).toDouble();
    link.reason = query.value(9).toString();
    link.otherSubject = query.value(10).toString();
    if (!query.value(11).isNull())
        link.otherCreated = QDateTime::fromString(query.value(11).toString(), Qt::ISODate).toUTC();
    return link;
}
}

QList<ReferenceResolver::Link> ReferenceResolver::references(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, r.letter, r.text, r.cited_id, r.title, r.listed, r.state, r.target_id, r.score,"
                  " r.reason, t.subject, t.created FROM cables c JOIN cable_references r ON r.cable_pk = c.pk"
                  " LEFT JOIN cables t ON t.id = r.target_id WHERE c.id = ? ORDER BY r.position"_s);
    query.addBindValue(id);
    return readLinks(query);
}

QList<ReferenceResolver::Link> ReferenceResolver::citedBy(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, r.letter, r.text, r.cited_id, r.title, r.listed, r.state, r.target_id, r.score,"
                  " r.reason, c.subject, c.created FROM cable_references r JOIN cables c ON c.pk = r.cable_pk"
                  " WHERE r.target_id = ? OR r.cited_id = ? ORDER BY c.created, c.id, r.position"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    return readLinks(query);
}

QList<ReferenceResolver::Link> ReferenceResolver::readLinks(QSqlQuery &query) const
{
    QList<Link> links;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return links;
    }
    while (query.next())
        links.append(readLink(query));
    return links;
}
}
