// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Reftel
{
// File ▸ Open Team Library… (and the target of Copy Library to Server…): a
// library on a PostgreSQL server, by host, port, database, user and TLS mode,
// or by a service name of pg_service.conf. What is left empty libpq takes
// from the PG* variables and the service file, as psql does. The password
// field is for this connection only: it is never saved, and the dialog says
// where a password can be kept instead (~/.pgpass).
class TeamLibraryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);

    // The server library the fields name, with the password typed (if any).
    LibraryLocation location() const;
    // Fills the fields from a server library (the last one opened); its
    // password, if it has one, is not shown.
    void setLocation(const LibraryLocation &location);
    // The window's title and the button's text, for another use than opening.
    void setPurpose(const QString &title, const QString &button);

private:
    void updateButtons();

    QLineEdit *m_service = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
}
