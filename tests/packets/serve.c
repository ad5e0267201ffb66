// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer serve: listeners that answer with their token, so a probe that
// gets the token knows exactly whom it reached ("host", "lan", "internet",
// "peer"), and a DNS server that answers every name with one address.
#include "packetpeer.h"

#include <arpa/inet.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

struct serve_options
{
    const char *token;
    const char *report; // prefix of a line per client, or NULL
    const char *dns;
    struct in_addr dns_a;
    struct in6_addr dns_aaaa;
};

// A dual-stack socket on [::] (IPv4 clients arrive v4-mapped); plain IPv4
// where the kernel has IPv6 switched off.
static int listening_socket(int type, int port)
{
    int fd = socket(AF_INET6, type, 0);
    int one = 1, zero = 0;
    if (fd >= 0) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
        struct sockaddr_in6 any = {.sin6_family = AF_INET6, .sin6_port = htons((uint16_t)port)};
        if (bind(fd, (struct sockaddr *)&any, sizeof any) == 0)
            return fd;
        close(fd);
    }
    fd = socket(AF_INET, type, 0);
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in any = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (bind(fd, (struct sockaddr *)&any, sizeof any) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void report(const struct serve_options *options, const char *what,
                   const struct sockaddr *client)
{
    if (!options->report)
        return;
    char address[INET6_ADDRSTRLEN];
    format_address(client, address, sizeof address);
    printf("%s %s-from %s\n", options->report, what, address);
}

// Reads what the client sends within a second; enough for an HTTP request.
static void drain(int fd)
{
    char buffer[1024];
    struct pollfd wait = {.fd = fd, .events = POLLIN};
    if (poll(&wait, 1, 1000) > 0)
        (void)!read(fd, buffer, sizeof buffer);
}

static void serve_stream(int fd, const struct serve_options *options, int http)
{
    listen(fd, 16);
    for (;;) {
        struct sockaddr_storage client;
        socklen_t length = sizeof client;
        int connection = accept(fd, (struct sockaddr *)&client, &length);
        if (connection < 0)
            continue;
        report(options, http ? "http" : "tcp", (struct sockaddr *)&client);
        char reply[256];
        int size;
        if (http) {
            drain(connection);
            size = snprintf(reply, sizeof reply,
                            "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n"
                            "Content-Length: %zu\r\nConnection: close\r\n\r\n%s\n",
                            strlen(options->token) + 1, options->token);
        } else {
            size = snprintf(reply, sizeof reply, "%s\n", options->token);
        }
        (void)!write(connection, reply, (size_t)size);
        shutdown(connection, SHUT_WR);
        drain(connection);
        close(connection);
    }
}

// The answer leaves from the address the question was sent to: a peer with
// several addresses on one link would otherwise answer from its first, and
// the client's connected socket would not take it.
static void serve_datagram(int fd, const struct serve_options *options)
{
    const int one = 1;
    setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
    setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, sizeof one);
    for (;;) {
        char buffer[512], control[256];
        struct sockaddr_storage client;
        struct iovec data = {.iov_base = buffer, .iov_len = sizeof buffer};
        struct msghdr message = {.msg_name = &client,
                                 .msg_namelen = sizeof client,
                                 .msg_iov = &data,
                                 .msg_iovlen = 1,
                                 .msg_control = control,
                                 .msg_controllen = sizeof control};
        if (recvmsg(fd, &message, 0) < 0)
            continue;
        report(options, "udp", (struct sockaddr *)&client);
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                struct in_pktinfo *info = (struct in_pktinfo *)CMSG_DATA(c);
                info->ipi_spec_dst = info->ipi_addr;
                info->ipi_ifindex = 0;
            }
        }
        char reply[128];
        data.iov_base = reply;
        data.iov_len = (size_t)snprintf(reply, sizeof reply, "%s\n", options->token);
        sendmsg(fd, &message, 0);
    }
}

// One question in, the same question and (for A and AAAA) one answer out.
static size_t dns_answer(const struct serve_options *options, uint8_t *message, size_t length,
                         size_t capacity)
{
    if (length < 12 || (message[2] & 0x80))
        return 0;
    size_t at = 12;
    while (at < length && message[at] != 0)
        at += (size_t)message[at] + 1;
    if (at + 5 > length)
        return 0;
    const size_t question_end = at + 5;
    const int type = message[at + 1] << 8 | message[at + 2];
    const uint8_t *data = NULL;
    uint16_t data_length = 0;
    if (type == 1) {
        data = (const uint8_t *)&options->dns_a;
        data_length = 4;
    } else if (type == 28) {
        data = options->dns_aaaa.s6_addr;
        data_length = 16;
    }
    message[2] = 0x80 | (message[2] & 0x01); // a response, recursion desired kept
    message[3] = 0x80; // recursion available, no error
    message[4] = 0, message[5] = 1;
    message[6] = 0, message[7] = data ? 1 : 0;
    memset(message + 8, 0, 4); // no authority, no additional records (drops EDNS)
    size_t size = question_end;
    if (data && size + 12 + data_length <= capacity) {
        const uint8_t record[12]
                = {0xc0, 0x0c, 0, (uint8_t)type, 0, 1, 0, 0, 0, 60, 0, (uint8_t)data_length};
        memcpy(message + size, record, sizeof record);
        memcpy(message + size + sizeof record, data, data_length);
        size += sizeof record + data_length;
    }
    return size;
}

static void serve_dns(int fd, const struct serve_options *options)
{
    for (;;) {
        uint8_t message[1500];
        struct sockaddr_storage client;
        socklen_t length = sizeof client;
        ssize_t size
                = recvfrom(fd, message, sizeof message, 0, (struct sockaddr *)&client, &length);
        if (size <= 0)
            continue;
        size_t reply = dns_answer(options, message, (size_t)size, sizeof message);
        if (reply)
            sendto(fd, message, reply, 0, (struct sockaddr *)&client, length);
    }
}

// Each listener in its own process, which ends with the parent.
static pid_t spawn(int fd, void (*serve)(int, const struct serve_options *),
                   const struct serve_options *options)
{
    pid_t child = fork();
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        serve(fd, options);
        _exit(0);
    }
    close(fd);
    return child;
}

static void serve_tcp(int fd, const struct serve_options *options)
{
    serve_stream(fd, options, 0);
}

static void serve_http(int fd, const struct serve_options *options)
{
    serve_stream(fd, options, 1);
}

static int dns_socket(const char *address)
{
    struct sockaddr_storage bound;
    socklen_t length;
    if (parse_address(address, 53, &bound, &length) != 0)
        return -1;
    int fd = socket(bound.ss_family, SOCK_DGRAM, 0);
    if (fd >= 0 && bind(fd, (struct sockaddr *)&bound, length) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int serve_main(int argc, char **argv)
{
    if (argc < 1)
        return 2;
    struct serve_options options = {.token = argv[0]};
    inet_pton(AF_INET, "203.0.113.10", &options.dns_a);
    inet_pton(AF_INET6, "2001:db8:2::10", &options.dns_aaaa);
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *option = argv[i], *value = argv[i + 1];
        if (!strcmp(option, "--report"))
            options.report = value;
        else if (!strcmp(option, "--dns-a"))
            inet_pton(AF_INET, value, &options.dns_a);
        else if (!strcmp(option, "--dns-aaaa"))
            inet_pton(AF_INET6, value, &options.dns_aaaa);
    }
    int listeners = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *option = argv[i], *value = argv[i + 1];
        int fd = -2;
        void (*serve)(int, const struct serve_options *) = NULL;
        if (!strcmp(option, "--tcp"))
            fd = listening_socket(SOCK_STREAM, atoi(value)), serve = serve_tcp;
        else if (!strcmp(option, "--http"))
            fd = listening_socket(SOCK_STREAM, atoi(value)), serve = serve_http;
        else if (!strcmp(option, "--udp"))
            fd = listening_socket(SOCK_DGRAM, atoi(value)), serve = serve_datagram;
        else if (!strcmp(option, "--dns"))
            fd = dns_socket(value), serve = serve_dns;
        if (fd == -2)
            continue;
        if (fd < 0) {
            fprintf(stderr, "packetpeer serve: cannot listen for %s %s\n", option, value);
            return 1;
        }
        spawn(fd, serve, &options);
        ++listeners;
    }
    if (options.report)
        printf("%s listening %d\n", options.report, listeners);
    // The parent only waits; stopping it stops every listener.
    for (;;)
        pause();
}
