// SPDX-License-Identifier: GPL-3.0-or-later
// Starts one program once and measures it, for tools/bench (run under Xvfb):
//
//   bench_launch self [--timeout S] -- COMMAND [ARGS…]
//       COMMAND measures itself (AIRLOCK_MEASURE_STARTUP=1, app/startupprobe.h)
//       and prints "first-paint-ms=… cpu-ms=…", which is passed on. It is
//       started at the very beginning of a clock tick: the kernel records a
//       process's start in 10 ms ticks, and so the rounding costs nothing.
//   bench_launch window --name REGEX [--settle S] [--timeout S] -- COMMAND [ARGS…]
//       Times COMMAND from its start until a visible window of its own whose
//       name matches REGEX is mapped, asking xdotool every 10 ms; with
//       --settle, then waits S seconds and reads its resident memory.
//       Prints "mapped-ms=… cpu-ms=… [rss-kib=… anon-kib=… file-kib=…]".
//
// The program is ended afterwards (its process group: SIGTERM, then
// SIGKILL). Exit 0 when measured, 1 otherwise, 2 on a usage error.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Nanoseconds = long long;

Nanoseconds now()
{
    timespec time {};
    clock_gettime(CLOCK_BOOTTIME, &time);
    return Nanoseconds(time.tv_sec) * 1000000000LL + time.tv_nsec;
}

double milliseconds(Nanoseconds duration)
{
    return double(duration) / 1e6;
}

void sleepUntil(Nanoseconds when)
{
    timespec time {};
    time.tv_sec = time_t(when / 1000000000LL);
    time.tv_nsec = long(when % 1000000000LL);
    while (clock_nanosleep(CLOCK_BOOTTIME, TIMER_ABSTIME, &time, nullptr) == EINTR) { }
}

// Sleeps to just before the next clock tick, then spins into it.
Nanoseconds waitForTickStart()
{
    const Nanoseconds tick = 1000000000LL / sysconf(_SC_CLK_TCK);
    Nanoseconds boundary = (now() / tick + 1) * tick;
    if (boundary - now() < 2000000)
        boundary += tick; // too close to sleep safely: take the next one
    sleepUntil(boundary - 1000000);
    while (now() < boundary) { }
    return boundary;
}

// Forks COMMAND in its own process group, with stdout into `outputFd` when
// given; returns its pid and sets `started` to the time of the fork, and
// `late` to how long after the tick's start the fork returned (an upper
// bound of the rounding error a self-measuring program then makes).
pid_t spawn(const std::vector<char *> &command, int outputFd, bool alignToTick,
            Nanoseconds *started, Nanoseconds *late = nullptr)
{
    const Nanoseconds aligned = alignToTick ? waitForTickStart() : 0;
    const Nanoseconds before = now();
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        if (outputFd >= 0)
            dup2(outputFd, STDOUT_FILENO);
        execvp(command.front(), command.data());
        std::fprintf(stderr, "bench_launch: cannot start %s: %s\n", command.front(),
                     std::strerror(errno));
        _exit(127);
    }
    if (pid > 0)
        setpgid(pid, pid);
    *started = alignToTick ? aligned : before;
    if (late)
        *late = now() - *started;
    return pid;
}

// Whether `pid` has exited, without reaping it: while it is an unreaped
// zombie its pid, and so its process group's id, cannot go to a stranger.
bool hasExited(pid_t pid)
{
    siginfo_t info {};
    return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

void endGroup(pid_t pid)
{
    kill(-pid, SIGTERM);
    for (int i = 0; i < 100 && !hasExited(pid); ++i)
        usleep(50000);
    // The leader is gone (or would not go): end whatever else it started.
    kill(-pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
}

// CPU time of every thread of `pid` so far (the scheduler's own count, in ns).
double cpuMilliseconds(pid_t pid)
{
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    DIR *directory = opendir(tasks.c_str());
    if (!directory)
        return -1;
    Nanoseconds total = 0;
    while (const dirent *entry = readdir(directory)) {
        if (entry->d_name[0] == '.')
            continue;
        std::ifstream schedstat(tasks + "/" + entry->d_name + "/schedstat");
        Nanoseconds running = 0;
        if (schedstat >> running)
            total += running;
    }
    closedir(directory);
    return milliseconds(total);
}

long statusKib(pid_t pid, const std::string &key)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(key + ":", 0) == 0)
            return std::atol(line.c_str() + key.size() + 1);
    }
    return -1;
}

bool windowMapped(pid_t pid, const std::string &name)
{
    const std::string pidText = std::to_string(pid);
    const pid_t child = fork();
    if (child == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        execlp("xdotool", "xdotool", "search", "--all", "--onlyvisible", "--pid", pidText.c_str(),
               "--name", name.c_str(), nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int measureSelf(const std::vector<char *> &command, double timeoutSeconds)
{
    setenv("AIRLOCK_MEASURE_STARTUP", "1", 1);
    // A fork that was itself held up on this busy machine says too little
    // about where in the tick the process started: such a start is ended
    // at once and made again.
    constexpr Nanoseconds tolerated = 1000000;
    for (int attempt = 1;; ++attempt) {
        int pipeFds[2];
        if (pipe2(pipeFds, O_CLOEXEC) != 0)
            return 1;
        Nanoseconds started = 0;
        Nanoseconds late = 0;
        const pid_t pid = spawn(command, pipeFds[1], true, &started, &late);
        close(pipeFds[1]);
        if (pid < 0)
            return 1;
        if (late > tolerated && attempt < 10) {
            close(pipeFds[0]);
            endGroup(pid);
            continue;
        }
        std::string output;
        char buffer[4096];
        const Nanoseconds deadline = started + Nanoseconds(timeoutSeconds * 1e9);
        fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
        while (output.find('\n') == std::string::npos && now() < deadline) {
            const ssize_t got = read(pipeFds[0], buffer, sizeof buffer);
            if (got > 0)
                output.append(buffer, size_t(got));
            else if (got == 0)
                break;
            else
                usleep(2000);
        }
        close(pipeFds[0]);
        endGroup(pid);
        const size_t at = output.find("first-paint-ms=");
        if (at == std::string::npos) {
            std::fprintf(stderr, "bench_launch: %s printed no measurement\n", command.front());
            return 1;
        }
        std::fprintf(stderr, "bench_launch: forked %.3f ms into the tick (attempt %d)\n",
                     milliseconds(late), attempt);
        std::fputs(output.substr(at, output.find('\n', at) - at + 1).c_str(), stdout);
        return 0;
    }
}

int measureWindow(const std::vector<char *> &command, const std::string &name, double settleSeconds,
                  double timeoutSeconds)
{
    Nanoseconds started = 0;
    const pid_t pid = spawn(command, -1, false, &started);
    if (pid < 0)
        return 1;
    const Nanoseconds deadline = started + Nanoseconds(timeoutSeconds * 1e9);
    Nanoseconds mapped = 0;
    double cpu = -1;
    while (now() < deadline) {
        if (windowMapped(pid, name)) {
            mapped = now();
            cpu = cpuMilliseconds(pid);
            break;
        }
        if (hasExited(pid)) {
            std::fprintf(stderr, "bench_launch: %s exited before its window showed\n",
                         command.front());
            endGroup(pid);
            return 1;
        }
        usleep(10000);
    }
    if (mapped == 0) {
        std::fprintf(stderr, "bench_launch: no window named /%s/ within %.0f s\n", name.c_str(),
                     timeoutSeconds);
        endGroup(pid);
        return 1;
    }
    std::ostringstream line;
    line.setf(std::ios::fixed);
    line.precision(1);
    line << "mapped-ms=" << milliseconds(mapped - started) << " cpu-ms=" << cpu;
    if (settleSeconds > 0) {
        sleepUntil(now() + Nanoseconds(settleSeconds * 1e9));
        line << " rss-kib=" << statusKib(pid, "VmRSS") << " anon-kib=" << statusKib(pid, "RssAnon")
             << " file-kib=" << statusKib(pid, "RssFile")
             << " shmem-kib=" << statusKib(pid, "RssShmem");
    }
    endGroup(pid);
    std::printf("%s\n", line.str().c_str());
    return 0;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: bench_launch self [--timeout S] -- COMMAND [ARGS…]\n"
                 "       bench_launch window --name REGEX [--settle S] [--timeout S] -- COMMAND "
                 "[ARGS…]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];
    std::string name;
    double settle = 0;
    double timeout = 60;
    int index = 2;
    for (; index < argc; ++index) {
        const std::string argument = argv[index];
        if (argument == "--") {
            ++index;
            break;
        }
        if (index + 1 >= argc)
            return usage();
        if (argument == "--name")
            name = argv[++index];
        else if (argument == "--settle")
            settle = std::atof(argv[++index]);
        else if (argument == "--timeout")
            timeout = std::atof(argv[++index]);
        else
            return usage();
    }
    if (index >= argc)
        return usage();
    std::vector<char *> command(argv + index, argv + argc);
    command.push_back(nullptr);
    signal(SIGPIPE, SIG_IGN);
    if (mode == "self")
        return measureSelf(command, timeout);
    if (mode == "window" && !name.empty())
        return measureWindow(command, name, settle, timeout);
    return usage();
}
