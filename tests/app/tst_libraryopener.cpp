// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopener.h"

#include "librarydatabase.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
// A server on 127.0.0.1 that speaks just enough of PostgreSQL's protocol to
// ask each client for its password in clear text, note what it was given,
// and refuse it. It runs on a thread of its own: libpq connects blocking.
class PasswordAskingServer
{
public:
    PasswordAskingServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_socket, 4) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~PasswordAskingServer()
    {
        m_stop = true;
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(PasswordAskingServer)

    int port() const { return m_port; }
    int connections() const { return m_connections; }
    QStringList passwords() const
    {
        const std::lock_guard lock(m_mutex);
        return m_passwords;
    }

private:
    static bool readAll(int fd, char *data, size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::read(fd, data, size);
            if (n <= 0)
                return false;
            data += n;
            size -= size_t(n);
        }
        return true;
    }
    static quint32 readInt(const char *data)
    {
        quint32 value;
        std::memcpy(&value, data, 4);
        return ntohl(value);
    }
    static void send(int fd, char type, const QByteArray &body)
    {
        QByteArray message(1, type);
        const quint32 length = htonl(quint32(body.size() + 4));
        message.append(reinterpret_cast<const char *>(&length), 4).append(body);
        [[maybe_unused]] const ssize_t written = ::write(fd, message.constData(), size_t(message.size()));
    }

    void serve()
    {
        while (!m_stop) {
            const int client = ::accept(m_socket, nullptr, nullptr);
            if (client < 0)
                return;
            ++m_connections;
            talk(client);
            ::close(client);
        }
    }

    void talk(int client)
    {
        // The requests for TLS or GSS encryption are declined; then the start-up message.
        while (true) {
            char head[8];
            if (!readAll(client, head, 8))
                return;
            const quint32 length = readInt(head);
            const quint32 code = readInt(head + 4);
            if (code == 80877103 || code == 80877104) {
                [[maybe_unused]] const ssize_t written = ::write(client, "N", 1);
                continue;
            }
            QByteArray rest(int(length) - 8, '\0');
            if (length < 8 || length > 10000 || !readAll(client, rest.data(), size_t(rest.size())))
                return;
            break;
        }
        const quint32 cleartext = htonl(3);
        send(client, 'R', QByteArray(reinterpret_cast<const char *>(&cleartext), 4));
        char head[5];
        if (!readAll(client, head, 5) || head[0] != 'p')
            return; // libpq had no password and gave up
        const quint32 length = readInt(head + 1);
        QByteArray password(int(length) - 4, '\0');
        if (length < 4 || length > 10000 || !readAll(client, password.data(), size_t(password.size())))
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_passwords << QString::fromUtf8(password.left(password.indexOf('\0')));
        }
        send(client, 'E',
            QByteArray("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"alice\"\0\0", 71));
    }

    int m_socket = -1;
    int m_port = 0;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_connections = 0;
    mutable std::mutex m_mutex;
    QStringList m_passwords;
    std::thread m_thread;
};
}

// Opening a library as the window does: a server that asks for a password
// the location lacks is asked for one once, and tried again once with it.
class TestLibraryOpener : public QObject
{
    Q_OBJECT

private:
    static LibraryLocation serverAt(int port)
    {
        return LibraryLocation::server({ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, QString::number(port) },
            { u"dbname"_s, u"cables"_s }, { u"user"_s, u"alice"_s }, { u"sslmode"_s, u"disable"_s },
            { u"gssencmode"_s, u"disable"_s }, { u"passfile"_s, u"/nonexistent"_s } });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("Qt's PostgreSQL driver is not installed");
    }

    void asksForAPasswordOnceAndTriesAgain()
    {
        PasswordAskingServer server;
        QVERIFY(server.port() > 0);
        QList<LibraryLocation> asked;
        const LibraryOpener::Opened opened =
            LibraryOpener::open(serverAt(server.port()), [&](const LibraryLocation &l) {
                asked << l;
                return std::optional<QString>(u"typed-secret"_s);
            });
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().parameter(u"user"_s), u"alice"_s);
        QCOMPARE(server.connections(), 2);
        QCOMPARE(server.passwords(), QStringList { u"typed-secret"_s });
        // This server refuses it: said, naming the library, without the password.
        QVERIFY(!opened.library);
        QVERIFY2(opened.error.contains(u"password authentication failed"_s), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(u"cables"_s), qPrintable(opened.error));
        QVERIFY(!opened.error.contains(u"typed-secret"_s));
        QVERIFY(!opened.path.contains(u"typed-secret"_s));
    }

    // Giving up in the prompt tries nothing more; a location with a password is not asked again.
    void noSecondAttemptWithoutAPassword()
    {
        PasswordAskingServer server;
        int asked = 0;
        const LibraryOpener::Opened cancelled =
            LibraryOpener::open(serverAt(server.port()), [&](const LibraryLocation &) {
                ++asked;
                return std::optional<QString>();
            });
        QVERIFY(!cancelled.library);
        QCOMPARE(asked, 1);
        QCOMPARE(server.connections(), 1);

        LibraryLocation withPassword = serverAt(server.port());
        withPassword.setPassword(u"given"_s);
        const LibraryOpener::Opened refused = LibraryOpener::open(withPassword, [&](const LibraryLocation &) {
            ++asked;
            return std::optional<QString>(u"other"_s);
        });
        QVERIFY(!refused.library);
        QCOMPARE(asked, 1);
        QCOMPARE(server.passwords(), QStringList { u"given"_s });
    }
};

QTEST_GUILESS_MAIN(TestLibraryOpener)
#include "tst_libraryopener.moc"
