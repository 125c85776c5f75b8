// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-bench-search: search latency on a library of either engine.
//
//   reftel-bench-search --library LOCATION [--compare lib.sqlite]
//   reftel-bench-search --library postgresql://… --fill-from lib.sqlite --copy-dir DIR [--cables N]
//
// Runs the 100 queries of searchqueries.h (first 20 hits and the total, as
// the window and "reftel search" ask) and prints median, 95th percentile
// and the slowest. --compare runs them on an SQLite library too and counts
// the queries whose totals and hit counts differ (both engines rank the
// newest RankWindow hits, so on the same cables the totals are the same).
//
// --fill-from is for a server library before the PostgreSQL import can fill
// one: it copies the rows search reads (cables, paragraphs, cable_tags,
// cable_references) from an SQLite library, with the tsv columns made as the
// writer makes them (TsVectorText), as COPY files in DIR that the server
// reads itself (COPY ... FROM 'file': the role must be a superuser or have
// pg_read_server_files, and the server's user must be able to read DIR).
// The GIN indexes are dropped for the load and made again after it. With
// --cables N only the cables up to pk N (and their rows) are copied.
#include "librarydatabase.h"
#include "librarylocation.h"
#include "librarysearch.h"
#include "tsvectortext.h"

#include "benchsupport.h"
#include "searchqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <algorithm>

using namespace Reftel;
using namespace Reftel::BenchSupport;
using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

// A value as COPY's text format takes it.
void appendCopyValue(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    for (const char c : bytes) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        case '\t':
            line += "\\t";
            break;
        default:
            line += c;
        }
    }
}

// One table's rows as a COPY file; tsvOf names the column the tsv is made
// of (empty: none). Returns the column list, empty on an error.
QStringList writeCopyFile(LibraryDatabase &from, const QSqlRecord &target, const QString &table, const QString &tsvOf,
    const QString &where, const QString &path)
{
    const QSqlRecord source = from.database().record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i) {
        if (target.contains(source.fieldName(i)) && source.fieldName(i) != "tsv"_L1)
            columns.append(source.fieldName(i));
    }
    QFile file(path);
    QSqlQuery rows(from.database());
    rows.setForwardOnly(true);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !rows.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + where)) {
        out << table << ": " << rows.lastError().text() << file.errorString() << '\n';
        return {};
    }
    const int tsvColumn = int(columns.indexOf(tsvOf));
    QByteArray line;
    while (rows.next()) {
        line.clear();
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line += '\t';
            appendCopyValue(line, rows.value(i));
        }
        if (tsvColumn >= 0) {
            line += '\t';
            appendCopyValue(line, TsVectorText::fromText(rows.value(tsvColumn).toString()));
        }
        line += '\n';
        file.write(line);
    }
    if (tsvColumn >= 0)
        columns.append(u"tsv"_s);
    return columns;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    out << sql.left(200) << ": " << query.lastError().text() << '\n';
    return false;
}

bool fill(LibraryDatabase &server, const QString &sqlitePath, const QString &dir, qint64 cables)
{
    LibraryDatabase from;
    if (!from.openForReading(LibraryLocation::fromText(sqlitePath))) {
        out << from.errorString() << '\n';
        return false;
    }
    QDir().mkpath(dir);
    QSqlQuery sql(server.database());
    // The GIN indexes, made again after the load (one build instead of
    // three million insertions into them).
    QStringList indexes;
    if (!exec(sql,
            u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            " AND indexdef LIKE '%USING gin%'"_s))
        return false;
    QStringList names;
    while (sql.next()) {
        names.append(sql.value(0).toString());
        indexes.append(sql.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        if (!exec(sql, u"DROP INDEX "_s + name))
            return false;
    }
    const std::pair<const char *, const char *> tables[] { { "cables", "subject" }, { "paragraphs", "text" },
        { "cable_tags", "" }, { "cable_references", "" } };
    for (const auto &[name, tsvOf] : tables) {
        const QString key = qstrcmp(name, "cables") == 0 ? u"pk"_s : u"cable_pk"_s;
        const QString where = cables > 0 ? u" WHERE "_s + key + u" <= "_s + QString::number(cables) : QString();
        const QString table = QString::fromLatin1(name);
        QElapsedTimer timer;
        timer.start();
        const QString path = QDir(dir).absoluteFilePath(table + u".copy"_s);
        const QStringList columns =
            writeCopyFile(from, server.database().record(table), table, QString::fromLatin1(tsvOf), where, path);
        const qint64 written = timer.elapsed();
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::ReadGroup);
        if (columns.isEmpty()
            || !exec(sql, u"COPY "_s + table + u" ("_s + columns.join(u", "_s) + u") FROM '"_s + path + u'\''))
            return false;
        QFile::remove(path); // the table holds it now
        out << "- " << table << ": written " << written << " ms, COPY " << (timer.elapsed() - written) << " ms\n";
    }
    for (const QString &index : std::as_const(indexes)) {
        QElapsedTimer timer;
        timer.start();
        if (!exec(sql, index))
            return false;
        out << "- " << index << ": " << timer.elapsed() << " ms\n";
    }
    return exec(sql, u"ANALYZE"_s);
}

struct Run
{
    QList<double> ms;
    QList<LibrarySearch::Result> results;
};

Run runQueries(LibraryDatabase &library, const QStringList &queries)
{
    const LibrarySearch &search = library.search();
    for (int i = 0; i < 5; ++i)
        search.search(queries.at(i), 20); // warm the caches a little, as a session would
    Run run;
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        run.results.append(search.search(q, 20));
        run.ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!run.results.constLast().ok())
            out << "query failed: " << q << ": " << run.results.constLast().error << '\n';
    }
    return run;
}

void report(const QString &title, const Run &run, const QStringList &queries)
{
    const QLocale c = QLocale::c();
    QList<std::pair<double, QString>> byTime;
    for (qsizetype i = 0; i < queries.size(); ++i)
        byTime.append({ run.ms.at(i), queries.at(i) });
    std::sort(byTime.begin(), byTime.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out << "| " << title << " (" << queries.size() << " queries, first 20 hits and the total) | ms |\n|---|---|\n";
    out << "| median | " << c.toString(percentile(run.ms, 0.5), 'f', 1) << " |\n";
    out << "| 95th percentile | " << c.toString(percentile(run.ms, 0.95), 'f', 1) << " |\n";
    out << "| slowest (`" << byTime.constFirst().second << "`) | " << c.toString(byTime.constFirst().first, 'f', 1)
        << " |\n\nSlowest queries:";
    for (const auto &[ms, q] : byTime.mid(0, 8))
        out << " `" << q << "` " << c.toString(ms, 'f', 0) << " ms;";
    out << "\n\n";
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Search latency of a Reftel library on either engine."_s);
    parser.addHelpOption();
    parser.addOption({ u"library"_s, u"The library: a file or a postgresql:// URI."_s, u"location"_s });
    parser.addOption({ u"compare"_s, u"An SQLite library with the same cables, to compare totals with."_s, u"file"_s });
    parser.addOption(
        { u"fill-from"_s, u"Copy an SQLite library's cables into the server library first."_s, u"file"_s });
    parser.addOption({ u"copy-dir"_s, u"Where --fill-from writes its COPY files."_s, u"dir"_s });
    parser.addOption({ u"cables"_s, u"Copy only the cables with pk up to this (a part of the release)."_s, u"n"_s });
    parser.process(app);
    if (!parser.isSet(u"library"_s) || (parser.isSet(u"fill-from"_s) && !parser.isSet(u"copy-dir"_s))) {
        out << "usage: reftel-bench-search --library LOCATION [--compare FILE] [--fill-from FILE --copy-dir DIR]\n";
        return 2;
    }
    const LibraryLocation location = LibraryLocation::fromText(parser.value(u"library"_s));
    if (!location.problem().isEmpty()) {
        out << location.problem() << '\n';
        return 2;
    }
    LibraryDatabase library;
    if (!library.open(location)) {
        out << library.errorString() << '\n';
        return 1;
    }
    out << "## Search on " << (library.isServer() ? "PostgreSQL" : "SQLite") << " (" << location.displayName()
        << ")\n\n";
    if (parser.isSet(u"fill-from"_s)) {
        QElapsedTimer timer;
        timer.start();
        if (!fill(library, parser.value(u"fill-from"_s), parser.value(u"copy-dir"_s),
                parser.value(u"cables"_s).toLongLong()))
            return 1;
        out << "- filled in " << timer.elapsed() / 1000 << " s\n\n";
    }
    QSqlQuery count(library.database());
    if (count.exec(u"SELECT (SELECT count(*) FROM cables), (SELECT count(*) FROM paragraphs)"_s) && count.next())
        out << "Cables: " << count.value(0).toLongLong() << ", paragraphs: " << count.value(1).toLongLong() << "\n\n";
    const QStringList queries = searchQueries();
    const Run run = runQueries(library, queries);
    report(library.isServer() ? u"search on PostgreSQL"_s : u"search on SQLite"_s, run, queries);
    if (parser.isSet(u"compare"_s)) {
        LibraryDatabase other;
        if (!other.openForReading(LibraryLocation::fromText(parser.value(u"compare"_s)))) {
            out << other.errorString() << '\n';
            return 1;
        }
        const Run local = runQueries(other, queries);
        report(u"the same on the SQLite library"_s, local, queries);
        int differ = 0;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const auto &a = run.results.at(i);
            const auto &b = local.results.at(i);
            if (a.total != b.total || a.hits.size() != b.hits.size()) {
                ++differ;
                out << "- differs: `" << queries.at(i) << "`: " << a.total << " / " << b.total << '\n';
            }
        }
        out << "Queries whose totals or hit counts differ between the engines: " << differ << "\n\n";
    }
    out << "Peak resident memory of the benchmark: " << qRound(peakRssMb()) << " MB\n";
    return 0;
}
