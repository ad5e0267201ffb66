// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's deny-by-default walk, structure-aware: the input says which
// elements to add to a clean live domain (libvirt's XML of a VM Airlock made,
// tests/data/live/), where (under <devices> or at the top of <domain>), with
// which name (one libvirt knows, or any), namespace, attributes and children.
// Invariants: the clean domain passes every check; with the additions, every
// failed check says what should hold and what was found; and every added
// element is named by a failed "extra:" check of its own, unless it is one
// of the few that this file (not the audit) holds to be explained: another
// PCIe root port, the q35 chipset's iTCO watchdog (once, not dumping), a
// top-level tuning element the domain does not have yet (it only limits or
// pins what the VM gets of the host's CPUs and memory), or a security label
// for a model that has none (the proof reads the labels, not the audit).
#include "fuzzcheck.h"
#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <cstdint>

using namespace Airlock;

namespace {

QString readLive(const char *name)
{
    QFile file(QStringLiteral(AIRLOCK_LIVE_DATA_DIR "/") + QLatin1String(name));
    FUZZ_CHECK(file.open(QIODevice::ReadOnly), file.fileName());
    return QString::fromUtf8(file.readAll());
}

// The documents libvirt gave back for the VM (as tst_domainaudit reads them).
struct Clean
{
    VmSpec spec;
    QString domain;
    QString network;
    FilterReadback filters;
};

const Clean &clean()
{
    static const Clean documents = [] {
        Clean result;
        result.spec.name = QStringLiteral("airlock-test-c1");
        result.spec.accelerator = Accelerator::Tcg;
        result.spec.cpuMode = CpuMode::Maximum;
        result.spec.diskGiB = 10;
        result.spec.memoryMiB = 1536;
        result.spec.iso
                = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("small.iso"));
        result.domain = readLive("nat-uefi-tcg.domain.xml");
        result.network = readLive("nat-uefi-tcg.network.xml");
        result.filters.supported = true;
        const QString filters = readLive("nat-uefi-tcg.filters.xml");
        qsizetype from = 0;
        while ((from = filters.indexOf(QLatin1String("<filter "), from)) >= 0) {
            const qsizetype end = filters.indexOf(QLatin1String("</filter>"), from) + 9;
            const QString one = filters.mid(from, end - from);
            result.filters.documents.insert(
                    XmlElement::parse(one)->attribute(QStringLiteral("name")), one);
            from = end;
        }
        result.filters.portDevice = QStringLiteral("vnet0");
        result.filters.bindingXml = readLive("nat-uefi-tcg.binding.xml");
        return result;
    }();
    return documents;
}

// The fuzzer's bytes, read front to back; zeros once they run out.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }
    uint8_t next() { return m_at < m_size ? m_data[m_at++] : 0; }
    bool atEnd() const { return m_at >= m_size; }

    // A name from the table, or (for high bytes) one made of the input.
    QString name(const QStringList &table)
    {
        const uint8_t choice = next();
        if (choice < 200)
            return table.at(choice % table.size());
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz_-0123456789";
        QString made {QLatin1Char(alphabet[next() % 26])};
        for (int length = next() % 12; length > 0; --length)
            made += QLatin1Char(alphabet[next() % (sizeof alphabet - 1)]);
        return made;
    }
    QString value(const QStringList &table)
    {
        const uint8_t choice = next();
        if (choice < 200)
            return table.at(choice % table.size());
        QString made;
        for (int length = next() % 24; length > 0; --length)
            made += QChar(0x20 + next() % 0x5f);
        return made;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

const QStringList s_elementNames {
        // under <devices>
        QStringLiteral("disk"),
        QStringLiteral("controller"),
        QStringLiteral("interface"),
        QStringLiteral("input"),
        QStringLiteral("graphics"),
        QStringLiteral("audio"),
        QStringLiteral("sound"),
        QStringLiteral("video"),
        QStringLiteral("channel"),
        QStringLiteral("filesystem"),
        QStringLiteral("tpm"),
        QStringLiteral("redirdev"),
        QStringLiteral("hostdev"),
        QStringLiteral("rng"),
        QStringLiteral("memballoon"),
        QStringLiteral("emulator"),
        QStringLiteral("watchdog"),
        QStringLiteral("serial"),
        QStringLiteral("parallel"),
        QStringLiteral("console"),
        QStringLiteral("shmem"),
        QStringLiteral("vsock"),
        QStringLiteral("memory"),
        QStringLiteral("smartcard"),
        QStringLiteral("hub"),
        QStringLiteral("redirfilter"),
        QStringLiteral("lease"),
        QStringLiteral("panic"),
        QStringLiteral("iommu"),
        QStringLiteral("nvram"),
        QStringLiteral("crypto"),
        QStringLiteral("pstore"),
        // at the top of <domain>
        QStringLiteral("name"),
        QStringLiteral("uuid"),
        QStringLiteral("genid"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("metadata"),
        QStringLiteral("currentMemory"),
        QStringLiteral("vcpu"),
        QStringLiteral("vcpus"),
        QStringLiteral("iothreads"),
        QStringLiteral("iothreadids"),
        QStringLiteral("cputune"),
        QStringLiteral("memtune"),
        QStringLiteral("numatune"),
        QStringLiteral("blkiotune"),
        QStringLiteral("resource"),
        QStringLiteral("os"),
        QStringLiteral("features"),
        QStringLiteral("cpu"),
        QStringLiteral("clock"),
        QStringLiteral("on_poweroff"),
        QStringLiteral("on_reboot"),
        QStringLiteral("on_crash"),
        QStringLiteral("on_lockfailure"),
        QStringLiteral("pm"),
        QStringLiteral("devices"),
        QStringLiteral("memoryBacking"),
        QStringLiteral("seclabel"),
        QStringLiteral("sysinfo"),
        QStringLiteral("launchSecurity"),
        QStringLiteral("idmap"),
        QStringLiteral("keywrap"),
        QStringLiteral("perf"),
        QStringLiteral("maxMemory"),
        QStringLiteral("commandline"),
        QStringLiteral("capabilities"),
        QStringLiteral("override"),
};

const QStringList s_childNames {
        QStringLiteral("source"), QStringLiteral("target"),    QStringLiteral("model"),
        QStringLiteral("listen"), QStringLiteral("backend"),   QStringLiteral("address"),
        QStringLiteral("driver"), QStringLiteral("readonly"),  QStringLiteral("arg"),
        QStringLiteral("smbios"), QStringLiteral("hugepages"), QStringLiteral("nosharepages"),
};

const QStringList s_attributeNames {
        QStringLiteral("type"),    QStringLiteral("model"),    QStringLiteral("bus"),
        QStringLiteral("mode"),    QStringLiteral("index"),    QStringLiteral("name"),
        QStringLiteral("port"),    QStringLiteral("autoport"), QStringLiteral("listen"),
        QStringLiteral("action"),  QStringLiteral("device"),   QStringLiteral("state"),
        QStringLiteral("id"),      QStringLiteral("pool"),     QStringLiteral("volume"),
        QStringLiteral("file"),    QStringLiteral("dir"),      QStringLiteral("host"),
        QStringLiteral("service"), QStringLiteral("path"),     QStringLiteral("value"),
};

const QStringList s_values {
        QStringLiteral("pci"),
        QStringLiteral("pcie-root-port"),
        QStringLiteral("pcie-root"),
        QStringLiteral("usb"),
        QStringLiteral("none"),
        QStringLiteral("qemu-xhci"),
        QStringLiteral("spice"),
        QStringLiteral("vnc"),
        QStringLiteral("tcp"),
        QStringLiteral("unix"),
        QStringLiteral("ps2"),
        QStringLiteral("mouse"),
        QStringLiteral("keyboard"),
        QStringLiteral("tablet"),
        QStringLiteral("virtio"),
        QStringLiteral("itco"),
        QStringLiteral("reset"),
        QStringLiteral("dump"),
        QStringLiteral("sata"),
        QStringLiteral("virtio-serial"),
        QStringLiteral("0"),
        QStringLiteral("1"),
        QStringLiteral("yes"),
        QStringLiteral("no"),
        QStringLiteral("0.0.0.0"),
        QStringLiteral("volume"),
        QStringLiteral("file"),
        QStringLiteral("cdrom"),
        QStringLiteral("disk"),
        QStringLiteral("selinux"),
        QStringLiteral("dac"),
        QStringLiteral("host"),
        QStringLiteral("default"),
        QStringLiteral("small.iso"),
        QStringLiteral("airlock-test-c1.qcow2"),
        QStringLiteral("airlock-nat"),
        QStringLiteral("/usr/bin/qemu-system-x86_64"),
        QStringLiteral("/dev/urandom"),
        QStringLiteral("random"),
        QStringLiteral("subsystem"),
        QStringLiteral("bind"),
        QStringLiteral("4555"),
};

const QLatin1String s_qemuNamespace("http://libvirt.org/schemas/domain/qemu/1.0");

// One element to add, and what the oracle needs to know of it.
struct Addition
{
    enum class Where { DevicesStart, DevicesEnd, DomainStart, DomainEnd };
    Where where = Where::DevicesEnd;
    QString namespaceUri;
    QString name;
    QHash<QString, QString> attributes;
    QList<std::pair<QString, QHash<QString, QString>>> children; // name, attributes
    QString xml;

    bool atTop() const { return where == Where::DomainStart || where == Where::DomainEnd; }
};

void writeAttributes(Bytes &bytes, QXmlStreamWriter &writer, QHash<QString, QString> *kept)
{
    QStringList written;
    for (int count = bytes.next() % 5; count > 0; --count) {
        const QString name = bytes.name(s_attributeNames);
        const QString value = bytes.value(s_values);
        if (written.contains(name)) // a repeated attribute would not parse at all
            continue;
        written.append(name);
        writer.writeAttribute(name, value);
        if (kept)
            kept->insert(name, value);
    }
}

Addition makeAddition(Bytes &bytes)
{
    Addition addition;
    addition.where = Addition::Where(bytes.next() % 4);
    const uint8_t space = bytes.next() % 8;
    if (space == 6)
        addition.namespaceUri = s_qemuNamespace;
    else if (space == 7)
        addition.namespaceUri = QStringLiteral("urn:example");
    addition.name = bytes.name(s_elementNames);

    QXmlStreamWriter writer(&addition.xml);
    if (addition.namespaceUri.isEmpty()) {
        writer.writeStartElement(addition.name);
    } else {
        writer.writeNamespace(addition.namespaceUri, QStringLiteral("x"));
        writer.writeStartElement(addition.namespaceUri, addition.name);
    }
    writeAttributes(bytes, writer, &addition.attributes);
    for (int children = bytes.next() % 3; children > 0; --children) {
        std::pair<QString, QHash<QString, QString>> child {bytes.name(s_childNames), {}};
        writer.writeStartElement(child.first);
        writeAttributes(bytes, writer, &child.second);
        writer.writeEndElement();
        addition.children.append(child);
    }
    writer.writeEndElement();
    return addition;
}

// Every addition at its place in the clean domain (so that none lands inside
// another), the last first so that the earlier offsets still hold.
QString insert(const QString &domain, const QList<Addition> &additions)
{
    QList<std::pair<qsizetype, QString>> places;
    for (const Addition &addition : additions) {
        qsizetype at = 0;
        switch (addition.where) {
        case Addition::Where::DevicesStart:
            at = domain.indexOf(QLatin1String("<devices>")) + 9;
            break;
        case Addition::Where::DevicesEnd:
            at = domain.indexOf(QLatin1String("</devices>"));
            break;
        case Addition::Where::DomainStart:
            at = domain.indexOf(QLatin1Char('>')) + 1;
            break;
        case Addition::Where::DomainEnd:
            at = domain.lastIndexOf(QLatin1String("</domain>"));
            break;
        }
        places.append({at, addition.xml});
    }
    std::stable_sort(places.begin(), places.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QString xml = domain;
    for (const auto &[at, text] : std::as_const(places))
        xml.insert(at, text);
    return xml;
}

// The oracle, independent of the audit's tables: what may be added and still
// leave every check green. Everything else must be named by a failed check.
bool isPlainDevice(const Addition &addition, const char *name)
{
    return !addition.atTop() && addition.namespaceUri.isEmpty()
           && addition.name == QLatin1String(name);
}

// A channel or console on virtio-serial: libvirt adds the controller for it.
bool onVirtioSerial(const Addition &addition)
{
    if (!isPlainDevice(addition, "channel") && !isPlainDevice(addition, "console"))
        return false;
    return std::any_of(addition.children.cbegin(), addition.children.cend(), [](const auto &child) {
        return child.first == QLatin1String("target")
               && child.second.value(QStringLiteral("type")) == QLatin1String("virtio");
    });
}

bool mayPassAtTop(const Addition &addition, const QList<Addition> &before)
{
    static const QStringList tuning {
            QStringLiteral("genid"),          QStringLiteral("vcpus"),
            QStringLiteral("iothreads"),      QStringLiteral("iothreadids"),
            QStringLiteral("cputune"),        QStringLiteral("memtune"),
            QStringLiteral("numatune"),       QStringLiteral("blkiotune"),
            QStringLiteral("on_lockfailure"),
    };
    const auto sameName = [&addition](const Addition &other) {
        return other.atTop() && other.namespaceUri.isEmpty() && other.name == addition.name;
    };
    if (tuning.contains(addition.name))
        return std::none_of(before.cbegin(), before.cend(), sameName);
    if (addition.name == QLatin1String("seclabel")) {
        // The clean domain has the DAC label only.
        const QString model = addition.attributes.value(QStringLiteral("model"));
        const auto sameModel = [&](const Addition &other) {
            return sameName(other) && other.attributes.value(QStringLiteral("model")) == model;
        };
        return model != QLatin1String("dac")
               && std::none_of(before.cbegin(), before.cend(), sameModel);
    }
    return false;
}

bool mayPass(const Addition &addition, const QList<Addition> &before, const QList<Addition> &all)
{
    if (!addition.namespaceUri.isEmpty())
        return false;
    if (addition.atTop())
        return mayPassAtTop(addition, before);
    const QString type = addition.attributes.value(QStringLiteral("type"));
    const QString model = addition.attributes.value(QStringLiteral("model"));
    if (addition.name == QLatin1String("controller")) {
        if (type == QLatin1String("virtio-serial")) {
            const auto controller = [](const Addition &other) {
                return isPlainDevice(other, "controller")
                       && other.attributes.value(QStringLiteral("type"))
                                  == QLatin1String("virtio-serial");
            };
            return std::any_of(all.cbegin(), all.cend(), onVirtioSerial)
                   && std::none_of(before.cbegin(), before.cend(), controller);
        }
        return type == QLatin1String("pci") && model == QLatin1String("pcie-root-port");
    }
    if (addition.name == QLatin1String("watchdog")) {
        const auto itco = [](const Addition &other) {
            return isPlainDevice(other, "watchdog")
                   && other.attributes.value(QStringLiteral("model")) == QLatin1String("itco")
                   && other.attributes.value(QStringLiteral("action")) != QLatin1String("dump");
        };
        return itco(addition) && std::none_of(before.cbegin(), before.cend(), itco);
    }
    return false;
}

// The id of the failed check that names an addition: its element's name.
bool names(const QString &id, const Addition &addition)
{
    const QString base = QLatin1String("extra:")
                         + (addition.atTop() && addition.namespaceUri == s_qemuNamespace
                                    ? QLatin1String("qemu:")
                                    : QLatin1String())
                         + addition.name;
    return id == base || id.startsWith(base + QLatin1Char('-'));
}

QString describe(const QList<AuditCheck> &checks, const QString &xml)
{
    QStringList lines;
    for (const AuditCheck &check : checks)
        lines.append(QStringLiteral("%1 %2: %3")
                             .arg(check.passed ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                                  check.id, check.found));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + xml;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Clean &documents = clean();
    static const bool cleanPasses = DomainAudit::allPassed(DomainAudit::run(
            documents.spec, documents.domain, documents.network, documents.filters));
    FUZZ_CHECK(cleanPasses, QStringLiteral("the clean live domain fails its audit"));
    // The oracle's rules assume what the clean domain holds and lacks.
    static const auto cleanDomain = XmlElement::parse(documents.domain);
    FUZZ_CHECK(cleanDomain && cleanDomain->childrenNamed(QStringLiteral("seclabel")).size() == 1
                       && !cleanDomain->child(QStringLiteral("cputune"))
                       && !cleanDomain->at(QStringLiteral("devices/channel"))
                       && !cleanDomain->at(QStringLiteral("devices/watchdog")),
               documents.domain);

    Bytes bytes(data, size);
    QList<Addition> additions;
    for (int count = 1 + bytes.next() % 4; count > 0 && !bytes.atEnd(); --count)
        additions.append(makeAddition(bytes));
    if (additions.isEmpty())
        return 0;
    const QString xml = insert(documents.domain, additions);
    const QList<AuditCheck> checks
            = DomainAudit::run(documents.spec, xml, documents.network, documents.filters);
    for (const AuditCheck &check : checks) {
        FUZZ_CHECK(!check.id.isEmpty() && !check.title.isEmpty(), describe(checks, xml));
        FUZZ_CHECK(check.passed || !check.found.isEmpty(), describe(checks, xml));
    }
    if (checks.size() == 1 && checks.constFirst().id == QLatin1String("readable"))
        return 0; // not XML any more (a name the parser refuses): nothing passes

    QList<Addition> before;
    qsizetype unexplained = 0;
    QStringList extras;
    for (const AuditCheck &check : checks) {
        if (!check.passed && check.id.startsWith(QLatin1String("extra:")))
            extras.append(check.id);
    }
    for (const Addition &addition : std::as_const(additions)) {
        if (!mayPass(addition, before, additions)) {
            ++unexplained;
            const bool named = std::any_of(extras.cbegin(), extras.cend(),
                                           [&](const QString &id) { return names(id, addition); });
            FUZZ_CHECK(named, QStringLiteral("<%1> is not named\n").arg(addition.name)
                                      + describe(checks, xml));
        }
        before.append(addition);
    }
    FUZZ_CHECK(extras.size() >= unexplained,
               QStringLiteral("%1 added, %2 named\n").arg(unexplained).arg(extras.size())
                       + describe(checks, xml));
    FUZZ_CHECK(unexplained == 0 || !DomainAudit::allPassed(checks), describe(checks, xml));
    return 0;
}
