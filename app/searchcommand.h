// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "librarysearch.h"

namespace Reftel
{
class LibraryDatabase;
class SearchQuery;

// reftel search QUERY [--limit N] [--json]: the library's hits, each cable
// once with its matching paragraphs and its best passage, or the hits as
// JSON. A query word may start with '-' (reftel search manas -russia).
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override;
    QString summary() const override;
    Library library() const override { return Library::Search; }
    int run(CommandSession &session) override;

    QString query() const { return m_query; }
    int limit() const { return m_limit; }
    bool json() const { return m_json; }

    // After the command word, an argument with one dash that is not one of
    // search's options is a query word, and so is everything after "--":
    // they go after a "--" of their own, so the parser reads no option in them.
    static QStringList withQueryWordsLast(const QStringList &arguments);

protected:
    QList<QCommandLineOption> options() const override;
    void describeArguments(QCommandLineParser &parser) const override;
    QStringList prepared(const QStringList &arguments) const override { return withQueryWordsLast(arguments); }
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    // A search's hits by cable, the cables in the order of their best hit, at most limit of them.
    struct CableHits
    {
        QList<LibrarySearch::Hit> hits; // best first
    };
    static QList<CableHits> groupByCable(LibraryDatabase &library, const SearchQuery &query, int limit);
    void writeJson(CommandSession &session, const LibrarySearch::Result &result) const;
    // The cables as text; the number of them written.
    qsizetype writeCables(CommandSession &session, const SearchQuery &query) const;
    void writeCable(CommandSession &session, const CableHits &cable) const;

    QString m_query;
    int m_limit = 20;
    bool m_json = false;
};
}
