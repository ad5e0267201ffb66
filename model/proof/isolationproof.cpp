// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolationproof.h"

#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "hypervisor/hostdevices.h"
#include "hypervisor/xmlelement.h"

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

IsolationProof::Verdict IsolationProof::verdict() const
{
    const auto process = processLabel();
    if (!process || !process->isConfinedVmType())
        return Verdict::NotConfined;
    if (process->categories().isEmpty() || process->categories().size() >= 1024)
        return Verdict::NotConfined;
    const auto enforced = enforcing();
    if (enforced && !*enforced)
        return Verdict::Permissive;
    if (!enforced)
        return Verdict::NotConfined; // no SELinux answer from libvirt: nothing verified
    return Verdict::Confined;
}

QString IsolationProof::verdictText() const
{
    switch (verdict()) {
    case Verdict::Confined:
        return tr("Confined by SELinux (enforcing)");
    case Verdict::Permissive:
        return tr("Not confined: SELinux is permissive");
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
        return tr("QEMU runs as %1 with categories of its own (%2). Even if the VM took QEMU "
                  "over, SELinux would let it open only this VM's disk and ISO.")
                .arg(process->type(), process->categoriesText());
    case Verdict::Permissive:
        return tr("The VM has its SELinux label, but SELinux is in permissive mode: it records "
                  "what it would forbid and forbids nothing. Turn enforcing on (sudo setenforce 1, "
                  "and SELINUX=enforcing in /etc/selinux/config), then restart the VM.");
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
    if (process) {
        return tr("The label %1 gives this VM no categories of its own: it is not kept apart from "
                  "other VMs.")
                .arg(process->text());
    }
    const auto dac = dacLabel();
    return tr("libvirt on this host runs VMs without SELinux (its security driver is “%1”). "
              "QEMU runs as %2: Unix file ownership is all that keeps it from your files, and "
              "every VM runs as the same user, so one VM's QEMU could read another's disk.")
            .arg(hostSecurityModel.isEmpty() ? tr("none") : hostSecurityModel,
                 dac ? dac->text() : tr("an unreported user"));
}

bool IsolationProof::holds() const
{
    return running && verdict() == Verdict::Confined && disagreements().isEmpty() && isUnique()
           && DomainAudit::allPassed(audit);
}

std::optional<SecurityLabel> IsolationProof::selinuxLabelOf(virDomainPtr domain)
{
    bool listSupported = false;
    if (const auto reportedLabel
        = reportedOfKind(reportedLabels(domain, &listSupported), SecurityLabel::Kind::Selinux))
        return reportedLabel->label;
    const QList<XmlSeclabel> seclabels
            = seclabelsOf(takeLibvirtString(virDomainGetXMLDesc(domain, 0)));
    if (const XmlSeclabel *seclabel = seclabelFor(seclabels, QStringLiteral("selinux"));
        seclabel && seclabel->label.isSelinux())
        return seclabel->label;
    return std::nullopt;
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
        if (const auto label = selinuxLabelOf(other.get())) {
            const bool clashes = ours && ours->isSelinux() && label->dominates(*ours);
            proof.peers.append({name, *label, clashes});
        }
    }
    free(domains);
    return proof;
}

} // namespace Airlock
