// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Reftel::Synth
{
// What the generator knows about a post: the origin the release's CSV gives it,
// the name as telegrams spell it, the country code for TAGS and a routing
// indicator for the transmission header.
struct Post
{
    QByteArray token; // as in the id: "USUNNEWYORK"
    QByteArray origin; // "USUN New York"
    QByteArray spelled; // "USUN NEW YORK"
    QByteArray from; // the routing's FM line: "USMISSION USUN NEW YORK"
    QByteArray country; // "UNSC"; a FIPS code for most posts
    QByteArray station; // "RUEHNY"
    bool consulate = false;
    bool state = false;
};

class PostDirectory final
{
public:
    // The post for an id's post token. Unknown tokens (the release has typos and
    // fragments such as "EFTOLONDON" or "SECTION") are first stripped of the
    // known prefixes, then made up: "Embassy" and the token in title case.
    static Post lookup(QByteArrayView token);
    // True when the token is a post of the directory as written.
    static bool knows(QByteArrayView token);
    // A post of the directory, for made-up ids and addressees.
    static Post at(int index);
    static int size();
};
}
