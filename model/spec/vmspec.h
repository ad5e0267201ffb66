// SPDX-License-Identifier: GPL-3.0-or-later
// model/spec/: the plain value of every choice (VmSpec), its JSON contract,
// its validation against the host's limits, and which section of the wizard
// each setting belongs to (specsection.h). Everything else reads it; it uses
// only Qt Core, the exposure catalogue for the names of its settings, and
// the exposure rules (which host devices and writable folders a VM may be
// given) as far as a spec's words show them.
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Airlock {

enum class CpuMode { HostPassthrough, HostModel, Maximum };
enum class Accelerator { Auto, Kvm, Tcg };
enum class Firmware { Uefi, Bios };
enum class NetworkMode { None, Nat, Bridge };

// The ISO to install from: a file on this machine, or a volume already in a
// libvirt storage pool. Empty when none has been chosen yet.
struct IsoSource
{
    QString path;
    QString pool;
    QString volume;

    bool isEmpty() const { return path.isEmpty() && volume.isEmpty(); }
    bool isVolume() const { return !volume.isEmpty(); }
    static IsoSource file(const QString &path) { return {path, {}, {}}; }
    static IsoSource poolVolume(const QString &pool, const QString &volume)
    {
        return {{}, pool, volume};
    }
    friend bool operator==(const IsoSource &, const IsoSource &) = default;
};

struct SharedFolder
{
    QString path;
    bool readOnly = true;
    friend bool operator==(const SharedFolder &, const SharedFolder &) = default;
};

struct NetworkChoice
{
    NetworkMode mode = NetworkMode::Nat;
    bool ipv6 = false;
    QString bridge;
    friend bool operator==(const NetworkChoice &, const NetworkChoice &) = default;
};

// What the VM may touch. Every member defaults to the Maximum-isolation value.
struct ExposureChoice
{
    bool usbRedirection = false;
    bool audio = false;
    bool microphone = false;
    bool clipboard = false;
    std::optional<SharedFolder> sharedFolder;
    bool gpuAcceleration = false;
    bool guestAgent = false;
    bool tpm = false;
    QStringList hostDevices;
    friend bool operator==(const ExposureChoice &, const ExposureChoice &) = default;
};

// One thing wrong with a spec. `key` is the JSON path ("network.mode",
// "exposure.hostDevices[1]"); `message` is a translated sentence.
struct SpecProblem
{
    QString key;
    QString message;

    // "key: message", the form the command line prints after "airlock: ".
    QString text() const { return key + QLatin1String(": ") + message; }
    friend bool operator==(const SpecProblem &, const SpecProblem &) = default;
};
using SpecProblems = QList<SpecProblem>;

// What the host can give, when known: HostCapacity::limits(), in the wizard
// HostReading::limits(). Zero means "not known": the limit is then not
// checked. The spec never reads the host itself.
struct HostLimits
{
    int threads = 0;
    qint64 memoryMiB = 0;
    bool kvmAvailable = true;
};

// The plain value of every choice the user makes, exactly the JSON contract
// of DESIGN.md. Pages write into it; the model turns it into XML and a plan.
class VmSpec
{
    Q_DECLARE_TR_FUNCTIONS(VmSpec)
public:
    static constexpr int minimumMemoryMiB = 1536;
    static constexpr int recommendedMemoryMiB = 3072;
    static constexpr int minimumDiskGiB = 10;
    static constexpr int recommendedDiskGiB = 20;
    static constexpr int maximumVcpus = 512;
    static constexpr qint64 maximumMemoryMiB = qint64(16) * 1024 * 1024; // 16 TiB
    static constexpr int maximumDiskGiB = 64 * 1024; // 64 TiB
    static constexpr int maximumNameLength = 64;
    static constexpr int maximumPathLength = 4096;

    QString name = QStringLiteral("nixos");
    int vcpus = 2;
    qint64 memoryMiB = 4096;
    int diskGiB = 32;
    CpuMode cpuMode = CpuMode::HostPassthrough;
    Accelerator accelerator = Accelerator::Auto;
    Firmware firmware = Firmware::Uefi;
    bool secureBoot = false;
    IsoSource iso;
    QString storagePool = QStringLiteral("default");
    NetworkChoice network;
    ExposureChoice exposure;

    // Reads the JSON contract. Missing keys keep their defaults; unknown keys,
    // wrong types and values out of range are all reported, each naming its key.
    static std::expected<VmSpec, SpecProblems> fromJson(const QByteArray &json);
    static std::expected<VmSpec, SpecProblems> fromJsonObject(const QJsonObject &object);
    static std::expected<VmSpec, SpecProblems> load(const QString &fileName);

    QJsonObject toJson() const;
    // The JSON text, which fromJson() reads back as this same spec.
    QByteArray toJsonBytes(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    bool save(const QString &fileName, QString *errorMessage = nullptr) const;

    // Every rule the spec breaks; empty when it is valid. Host-dependent limits
    // are checked only against the facts passed in.
    SpecProblems validate(const HostLimits &host = {}) const;

    // The name rule alone, for pages that validate as the user types.
    // Sentence: "The name must not start with …", as a page says it;
    // AfterKey: "must not start with “.” or “-”, not “-x”", as validate()
    // says it after "name: ", with the value.
    enum class Phrasing { Sentence, AfterKey };
    static std::optional<QString> nameProblem(const QString &name,
                                              Phrasing phrasing = Phrasing::Sentence);

    // The qcow2 system disk's volume name in the storage pool.
    QString diskVolumeName() const { return name + QLatin1String(".qcow2"); }

    friend bool operator==(const VmSpec &, const VmSpec &) = default;
};

// The names the JSON contract uses ("host-passthrough", "uefi", "nat", …).
QString jsonName(CpuMode mode);
QString jsonName(Accelerator accelerator);
QString jsonName(Firmware firmware);
QString jsonName(NetworkMode mode);
std::optional<CpuMode> cpuModeFromJsonName(const QString &text);
std::optional<Accelerator> acceleratorFromJsonName(const QString &text);
std::optional<Firmware> firmwareFromJsonName(const QString &text);
std::optional<NetworkMode> networkModeFromJsonName(const QString &text);

} // namespace Airlock
