// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofbaseline.h"

#include "domainxml/vmrecord.h"
#include "exposure/exposure.h"
#include "proof/domainaudit.h"
#include "hypervisor/xmlelement.h"

namespace Airlock {

namespace {

// Maximum isolation, with the VM's own name, size and firmware.
VmSpec baselineFor(const XmlElement &domain)
{
    VmSpec spec;
    ExposureCatalogue::applyPreset(spec, Preset::MaximumIsolation);
    if (const XmlElement *name = domain.child(QStringLiteral("name")))
        spec.name = name->text;
    if (const XmlElement *vcpu = domain.child(QStringLiteral("vcpu")))
        spec.vcpus = vcpu->text.toInt();
    if (domain.child(QStringLiteral("memory")))
        spec.memoryMiB = DomainAudit::memoryKiBOf(domain) / 1024;
    const DomainAudit::Firmware firmware = DomainAudit::firmwareOf(domain);
    spec.firmware = firmware.uefi ? Firmware::Uefi : Firmware::Bios;
    spec.secureBoot = firmware.secureBoot;
    return spec;
}

} // namespace

std::expected<ProofBaseline, QString> ProofBaseline::fromDomainXml(const QString &domainXml)
{
    const auto domain = XmlElement::parse(domainXml);
    if (!domain || domain->name != QLatin1String("domain"))
        return std::unexpected(tr("libvirt's description of the VM could not be read."));
    ProofBaseline baseline;
    const auto recorded = VmRecord::fromDomain(*domain);
    if (!recorded) {
        baseline.spec = baselineFor(*domain);
        return baseline;
    }
    baseline.madeByAirlock = true;
    baseline.release = recorded->version;
    const auto spec = VmSpec::fromJson(recorded->specJson.toUtf8());
    if (!spec) {
        QStringList problems;
        for (const SpecProblem &problem : spec.error())
            problems.append(problem.text());
        //: %1 the Airlock version that made the VM, %2 what is wrong with the spec it recorded
        return std::unexpected(tr("The VM was made by Airlock %1, but the choices it recorded "
                                  "cannot be read: %2")
                                       .arg(baseline.release.isEmpty() ? tr("(unknown version)")
                                                                       : baseline.release,
                                            problems.join(QLatin1String("; "))));
    }
    baseline.spec = *spec;
    return baseline;
}

LibvirtResult<ProofBaseline> ProofBaseline::of(const Connection &connection,
                                               const QString &domainName)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    // The persistent definition holds the metadata as it was written; the
    // live one may lack it on older libvirt.
    char *xml = virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE);
    if (!xml)
        return lastLibvirtError();
    auto baseline = fromDomainXml(takeLibvirtString(xml));
    if (!baseline)
        return std::unexpected(LibvirtError::fromMessage(baseline.error()));
    return *baseline;
}

} // namespace Airlock
