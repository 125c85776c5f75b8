// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fts5ranking.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Reftel
{
namespace
{
constexpr double K1 = 1.2;
constexpr double B = 0.75;

// What one query's rows share, kept by FTS5 for the whole query.
struct QueryStatistics
{
    sqlite3_int64 rows = 0;
    double averageLength = 1.0; // tokens per row, all columns
    std::vector<double> idf; // per phrase; negative until needed
    std::vector<double> frequency; // per phrase, for the row being scored
};

void deleteStatistics(void *data)
{
    delete static_cast<QueryStatistics *>(data);
}

QueryStatistics *statistics(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *known = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0)))
        return known;
    auto *made = new QueryStatistics;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &made->rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc != SQLITE_OK) {
        delete made;
        return nullptr;
    }
    if (made->rows > 0)
        made->averageLength = std::max(1.0, double(tokens) / double(made->rows));
    const auto phrases = std::size_t(std::max(0, api->xPhraseCount(fts)));
    made->idf.assign(phrases, -1.0);
    made->frequency.assign(phrases, 0.0);
    // On failure FTS5 deletes it itself.
    *rc = api->xSetAuxdata(fts, made, deleteStatistics);
    return *rc == SQLITE_OK ? made : nullptr;
}

struct Sample
{
    int hits = 0;
    sqlite3_int64 first = 0;
    sqlite3_int64 last = 0;
};

int sampleHit(const Fts5ExtensionApi *api, Fts5Context *fts, void *data)
{
    auto *sample = static_cast<Sample *>(data);
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (sample->hits++ == 0)
        sample->first = rowid;
    sample->last = rowid;
    // SQLITE_DONE ends xQueryPhrase() early, without an error.
    return sample->hits >= Fts5Ranking::SampleHits ? SQLITE_DONE : SQLITE_OK;
}

double inverseDocumentFrequency(
    const Fts5ExtensionApi *api, Fts5Context *fts, QueryStatistics &stats, int phrase, int *rc)
{
    double &idf = stats.idf[std::size_t(phrase)];
    if (idf >= 0.0)
        return idf;
    Sample sample;
    *rc = api->xQueryPhrase(fts, phrase, &sample, sampleHit);
    double hits = sample.hits;
    if (sample.hits >= Fts5Ranking::SampleHits && sample.last > sample.first) {
        const double perRowid = double(sample.hits) / double(sample.last - sample.first + 1);
        hits = std::min(double(stats.rows), perRowid * double(stats.rows));
    }
    // As bm25(): a phrase in more than half the rows still counts a little.
    idf = std::max(1e-6, std::log((double(stats.rows) - hits + 0.5) / (hits + 0.5)));
    return idf;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    QueryStatistics *stats = statistics(api, fts, &rc);
    if (stats == nullptr) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    const int columns = api->xColumnCount(fts);
    const bool useIdf = argc <= columns || sqlite3_value_int(argv[columns]) != 0;

    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && std::size_t(phrase) < stats->frequency.size())
            stats->frequency[std::size_t(phrase)] += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    const double lengthNorm = K1 * (1.0 - B + B * double(length) / stats->averageLength);
    double score = 0.0;
    for (std::size_t phrase = 0; rc == SQLITE_OK && phrase < stats->frequency.size(); ++phrase) {
        const double frequency = stats->frequency[phrase];
        if (frequency <= 0.0)
            continue;
        const double idf = useIdf ? inverseDocumentFrequency(api, fts, *stats, int(phrase), &rc) : 1.0;
        score += idf * frequency * (K1 + 1.0) / (frequency + lengthNorm);
    }
    if (rc == SQLITE_OK)
        sqlite3_result_double(context, -score);
    else
        sqlite3_result_error_code(context, rc);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}
}

bool Fts5Ranking::install(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (handle == nullptr)
        return false;
    fts5_api *api = fts5Api(handle);
    if (api == nullptr || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, FunctionName, nullptr, &rank, nullptr) == SQLITE_OK;
}
}
