// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobparser.h"
#include "parseworker.h"

int main(int argc, char *argv[])
{
    return Reftel::ParseWorker::exec(argc, argv, &Reftel::JobParser::parse);
}
