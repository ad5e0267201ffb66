// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer sink / send: a bulk TCP stream for tools/bench, from a guest to
// the lab's internet. The sink times each stream itself (it runs on the host's
// clock, not the emulated guest's): from its first byte to the sender's end.
//
//   packetpeer sink PORT [--report PREFIX]
//       one stream at a time; per stream a line "PREFIX bytes=N ms=T from ADDRESS",
//       and the same "bytes=N ms=T" back to the sender before it closes
//   packetpeer send TARGET PORT MIB
//       sends MIB MiB, then prints "AIRLOCK-BENCH sent bytes=N ms=T sink bytes=N ms=T",
//       or "AIRLOCK-BENCH failed REASON" (exit 1)
#include "packetpeer.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum {
    chunk_size = 64 * 1024,
    // A sender that stops sending (its guest died) does not hold the sink.
    idle_timeout_s = 30,
    // The first connection may wait for the lease's address to be learnt.
    connect_tries = 20,
};

static double now_precise_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec * 1000.0 + (double)now.tv_nsec / 1e6;
}

static int sink_socket(int port)
{
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    const int one = 1, zero = 0;
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
    struct sockaddr_in6 any = {.sin6_family = AF_INET6, .sin6_port = htons((uint16_t)port)};
    if (bind(fd, (struct sockaddr *)&any, sizeof any) < 0 || listen(fd, 4) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void sink_stream(int connection, const struct sockaddr *client, const char *report)
{
    const struct timeval idle = {.tv_sec = idle_timeout_s};
    setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof idle);
    static char buffer[chunk_size];
    long long bytes = 0;
    double first = 0, last = 0;
    for (;;) {
        const ssize_t got = read(connection, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        last = now_precise_ms();
        if (!bytes)
            first = last;
        bytes += got;
    }
    char address[64], line[128];
    format_address(client, address, sizeof address);
    const int size = snprintf(line, sizeof line, "bytes=%lld ms=%.1f", bytes, last - first);
    if (report)
        printf("%s %s from %s\n", report, line, address);
    (void)!write(connection, line, (size_t)size);
    (void)!write(connection, "\n", 1);
    close(connection);
}

static int sink_main(int argc, char **argv)
{
    if (argc < 1)
        return 2;
    const char *report = argc >= 3 && !strcmp(argv[1], "--report") ? argv[2] : NULL;
    int fd = sink_socket(atoi(argv[0]));
    if (fd < 0) {
        fprintf(stderr, "packetpeer sink: cannot listen on %s: %s\n", argv[0], strerror(errno));
        return 1;
    }
    if (report)
        printf("%s listening %s\n", report, argv[0]);
    for (;;) {
        struct sockaddr_storage client;
        socklen_t length = sizeof client;
        const int connection = accept(fd, (struct sockaddr *)&client, &length);
        if (connection >= 0)
            sink_stream(connection, (struct sockaddr *)&client, report);
    }
}

static int failed(const char *format, const char *detail)
{
    printf("AIRLOCK-BENCH failed ");
    printf(format, detail);
    printf("\n");
    return 1;
}

// A blocking connection, tried again for a while: the guest's first packets
// may leave before the host has learnt its address.
static int connect_to(const char *target, int port)
{
    struct sockaddr_storage address;
    socklen_t length;
    if (parse_address(target, port, &address, &length) != 0)
        return -1;
    for (int attempt = 0; attempt < connect_tries; ++attempt) {
        const int fd = socket(address.ss_family, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        const struct timeval patience = {.tv_sec = 2};
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &patience, sizeof patience);
        if (connect(fd, (struct sockaddr *)&address, length) == 0) {
            const struct timeval none = {0};
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &none, sizeof none);
            return fd;
        }
        close(fd);
        usleep(500 * 1000);
    }
    return -1;
}

static int send_main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    const long long total = atoll(argv[2]) * 1024 * 1024;
    const int fd = connect_to(argv[0], atoi(argv[1]));
    if (fd < 0)
        return failed("cannot connect to %s", argv[0]);
    static char buffer[chunk_size];
    memset(buffer, 'a', sizeof buffer);
    const double start = now_precise_ms();
    long long sent = 0;
    while (sent < total) {
        const size_t want
                = total - sent < (long long)sizeof buffer ? (size_t)(total - sent) : sizeof buffer;
        const ssize_t wrote = write(fd, buffer, want);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return failed("write: %s", strerror(errno));
        sent += wrote;
    }
    shutdown(fd, SHUT_WR);
    const double end = now_precise_ms();
    char answer[128] = "";
    size_t have = 0;
    struct pollfd wait = {.fd = fd, .events = POLLIN};
    while (have + 1 < sizeof answer && poll(&wait, 1, idle_timeout_s * 1000) > 0) {
        const ssize_t got = read(fd, answer + have, sizeof answer - have - 1);
        if (got <= 0)
            break;
        have += (size_t)got;
    }
    answer[have] = '\0';
    answer[strcspn(answer, "\r\n")] = '\0';
    close(fd);
    if (!answer[0])
        return failed("%s", "no answer from the sink");
    printf("AIRLOCK-BENCH sent bytes=%lld ms=%.1f sink %s\n", sent, end - start, answer);
    return 0;
}

int stream_main(const char *command, int argc, char **argv)
{
    return !strcmp(command, "sink") ? sink_main(argc, argv) : send_main(argc, argv);
}
