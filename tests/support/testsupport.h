// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exposure/exposure.h"
#include "host/hostcheck.h"
#include "hypervisor/connection.h"
#include "spec/vmspec.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Airlock::Test {

// A file under tests/data.
QString dataPath(const QString &relative);
// A spec for tests/data/testdriver/provision.xml's host: the pool "vms" and
// its ISO volume "nixos.iso", under emulation.
VmSpec provisionSpec(const QString &name);
QByteArray readData(const QString &relative);

// Whether AIRLOCK_REGENERATE=1 asks expected-output tests to rewrite their
// stored files instead of comparing (review the diff afterwards).
bool regenerating();

// Runs `program arguments` and returns its exit code, with stdout and
// stderr merged into `output`; -1 when it could not start.
int runProgram(const QString &program, const QStringList &arguments, QString *output = nullptr,
               const QByteArray &input = {}, int timeoutMs = 60000);

// `virsh -q -c uri arguments…` (2 minutes at most): its output, stdout and
// stderr merged; its exit code in `exitCode` when asked for.
QString virsh(const QString &uri, const QStringList &arguments, int *exitCode = nullptr);

// virt-xml-validate's verdict on `xml` against libvirt's schema `schema`
// ("domain", "network", "nwfilter", …): its output when the document fails,
// nullopt when it passes.
std::optional<QString> schemaProblem(const QString &xml, const QString &schema);

// The private libvirtd the integration tests share (tools/libvirtd-fixture,
// started once per ctest run). `uri` is empty when it could not run here;
// `skipReason` then says why.
// What tools/libvirtd-fixture decided about KVM on this machine (its DIR/kvm).
// Machines differ: some run KVM guests with the host's CPU, some do not, and
// AIRLOCK_FIXTURE_KVM=on|off forces either. A test that depends on KVM asks
// this instead of assuming the machine of the day.
struct FixtureKvm
{
    enum class State {
        Available, // libvirt offers KVM and a guest with the host's CPU starts
        Offered, // libvirt offers KVM, but such a guest cannot start (forced on)
        Absent, // kept, yet libvirt offers no KVM (forced on, no usable /dev/kvm)
        Hidden, // hidden from the daemon: libvirt offers emulation (TCG) alone
    };
    State state = State::Hidden;
    QString record; // the fixture's line, for failure messages

    bool offered() const { return state == State::Available || state == State::Offered; }
    bool runsHostCpuGuests() const { return state == State::Available; }
};

struct RealDaemon
{
    QString uri;
    QString directory;
    QString skipReason;
    FixtureKvm kvm;
};
RealDaemon realDaemon();

// The private daemon's process id (its DIR/libvirtd.pid); 0 when unknown.
int libvirtdPid(const QString &fixtureDirectory);
// Runs `command` inside the private daemon's mount namespace, where its
// /var/lib/libvirt (its pools) and /usr live; its exit code.
int inDaemonNamespace(const QString &fixtureDirectory, const QStringList &command);

// CI sets AIRLOCK_REQUIRE_INTEGRATION=1: a missing daemon is then a failure.
bool integrationRequired();

// A stand-in for the NixOS ISO at `path`: `bytes` of zeros with the ISO 9660
// signature where a real image has it (what Airlock checks), nothing to boot.
// False when the file cannot be written.
bool writeStandInIso(const QString &path, qsizetype bytes = 2 * 1024 * 1024);

// The smallest VM NixOS's rules allow, under emulation with BIOS firmware:
// for real daemons where the guest need not boot, only run. Emulation runs
// on every machine, whatever FixtureKvm says.
VmSpec smallEmulatedSpec(const QString &name);

// A directory pool of a test's own, /var/lib/libvirt/images/<name>, defined,
// built and started on the real daemon. Empty on success, else libvirt's error.
QString createTestPool(const Connection &connection, const QString &name);
// Deletes every volume of the test's pool, then the pool, its directory and
// its definition. Nothing happens when there is no such pool.
void removeTestPool(const Connection &connection, const QString &name);

// A host root whose SMT control file is a pipe nobody writes to: whoever
// reads the host's SMT there blocks, as on a host that never answers.
// release() (and the destructor, should a test stop early) lets the reader go.
class StuckSmtRoot
{
public:
    StuckSmtRoot();
    ~StuckSmtRoot();
    StuckSmtRoot(const StuckSmtRoot &) = delete;
    StuckSmtRoot &operator=(const StuckSmtRoot &) = delete;

    bool isValid() const { return m_valid; }
    QString path() const { return m_root.path(); }
    // Ends a blocked read with an empty file; a reader that comes later
    // finds a plain file. Whether a blocked reader was there.
    bool release();

private:
    QTemporaryDir m_root;
    QString m_control;
    bool m_valid = false;
    bool m_released = false;
};

// Everything on the connection a creation could touch, with its state, one
// sorted line each: compare before and after to prove nothing else changed.
QStringList inventory(const Connection &connection);

} // namespace Airlock::Test

// Skips the test (or fails it in CI) when the real daemon is not available.
#define AIRLOCK_REQUIRE_REAL_DAEMON(daemon) \
    do { \
        if ((daemon).uri.isEmpty()) { \
            if (Airlock::Test::integrationRequired()) \
                QFAIL(qPrintable(QStringLiteral("real libvirtd required but unavailable: ") \
                                 + (daemon).skipReason)); \
            QSKIP(qPrintable((daemon).skipReason)); \
        } \
    } while (false)

// Readable QCOMPARE failures for the model's enums (found by argument lookup).
namespace Airlock {
char *toString(CpuMode value);
char *toString(Accelerator value);
char *toString(Firmware value);
char *toString(NetworkMode value);
char *toString(Preset value);
char *toString(Risk value);
char *toString(ExposureId value);
char *toString(CheckStatus value);
} // namespace Airlock
