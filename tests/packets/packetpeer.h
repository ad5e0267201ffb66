// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer: the one small program of the packet lab. It runs in the lab's
// network namespaces (listeners that answer with a token, a DNS server, an
// observer of the frames on a bridge) and, linked statically, inside the test
// guests (the probes, and the peer guest's listener and observer).
#pragma once

#include <net/if.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

enum outcome { OUTCOME_REACHED, OUTCOME_BLOCKED, OUTCOME_SENT, OUTCOME_ERROR };

struct probe_result
{
    enum outcome outcome;
    char detail[200];
};

// One probe of the plan: what to send where. `extra` is kind-specific (the
// address a spoofed packet claims, the record type a DNS query asks for).
struct probe
{
    char name[32];
    char kind[16];
    char target[64];
    int port;
    char extra[64];
};

int serve_main(int argc, char **argv);
int observe_main(int argc, char **argv);
int probe_main(int argc, char **argv);
int plan_main(int argc, char **argv);
// "sink" or "send" (stream.c).
int stream_main(const char *command, int argc, char **argv);

void run_probe(const struct probe *probe, struct probe_result *result);
const char *outcome_name(enum outcome outcome);
void set_result(struct probe_result *result, enum outcome outcome, const char *format, ...)
        __attribute__((format(printf, 3, 4)));

// "192.0.2.1", "2001:db8::1" or "fe80::1%eth0" with a port; 0 on success.
int parse_address(const char *text, int port, struct sockaddr_storage *address, socklen_t *length);
void format_address(const struct sockaddr *address, char *text, size_t size);
void format_mac(const uint8_t *mac, char *text, size_t size);

// The interface's MAC, IPv4 address and index; 0 on success.
int interface_identity(const char *name, uint8_t mac[6], struct in_addr *ipv4, int *index);
uint16_t ip_checksum(const void *data, size_t length);
// Milliseconds on a monotonic clock.
long long now_ms(void);
