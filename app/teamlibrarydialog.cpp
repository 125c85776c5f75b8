// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrarydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Reftel
{
namespace
{
QLineEdit *field(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
}

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Library"));
    auto *intro = new QLabel(tr("A library on a PostgreSQL server that your team shares. Leave a field empty to "
                                "use what your PostgreSQL settings say (the PG variables, pg_service.conf)."),
        this);
    intro->setWordWrap(true);

    m_service = field(this, QStringLiteral("teamService"), tr("a name in pg_service.conf (optional)"));
    m_host = field(this, QStringLiteral("teamHost"), tr("db.example.org, or a socket folder"));
    m_port = field(this, QStringLiteral("teamPort"), tr("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_database = field(this, QStringLiteral("teamDatabase"), tr("cables"));
    m_user = field(this, QStringLiteral("teamUser"), tr("your PostgreSQL role"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("teamTls"));
    // sslmode's values as libpq knows them; the first leaves it to libpq (prefer).
    m_tls->addItem(tr("Default (TLS when the server offers it)"), QString());
    m_tls->addItem(tr("Off (disable)"), QStringLiteral("disable"));
    m_tls->addItem(tr("Preferred (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Required, server not checked (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Required, server's certificate checked (verify-ca)"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Required, certificate and host name checked (verify-full)"), QStringLiteral("verify-full"));
    m_password = field(this, QStringLiteral("teamPassword"), tr("only if the server asks for one"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordNote = new QLabel(tr("Passwords are not saved: use ~/.pgpass or enter it each time"), this);
    passwordNote->setObjectName(QStringLiteral("teamPasswordNote"));
    passwordNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), passwordNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_service, m_database })
        connect(edit, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
}

LibraryLocation TeamLibraryDialog::location() const
{
    QMap<QString, QString> parameters;
    const std::pair<const char *, QLineEdit *> fields[] { { "service", m_service }, { "host", m_host },
        { "port", m_port }, { "dbname", m_database }, { "user", m_user } };
    for (const auto &[keyword, edit] : fields) {
        if (const QString value = edit->text().trimmed(); !value.isEmpty())
            parameters.insert(QLatin1String(keyword), value);
    }
    if (const QString sslmode = m_tls->currentData().toString(); !sslmode.isEmpty())
        parameters.insert(QStringLiteral("sslmode"), sslmode);
    LibraryLocation location = LibraryLocation::server(parameters);
    // Typed for this connection only: kept in the value, never in toText().
    location.setPassword(m_password->text());
    return location;
}

void TeamLibraryDialog::setLocation(const LibraryLocation &location)
{
    m_service->setText(location.parameter(QStringLiteral("service")));
    m_host->setText(location.parameter(QStringLiteral("host")));
    m_port->setText(location.parameter(QStringLiteral("port")));
    m_database->setText(location.parameter(QStringLiteral("dbname")));
    m_user->setText(location.parameter(QStringLiteral("user")));
    const int tls = m_tls->findData(location.parameter(QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(tls < 0 ? 0 : tls);
    m_password->clear();
}

void TeamLibraryDialog::setPurpose(const QString &title, const QString &button)
{
    setWindowTitle(title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(button);
}

void TeamLibraryDialog::updateButtons()
{
    // A database or a service that names one; everything else has defaults.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_database->text().trimmed().isEmpty() || !m_service->text().trimmed().isEmpty());
}
}
