// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolationproof.h"

#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "hypervisor/hostdevices.h"
#include "hypervisor/xmlelement.h"

#include <QUrl>

namespace Airlock {

namespace {

QList<XmlSeclabel> seclabelsOf(const QString &liveXml)
{
    QList<XmlSeclabel> result;
    const auto domain = XmlElement::parse(liveXml);
    if (!domain)
        return result;
    for (const XmlElement *seclabel : domain->childrenNamed(QStringLiteral("seclabel"))) {
        XmlSeclabel entry;
        entry.model = seclabel->attribute(QStringLiteral("model"));
        entry.type = seclabel->attribute(QStringLiteral("type"));
        entry.relabel = seclabel->attribute(QStringLiteral("relabel"));
        if (const XmlElement *label = seclabel->child(QStringLiteral("label")))
            entry.label = SecurityLabel::parse(label->text);
        if (const XmlElement *image = seclabel->child(QStringLiteral("imagelabel")))
            entry.imageLabel = SecurityLabel::parse(image->text);
        result.append(entry);
    }
    return result;
}

// Every label libvirt's API reports for the domain; `listSupported` false when
// only the single-label call answered.
QList<ReportedLabel> reportedLabels(virDomainPtr domain, bool *listSupported)
{
    QList<ReportedLabel> result;
    virSecurityLabelPtr labels = nullptr;
    const int count = virDomainGetSecurityLabelList(domain, &labels);
    if (count >= 0) {
        *listSupported = true;
        for (int i = 0; i < count; ++i)
            result.append({SecurityLabel::parse(QString::fromUtf8(labels[i].label)),
                           labels[i].enforcing == 1});
        free(labels);
        return result;
    }
    virResetLastError();
    *listSupported = false;
    virSecurityLabel single;
    if (virDomainGetSecurityLabel(domain, &single) == 0 && single.label[0] != '\0')
        result.append(
                {SecurityLabel::parse(QString::fromUtf8(single.label)), single.enforcing == 1});
    virResetLastError();
    return result;
}

const XmlSeclabel *seclabelFor(const QList<XmlSeclabel> &seclabels, const QString &model)
{
    for (const XmlSeclabel &seclabel : seclabels) {
        if (seclabel.model == model)
            return &seclabel;
    }
    return nullptr;
}

std::optional<ReportedLabel> reportedOfKind(const QList<ReportedLabel> &reported,
                                            SecurityLabel::Kind kind)
{
    for (const ReportedLabel &entry : reported) {
        if (entry.label.kind() == kind)
            return entry;
    }
    return std::nullopt;
}

// The SELinux label of a domain: the API's when it gives one, else that of
// its live XML's <seclabel>s (the test driver's labels live only there).
std::optional<SecurityLabel> labelOf(virDomainPtr domain, const QList<XmlSeclabel> &seclabels)
{
    bool listSupported = false;
    if (const auto reportedLabel
        = reportedOfKind(reportedLabels(domain, &listSupported), SecurityLabel::Kind::Selinux))
        return reportedLabel->label;
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("selinux"));
        seclabel && seclabel->label.isSelinux())
        return seclabel->label;
    return std::nullopt;
}

// The label of a volume's file, as the volume XML's <permissions> gives it.
void readVolume(virStorageVolPtr volume, DiskLabel &disk)
{
    const auto document = XmlElement::parse(takeLibvirtString(virStorageVolGetXMLDesc(volume, 0)));
    if (!document) {
        disk.problem = IsolationProof::tr("libvirt gave no description of the volume: %1")
                               .arg(LibvirtError::last().message);
        return;
    }
    if (const XmlElement *path = document->at(QStringLiteral("target/path")))
        disk.path = path->text;
    if (const XmlElement *label = document->at(QStringLiteral("target/permissions/label")))
        disk.label = SecurityLabel::parse(label->text);
}

// Every disk of the live XML and its file's label, read back through the
// storage pool that holds it.
QList<DiskLabel> readDiskLabels(const Connection &connection, const XmlElement &domain)
{
    QList<DiskLabel> disks;
    for (const XmlElement *element : domain.allAt(QStringLiteral("devices/disk"))) {
        DiskLabel disk;
        if (const XmlElement *target = element->child(QStringLiteral("target")))
            disk.target = target->attribute(QStringLiteral("dev"));
        disk.readOnly = element->child(QStringLiteral("readonly")) != nullptr;
        const XmlElement *source = element->child(QStringLiteral("source"));
        if (source) {
            for (const XmlElement *seclabel : source->childrenNamed(QStringLiteral("seclabel"))) {
                if (seclabel->attribute(QStringLiteral("relabel")) == QLatin1String("no"))
                    disk.relabelOff = true;
            }
        }
        StorageVolumeHandle volume;
        const QString type = element->attribute(QStringLiteral("type"));
        if (source && type == QLatin1String("volume")) {
            disk.pool = source->attribute(QStringLiteral("pool"));
            disk.volume = source->attribute(QStringLiteral("volume"));
            if (auto found = connection.volume(disk.pool, disk.volume))
                volume = std::move(*found);
        } else if (source && type == QLatin1String("file")) {
            disk.path = source->attribute(QStringLiteral("file"));
            volume.reset(
                    virStorageVolLookupByPath(connection.get(), disk.path.toUtf8().constData()));
        }
        if (volume)
            readVolume(volume.get(), disk);
        else if (!source || (disk.path.isEmpty() && disk.volume.isEmpty()))
            disk.problem = IsolationProof::tr("the disk names no file or volume");
        else
            disk.problem = IsolationProof::tr("it is in no storage pool libvirt knows, so its "
                                              "file's label cannot be read back");
        virResetLastError();
        disks.append(disk);
    }
    return disks;
}

TypeEnforcement readTypeEnforcement(const Connection &connection, const SecurityLabel &process,
                                    std::optional<bool> *kernelEnforcing)
{
    const QString selinuxfs = SelinuxPolicy::selinuxfsOf(connection);
    if (selinuxfs.isEmpty()) {
        return SelinuxPolicy::unknown(
                process.type(),
                IsolationProof::tr("The VM runs on another computer (%1): its SELinux policy "
                                   "cannot be read from here.")
                        .arg(QUrl(connection.uri()).host()));
    }
    const auto policy = SelinuxPolicy::load(selinuxfs);
    if (!policy)
        return SelinuxPolicy::unknown(process.type(), policy.error());
    *kernelEnforcing = policy->enforcing();
    return policy->enforcementOf(process.type());
}

} // namespace

std::optional<SecurityLabel> IsolationProof::processLabel() const
{
    if (const auto reportedLabel = reportedOfKind(reported, SecurityLabel::Kind::Selinux))
        return reportedLabel->label;
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("selinux"));
        seclabel && seclabel->label.isSelinux())
        return seclabel->label;
    return std::nullopt;
}

std::optional<SecurityLabel> IsolationProof::imageLabel() const
{
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("selinux"));
        seclabel && seclabel->imageLabel.isSelinux())
        return seclabel->imageLabel;
    return std::nullopt;
}

std::optional<SecurityLabel> IsolationProof::dacLabel() const
{
    if (const auto reportedLabel = reportedOfKind(reported, SecurityLabel::Kind::Dac))
        return reportedLabel->label;
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("dac"));
        seclabel && seclabel->label.kind() == SecurityLabel::Kind::Dac)
        return seclabel->label;
    return std::nullopt;
}

std::optional<SecurityLabel> IsolationProof::dacImageLabel() const
{
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("dac"));
        seclabel && seclabel->imageLabel.kind() == SecurityLabel::Kind::Dac)
        return seclabel->imageLabel;
    return std::nullopt;
}

std::optional<bool> IsolationProof::enforcing() const
{
    // Only the API carries enforcement, and only its SELinux label speaks for SELinux.
    if (const auto reportedLabel = reportedOfKind(reported, SecurityLabel::Kind::Selinux))
        return reportedLabel->enforcing;
    return std::nullopt;
}

QStringList IsolationProof::disagreements() const
{
    QStringList result;
    const XmlSeclabel *selinux = seclabelFor(seclabels, QStringLiteral("selinux"));
    const auto apiSelinux = reportedOfKind(reported, SecurityLabel::Kind::Selinux);
    if (apiSelinux && selinux && selinux->label.kind() != SecurityLabel::Kind::Empty
        && !(apiSelinux->label == selinux->label)) {
        result.append(tr("libvirt's label API reports %1, but the live XML says %2.")
                              .arg(apiSelinux->label.text(), selinux->label.text()));
    }
    if (!apiSelinux && selinux && selinux->label.isSelinux()) {
        QStringList apiTexts;
        for (const ReportedLabel &entry : reported)
            apiTexts.append(entry.label.text());
        result.append(
                tr("The live XML carries the SELinux label %1, but libvirt's label API does "
                   "not report it (it reports: %2; security model: %3).")
                        .arg(selinux->label.text(),
                             apiTexts.isEmpty() ? tr("nothing")
                                                : apiTexts.join(QLatin1String(", ")),
                             hostSecurityModel.isEmpty() ? tr("unknown") : hostSecurityModel));
    }
    if (apiSelinux && !selinux) {
        result.append(
                tr("libvirt's label API reports %1, but the live XML has no SELinux <seclabel>.")
                        .arg(apiSelinux->label.text()));
    }
    const XmlSeclabel *dac = seclabelFor(seclabels, QStringLiteral("dac"));
    const auto apiDac = reportedOfKind(reported, SecurityLabel::Kind::Dac);
    if (apiDac && dac && dac->label.kind() == SecurityLabel::Kind::Dac
        && !(apiDac->label == dac->label)) {
        result.append(tr("libvirt's label API reports the owner %1, but the live XML says %2.")
                              .arg(apiDac->label.text(), dac->label.text()));
    }
    const auto process = processLabel();
    const auto image = imageLabel();
    if (process && image && process->categories() != image->categories()) {
        result.append(tr("The disk's categories (%1) are not the process's (%2).")
                              .arg(image->categoriesText(), process->categoriesText()));
    }
    return result;
}

QStringList IsolationProof::clashingPeers() const
{
    QStringList names;
    for (const PeerLabel &peer : peers) {
        if (peer.clashes)
            names.append(peer.domainName);
    }
    return names;
}

bool IsolationProof::clash(const SecurityLabel &ours, const SecurityLabel &theirs)
{
    return ours.isSelinux() && theirs.isSelinux()
           && (theirs.dominates(ours) || ours.dominates(theirs));
}

QString IsolationProof::categoriesProblem() const
{
    const auto process = processLabel();
    if (!process)
        return tr("QEMU has no SELinux label, so it has no categories.");
    const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("selinux"));
    if (seclabel && seclabel->type != QLatin1String("dynamic"))
        return tr("libvirt did not choose the label: the <seclabel> is “%1”, not dynamic, so "
                  "nothing keeps another VM from being given the same one.")
                .arg(seclabel->type);
    if (seclabel && seclabel->relabel != QLatin1String("yes"))
        return tr("libvirt was told not to relabel the VM's files (relabel “%1”): its disk does "
                  "not carry the VM's categories.")
                .arg(seclabel->relabel.isEmpty() ? tr("not set") : seclabel->relabel);
    const QList<int> categories = process->categories();
    if (process->isRange() || categories.size() != 2) {
        //: %1 is an SELinux level such as s0:c0.c1023
        return tr("The level %1 is not one pair of categories: libvirt gives each VM exactly two.")
                .arg(process->level().isEmpty() ? tr("(none)") : process->level());
    }
    return {};
}

QStringList IsolationProof::diskProblems() const
{
    QStringList problems;
    const auto process = processLabel();
    const auto image = imageLabel();
    int writable = 0;
    for (const DiskLabel &disk : disks) {
        if (disk.readOnly)
            continue;
        ++writable;
        const QString name = disk.volume.isEmpty() ? disk.path : disk.volume;
        if (disk.relabelOff) {
            problems.append(
                    tr("The disk %1 is excluded from relabelling (relabel “no”).").arg(name));
        } else if (!disk.problem.isEmpty()) {
            problems.append(
                    tr("The label of the disk %1 could not be read: %2.").arg(name, disk.problem));
        } else if (!disk.label.isSelinux()) {
            problems.append(tr("The disk %1 has no SELinux label on its file.").arg(name));
        } else if (disk.label.type() != QLatin1String("svirt_image_t") || !process
                   || disk.label.categories() != process->categories()) {
            problems.append(tr("The disk %1 is labelled %2, not svirt_image_t with the VM's "
                               "categories %3.")
                                    .arg(name, disk.label.text(),
                                         process ? process->categoriesText() : tr("(none)")));
        } else if (!image || !(*image == disk.label)) {
            problems.append(
                    tr("The disk %1 is labelled %2, but libvirt's image label is %3.")
                            .arg(name, disk.label.text(), image ? image->text() : tr("not set")));
        }
    }
    if (writable == 0)
        problems.append(tr("The VM has no writable disk whose label could be checked."));
    return problems;
}

IsolationProof::Verdict IsolationProof::verdict() const
{
    const auto process = processLabel();
    if (!process || !process->isConfinedVmType())
        return Verdict::NotConfined;
    const auto enforced = enforcing();
    if (!enforced)
        return Verdict::NotConfined; // no SELinux answer from libvirt: nothing verified
    if (!*enforced || kernelEnforcing == false
        || typeEnforcement.state == TypeEnforcement::State::Permissive)
        return Verdict::Permissive;
    if (!categoriesProblem().isEmpty())
        return Verdict::NotConfined;
    if (typeEnforcement.state != TypeEnforcement::State::Enforced
        || typeEnforcement.type != process->type())
        return Verdict::Unknown;
    return Verdict::Confined;
}

QString IsolationProof::verdictText() const
{
    switch (verdict()) {
    case Verdict::Confined:
        return tr("Confined by SELinux (enforcing)");
    case Verdict::Permissive:
        if (enforcing() == true && kernelEnforcing != false)
            //: %1 is an SELinux type such as svirt_t
            return tr("Not confined: SELinux does not enforce %1").arg(processLabel()->type());
        return tr("Not confined: SELinux is permissive");
    case Verdict::Unknown:
        return tr("Not verified: whether SELinux enforces %1 is unknown")
                .arg(processLabel()->type());
    case Verdict::NotConfined:
        return tr("Not confined by SELinux");
    }
    return {};
}

QString IsolationProof::verdictExplanation() const
{
    const auto process = processLabel();
    switch (verdict()) {
    case Verdict::Confined:
        return tr("QEMU runs as %1 with a pair of categories of its own (%2), and the host's "
                  "policy enforces %1. If the VM took QEMU over, SELinux would still keep it from "
                  "other VMs' disks and from the files in your home directory: of the files on "
                  "disk it may write only those libvirt labelled for this VM. It may read the "
                  "system files every program needs and use the network; the network card's "
                  "filter is what limits where it can connect.")
                .arg(process->type(), process->categoriesText());
    case Verdict::Permissive:
        if (enforcing() == true && kernelEnforcing != false)
            return tr("SELinux is enforcing, but the host's policy makes %1 permissive: it "
                      "records what this VM's QEMU would be forbidden and forbids nothing. Remove "
                      "that exception (sudo semanage permissive -d %1, or remove the module that "
                      "declares it), then restart the VM.")
                    .arg(process->type());
        return tr("The VM has its SELinux label, but SELinux is in permissive mode: it records "
                  "what it would forbid and forbids nothing. Turn enforcing on (sudo setenforce 1, "
                  "and SELINUX=enforcing in /etc/selinux/config), then restart the VM.");
    case Verdict::Unknown:
        return tr("QEMU runs as %1, but whether the host's SELinux policy enforces that type or "
                  "only logs it could not be found out. %2")
                .arg(process->type(), typeEnforcement.reason);
    case Verdict::NotConfined:
        break;
    }
    if (process && !process->isConfinedVmType()) {
        return tr("QEMU runs as %1, which is not libvirt's confined VM type: SELinux does not hold "
                  "it to the VM rules.")
                .arg(process->type());
    }
    if (process && !enforcing()) {
        return tr("The live XML names the SELinux label %1, but libvirt does not report it for "
                  "the running process, so nothing confirms that SELinux enforces it.")
                .arg(process->text());
    }
    if (process)
        return categoriesProblem() + QLatin1Char(' ')
               + tr("Such a label does not keep this VM apart from other VMs.");
    const auto dac = dacLabel();
    return tr("libvirt on this host runs VMs without SELinux (its security driver is “%1”). "
              "QEMU runs as %2: Unix file ownership is all that keeps it from your files, and "
              "every VM runs as the same user, so one VM's QEMU could read another's disk.")
            .arg(hostSecurityModel.isEmpty() ? tr("none") : hostSecurityModel,
                 dac ? dac->text() : tr("an unreported user"));
}

QList<LabelCheck> IsolationProof::labelChecks() const
{
    using Status = LabelCheck::Status;
    QList<LabelCheck> checks;
    const auto process = processLabel();
    if (!process || !process->isConfinedVmType()) {
        checks.append({QStringLiteral("label"), Status::Fail,
                       process ? tr("QEMU runs as %1, not as libvirt's confined VM type.")
                                         .arg(process->type())
                               : tr("libvirt reports no SELinux label for this VM's QEMU.")});
        return checks;
    }
    if (reportedOfKind(reported, SecurityLabel::Kind::Selinux))
        checks.append({QStringLiteral("label"), Status::Pass,
                       tr("QEMU runs as %1, libvirt's confined VM type "
                          "(virDomainGetSecurityLabelList).")
                               .arg(process->type())});
    else
        checks.append({QStringLiteral("label"), Status::Fail,
                       tr("Only the live XML names %1; libvirt's label API does not report it "
                          "for the running process.")
                               .arg(process->text())});

    const auto enforced = enforcing();
    if (!enforced)
        checks.append({QStringLiteral("enforcing"), Status::Fail,
                       tr("libvirt does not report whether SELinux enforces this label.")});
    else if (!*enforced || kernelEnforcing == false)
        checks.append({QStringLiteral("enforcing"), Status::Fail,
                       tr("SELinux is permissive: it records what it would forbid and forbids "
                          "nothing.")});
    else
        checks.append(
                {QStringLiteral("enforcing"), Status::Pass,
                 tr("SELinux is enforcing: libvirt reports it with the running VM's label.")});

    switch (typeEnforcement.state) {
    case TypeEnforcement::State::Enforced:
        checks.append({QStringLiteral("typeEnforced"), Status::Pass, typeEnforcement.reason});
        break;
    case TypeEnforcement::State::Permissive:
        checks.append({QStringLiteral("typeEnforced"), Status::Fail,
                       typeEnforcement.reason + QLatin1Char(' ')
                               + tr("Its denials are logged and allowed.")});
        break;
    case TypeEnforcement::State::Unknown:
        checks.append({QStringLiteral("typeEnforced"), Status::Unknown,
                       typeEnforcement.reason.isEmpty()
                               ? tr("Whether the host's policy enforces %1 was not read.")
                                         .arg(process->type())
                               : typeEnforcement.reason});
        break;
    }

    const QString categories = categoriesProblem();
    checks.append({QStringLiteral("categories"), categories.isEmpty() ? Status::Pass : Status::Fail,
                   categories.isEmpty()
                           ? tr("libvirt gave this VM the category pair %1 when it started.")
                                     .arg(process->categoriesText())
                           : categories});

    const QStringList diskFaults = diskProblems();
    if (diskFaults.isEmpty()) {
        checks.append({QStringLiteral("disk"), Status::Pass,
                       tr("The disk's file carries the VM's own categories (%1), read back from "
                          "its storage volume: no other VM's QEMU may open it.")
                               .arg(process->categoriesText())});
    }
    for (const QString &fault : diskFaults)
        checks.append({QStringLiteral("disk"), Status::Fail, fault});
    for (const DiskLabel &disk : disks) {
        if (disk.readOnly && disk.label.isSelinux())
            checks.append({QStringLiteral("readOnlyDisk"), Status::Info,
                           tr("The installer's ISO is labelled %1: shared and read-only, every "
                              "VM may read such a file and none may write it.")
                                   .arg(disk.label.text())});
    }

    QStringList overlapping;
    QStringList unlabelled;
    for (const PeerLabel &peer : peers) {
        if (peer.clashes)
            (peer.label.isSelinux() ? overlapping : unlabelled).append(peer.domainName);
    }
    if (!overlapping.isEmpty())
        checks.append(
                {QStringLiteral("peers"), Status::Fail,
                 tr("These running VMs' labels overlap this VM's categories %1, so one QEMU "
                    "could open the other's files: %2.")
                         .arg(process->categoriesText(), overlapping.join(QLatin1String(", ")))});
    if (!unlabelled.isEmpty())
        checks.append({QStringLiteral("peers"), Status::Fail,
                       tr("These running VMs have no SELinux label, so SELinux does not keep "
                          "their QEMU from this VM's files: %1.")
                               .arg(unlabelled.join(QLatin1String(", ")))});
    if (overlapping.isEmpty() && unlabelled.isEmpty() && peers.isEmpty())
        checks.append({QStringLiteral("peers"), Status::Pass,
                       tr("No other VM with an SELinux label runs here, so none shares %1.")
                               .arg(process->categoriesText())});
    else if (overlapping.isEmpty() && unlabelled.isEmpty())
        checks.append({QStringLiteral("peers"), Status::Pass,
                       tr("No other running VM's label overlaps %1 (compared with %n other "
                          "running VM(s), both ways).",
                          nullptr, int(peers.size()))
                               .arg(process->categoriesText())});

    for (const QString &disagreement : disagreements())
        checks.append({QStringLiteral("agreement"), Status::Fail,
                       tr("libvirt's answers disagree: %1").arg(disagreement)});
    return checks;
}

bool IsolationProof::holds() const
{
    const QList<LabelCheck> checks = labelChecks();
    return running && verdict() == Verdict::Confined
           && std::none_of(checks.cbegin(), checks.cend(),
                           [](const LabelCheck &check) {
                               return check.status == LabelCheck::Status::Fail
                                      || check.status == LabelCheck::Status::Unknown;
                           })
           && DomainAudit::allPassed(audit);
}

std::optional<SecurityLabel> IsolationProof::selinuxLabelOf(virDomainPtr domain)
{
    return labelOf(domain, seclabelsOf(takeLibvirtString(virDomainGetXMLDesc(domain, 0))));
}

FilterReadback IsolationProof::readFilters(const Connection &connection,
                                           const NetworkChoice &network, const QString &liveXml)
{
    FilterReadback readback;
    if (network.mode == NetworkMode::None)
        return readback;
    QStringList names = NetworkFilters::stockFilters();
    for (const FilterDocument &document : NetworkFilters::documents(network))
        names.append(document.name);
    readback.supported = true;
    for (const QString &name : std::as_const(names)) {
        NetworkFilterHandle filter(
                virNWFilterLookupByName(connection.get(), name.toUtf8().constData()));
        if (!filter) {
            if (LibvirtError::last().code == VIR_ERR_NO_SUPPORT) {
                readback.supported = false;
                break;
            }
            continue;
        }
        readback.documents.insert(name, takeLibvirtString(virNWFilterGetXMLDesc(filter.get(), 0)));
    }
    if (const auto domain = XmlElement::parse(liveXml)) {
        if (const XmlElement *target = domain->at(QStringLiteral("devices/interface/target")))
            readback.portDevice = target->attribute(QStringLiteral("dev"));
    }
    if (readback.supported && !readback.portDevice.isEmpty()) {
        if (virNWFilterBindingPtr binding = virNWFilterBindingLookupByPortDev(
                    connection.get(), readback.portDevice.toUtf8().constData())) {
            readback.bindingXml = takeLibvirtString(virNWFilterBindingGetXMLDesc(binding, 0));
            virNWFilterBindingFree(binding);
        }
    }
    virResetLastError();
    return readback;
}

LibvirtResult<IsolationProof> IsolationProof::read(const Connection &connection,
                                                   const QString &domainName, const VmSpec &chosen)
{
    IsolationProof proof;
    proof.domainName = domainName;
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    proof.running = virDomainIsActive(domain->get()) == 1;

    virSecurityModel model;
    if (virNodeGetSecurityModel(connection.get(), &model) == 0) {
        proof.hostSecurityModel = QString::fromUtf8(model.model);
        proof.hostSecurityDoi = QString::fromUtf8(model.doi);
    }
    virResetLastError();

    char *xml = virDomainGetXMLDesc(domain->get(), 0);
    if (!xml)
        return lastLibvirtError();
    proof.liveXml = takeLibvirtString(xml);
    proof.seclabels = seclabelsOf(proof.liveXml);
    if (proof.running)
        proof.reported = reportedLabels(domain->get(), &proof.labelListSupported);
    if (const auto document = XmlElement::parse(proof.liveXml))
        proof.disks = readDiskLabels(connection, *document);
    if (const auto process = proof.processLabel())
        proof.typeEnforcement = readTypeEnforcement(connection, *process, &proof.kernelEnforcing);

    if (chosen.network.mode == NetworkMode::Nat) {
        if (const auto network = connection.network(DomainXml::networkName(chosen.network)))
            proof.liveNetworkXml = takeLibvirtString(virNetworkGetXMLDesc(network->get(), 0));
        virResetLastError();
    }
    proof.filters = readFilters(connection, chosen.network, proof.liveXml);
    // The chosen host devices as the node devices say what they are, so the
    // audit compares each <hostdev> by identity.
    QList<HostDevice> hostDevices;
    for (const QString &name : chosen.exposure.hostDevices) {
        if (const auto device = describeHostDevice(connection, name))
            hostDevices.append(*device);
    }
    virResetLastError();
    proof.audit = DomainAudit::run(chosen, proof.liveXml, proof.liveNetworkXml, proof.filters,
                                   hostDevices);

    const auto ours = proof.processLabel();
    virDomainPtr *domains = nullptr;
    const int count
            = virConnectListAllDomains(connection.get(), &domains, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    for (int i = 0; i < count; ++i) {
        const DomainHandle other(domains[i]);
        const QString name = QString::fromUtf8(virDomainGetName(other.get()));
        if (name == domainName)
            continue;
        const QList<XmlSeclabel> theirs
                = seclabelsOf(takeLibvirtString(virDomainGetXMLDesc(other.get(), 0)));
        if (const auto label = labelOf(other.get(), theirs)) {
            PeerLabel peer;
            peer.domainName = name;
            peer.label = *label;
            if (const XmlSeclabel *seclabel = seclabelFor(theirs, QStringLiteral("selinux")))
                peer.imageLabel = seclabel->imageLabel;
            peer.clashes = ours && (clash(*ours, peer.label) || clash(*ours, peer.imageLabel));
            proof.peers.append(peer);
        } else if (ours && ours->isSelinux()) {
            // Running beside a labelled VM without a label of its own
            // (<seclabel type='none'>): SELinux keeps its QEMU from nothing.
            PeerLabel peer;
            peer.domainName = name;
            peer.clashes = true;
            proof.peers.append(peer);
        }
    }
    free(domains);
    return proof;
}

} // namespace Airlock
