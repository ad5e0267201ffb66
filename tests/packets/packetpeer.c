// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer: command dispatch and the helpers every part shares.
//
//   packetpeer serve TOKEN [--tcp PORT] [--udp PORT] [--http PORT]
//                          [--dns ADDRESS --dns-a ADDRESS --dns-aaaa ADDRESS] [--report PREFIX]
//   packetpeer observe INTERFACE [--prefix PREFIX]
//   packetpeer probe KIND TARGET [PORT [EXTRA]]
//   packetpeer plan NAME,KIND,TARGET,PORT,EXTRA+NAME,...
//   packetpeer sink PORT [--report PREFIX]
//   packetpeer send TARGET PORT MIB
//
// Every result is one line on stdout; the tests read those lines.
#include "packetpeer.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

const char *outcome_name(enum outcome outcome)
{
    switch (outcome) {
    case OUTCOME_REACHED:
        return "reached";
    case OUTCOME_BLOCKED:
        return "blocked";
    case OUTCOME_SENT:
        return "sent";
    case OUTCOME_ERROR:
        break;
    }
    return "error";
}

void set_result(struct probe_result *result, enum outcome outcome, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    result->outcome = outcome;
    vsnprintf(result->detail, sizeof result->detail, format, arguments);
    va_end(arguments);
    // The detail ends the line: no line breaks inside it.
    for (char *c = result->detail; *c; ++c) {
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    }
}

int parse_address(const char *text, int port, struct sockaddr_storage *address, socklen_t *length)
{
    memset(address, 0, sizeof *address);
    struct sockaddr_in *v4 = (struct sockaddr_in *)address;
    if (inet_pton(AF_INET, text, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        *length = sizeof *v4;
        return 0;
    }
    char host[64];
    snprintf(host, sizeof host, "%s", text);
    char *scope = strchr(host, '%');
    if (scope)
        *scope++ = '\0';
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)address;
    if (inet_pton(AF_INET6, host, &v6->sin6_addr) != 1)
        return -1;
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons((uint16_t)port);
    if (scope && !(v6->sin6_scope_id = if_nametoindex(scope)))
        return -1;
    *length = sizeof *v6;
    return 0;
}

void format_address(const struct sockaddr *address, char *text, size_t size)
{
    char host[INET6_ADDRSTRLEN] = "?";
    if (address->sa_family == AF_INET) {
        inet_ntop(AF_INET, &((const struct sockaddr_in *)address)->sin_addr, host, sizeof host);
    } else if (address->sa_family == AF_INET6) {
        const struct in6_addr *v6 = &((const struct sockaddr_in6 *)address)->sin6_addr;
        // A v4 client of a dual-stack socket reads as plain IPv4.
        if (IN6_IS_ADDR_V4MAPPED(v6))
            inet_ntop(AF_INET, &v6->s6_addr[12], host, sizeof host);
        else
            inet_ntop(AF_INET6, v6, host, sizeof host);
    }
    snprintf(text, size, "%s", host);
}

void format_mac(const uint8_t *mac, char *text, size_t size)
{
    snprintf(text, size, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4],
             mac[5]);
}

int interface_identity(const char *name, uint8_t mac[6], struct in_addr *ipv4, int *index)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return -1;
    struct ifreq request;
    memset(&request, 0, sizeof request);
    snprintf(request.ifr_name, sizeof request.ifr_name, "%s", name);
    int failed = ioctl(fd, SIOCGIFHWADDR, &request) < 0;
    if (!failed)
        memcpy(mac, request.ifr_hwaddr.sa_data, 6);
    if (!failed && ioctl(fd, SIOCGIFINDEX, &request) < 0)
        failed = 1;
    if (!failed)
        *index = request.ifr_ifindex;
    // An interface without an IPv4 address is fine for IPv6 and ARP probes.
    ipv4->s_addr = 0;
    if (!failed && ioctl(fd, SIOCGIFADDR, &request) == 0)
        *ipv4 = ((struct sockaddr_in *)&request.ifr_addr)->sin_addr;
    close(fd);
    return failed ? -1 : 0;
}

uint16_t ip_checksum(const void *data, size_t length)
{
    const uint8_t *bytes = data;
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < length; i += 2)
        sum += (uint32_t)(bytes[i] << 8 | bytes[i + 1]);
    if (length & 1)
        sum += (uint32_t)(bytes[length - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return htons((uint16_t)~sum);
}

long long now_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

static int usage(void)
{
    fputs("usage: packetpeer serve|observe|probe|plan|sink|send ... (see packetpeer.c)\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    // Results are read line by line while the program still runs.
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *command = argv[1];
    if (!strcmp(command, "serve"))
        return serve_main(argc - 2, argv + 2);
    if (!strcmp(command, "observe"))
        return observe_main(argc - 2, argv + 2);
    if (!strcmp(command, "probe"))
        return probe_main(argc - 2, argv + 2);
    if (!strcmp(command, "plan"))
        return plan_main(argc - 2, argv + 2);
    if (!strcmp(command, "sink") || !strcmp(command, "send"))
        return stream_main(command, argc - 2, argv + 2);
    return usage();
}
