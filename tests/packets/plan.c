// SPDX-License-Identifier: GPL-3.0-or-later
// packetpeer plan: a guest's probes in groups, one group after the other;
// the probes of a group run at once (a blocked probe waits out its timeout,
// and the guest runs under emulation). The test orders the groups: probes
// right after the lease, then the honest ones, then the hostile ones, so a
// spoofed ARP reply cannot spoil an honest probe. A "wait" item (PORT
// milliseconds) keeps its group going at least that long. One line per
// probe, in plan order.
//
//   packetpeer plan [--blocked REASON] NAME,KIND,TARGET,PORT,EXTRA+NAME,.../NAME,...
// --blocked reports every probe blocked for REASON without sending anything
// (a guest without a network card).
#include "packetpeer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

enum { max_probes = 48 };

static int parse_probe(char *item, struct probe *probe)
{
    memset(probe, 0, sizeof *probe);
    char *fields[5] = {0};
    for (int i = 0; i < 5 && item; ++i) {
        fields[i] = item;
        char *comma = strchr(item, ',');
        if (comma)
            *comma = '\0';
        item = comma ? comma + 1 : NULL;
    }
    if (!fields[0] || !fields[1])
        return -1;
    snprintf(probe->name, sizeof probe->name, "%s", fields[0]);
    snprintf(probe->kind, sizeof probe->kind, "%s", fields[1]);
    snprintf(probe->target, sizeof probe->target, "%s", fields[2] ? fields[2] : "");
    probe->port = fields[3] ? atoi(fields[3]) : 0;
    snprintf(probe->extra, sizeof probe->extra, "%s", fields[4] ? fields[4] : "");
    return 0;
}

// Each probe's group number in `groups`; the count of probes.
static int parse_plan(char *text, struct probe *probes, int *groups)
{
    int count = 0, group = 0;
    char *cursor = text;
    while (cursor && count < max_probes) {
        const size_t length = strcspn(cursor, "+/");
        const char separator = cursor[length];
        cursor[length] = '\0';
        if (length && parse_probe(cursor, &probes[count]) == 0)
            groups[count++] = group;
        if (separator == '/')
            ++group;
        cursor = separator ? cursor + length + 1 : NULL;
    }
    return count;
}

static void run_group(const struct probe *probes, const int *groups, int count, int group,
                      struct probe_result *results)
{
    for (int i = 0; i < count; ++i) {
        if (groups[i] != group)
            continue;
        set_result(&results[i], OUTCOME_ERROR, "the probe ended without a result");
        if (fork() == 0) {
            if (!strcmp(probes[i].kind, "wait"))
                usleep((useconds_t)probes[i].port * 1000);
            else
                run_probe(&probes[i], &results[i]);
            _exit(0);
        }
    }
    while (wait(NULL) > 0) { }
}

int plan_main(int argc, char **argv)
{
    const char *blocked = NULL;
    if (argc >= 3 && !strcmp(argv[0], "--blocked")) {
        blocked = argv[1];
        argc -= 2, argv += 2;
    }
    if (argc < 1)
        return 2;
    static struct probe probes[max_probes];
    static int groups[max_probes];
    const int count = parse_plan(argv[0], probes, groups);
    struct probe_result *results = mmap(NULL, sizeof *results * max_probes, PROT_READ | PROT_WRITE,
                                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (results == MAP_FAILED)
        return 1;
    if (blocked) {
        for (int i = 0; i < count; ++i)
            set_result(&results[i], OUTCOME_BLOCKED, "%s", blocked);
    } else {
        for (int group = 0; count && group <= groups[count - 1]; ++group)
            run_group(probes, groups, count, group, results);
    }
    for (int i = 0; i < count; ++i) {
        if (strcmp(probes[i].kind, "wait") != 0)
            printf("AIRLOCK-PROBE %s %s %s\n", probes[i].name, outcome_name(results[i].outcome),
                   results[i].detail);
    }
    return 0;
}
