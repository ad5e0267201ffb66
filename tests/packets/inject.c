// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer probe, the misbehaving kinds: frames a hostile guest would send
// to take over its neighbours' traffic. Whether one got anywhere is not for
// the sender to tell; it says "sent", and the observers on the host's bridge
// and in the peer guest report what arrived.
#include "packetpeer.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { repeats = 3 };

struct link_socket
{
    int fd;
    uint8_t mac[6];
    struct in_addr ipv4;
    struct sockaddr_ll broadcast;
};

static int open_link(struct link_socket *link, int protocol, struct probe_result *result)
{
    int index;
    if (interface_identity("eth0", link->mac, &link->ipv4, &index) != 0) {
        set_result(result, OUTCOME_ERROR, "no eth0");
        return -1;
    }
    link->fd = socket(AF_PACKET, SOCK_DGRAM, htons((uint16_t)protocol));
    if (link->fd < 0) {
        set_result(result, OUTCOME_ERROR, "packet socket: %s", strerror(errno));
        return -1;
    }
    memset(&link->broadcast, 0, sizeof link->broadcast);
    link->broadcast.sll_family = AF_PACKET;
    link->broadcast.sll_protocol = htons((uint16_t)protocol);
    link->broadcast.sll_ifindex = index;
    link->broadcast.sll_halen = 6;
    memset(link->broadcast.sll_addr, 0xff, 6);
    return 0;
}

static void send_repeatedly(struct link_socket *link, const void *frame, size_t size,
                            struct probe_result *result, const char *what)
{
    int sent = 0;
    for (int i = 0; i < repeats; ++i) {
        if (sendto(link->fd, frame, size, 0, (struct sockaddr *)&link->broadcast,
                   sizeof link->broadcast)
            == (ssize_t)size)
            ++sent;
        usleep(200000);
    }
    close(link->fd);
    if (sent)
        set_result(result, OUTCOME_SENT, "%s (%d times)", what, sent);
    else
        set_result(result, OUTCOME_ERROR, "could not send %s: %s", what, strerror(errno));
}

// "The gateway is at my MAC", to everyone on the link.
static void inject_arp(const struct probe *probe, struct probe_result *result)
{
    struct link_socket link;
    struct in_addr claimed;
    if (inet_pton(AF_INET, probe->target, &claimed) != 1) {
        set_result(result, OUTCOME_ERROR, "bad address %s", probe->target);
        return;
    }
    if (open_link(&link, ETH_P_ARP, result) != 0)
        return;
    uint8_t reply[28] = {0, 1, 8, 0, 6, 4, 0, 2};
    memcpy(reply + 8, link.mac, 6);
    memcpy(reply + 14, &claimed, 4);
    memset(reply + 18, 0xff, 6);
    memcpy(reply + 24, &claimed, 4);
    char what[96];
    snprintf(what, sizeof what, "ARP replies claiming %s", probe->target);
    send_repeatedly(&link, reply, sizeof reply, result, what);
}

// The IPv4 and UDP headers in front of a payload, with a chosen source.
static size_t udp4_packet(uint8_t *packet, struct in_addr from, struct in_addr to, int from_port,
                          int to_port, const uint8_t *payload, size_t length)
{
    const size_t total = 28 + length;
    uint8_t header[20]
            = {0x45, 0, (uint8_t)(total >> 8), (uint8_t)total, 0, 0, 0x40, 0, 64, IPPROTO_UDP};
    memcpy(header + 12, &from, 4);
    memcpy(header + 16, &to, 4);
    const uint16_t sum = ip_checksum(header, sizeof header);
    memcpy(header + 10, &sum, 2);
    memcpy(packet, header, sizeof header);
    const uint8_t udp[8] = {(uint8_t)(from_port >> 8),
                            (uint8_t)from_port,
                            (uint8_t)(to_port >> 8),
                            (uint8_t)to_port,
                            (uint8_t)((length + 8) >> 8),
                            (uint8_t)(length + 8),
                            0,
                            0}; // no UDP checksum: allowed over IPv4
    memcpy(packet + 20, udp, sizeof udp);
    memcpy(packet + 28, payload, length);
    return total;
}

// A DHCP server's OFFER of the address in `extra`, broadcast.
static void inject_dhcp_offer(const struct probe *probe, struct probe_result *result)
{
    struct link_socket link;
    struct in_addr offered, everyone = {.s_addr = INADDR_BROADCAST};
    if (inet_pton(AF_INET, probe->extra, &offered) != 1) {
        set_result(result, OUTCOME_ERROR, "bad address %s", probe->extra);
        return;
    }
    if (open_link(&link, ETH_P_IP, result) != 0)
        return;
    uint8_t bootp[300] = {2, 1, 6, 0, 'A', 'R', 'L', 'K'};
    memcpy(bootp + 16, &offered, 4); // yiaddr
    memcpy(bootp + 20, &link.ipv4, 4); // siaddr
    memset(bootp + 28, 0xff, 6); // chaddr: anyone's
    const uint8_t options[] = {99,  130, 83, 99, 53, 1, 2, 54, 4, 0,  0, 0, 0, 1,  4,  255,
                               255, 255, 0,  3,  4,  0, 0, 0,  0, 51, 4, 0, 0, 14, 16, 255};
    memcpy(bootp + 236, options, sizeof options);
    memcpy(bootp + 236 + 9, &link.ipv4, 4); // server identifier
    memcpy(bootp + 236 + 21, &link.ipv4, 4); // router
    uint8_t packet[400];
    const size_t size = udp4_packet(packet, link.ipv4, everyone, 67, 68, bootp, sizeof bootp);
    char what[96];
    snprintf(what, sizeof what, "DHCP offers of %s", probe->extra);
    send_repeatedly(&link, packet, size, result, what);
}

// A datagram to target:port whose source claims the address in `extra`;
// the kernel routes it, the header is ours.
static void inject_spoofed_source(const struct probe *probe, struct probe_result *result)
{
    struct in_addr from, to;
    if (inet_pton(AF_INET, probe->extra, &from) != 1
        || inet_pton(AF_INET, probe->target, &to) != 1) {
        set_result(result, OUTCOME_ERROR, "bad address %s or %s", probe->extra, probe->target);
        return;
    }
    int fd = socket(AF_INET, SOCK_RAW, IPPROTO_RAW);
    if (fd < 0) {
        set_result(result, OUTCOME_ERROR, "raw socket: %s", strerror(errno));
        return;
    }
    static const uint8_t payload[] = "spoofed source\n";
    uint8_t packet[128];
    const size_t size
            = udp4_packet(packet, from, to, 40000, probe->port, payload, sizeof payload - 1);
    struct sockaddr_in destination = {.sin_family = AF_INET, .sin_addr = to};
    int sent = 0;
    for (int i = 0; i < repeats; ++i) {
        if (sendto(fd, packet, size, 0, (struct sockaddr *)&destination, sizeof destination) > 0)
            ++sent;
        usleep(200000);
    }
    close(fd);
    if (sent)
        set_result(result, OUTCOME_SENT, "UDP to %s from %s (%d times)", probe->target,
                   probe->extra, sent);
    else
        set_result(result, OUTCOME_ERROR, "could not send: %s", strerror(errno));
}

static int ipv6_socket(int type, int protocol, const struct sockaddr_in6 *bound,
                       struct probe_result *result)
{
    int fd = socket(AF_INET6, type, protocol);
    if (fd < 0) {
        set_result(result, OUTCOME_ERROR, "socket: %s", strerror(errno));
        return -1;
    }
    const int hops = 255;
    const unsigned index = if_nametoindex("eth0");
    setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &hops, sizeof hops);
    setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, sizeof index);
    if (bound && bind(fd, (const struct sockaddr *)bound, sizeof *bound) < 0) {
        set_result(result, OUTCOME_ERROR, "bind: %s", strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

static void send6_repeatedly(int fd, const void *message, size_t size, const char *to, int port,
                             struct probe_result *result, const char *what)
{
    struct sockaddr_in6 destination = {.sin6_family = AF_INET6,
                                       .sin6_port = htons((uint16_t)port),
                                       .sin6_scope_id = if_nametoindex("eth0")};
    inet_pton(AF_INET6, to, &destination.sin6_addr);
    int sent = 0;
    for (int i = 0; i < repeats; ++i) {
        if (sendto(fd, message, size, 0, (struct sockaddr *)&destination, sizeof destination) > 0)
            ++sent;
        usleep(200000);
    }
    close(fd);
    if (sent)
        set_result(result, OUTCOME_SENT, "%s (%d times)", what, sent);
    else
        set_result(result, OUTCOME_ERROR, "could not send %s: %s", what, strerror(errno));
}

// A router advertisement for a prefix of our own, to all nodes; the kernel
// fills in the ICMPv6 checksum.
static void inject_router_advertisement(struct probe_result *result)
{
    int fd = ipv6_socket(SOCK_RAW, IPPROTO_ICMPV6, NULL, result);
    if (fd < 0)
        return;
    const uint8_t advertisement[]
            = {134,  0,    0,    0,    64,   0,    0x07, 0x08,
               0,    0,    0,    0,    0,    0,    0,    0, // header, lifetime 1800 s
               3,    4,    64,   0xc0, 0,    0,    0x0e, 0x10,
               0,    0,    0x07, 0x08, 0,    0,    0,    0, // prefix information
               0x20, 0x01, 0x0d, 0xb8, 0x0b, 0xad, 0,    0,
               0,    0,    0,    0,    0,    0,    0,    0}; // 2001:db8:bad::/64
    send6_repeatedly(fd, advertisement, sizeof advertisement, "ff02::1", 0, result,
                     "router advertisements for 2001:db8:bad::/64");
}

// A DHCPv6 server's ADVERTISE, from port 547 to the clients' port.
static void inject_dhcp6_advertise(struct probe_result *result)
{
    const struct sockaddr_in6 server = {.sin6_family = AF_INET6, .sin6_port = htons(547)};
    int fd = ipv6_socket(SOCK_DGRAM, 0, &server, result);
    if (fd < 0)
        return;
    const uint8_t advertise[]
            = {2, 'A', 'R', 'L', // ADVERTISE, transaction id
               0, 2,   0,   10,  0, 3, 0, 1, 0x02, 0, 0, 0, 0, 0x01}; // server DUID-LL
    send6_repeatedly(fd, advertise, sizeof advertise, "ff02::1", 546, result,
                     "DHCPv6 advertisements");
}

void inject_probe(const struct probe *probe, struct probe_result *result)
{
    if (!strcmp(probe->kind, "arpspoof"))
        inject_arp(probe, result);
    else if (!strcmp(probe->kind, "dhcpoffer"))
        inject_dhcp_offer(probe, result);
    else if (!strcmp(probe->kind, "srcspoof"))
        inject_spoofed_source(probe, result);
    else if (!strcmp(probe->kind, "ra"))
        inject_router_advertisement(result);
    else if (!strcmp(probe->kind, "dhcp6adv"))
        inject_dhcp6_advertise(result);
}
