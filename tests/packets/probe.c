// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer probe: the probes that ask for an answer. "reached" means the
// answer came back (a listener's token, an echo reply, an ARP reply, a DNS
// record); anything else is "blocked" with what happened instead. A probe
// that cannot even be tried is an "error", never "blocked".
#include "packetpeer.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <netinet/icmp6.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { answer_timeout_ms = 3000 };

void inject_probe(const struct probe *probe, struct probe_result *result);

// Waits for fd to be readable until the deadline; 1 when it is.
static int readable(int fd, long long deadline)
{
    struct pollfd wait = {.fd = fd, .events = POLLIN};
    const long long left = deadline - now_ms();
    return left > 0 && poll(&wait, 1, (int)left) > 0;
}

static int connected_socket(const struct probe *probe, int type, struct probe_result *result)
{
    struct sockaddr_storage address;
    socklen_t length;
    if (parse_address(probe->target, probe->port, &address, &length) != 0) {
        set_result(result, OUTCOME_ERROR, "bad address %s", probe->target);
        return -1;
    }
    int fd = socket(address.ss_family, type | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        set_result(result, OUTCOME_ERROR, "socket: %s", strerror(errno));
        return -1;
    }
    if (connect(fd, (struct sockaddr *)&address, length) == 0 || errno == EINPROGRESS)
        return fd;
    set_result(result, OUTCOME_BLOCKED, "connect: %s", strerror(errno));
    close(fd);
    return -1;
}

// The first line the other end sends, or why there is none.
static void read_answer(int fd, long long deadline, char *answer, size_t size,
                        struct probe_result *result)
{
    answer[0] = '\0';
    size_t have = 0;
    while (have + 1 < size && readable(fd, deadline)) {
        ssize_t got = read(fd, answer + have, size - have - 1);
        if (got < 0) {
            set_result(result, OUTCOME_BLOCKED, "%s", strerror(errno));
            return;
        }
        if (got == 0)
            break;
        have += (size_t)got;
        answer[have] = '\0';
    }
}

static const char *last_line(char *text)
{
    char *end = text + strlen(text);
    while (end > text && (end[-1] == '\n' || end[-1] == '\r'))
        *--end = '\0';
    char *line = strrchr(text, '\n');
    return line ? line + 1 : text;
}

static void probe_stream(const struct probe *probe, int http, struct probe_result *result)
{
    int fd = connected_socket(probe, SOCK_STREAM, result);
    if (fd < 0)
        return;
    const long long deadline = now_ms() + answer_timeout_ms;
    struct pollfd wait = {.fd = fd, .events = POLLOUT};
    int error = 0;
    socklen_t length = sizeof error;
    if (poll(&wait, 1, answer_timeout_ms) <= 0) {
        set_result(result, OUTCOME_BLOCKED, "no answer to the connection within %d ms",
                   answer_timeout_ms);
    } else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error) {
        set_result(result, OUTCOME_BLOCKED, "%s", strerror(error));
    } else {
        if (http) {
            static const char request[] = "GET / HTTP/1.0\r\nHost: internet.test\r\n\r\n";
            (void)!write(fd, request, sizeof request - 1);
        }
        char answer[512];
        result->outcome = OUTCOME_ERROR;
        read_answer(fd, deadline + 2000, answer, sizeof answer, result);
        if (result->outcome == OUTCOME_BLOCKED) {
            // A reset after the handshake: the connection itself got through.
            set_result(result, OUTCOME_REACHED, "connected, then: %s", result->detail);
        } else if (http && strncmp(answer, "HTTP/1.", 7) != 0) {
            set_result(result, OUTCOME_REACHED, "connected, no HTTP answer");
        } else if (answer[0]) {
            set_result(result, OUTCOME_REACHED, "token %s", last_line(answer));
        } else {
            set_result(result, OUTCOME_REACHED, "connected, no token");
        }
    }
    close(fd);
}

static void probe_udp(const struct probe *probe, struct probe_result *result)
{
    int fd = connected_socket(probe, SOCK_DGRAM, result);
    if (fd < 0)
        return;
    const long long deadline = now_ms() + answer_timeout_ms;
    char answer[256] = "";
    // Datagrams get lost; ask three times within the timeout.
    for (int attempt = 0; attempt < 3 && !answer[0]; ++attempt) {
        if (send(fd, "probe\n", 6, 0) < 0 && errno != ECONNREFUSED) {
            set_result(result, OUTCOME_BLOCKED, "send: %s", strerror(errno));
            close(fd);
            return;
        }
        const long long until = now_ms() + answer_timeout_ms / 3;
        while (readable(fd, until < deadline ? until : deadline)) {
            ssize_t got = recv(fd, answer, sizeof answer - 1, 0);
            if (got > 0) {
                answer[got] = '\0';
                break;
            }
            if (got < 0 && errno == ECONNREFUSED) {
                set_result(result, OUTCOME_BLOCKED, "refused (ICMP unreachable)");
                close(fd);
                return;
            }
        }
    }
    if (answer[0])
        set_result(result, OUTCOME_REACHED, "token %s", last_line(answer));
    else
        set_result(result, OUTCOME_BLOCKED, "no answer within %d ms", answer_timeout_ms);
    close(fd);
}

static void probe_icmp(const struct probe *probe, struct probe_result *result)
{
    struct sockaddr_storage address;
    socklen_t length;
    if (parse_address(probe->target, 0, &address, &length) != 0) {
        set_result(result, OUTCOME_ERROR, "bad address %s", probe->target);
        return;
    }
    const int v6 = address.ss_family == AF_INET6;
    int fd = socket(address.ss_family, SOCK_RAW, v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP);
    if (fd < 0) {
        set_result(result, OUTCOME_ERROR, "raw socket: %s", strerror(errno));
        return;
    }
    const uint16_t id = (uint16_t)getpid();
    uint8_t echo[16] = {v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO,
                        0,
                        0,
                        0,
                        (uint8_t)(id >> 8),
                        (uint8_t)id,
                        0,
                        1,
                        'a',
                        'i',
                        'r',
                        'l',
                        'o',
                        'c',
                        'k',
                        '!'};
    if (!v6) {
        const uint16_t sum = ip_checksum(echo, sizeof echo);
        memcpy(echo + 2, &sum, 2);
    }
    const long long deadline = now_ms() + answer_timeout_ms;
    if (sendto(fd, echo, sizeof echo, 0, (struct sockaddr *)&address, length) < 0) {
        set_result(result, OUTCOME_BLOCKED, "send: %s", strerror(errno));
        close(fd);
        return;
    }
    set_result(result, OUTCOME_BLOCKED, "no echo reply within %d ms", answer_timeout_ms);
    while (readable(fd, deadline)) {
        uint8_t reply[1500];
        ssize_t got = recv(fd, reply, sizeof reply, 0);
        // IPv4 raw sockets hand over the IP header; IPv6 ones do not.
        const size_t skip = v6 ? 0 : (size_t)(reply[0] & 0x0f) * 4;
        if (got < (ssize_t)(skip + 8))
            continue;
        const uint8_t *icmp = reply + skip;
        const int reply_type = v6 ? ICMP6_ECHO_REPLY : ICMP_ECHOREPLY;
        if (icmp[0] == reply_type && (icmp[4] << 8 | icmp[5]) == id) {
            set_result(result, OUTCOME_REACHED, "echo reply");
            break;
        }
        if (icmp[0] == (v6 ? ICMP6_DST_UNREACH : ICMP_DEST_UNREACH)) {
            set_result(result, OUTCOME_BLOCKED, "destination unreachable (code %d)", icmp[1]);
            break;
        }
    }
    close(fd);
}

// Where the first A record's address starts in a DNS answer, or 0; the
// answers follow the question, which ends at `at`.
static size_t find_a_record(const uint8_t *answer, size_t size, size_t at)
{
    int answers = answer[6] << 8 | answer[7];
    while (answers-- > 0 && at < size) {
        // A name: labels, or a compression pointer that ends it.
        while (at < size && answer[at] != 0 && (answer[at] & 0xc0) != 0xc0)
            at += (size_t)answer[at] + 1;
        at += at < size && answer[at] == 0 ? 1 : 2;
        if (at + 10 > size)
            return 0;
        const int type = answer[at] << 8 | answer[at + 1];
        const size_t length = (size_t)(answer[at + 8] << 8 | answer[at + 9]);
        at += 10;
        if (type == 1 && length == 4 && at + 4 <= size)
            return at;
        at += length;
    }
    return 0;
}

// Asks the server (the target) for an A record of the name in `extra`.
static void probe_dns(const struct probe *probe, struct probe_result *result)
{
    struct probe server = *probe;
    server.port = probe->port ? probe->port : 53;
    int fd = connected_socket(&server, SOCK_DGRAM, result);
    if (fd < 0)
        return;
    uint8_t query[300] = {0x41, 0x4c, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0};
    size_t at = 12;
    char name[64];
    snprintf(name, sizeof name, "%s", probe->extra);
    for (char *label = strtok(name, "."); label; label = strtok(NULL, ".")) {
        query[at++] = (uint8_t)strlen(label);
        memcpy(query + at, label, strlen(label));
        at += strlen(label);
    }
    const uint8_t tail[5] = {0, 0, 1, 0, 1}; // root, type A, class IN
    memcpy(query + at, tail, sizeof tail);
    at += sizeof tail;
    const long long deadline = now_ms() + answer_timeout_ms;
    set_result(result, OUTCOME_BLOCKED, "no answer within %d ms", answer_timeout_ms);
    if (send(fd, query, at, 0) < 0) {
        set_result(result, OUTCOME_BLOCKED, "send: %s", strerror(errno));
    } else {
        while (readable(fd, deadline)) {
            uint8_t answer[1500];
            ssize_t got = recv(fd, answer, sizeof answer, 0);
            if (got < 0) {
                set_result(result, OUTCOME_BLOCKED, "%s", strerror(errno));
                break;
            }
            if (got < (ssize_t)at || answer[0] != 0x41 || answer[1] != 0x4c)
                continue;
            const size_t record = find_a_record(answer, (size_t)got, at);
            if ((answer[3] & 0x0f) != 0 || !record) {
                set_result(result, OUTCOME_BLOCKED, "no A record (rcode %d)", answer[3] & 0x0f);
            } else {
                char address[INET_ADDRSTRLEN];
                inet_ntop(AF_INET, answer + record, address, sizeof address);
                set_result(result, OUTCOME_REACHED, "%s is %s", probe->extra, address);
            }
            break;
        }
    }
    close(fd);
}

static void probe_arp(const struct probe *probe, struct probe_result *result)
{
    uint8_t mac[6];
    struct in_addr own, target;
    int index;
    if (interface_identity("eth0", mac, &own, &index) != 0
        || inet_pton(AF_INET, probe->target, &target) != 1) {
        set_result(result, OUTCOME_ERROR, "no eth0 or bad address %s", probe->target);
        return;
    }
    int fd = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_ARP));
    if (fd < 0) {
        set_result(result, OUTCOME_ERROR, "packet socket: %s", strerror(errno));
        return;
    }
    struct sockaddr_ll link = {.sll_family = AF_PACKET,
                               .sll_protocol = htons(ETH_P_ARP),
                               .sll_ifindex = index,
                               .sll_halen = 6};
    memset(link.sll_addr, 0xff, 6);
    uint8_t request[28] = {0, 1, 8, 0, 6, 4, 0, 1};
    memcpy(request + 8, mac, 6);
    memcpy(request + 14, &own, 4);
    memcpy(request + 24, &target, 4);
    const long long deadline = now_ms() + answer_timeout_ms;
    sendto(fd, request, sizeof request, 0, (struct sockaddr *)&link, sizeof link);
    set_result(result, OUTCOME_BLOCKED, "no ARP reply within %d ms", answer_timeout_ms);
    while (readable(fd, deadline)) {
        uint8_t reply[64];
        ssize_t got = recv(fd, reply, sizeof reply, 0);
        if (got >= 28 && reply[7] == 2 && !memcmp(reply + 14, &target, 4)) {
            char at[18];
            format_mac(reply + 8, at, sizeof at);
            set_result(result, OUTCOME_REACHED, "%s is at %s", probe->target, at);
            break;
        }
    }
    close(fd);
}

void run_probe(const struct probe *probe, struct probe_result *result)
{
    set_result(result, OUTCOME_ERROR, "unknown probe kind %s", probe->kind);
    if (!strcmp(probe->kind, "tcp"))
        probe_stream(probe, 0, result);
    else if (!strcmp(probe->kind, "http"))
        probe_stream(probe, 1, result);
    else if (!strcmp(probe->kind, "udp"))
        probe_udp(probe, result);
    else if (!strcmp(probe->kind, "icmp"))
        probe_icmp(probe, result);
    else if (!strcmp(probe->kind, "dns"))
        probe_dns(probe, result);
    else if (!strcmp(probe->kind, "arp"))
        probe_arp(probe, result);
    else
        inject_probe(probe, result);
}

int probe_main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    struct probe probe;
    memset(&probe, 0, sizeof probe);
    snprintf(probe.name, sizeof probe.name, "%s", argv[0]);
    snprintf(probe.kind, sizeof probe.kind, "%s", argv[0]);
    snprintf(probe.target, sizeof probe.target, "%s", argv[1]);
    probe.port = argc > 2 ? atoi(argv[2]) : 0;
    if (argc > 3)
        snprintf(probe.extra, sizeof probe.extra, "%s", argv[3]);
    struct probe_result result;
    run_probe(&probe, &result);
    printf("AIRLOCK-PROBE %s %s %s\n", probe.name, outcome_name(result.outcome), result.detail);
    return result.outcome == OUTCOME_ERROR ? 1 : 0;
}
