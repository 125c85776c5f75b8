// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourscheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Reftel
{
namespace
{
struct Startup
{
    QString styleName;
    QPalette palette;
    bool saved = false;
};

Startup &startup()
{
    static Startup s;
    if (!s.saved) {
        s.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        s.palette = QApplication::palette();
        s.saved = true;
    }
    return s;
}
}

void ColourScheme::apply(Preferences::ColourScheme scheme)
{
    const Startup &initial = startup();
    switch (scheme) {
    case Preferences::ColourScheme::System:
        if (QApplication::style()->name() != initial.styleName)
            QApplication::setStyle(initial.styleName);
        QApplication::setPalette(initial.palette);
        return;
    case Preferences::ColourScheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        return;
    case Preferences::ColourScheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

QPalette ColourScheme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xb0));
    p.setColor(QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette ColourScheme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x39));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x78, 0x78, 0x78));
    return p;
}

bool ColourScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
}
