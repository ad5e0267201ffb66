// SPDX-License-Identifier: GPL-3.0-or-later
#include "labguest.h"
#include "probetable.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Airlock;
using namespace Airlock::Packets;

namespace {

const QString s_host = QStringLiteral("airlock-pk-host");
const QString s_testBridge = QStringLiteral("pk-br0");
// The home router of the bridged LAN and its DHCP server (tools/packet-lab).
const QString s_router = QStringLiteral("10.30.0.1");
const QString s_routerDhcp = QStringLiteral("10.30.0.2");
// libvirt learns an unpinned guest's address from its DHCP traffic and only
// then filters by it; the hostile probes wait this long after the lease.
constexpr int s_learningPauseMs = 4000;

// A probe's line: "AIRLOCK-PROBE name outcome detail…".
struct GuestResult
{
    QString outcome;
    QString detail;
};

QHash<QString, GuestResult> probeLines(const QStringList &lines)
{
    QHash<QString, GuestResult> results;
    static const QRegularExpression line(QStringLiteral("^AIRLOCK-PROBE (\\S+) (\\S+) ?(.*)$"));
    for (const QString &text : lines) {
        const auto match = line.match(text);
        if (match.hasMatch())
            results.insert(match.captured(1), {match.captured(2), match.captured(3)});
    }
    return results;
}

QString inHost(const QStringList &command, int *exitCode = nullptr, int timeoutMs = 60000)
{
    QString output;
    const int code = Test::runProgram(
            QStringLiteral("ip"),
            QStringList {QStringLiteral("netns"), QStringLiteral("exec"), s_host} + command,
            &output, {}, timeoutMs);
    if (exitCode)
        *exitCode = code;
    return output;
}

// The address of the same /24 (IPv4) or /64 (IPv6) ending in `last`.
QString sibling(const QString &address, int last)
{
    QHostAddress host(address);
    if (host.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress((host.toIPv4Address() & 0xffffff00u) | quint32(last)).toString();
    Q_IPV6ADDR bytes = host.toIPv6Address();
    bytes[14] = 0;
    bytes[15] = quint8(last);
    return QHostAddress(bytes).toString();
}

struct Row
{
    QString probe;
    Outcome expected;
    Outcome got;
    QString detail;
};

// What one mode's run found out, step by step.
struct ModeRun
{
    ModeTable table;
    ProbeContext context;
    QStringList observed; // the host bridge's observer and the peer's lines
    QString hostLine; // the host's probe of the peer
    QHash<QString, GuestResult> results;
    QStringList timings;
};

} // namespace

// Real guests, real packets: for each network mode, two guests that Airlock
// itself created (then booted into a small Linux of the lab's own, their
// network cards as Airlock wrote them), one probing, one the peer, in the
// namespaces of tools/packet-lab. Each probe's result is compared with the
// mode's table in probetable.cpp.
class TestPackets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probes_data();
    void probes();
    void cleanup();

private:
    QString createGuest(const QString &name, const NetworkChoice &network) const;
    bool describeNetwork(const LabGuest &guest, ModeRun &run) const;
    void describeBridge(const QString &bridge, ModeRun &run) const;
    void describeGuests(const LabGuest &prober, const LabGuest &peer, ModeRun &run) const;
    void startObserver(const ModeRun &run);
    QStringList stopObserver();
    QString plan(const ModeRun &run) const;
    QString commandLine(const QString &role, const ModeRun &run, const QString &extra) const;
    QString bootPeer(LabGuest &peer, const ModeRun &run) const;
    Row judge(const Expectation &expectation, const ModeRun &run) const;
    void judgeLease(Row &row, const ModeRun &run) const;
    QStringList compare(const ModeRun &run) const;
    QStringList inventory() const;
    void removeWhatTheModeMade();
    QString virsh(const QStringList &arguments, int *exitCode = nullptr) const;
    QString guestFile(const QString &name) const { return m_lab + QLatin1String("/guest/") + name; }

    QString m_lab;
    QString m_uri;
    QString m_iso;
    QStringList m_before;
    bool m_modeStarted = false;
    std::unique_ptr<QProcess> m_observer;
};

QString TestPackets::virsh(const QStringList &arguments, int *exitCode) const
{
    return Test::virsh(m_uri, arguments, exitCode);
}

void TestPackets::initTestCase()
{
    m_lab = qEnvironmentVariable("AIRLOCK_PACKET_LAB");
    if (m_lab.isEmpty())
        QSKIP("not run under ctest's packet-lab fixture (AIRLOCK_PACKET_LAB is not set)");
    QFile skipped(m_lab + QLatin1String("/skipped"));
    if (skipped.open(QIODevice::ReadOnly)) {
        const QString reason = QString::fromUtf8(skipped.readAll()).trimmed();
        if (Test::integrationRequired())
            QFAIL(qPrintable(QStringLiteral("the packet lab is required but did not start: ")
                             + reason));
        QSKIP(qPrintable(reason));
    }
    m_uri = QStringLiteral("qemu:///system?socket=%1/daemon/sock/libvirt-sock").arg(m_lab);
    QVERIFY2(QFile::exists(guestFile(QStringLiteral("initrd"))), "the lab's guest is missing");
    QVERIFY(QDir().mkpath(m_lab + QLatin1String("/work")));
    // A stand-in for the NixOS ISO: Airlock uploads it, the lab's guests never boot it.
    m_iso = m_lab + QLatin1String("/work/stand-in.iso");
    QFile iso(m_iso);
    QVERIFY(iso.open(QIODevice::WriteOnly));
    QByteArray image(2 * 1024 * 1024, '\0');
    image.replace(0x8001, 5, "CD001");
    iso.write(image);
}

void TestPackets::probes_data()
{
    QTest::addColumn<int>("mode");
    const QList<ModeTable> tables = modeTables(s_testBridge);
    for (int i = 0; i < tables.size(); ++i)
        QTest::newRow(qPrintable(tables.at(i).name)) << i;
}

QString TestPackets::createGuest(const QString &name, const NetworkChoice &network) const
{
    VmSpec spec = Test::smallEmulatedSpec(name);
    spec.network = network;
    spec.iso = IsoSource::file(m_iso);
    const QString file = m_lab + QLatin1String("/work/") + name + QLatin1String(".json");
    if (!spec.save(file))
        return QStringLiteral("cannot write ") + file;
    // Inside the host's namespace: Airlock sees that host's addresses as its own.
    int code = 0;
    const QString output = inHost({QStringLiteral(AIRLOCK_BINARY), QStringLiteral("--create"),
                                   QStringLiteral("--json"), QStringLiteral("--spec"), file,
                                   QStringLiteral("--connect"), m_uri},
                                  &code, 300000);
    // 3: it runs, but this machine has no SELinux to prove anything with.
    if (code != 0 && code != 3)
        return QStringLiteral("airlock --create %1 exited %2: %3").arg(name).arg(code).arg(output);
    return {};
}

// The gateway and the bridge of the mode's network, as its guests see them.
bool TestPackets::describeNetwork(const LabGuest &guest, ModeRun &run) const
{
    QHash<QString, QString> &values = run.context.values;
    switch (run.table.network.mode) {
    case NetworkMode::None:
        return true;
    case NetworkMode::Bridge:
        values.insert(QStringLiteral("bridge"), guest.source());
        values.insert(QStringLiteral("gateway"), s_router);
        values.insert(QStringLiteral("dhcpServer"), s_routerDhcp);
        break;
    case NetworkMode::Nat: {
        const auto network
                = XmlElement::parse(virsh({QStringLiteral("net-dumpxml"), guest.source()}));
        const XmlElement *bridge = network ? network->child(QStringLiteral("bridge")) : nullptr;
        if (!bridge)
            return false;
        values.insert(QStringLiteral("bridge"), bridge->attribute(QStringLiteral("name")));
        for (const XmlElement *ip : network->childrenNamed(QStringLiteral("ip"))) {
            const bool v6 = ip->attribute(QStringLiteral("family")) == QLatin1String("ipv6");
            values.insert(v6 ? QStringLiteral("gateway6") : QStringLiteral("gateway"),
                          ip->attribute(QStringLiteral("address")));
        }
        values.insert(QStringLiteral("dhcpServer"), values.value(QStringLiteral("gateway")));
        break;
    }
    }
    const QString bridge = values.value(QStringLiteral("bridge"));
    values.insert(
            QStringLiteral("gatewayMac"),
            inHost({QStringLiteral("cat"), QStringLiteral("/sys/class/net/%1/address").arg(bridge)})
                    .trimmed());
    values.insert(QStringLiteral("spare"), sibling(values.value(QStringLiteral("gateway")), 250));
    return !bridge.isEmpty() && !values.value(QStringLiteral("gateway")).isEmpty();
}

// The bridge's link-local address exists once a port is up, i.e. a guest runs.
void TestPackets::describeBridge(const QString &bridge, ModeRun &run) const
{
    static const QRegularExpression linkLocal(QStringLiteral("inet6 (fe80::[0-9a-f:]+)/64"));
    const auto match = linkLocal.match(
            inHost({QStringLiteral("ip"), QStringLiteral("-6"), QStringLiteral("addr"),
                    QStringLiteral("show"), QStringLiteral("dev"), bridge}));
    run.context.values.insert(QStringLiteral("gatewayLinkLocal"), match.captured(1));
}

// The guests' pinned addresses (filterref IP, IPV6), and IPv6 addresses of
// the network's /64 where none is pinned: busybox has no DHCPv6 client.
void TestPackets::describeGuests(const LabGuest &prober, const LabGuest &peer, ModeRun &run) const
{
    QHash<QString, QString> &values = run.context.values;
    const QString gateway6 = values.value(QStringLiteral("gateway6"));
    values.insert(QStringLiteral("guestMac"), prober.mac());
    for (const LabGuest *guest : {&prober, &peer}) {
        const bool probing = guest == &prober;
        const QString role = probing ? QStringLiteral("a") : QStringLiteral("b");
        values.insert(role + QLatin1String("Ip"), guest->filterParameter(QStringLiteral("IP")));
        const QString pinned6 = guest->filterParameter(QStringLiteral("IPV6"));
        if (!gateway6.isEmpty())
            values.insert(role + QLatin1String("Ip6"),
                          pinned6.isEmpty() ? sibling(gateway6, probing ? 0x2a : 0x2b) : pinned6);
    }
}

void TestPackets::startObserver(const ModeRun &run)
{
    const QString bridge = run.context.values.value(QStringLiteral("bridge"));
    if (bridge.isEmpty())
        return;
    m_observer = std::make_unique<QProcess>();
    m_observer->start(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), s_host,
                       QStringLiteral(AIRLOCK_PACKETPEER), QStringLiteral("observe"), bridge});
    m_observer->waitForStarted();
}

QStringList TestPackets::stopObserver()
{
    if (!m_observer)
        return {};
    // Frames still on their way arrive within a moment.
    QThread::msleep(500);
    m_observer->terminate();
    m_observer->waitForFinished(5000);
    const QStringList lines
            = QString::fromUtf8(m_observer->readAllStandardOutput()).split(QLatin1Char('\n'));
    m_observer.reset();
    return lines;
}

// The probing guest's part of the table, for packetpeer plan: a group per phase.
QString TestPackets::plan(const ModeRun &run) const
{
    QStringList groups[3];
    groups[int(Phase::Honest)].append(QStringLiteral("learning,wait,,%1,").arg(s_learningPauseMs));
    for (const Expectation &row : run.table.rows) {
        const Probe *probe = findProbe(row.probe);
        if (probe->kind.isEmpty() || probe->judge == Judge::Host)
            continue;
        groups[int(probe->phase)].append(
                QStringList {probe->name, probe->kind, run.context.fill(probe->target),
                             QString::number(probe->port), run.context.fill(probe->extra)}
                        .join(QLatin1Char(',')));
    }
    QStringList joined;
    for (const QStringList &group : groups)
        joined.append(group.join(QLatin1Char('+')));
    return joined.join(QLatin1Char('/'));
}

QString TestPackets::commandLine(const QString &role, const ModeRun &run,
                                 const QString &extra) const
{
    QStringList words {QStringLiteral("console=ttyS0"), QStringLiteral("quiet"),
                       QStringLiteral("loglevel=1"), QStringLiteral("panic=-1"),
                       QStringLiteral("pk.role=") + role};
    const QString gateway6 = run.context.values.value(QStringLiteral("gateway6"));
    if (!gateway6.isEmpty()) {
        words << QStringLiteral("pk.ip6=%1/64")
                         .arg(run.context.values.value(role + QLatin1String("Ip6")))
              << QStringLiteral("pk.gateway6=") + gateway6;
    }
    if (!extra.isEmpty())
        words << extra;
    return words.join(QLatin1Char(' '));
}

// Starts the peer and waits for its lease; its address, or empty.
QString TestPackets::bootPeer(LabGuest &peer, const ModeRun &run) const
{
    const QString extra = QStringLiteral("pk.gateway=%1 pk.gateway-mac=%2")
                                  .arg(run.context.values.value(QStringLiteral("gateway")),
                                       run.context.values.value(QStringLiteral("gatewayMac")));
    if (!peer.boot(guestFile(QStringLiteral("vmlinuz")), guestFile(QStringLiteral("initrd")),
                   commandLine(QStringLiteral("b"), run, extra)))
        return {};
    const QString ready = peer.waitForLine(QStringLiteral("AIRLOCK-PEER-READY"), 120000);
    const QStringList words = ready.split(QLatin1Char(' '));
    return words.size() > 1 ? words.at(1) : QString();
}

Row TestPackets::judge(const Expectation &expectation, const ModeRun &run) const
{
    Row row {expectation.probe, expectation.expected, Outcome::Error, {}};
    const Probe *probe = findProbe(expectation.probe);
    const GuestResult result = probe->judge == Judge::Host
                                       ? probeLines({run.hostLine}).value(QStringLiteral("tcp"))
                                       : run.results.value(probe->name);
    row.detail = result.detail;
    if (result.outcome == QLatin1String("reached")) {
        row.got = Outcome::Reached;
    } else if (result.outcome == QLatin1String("blocked")) {
        row.got = Outcome::Blocked;
    } else if (result.outcome == QLatin1String("sent") && probe->judge == Judge::Observers) {
        const QString evidence = run.context.fill(probe->evidence);
        QStringList seenBy;
        for (const QString &line : run.observed) {
            if (line.contains(evidence))
                seenBy.append(line.startsWith(QLatin1String("AIRLOCK-PEER"))
                                      ? QStringLiteral("the peer")
                                      : QStringLiteral("the host's bridge"));
        }
        seenBy.removeDuplicates();
        row.got = seenBy.isEmpty() ? Outcome::Blocked : Outcome::Reached;
        row.detail += seenBy.isEmpty()
                              ? QStringLiteral("; seen by neither the host's bridge nor the peer")
                              : QStringLiteral("; seen by ") + seenBy.join(QLatin1String(" and "));
    } else if (result.outcome.isEmpty()) {
        row.detail = QStringLiteral("the probe did not run (no result line)");
    }
    if (probe->name == QLatin1String("dhcp"))
        judgeLease(row, run);
    return row;
}

// A lease must come from the mode's DHCP server, and be the pinned address when pinned.
void TestPackets::judgeLease(Row &row, const ModeRun &run) const
{
    if (row.got != Outcome::Reached)
        return;
    const QString lease = row.detail.section(QLatin1Char(' '), 0, 0);
    const QString pinned = run.context.values.value(QStringLiteral("aIp"));
    const QString server = run.context.values.value(QStringLiteral("dhcpServer"));
    if (!pinned.isEmpty() && lease != pinned) {
        row.got = Outcome::Error;
        row.detail = QStringLiteral("lease %1 is not the pinned %2").arg(lease, pinned);
    } else if (!row.detail.contains(QLatin1String("server ") + server + QLatin1Char(' '))) {
        row.got = Outcome::Error;
        row.detail += QLatin1String("; not from ") + server;
    }
}

// Prints the mode's table; the probes whose result differs from it.
QStringList TestPackets::compare(const ModeRun &run) const
{
    QStringList lines {QStringLiteral("mode %1 (%2)")
                               .arg(run.table.name, run.timings.join(QLatin1String(", "))),
                       QStringLiteral("  %1 %2 %3 %4")
                               .arg(QStringLiteral("probe"), -24)
                               .arg(QStringLiteral("expected"), -8)
                               .arg(QStringLiteral("got"), -8)
                               .arg(QStringLiteral("detail"))};
    QStringList differences;
    for (const Expectation &expectation : run.table.rows) {
        const Row row = judge(expectation, run);
        const bool differs = row.got != row.expected;
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(differs ? QLatin1Char('!') : QLatin1Char(' '))
                             .arg(row.probe, -24)
                             .arg(outcomeName(row.expected), -8)
                             .arg(outcomeName(row.got), -8)
                             .arg(row.detail));
        if (differs)
            differences.append(row.probe);
    }
    qInfo().noquote() << QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return differences;
}

void TestPackets::probes()
{
    QFETCH(int, mode);
    ModeRun run {modeTables(s_testBridge).at(mode), {}, {}, {}, {}, {}};
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&run, &timer](const char *what) {
        run.timings.append(QStringLiteral("%1 %2 s")
                                   .arg(QLatin1String(what))
                                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    };
    m_before = inventory();
    m_modeStarted = true;
    const bool networked = run.table.network.mode != NetworkMode::None;
    const QString name = QLatin1String("pk-") + run.table.name;
    const QString work = m_lab + QLatin1String("/work/");
    LabGuest prober(m_uri, name + QLatin1String("-a"), work + name + QLatin1String("-a.log"));
    LabGuest peer(m_uri, name + QLatin1String("-b"), work + name + QLatin1String("-b.log"));
    QString problem = createGuest(name + QLatin1String("-a"), run.table.network);
    if (problem.isEmpty() && networked)
        problem = createGuest(name + QLatin1String("-b"), run.table.network);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(prober.readDefinition(), qPrintable(prober.error()));
    QVERIFY2(!networked || peer.readDefinition(), qPrintable(peer.error()));
    QCOMPARE(prober.interfaces().isEmpty(), !networked);
    QVERIFY2(describeNetwork(prober, run), "cannot read the mode's network");
    describeGuests(prober, peer, run);
    lap("created");

    startObserver(run);
    QString peerAddress;
    if (networked) {
        peerAddress = bootPeer(peer, run);
        QVERIFY2(!peerAddress.isEmpty(),
                 qPrintable(QStringLiteral("the peer guest got no lease: ") + peer.error()
                            + peer.lines().join(QLatin1Char('\n'))));
        const QString pinned = run.context.values.value(QStringLiteral("bIp"));
        QVERIFY2(pinned.isEmpty() || pinned == peerAddress,
                 qPrintable(QStringLiteral("the peer's lease %1 is not its pinned %2")
                                    .arg(peerAddress, pinned)));
        describeBridge(run.context.values.value(QStringLiteral("bridge")), run);
    }
    run.context.values.insert(QStringLiteral("peer"), peerAddress);
    lap("peer ready");

    const QString command
            = commandLine(QStringLiteral("a"), run, QLatin1String("pk.plan=") + plan(run));
    QVERIFY2(command.size() < 2000, "the plan is too long for a kernel command line");
    QVERIFY2(prober.boot(guestFile(QStringLiteral("vmlinuz")), guestFile(QStringLiteral("initrd")),
                         command),
             qPrintable(prober.error()));
    const bool done = !prober.waitForLine(QStringLiteral("AIRLOCK-PROBE-DONE"), 180000).isEmpty();
    lap("probed");
    if (networked)
        run.hostLine = inHost({QStringLiteral(AIRLOCK_PACKETPEER), QStringLiteral("probe"),
                               QStringLiteral("tcp"), peerAddress, QStringLiteral("7001")});
    run.observed = stopObserver();
    for (const QString &line : peer.lines()) {
        if (line.startsWith(QLatin1String("AIRLOCK-PEER")))
            run.observed.append(line);
    }
    QVERIFY2(done, qPrintable(QStringLiteral("the probing guest did not finish:\n")
                              + prober.lines().join(QLatin1Char('\n'))));
    run.results = probeLines(prober.lines());
    const QStringList differences = compare(run);
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("mode %1: not as expected: %2")
                                .arg(run.table.name, differences.join(QLatin1String(", ")))));
}

// Domains, networks, filters, pools and volumes, one "kind name" per line.
QStringList TestPackets::inventory() const
{
    const auto names = [this](const QString &kind, const QString &listing, int column) {
        QStringList found;
        for (const QString &line :
             virsh(listing.split(QLatin1Char(' '))).split(QLatin1Char('\n'))) {
            const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() > column)
                found.append(kind + QLatin1Char(' ') + words.at(column));
        }
        return found;
    };
    QStringList items
            = names(QStringLiteral("domain"), QStringLiteral("list --all --name"), 0)
              + names(QStringLiteral("network"), QStringLiteral("net-list --all --name"), 0)
              + names(QStringLiteral("nwfilter"), QStringLiteral("nwfilter-list"), 1);
    const QStringList pools
            = names(QStringLiteral("pool"), QStringLiteral("pool-list --all --name"), 0);
    items += pools;
    for (const QString &pool : pools) {
        const QString name = pool.section(QLatin1Char(' '), 1);
        items += names(QStringLiteral("volume ") + name, QStringLiteral("vol-list ") + name, 0);
    }
    return items;
}

// Everything the mode added, users before what they use.
void TestPackets::removeWhatTheModeMade()
{
    const QStringList made = inventory();
    const auto each
            = [&](const QString &kind, const std::function<void(const QStringList &)> &remove) {
                  for (const QString &item : made) {
                      if (item.startsWith(kind + QLatin1Char(' ')) && !m_before.contains(item))
                          remove(item.split(QLatin1Char(' ')).mid(1));
                  }
              };
    each(QStringLiteral("domain"), [this](const QStringList &name) {
        virsh(QStringList {QStringLiteral("destroy")} + name);
        virsh(QStringList {QStringLiteral("undefine"), QStringLiteral("--nvram")} + name);
    });
    each(QStringLiteral("volume"), [this](const QStringList &poolAndName) {
        virsh({QStringLiteral("vol-delete"), QStringLiteral("--pool"), poolAndName.value(0),
               poolAndName.value(1)});
    });
    each(QStringLiteral("network"), [this](const QStringList &name) {
        virsh(QStringList {QStringLiteral("net-destroy")} + name);
        virsh(QStringList {QStringLiteral("net-undefine")} + name);
    });
    each(QStringLiteral("nwfilter"), [this](const QStringList &name) {
        virsh(QStringList {QStringLiteral("nwfilter-undefine")} + name);
    });
    each(QStringLiteral("pool"), [this](const QStringList &name) {
        virsh(QStringList {QStringLiteral("pool-destroy")} + name);
        virsh(QStringList {QStringLiteral("pool-undefine")} + name);
    });
}

void TestPackets::cleanup()
{
    stopObserver();
    if (m_modeStarted)
        removeWhatTheModeMade();
    m_modeStarted = false;
}

QTEST_GUILESS_MAIN(TestPackets)
#include "tst_packets.moc"
