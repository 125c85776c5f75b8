// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Reftel
{
namespace
{
const auto ResourceDir = QStringLiteral(":/i18n");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeInstalled();
}

QStringList LanguageManager::availableLanguages()
{
    QStringList codes;
    const auto files = QDir(ResourceDir).entryList({ QStringLiteral("reftel_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(7, file.size() - 10); // reftel_<code>.qm
    return codes;
}

QString LanguageManager::install(const QLocale &locale)
{
    removeInstalled();
    // The program's locale from now on: what it makes in other processes
    // (the parser's messages, see ParseWorkerPool) follows it too. Restored
    // when the manager goes.
    m_localeBefore = QLocale();
    QLocale::setDefault(locale);
    const QStringList available = availableLanguages();
    const QStringList wanted = locale.uiLanguages();
    for (const QString &ui : wanted) {
        // uiLanguages() gives "de-DE", "de"...; Reftel ships per language only.
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("en"))
            return {};
        if (!available.contains(code))
            continue;
        auto reftel = std::make_unique<QTranslator>();
        if (!reftel->load(QStringLiteral("reftel_") + code, ResourceDir))
            continue;
        QCoreApplication::installTranslator(reftel.get());
        m_installed.push_back(std::move(reftel));
        // Qt's own strings (standard buttons, dialogs), when the system has
        // them (Debian: qt6-translations-l10n, a dependency of the package).
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + code, qtTranslationsPath())) {
            QCoreApplication::installTranslator(qt.get());
            m_installed.push_back(std::move(qt));
        }
        QLocale::setDefault(locale.language() == QLocale(code).language() ? locale : QLocale(code));
        return code;
    }
    return {};
}

void LanguageManager::removeInstalled()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
    if (m_localeBefore) {
        QLocale::setDefault(*m_localeBefore);
        m_localeBefore.reset();
    }
}

QString LanguageManager::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}
}
