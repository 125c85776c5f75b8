// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include "librarypath.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// From libpq's documentation of connection parameters (PostgreSQL 17).
constexpr std::array knownKeywords {
    u"host",
    u"hostaddr",
    u"port",
    u"dbname",
    u"user",
    u"password",
    u"passfile",
    u"require_auth",
    u"channel_binding",
    u"connect_timeout",
    u"client_encoding",
    u"options",
    u"application_name",
    u"fallback_application_name",
    u"keepalives",
    u"keepalives_idle",
    u"keepalives_interval",
    u"keepalives_count",
    u"tcp_user_timeout",
    u"gssencmode",
    u"sslmode",
    u"sslnegotiation",
    u"sslcompression",
    u"sslcert",
    u"sslkey",
    u"sslpassword",
    u"sslcertmode",
    u"sslrootcert",
    u"sslcrl",
    u"sslcrldir",
    u"sslsni",
    u"requirepeer",
    u"ssl_min_protocol_version",
    u"ssl_max_protocol_version",
    u"krbsrvname",
    u"gsslib",
    u"gssdelegation",
    u"service",
    u"target_session_attrs",
    u"load_balance_hosts",
};

bool isServerScheme(QStringView scheme)
{
    return scheme.compare(u"postgresql", Qt::CaseInsensitive) == 0
        || scheme.compare(u"postgres", Qt::CaseInsensitive) == 0;
}

// keyword = value, as libpq's conninfo strings begin.
const QRegularExpression &conninfoPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[a-z_]+\\s*="));
    return pattern;
}

const QRegularExpression &schemePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    return pattern;
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}
}

LibraryLocation LibraryLocation::invalid(const QString &problem)
{
    LibraryLocation location;
    location.m_problem = problem;
    return location;
}

LibraryLocation LibraryLocation::sqliteFile(const QString &path)
{
    LibraryLocation location;
    location.m_path = path;
    location.m_problem = LibraryPath::problem(path);
    return location;
}

LibraryLocation LibraryLocation::server(QMap<QString, QString> parameters)
{
    LibraryLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_password = parameters.take(u"password"_s);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!isKnownKeyword(it.key())) {
            location.m_problem = tr("%1 is not a PostgreSQL connection setting Reftel knows (such as host, port, "
                                    "dbname, user, sslmode or service).")
                                     .arg(it.key());
            break;
        }
        // The driver hands the settings on joined by semicolons.
        if (it.value().contains(u';')) {
            location.m_problem = tr("The setting %1 may not contain a semicolon.").arg(it.key());
            break;
        }
    }
    location.m_parameters = std::move(parameters);
    return location;
}

LibraryLocation LibraryLocation::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("No library was named."));
    const QRegularExpressionMatch scheme = schemePattern().match(trimmed);
    if (scheme.hasMatch() && isServerScheme(scheme.capturedView(1)))
        return fromUri(trimmed);
    if (!scheme.hasMatch() && conninfoPattern().match(trimmed).hasMatch())
        return fromConninfo(trimmed);
    return sqliteFile(LibraryPath::localPath(text));
}

// postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&...]
LibraryLocation LibraryLocation::fromUri(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(u"://") + 3;
    QStringView rest = QStringView(text).mid(schemeEnd);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    QMap<QString, QString> parameters;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        parameters.insert(u"user"_s, decoded(userInfo.left(colon)));
        if (colon >= 0)
            parameters.insert(u"password"_s, decoded(userInfo.mid(colon + 1)));
    }
    // host[:port], [v6]:port, or several of these separated by commas, which
    // libpq takes as lists of hosts and ports.
    QStringList hosts, ports;
    for (const QStringView entry : authority.split(u',')) {
        QStringView host = entry;
        QStringView port;
        if (host.startsWith(u'[')) {
            const qsizetype close = host.indexOf(u']');
            if (close < 0)
                return invalid(tr("%1 is not a PostgreSQL address: a [ without its ].").arg(text));
            port = host.mid(close + 1);
            host = host.mid(1, close - 1);
            if (!port.isEmpty() && !port.startsWith(u':'))
                return invalid(tr("%1 is not a PostgreSQL address: text after the ].").arg(text));
            port = port.mid(1);
        } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
            port = host.mid(colon + 1);
            host = host.left(colon);
        }
        bool numeric = false;
        if (!port.isEmpty() && (static_cast<void>(port.toInt(&numeric)), !numeric))
            return invalid(tr("%1 is not a PostgreSQL address: the port %2 is not a number.").arg(text, port));
        hosts.append(decoded(host));
        ports.append(port.toString());
    }
    if (std::any_of(hosts.cbegin(), hosts.cend(), [](const QString &h) { return !h.isEmpty(); }))
        parameters.insert(u"host"_s, hosts.join(u','));
    if (std::any_of(ports.cbegin(), ports.cend(), [](const QString &p) { return !p.isEmpty(); }))
        parameters.insert(u"port"_s, ports.join(u','));
    if (!path.isEmpty())
        parameters.insert(u"dbname"_s, decoded(path));
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return invalid(tr("%1 is not a PostgreSQL address: %2 is not keyword=value.").arg(text, pair));
        parameters.insert(decoded(pair.left(equals)), decoded(pair.mid(equals + 1)));
    }
    return server(std::move(parameters));
}

// keyword=value pairs separated by spaces; a value may be 'single quoted',
// with \' and \\ inside, as libpq reads them.
LibraryLocation LibraryLocation::fromConninfo(const QString &text)
{
    QMap<QString, QString> parameters;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString keyword = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (i >= n || text.at(i) != u'=')
            return invalid(tr("%1 is not a PostgreSQL connection: %2 has no value.").arg(text, keyword));
        ++i;
        skipSpaces();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value.append(text.at(i++));
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return invalid(tr("%1 is not a PostgreSQL connection: a quote is not closed.").arg(text));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n)
                    value.append(text.at(i++));
                else
                    value.append(c);
            }
        }
        parameters.insert(keyword, value);
    }
    return server(std::move(parameters));
}

QString LibraryLocation::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!isServer() && m_path.isEmpty())
        return tr("No library was named.");
    return {};
}

bool LibraryLocation::isKnownKeyword(const QString &keyword)
{
    return std::find(knownKeywords.cbegin(), knownKeywords.cend(), QStringView(keyword)) != knownKeywords.cend();
}

QString LibraryLocation::toText() const
{
    if (!isServer())
        return m_path;
    QMap<QString, QString> rest = m_parameters;
    QString uri = u"postgresql://"_s;
    const QString user = rest.take(u"user"_s);
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    // A socket folder goes into the query (libpq's ?host=/path form): the
    // authority cannot hold a slash.
    const QString host = rest.value(u"host"_s);
    if (!host.contains(u'/')) {
        rest.remove(u"host"_s);
        const QStringList hosts = host.split(u',');
        const QStringList ports = rest.take(u"port"_s).split(u',');
        QStringList entries;
        for (qsizetype i = 0; i < std::max(hosts.size(), ports.size()); ++i) {
            QString name = hosts.value(i);
            name = name.contains(u':') ? u'[' + name + u']' : encoded(name, ":");
            const QString port = ports.value(i);
            entries.append(port.isEmpty() ? name : name + u':' + port);
        }
        uri += entries.join(u',');
    }
    uri += u'/' + encoded(rest.take(u"dbname"_s));
    QStringList query;
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        query.append(encoded(it.key()) + u'=' + encoded(it.value(), "/"));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString LibraryLocation::displayName() const
{
    if (!isServer())
        return QFileInfo(m_path).fileName();
    const QString service = parameter(u"service"_s);
    const QString database = parameter(u"dbname"_s);
    QString host = parameter(u"host"_s);
    if (host.isEmpty() || host.startsWith(u'/'))
        host = tr("this computer");
    if (!service.isEmpty() && database.isEmpty())
        return tr("team library %1").arg(service);
    if (database.isEmpty())
        return tr("team library on %1").arg(host);
    return tr("%1 on %2").arg(database, host);
}
}
