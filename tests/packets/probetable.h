// SPDX-License-Identifier: GPL-3.0-or-later
// What the packet lab sends, and what Airlock's policy says should arrive:
// the probe catalogue and one table of expected results per network mode.
// To change the policy, change a table in probetable.cpp.
#pragma once

#include "spec/vmspec.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Airlock::Packets {

enum class Outcome { Reached, Blocked, Error };
QString outcomeName(Outcome outcome);

// Who decides a probe's result.
enum class Judge {
    Guest, // the probing guest: the answer came back or it did not
    Observers, // the host's bridge and the peer guest: did the hostile frame arrive?
    Host, // a probe sent by the host to the peer guest
};

// When the probing guest sends it: right after its lease (before libvirt has
// learnt an unpinned address), with the honest probes, or after those and
// a pause long enough for libvirt to have learnt the address.
enum class Phase { Early, Honest, Hostile };

// One probe. Targets may hold placeholders ({gateway}, {gateway6},
// {gatewayLinkLocal}, {peer}, {spare}, {guestMac}, {gatewayMac}) that
// ProbeContext fills per mode. For Judge::Observers, `evidence` is the text an
// observer's line holds when the frame got through.
struct Probe
{
    QString name;
    QString kind; // packetpeer's probe kind; empty for the guest's own DHCP
    QString target;
    int port = 0;
    QString extra;
    Judge judge = Judge::Guest;
    QString evidence;
    Phase phase = Phase::Honest;
};

struct Expectation
{
    QString probe;
    Outcome expected;
};

struct ModeTable
{
    QString name;
    NetworkChoice network;
    QList<Expectation> rows;
};

// The addresses of one mode's world, for the placeholders.
struct ProbeContext
{
    QHash<QString, QString> values;
    QString fill(const QString &text) const;
};

const QList<Probe> &probeCatalogue();
const Probe *findProbe(const QString &name);
// Every mode the lab runs, with its expected results. `bridge` is the test
// bridge for mode "bridge".
QList<ModeTable> modeTables(const QString &bridge);

} // namespace Airlock::Packets
