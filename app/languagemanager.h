// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTranslator;

namespace Reftel
{
// Loads Qt's and Reftel's translations for the user's languages (or one chosen
// with --lang) and installs them on the application.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Installs translators for the first of the locale's UI languages that
    // Reftel has a translation for; English needs none. Returns the language
    // code that was loaded, or an empty string for English. The default
    // QLocale becomes that language's (the locale itself when it is of that
    // language, so de_CH keeps its own formats): dates and numbers follow
    // the interface language, not only its words.
    QString install(const QLocale &locale);

    // Where Qt's own translations (qtbase_de.qm: OK, Cancel, file dialogs) are read.
    static QString qtTranslationsPath();

    // Languages Reftel ships, as codes ("de", "fr"); English is implicit.
    static QStringList availableLanguages();

private:
    void removeInstalled();
    std::vector<std::unique_ptr<QTranslator>> m_installed;
    std::optional<QLocale> m_localeBefore; // the default QLocale before install(), restored after
};
}
