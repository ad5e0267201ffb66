// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "domainxml/networkshape.h"
#include "provision/networksetup.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

namespace {


NetworkChoice nat(bool ipv6 = false)
{
    return {NetworkMode::Nat, ipv6, {}};
}

NetworkChoice bridge(bool ipv6 = false)
{
    return {NetworkMode::Bridge, ipv6, QStringLiteral("br0")};
}

QStringList names(const QList<FilterDocument> &documents)
{
    QStringList list;
    for (const FilterDocument &document : documents)
        list.append(document.name);
    return list;
}

} // namespace

class TestNetworkFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFilterPassesTheSchema();
    void eachModeHasItsOwnFilterTree();
    void sameContentIgnoresSpellingButNotRules();
    void parametersPinTheVm();
    void theCardCarriesThePinning();
    void hostAddressesSkipWhatTheRangesBlock();
    void blockedRangesHoldTheLanAndTheHost();
    void networkDifferencesNameWhatDiffers();
    void printsEveryFilterInOneDocument();
};

void TestNetworkFilters::everyFilterPassesTheSchema()
{
    const QList<FilterDocument> documents = NetworkFilters::allDocuments();
    QCOMPARE(documents.size(), 9);
    for (const FilterDocument &document : documents) {
        QVERIFY(document.name.startsWith(QLatin1String("airlock-")));
        const auto problem = Test::schemaProblem(document.xml, QStringLiteral("nwfilter"));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
}

void TestNetworkFilters::eachModeHasItsOwnFilterTree()
{
    QCOMPARE(NetworkFilters::topName(nat()), QStringLiteral("airlock-internet"));
    QCOMPARE(NetworkFilters::topName({NetworkMode::None, false, {}}), QString());
    QCOMPARE(names(NetworkFilters::documents(nat())),
             (QStringList {QStringLiteral("airlock-internet"),
                           QStringLiteral("airlock-ipv4-no-servers"),
                           QStringLiteral("airlock-ipv4-internet-only")}));
    const QStringList nat6 = names(NetworkFilters::documents(nat(true)));
    QCOMPARE(nat6.constFirst(), QStringLiteral("airlock-internet-ipv6"));
    for (const char *part :
         {"airlock-internet", "airlock-ipv4-internet-only", "airlock-ipv6-source",
          "airlock-ipv6-no-servers", "airlock-ipv6-internet-only"})
        QVERIFY2(nat6.contains(QLatin1String(part)), part);
    QCOMPARE(nat6.size(), 7);
    // A bridge keeps the LAN reachable: no destination rules, only the
    // protections against spoofing and rogue servers.
    const QStringList bridged = names(NetworkFilters::documents(bridge(true)));
    QCOMPARE(bridged, (QStringList {QStringLiteral("airlock-bridged-ipv6"),
                                    QStringLiteral("airlock-bridged"),
                                    QStringLiteral("airlock-ipv6-no-servers"),
                                    QStringLiteral("airlock-ipv4-no-servers")}));
    QVERIFY(NetworkFilters::documents({NetworkMode::None, false, {}}).isEmpty());
    // Every tree rests on libvirt's clean-traffic.
    QVERIFY(NetworkFilters::documents(nat()).constFirst().xml.contains(
            QLatin1String("<filterref filter=\"clean-traffic\"/>")));
    QVERIFY(NetworkFilters::documents(bridge()).constFirst().xml.contains(
            QLatin1String("<filterref filter=\"clean-traffic\"/>")));
}

void TestNetworkFilters::sameContentIgnoresSpellingButNotRules()
{
    QString ours;
    for (const FilterDocument &document : NetworkFilters::documents(nat(true))) {
        if (document.name == QLatin1String("airlock-ipv6-internet-only"))
            ours = document.xml;
    }
    QVERIFY(ours.contains(QLatin1String("::ffff:0.0.0.0")));
    QVERIFY(NetworkFilters::sameContent(ours, ours));
    // libvirt's spelling: single quotes, a uuid, its own address forms.
    QString libvirts = ours;
    libvirts.replace(QLatin1Char('"'), QLatin1Char('\''));
    libvirts.replace(
            QLatin1String("priority='-605'>"),
            QLatin1String("priority='-605'>\n  <uuid>2f1c1fb6-3e0c-4b62-9b1f-0d9b0a7b8e01</uuid>"));
    libvirts.replace(QLatin1String("::ffff:0.0.0.0"), QLatin1String("::ffff:0:0"));
    libvirts.replace(QLatin1String("fe80::'"), QLatin1String("FE80:0::'"));
    QVERIFY(libvirts != ours);
    QVERIFY(NetworkFilters::sameContent(libvirts, ours));

    // An emptied filter of the same name, a rule gone, a rule weakened, a
    // rule added: never the same.
    const QString emptied = QStringLiteral(
            "<filter name='airlock-ipv6-internet-only' chain='ipv6-reach' priority='-605'/>");
    QVERIFY(!NetworkFilters::sameContent(emptied, ours));
    QString weakened = ours;
    weakened.replace(QLatin1String("action=\"drop\""), QLatin1String("action=\"accept\""));
    QVERIFY(!NetworkFilters::sameContent(weakened, ours));
    QString widened = ours;
    widened.replace(QLatin1String("dstipmask=\"7\""), QLatin1String("dstipmask=\"8\""));
    QVERIFY(widened != ours);
    QVERIFY(!NetworkFilters::sameContent(widened, ours));
    QString added = ours;
    added.replace(QLatin1String("</filter>"),
                  QLatin1String("<rule action='accept' direction='out' priority='1'/></filter>"));
    QVERIFY(!NetworkFilters::sameContent(added, ours));
    QVERIFY(!NetworkFilters::sameContent(QStringLiteral("<filter"), ours));
}

void TestNetworkFilters::parametersPinTheVm()
{
    const NetworkAddressing addressing = NetworkAddressing::candidate(2);
    NetworkPinning pinning;
    pinning.mac = QStringLiteral("52:54:00:12:34:56");
    pinning.ipv4 = QStringLiteral("192.168.152.7");
    pinning.hostAddresses = {QStringLiteral("198.51.100.1")};
    pinning.hostPrefixes6 = {QStringLiteral("2001:db8:1::")};
    const QList<FilterParameter> four = NetworkFilters::parameters(nat(), addressing, pinning);
    QCOMPARE(four, (QList<FilterParameter> {
                           {QStringLiteral("IP"), QStringLiteral("192.168.152.7")},
                           {QStringLiteral("AIRLOCK_GATEWAY"), QStringLiteral("192.168.152.1")},
                           {QStringLiteral("AIRLOCK_HOST"), QStringLiteral("192.168.152.1")},
                           {QStringLiteral("AIRLOCK_HOST"), QStringLiteral("198.51.100.1")},
                   }));
    const QList<FilterParameter> six = NetworkFilters::parameters(nat(true), addressing, pinning);
    QCOMPARE(six.mid(4),
             (QList<FilterParameter> {
                     {QStringLiteral("AIRLOCK_NET6"), QStringLiteral("fd61:6972:6c6b:152::")},
                     {QStringLiteral("AIRLOCK_GATEWAY6"), QStringLiteral("fd61:6972:6c6b:152::1")},
                     {QStringLiteral("AIRLOCK_HOST6"), QStringLiteral("fd61:6972:6c6b:152::")},
                     {QStringLiteral("AIRLOCK_HOST6"), QStringLiteral("2001:db8:1::")},
             }));
    // Without a pinning (a preview), no IP: never a made-up one.
    const QList<FilterParameter> preview = NetworkFilters::parameters(nat(), addressing, {});
    QVERIFY(std::none_of(preview.cbegin(), preview.cend(),
                         [](const FilterParameter &p) { return p.name == QLatin1String("IP"); }));
    // On a bridge the address is learnt from the LAN's DHCP server alone.
    QCOMPARE(NetworkFilters::parameters(bridge(), addressing, pinning),
             (QList<FilterParameter> {
                     {QStringLiteral("CTRL_IP_LEARNING"), QStringLiteral("dhcp")}}));
}

void TestNetworkFilters::theCardCarriesThePinning()
{
    VmSpec spec;
    DomainTarget target;
    target.addressing = NetworkAddressing::candidate(1);
    target.pinning.mac = QStringLiteral("52:54:00:aa:bb:cc");
    target.pinning.ipv4 = QStringLiteral("192.168.151.2");
    const auto xml = DomainXml::domain(spec, target);
    QVERIFY(xml);
    QVERIFY(xml->contains(QLatin1String("<mac address=\"52:54:00:aa:bb:cc\"/>")));
    QVERIFY(xml->contains(QLatin1String("<parameter name=\"IP\" value=\"192.168.151.2\"/>")));
    QVERIFY(xml->contains(
            QLatin1String("<parameter name=\"AIRLOCK_GATEWAY\" value=\"192.168.151.1\"/>")));
    const auto problem = Test::schemaProblem(*xml, QStringLiteral("domain"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    // The preview has no MAC yet.
    const auto preview = DomainXml::domain(spec);
    QVERIFY(preview && !preview->contains(QLatin1String("<mac ")));
}

void TestNetworkFilters::hostAddressesSkipWhatTheRangesBlock()
{
    NetworkPinning pinning;
    NetworkSetup::addHostAddresses(
            {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("10.1.2.3")),
             QHostAddress(QStringLiteral("192.168.1.20")),
             QHostAddress(QStringLiteral("198.51.100.1")),
             QHostAddress(QStringLiteral("198.51.100.1")), QHostAddress(QStringLiteral("::1")),
             QHostAddress(QStringLiteral("fe80::1")), QHostAddress(QStringLiteral("fd00::5")),
             QHostAddress(QStringLiteral("2001:db8:1:0:1234:5678:9abc:def0")),
             QHostAddress(QStringLiteral("2001:db8:1::99"))},
            pinning);
    QCOMPARE(pinning.hostAddresses, QStringList {QStringLiteral("198.51.100.1")});
    QCOMPARE(pinning.hostPrefixes6, QStringList {QStringLiteral("2001:db8:1::")});
}

void TestNetworkFilters::blockedRangesHoldTheLanAndTheHost()
{
    for (const char *blocked :
         {"10.0.0.1", "172.31.255.1", "192.168.150.1", "100.64.0.1", "169.254.169.254", "127.0.0.1",
          "224.0.0.251", "255.255.255.255", "0.0.0.0", "fd61:6972:6c6b:150::1", "fe80::1",
          "ff02::1", "::1", "::ffff:192.168.1.1", "64:ff9b::a00:1"})
        QVERIFY2(NetworkFilters::inBlockedRange(QHostAddress(QLatin1String(blocked))), blocked);
    // The internet stays reachable (the documentation ranges stand in for it
    // in the packet tests).
    for (const char *open :
         {"203.0.113.10", "198.51.100.1", "8.8.8.8", "2001:db8:2::10", "2a00:1450:4001::1"})
        QVERIFY2(!NetworkFilters::inBlockedRange(QHostAddress(QLatin1String(open))), open);
}

void TestNetworkFilters::networkDifferencesNameWhatDiffers()
{
    const NetworkAddressing addressing = NetworkAddressing::candidate(4);
    for (const bool ipv6 : {false, true}) {
        const QString ours = DomainXml::network(nat(ipv6), addressing);
        QCOMPARE(NetworkShape::networkDifferences(ours, nat(ipv6)), QStringList());
        // libvirt's own additions, a DHCP host entry and another subnet's
        // address are not differences.
        QString live = ours;
        live.replace(QLatin1String("<forward mode=\"nat\"/>"),
                     QLatin1String("<forward mode='nat'><nat><port start='1024' "
                                   "end='65535'/></nat></forward>"));
        live.replace(QLatin1String("</dhcp>"),
                     QLatin1String("<host mac='52:54:00:00:00:01' ip='192.168.154.9'/></dhcp>"));
        live.replace(QLatin1String("<bridge stp=\"off\""),
                     QLatin1String("<uuid>1b4e28ba-2fa1-11d2-883f-0016d3cca427</uuid><bridge "
                                   "name='virbr3' stp=\"off\""));
        QCOMPARE(NetworkShape::networkDifferences(live, nat(ipv6)), QStringList());
        QCOMPARE(NetworkShape::addressingOf(live).ipv4Subnet, 154);
        QCOMPARE(NetworkShape::addressingOf(live).ipv6Subnet, 154);
    }
    const QString ours = DomainXml::network(nat(), addressing);
    QString old = ours;
    old.replace(QLatin1String("stp=\"off\""), QLatin1String("stp=\"on\""));
    old.replace(QLatin1String("<port isolated=\"yes\"/>"), QString());
    QCOMPARE(NetworkShape::networkDifferences(old, nat()),
             (QStringList {QStringLiteral("isolated ports: no, Airlock's: yes"),
                           QStringLiteral("spanning tree: on, Airlock's: off")}));
    QString routed = ours;
    routed.replace(QLatin1String("mode=\"nat\""), QLatin1String("mode=\"route\""));
    routed.replace(
            QLatin1String("</network>"),
            QLatin1String(
                    "<route address='10.0.0.0' prefix='8' gateway='192.168.154.2'/></network>"));
    const QStringList routedDifferences = NetworkShape::networkDifferences(routed, nat());
    QVERIFY(routedDifferences.contains(QStringLiteral("forwarding: route, Airlock's: nat")));
    QVERIFY(routedDifferences.contains(QStringLiteral("other settings: <route>, Airlock's: none")));
    // Asked for IPv6, a network without it differs, and the other way round.
    QVERIFY(!NetworkShape::networkDifferences(ours, nat(true)).isEmpty());
    QVERIFY(!NetworkShape::networkDifferences(DomainXml::network(nat(true)), nat()).isEmpty());
}

void TestNetworkFilters::printsEveryFilterInOneDocument()
{
    const QString xml = NetworkFilters::documentsXml(NetworkFilters::documents(nat(true)));
    QVERIFY(xml.startsWith(QLatin1String("<filters>\n  <filter name=\"airlock-internet-ipv6\"")));
    QVERIFY(xml.endsWith(QLatin1String("</filters>\n")));
    QCOMPARE(xml.count(QLatin1String("<filter name=")), 7);
    QCOMPARE(NetworkFilters::documentsXml({}), QStringLiteral("<filters/>\n"));
}

QTEST_GUILESS_MAIN(TestNetworkFilters)
#include "tst_networkfilters.moc"
