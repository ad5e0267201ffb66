// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer observe: every kind of frame that matters for isolation that
// arrives on one interface, one line per distinct kind and sender. On the
// host's bridge it shows what a guest got past its filter to the host; in
// the peer guest, what reached a neighbour. The tests decide from the MACs
// and addresses in these lines; this only reports.
#include "packetpeer.h"

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { max_seen = 512, line_size = 200 };

static char s_seen[max_seen][line_size];
static int s_seen_count;

// Prints the line once: a chatty guest must not flood the log.
static void emit(const char *prefix, const char *line)
{
    for (int i = 0; i < s_seen_count; ++i) {
        if (!strcmp(s_seen[i], line))
            return;
    }
    if (s_seen_count < max_seen)
        snprintf(s_seen[s_seen_count++], line_size, "%s", line);
    printf("%s%s%s\n", prefix, *prefix ? " " : "", line);
}

static void observe_arp(const char *prefix, const char *source, const uint8_t *arp, size_t length)
{
    if (length < 28)
        return;
    char sender_mac[18], sender_ip[INET_ADDRSTRLEN], target_ip[INET_ADDRSTRLEN];
    format_mac(arp + 8, sender_mac, sizeof sender_mac);
    inet_ntop(AF_INET, arp + 14, sender_ip, sizeof sender_ip);
    inet_ntop(AF_INET, arp + 24, target_ip, sizeof target_ip);
    char line[line_size];
    snprintf(line, sizeof line, "arp op=%d eth-src=%s sender-mac=%s sender-ip=%s target-ip=%s",
             arp[6] << 8 | arp[7], source, sender_mac, sender_ip, target_ip);
    emit(prefix, line);
}

static void observe_ipv4(const char *prefix, const char *source, const uint8_t *ip, size_t length)
{
    if (length < 20 || (ip[0] >> 4) != 4)
        return;
    char from[INET_ADDRSTRLEN], to[INET_ADDRSTRLEN], line[line_size];
    inet_ntop(AF_INET, ip + 12, from, sizeof from);
    inet_ntop(AF_INET, ip + 16, to, sizeof to);
    snprintf(line, sizeof line, "ipv4 eth-src=%s src=%s", source, from);
    emit(prefix, line);
    const size_t header = (size_t)(ip[0] & 0x0f) * 4;
    // Where it was going: a frame the filter should have dropped on its way
    // out shows here with its destination.
    if ((ip[9] == IPPROTO_UDP || ip[9] == IPPROTO_TCP) && length >= header + 4) {
        snprintf(line, sizeof line, "ipv4-to eth-src=%s src=%s dst=%s proto=%d dport=%d", source,
                 from, to, ip[9], ip[header + 2] << 8 | ip[header + 3]);
        emit(prefix, line);
    }
    if (ip[9] == IPPROTO_UDP && length >= header + 8) {
        const int source_port = ip[header] << 8 | ip[header + 1];
        if (source_port == 67) {
            snprintf(line, sizeof line, "dhcp-server eth-src=%s src=%s dst=%s", source, from, to);
            emit(prefix, line);
        }
    }
}

static void observe_ipv6(const char *prefix, const char *source, const uint8_t *ip, size_t length)
{
    if (length < 40 || (ip[0] >> 4) != 6)
        return;
    char from[INET6_ADDRSTRLEN], line[line_size];
    inet_ntop(AF_INET6, ip + 8, from, sizeof from);
    snprintf(line, sizeof line, "ipv6 eth-src=%s src=%s", source, from);
    emit(prefix, line);
    const uint8_t next = ip[6];
    if (next == IPPROTO_ICMPV6 && length >= 41 && ip[40] == 134) {
        snprintf(line, sizeof line, "ra eth-src=%s src=%s", source, from);
        emit(prefix, line);
    }
    if (next == IPPROTO_UDP && length >= 48 && (ip[40] << 8 | ip[41]) == 547) {
        snprintf(line, sizeof line, "dhcp6-server eth-src=%s src=%s", source, from);
        emit(prefix, line);
    }
}

int observe_main(int argc, char **argv)
{
    if (argc < 1)
        return 2;
    const char *interface = argv[0];
    const char *prefix = argc >= 3 && !strcmp(argv[1], "--prefix") ? argv[2] : "";
    int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
    struct sockaddr_ll bound = {.sll_family = AF_PACKET,
                                .sll_protocol = htons(ETH_P_ALL),
                                .sll_ifindex = (int)if_nametoindex(interface)};
    if (fd < 0 || !bound.sll_ifindex || bind(fd, (struct sockaddr *)&bound, sizeof bound) < 0) {
        fprintf(stderr, "packetpeer observe: cannot watch %s\n", interface);
        return 1;
    }
    printf("%s%sobserving %s\n", prefix, *prefix ? " " : "", interface);
    for (;;) {
        uint8_t frame[2048];
        struct sockaddr_ll from;
        socklen_t length = sizeof from;
        ssize_t size = recvfrom(fd, frame, sizeof frame, 0, (struct sockaddr *)&from, &length);
        // What this end sent itself is not news.
        if (size < 14 || from.sll_pkttype == PACKET_OUTGOING)
            continue;
        char source[18];
        format_mac(frame + 6, source, sizeof source);
        const int type = frame[12] << 8 | frame[13];
        const uint8_t *payload = frame + 14;
        const size_t payload_length = (size_t)size - 14;
        if (type == ETHERTYPE_ARP)
            observe_arp(prefix, source, payload, payload_length);
        else if (type == ETHERTYPE_IP)
            observe_ipv4(prefix, source, payload, payload_length);
        else if (type == ETHERTYPE_IPV6)
            observe_ipv6(prefix, source, payload, payload_length);
    }
}
