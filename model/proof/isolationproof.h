// SPDX-License-Identifier: GPL-3.0-or-later
// model/proof/: the proof of isolation, read back from the running VM. Its
// sVirt label explained part by part, its categories against every other
// VM's, the audit of its live XML against the spec, and the NixOS hardening
// snippet. Uses the spec, the XML writer and the hypervisor; assumes nothing
// it cannot read.
#pragma once

#include "hypervisor/connection.h"
#include "proof/domainaudit.h"
#include "proof/securitylabel.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// A label as virDomainGetSecurityLabelList returns it.
struct ReportedLabel
{
    SecurityLabel label;
    bool enforcing = false;
};

// A <seclabel> of the live domain XML.
struct XmlSeclabel
{
    QString model; // "selinux", "dac"
    QString type; // "dynamic", "static", "none"
    QString relabel;
    SecurityLabel label;
    SecurityLabel imageLabel;
};

// Another running domain and its SELinux label, for the uniqueness check.
struct PeerLabel
{
    QString domainName;
    SecurityLabel label;
    bool clashes = false; // its QEMU could open this VM's disk
};

// Everything the Launch page shows as verified, read from libvirt: never
// assumed from what Airlock asked for.
struct IsolationProof
{
    Q_DECLARE_TR_FUNCTIONS(IsolationProof)
public:
    enum class Verdict {
        Confined, // SELinux enforcing, a confined VM type, categories of its own
        Permissive, // labelled, but SELinux only logs
        NotConfined, // no SELinux label: DAC (Unix ownership) only
    };

    QString domainName;
    bool running = false;
    QString hostSecurityModel; // virNodeGetSecurityModel: "selinux", "none", …
    QString hostSecurityDoi;
    bool labelListSupported = true; // false: only virDomainGetSecurityLabel answered
    QList<ReportedLabel> reported;
    QList<XmlSeclabel> seclabels;
    QList<PeerLabel> peers;
    QList<AuditCheck> audit;
    QString liveXml;
    QString liveNetworkXml;
    FilterReadback filters;

    // The SELinux process label: from libvirt's label API, else the live XML.
    std::optional<SecurityLabel> processLabel() const;
    std::optional<SecurityLabel> imageLabel() const;
    std::optional<SecurityLabel> dacLabel() const;
    std::optional<SecurityLabel> dacImageLabel() const;
    // Whether SELinux enforces, as libvirt reports it with the label.
    std::optional<bool> enforcing() const;

    // Where libvirt's answers disagree (API against live XML, process against
    // image categories), one sentence each. Empty when they agree.
    QStringList disagreements() const;
    QStringList clashingPeers() const;
    bool isUnique() const { return clashingPeers().isEmpty(); }

    Verdict verdict() const;
    QString verdictText() const; // "Confined by SELinux (enforcing)", …
    QString verdictExplanation() const; // why, in a sentence or two

    // Running, confined, unique and every audit check green: the whole proof.
    bool holds() const;

    // Reads it all (blocking: call on a worker).
    static LibvirtResult<IsolationProof> read(const Connection &connection,
                                              const QString &domainName, const VmSpec &chosen);
    // Airlock's filters for the choice and libvirt's they are built on, and
    // the binding on the port of the live XML's network card (blocking).
    static FilterReadback readFilters(const Connection &connection, const NetworkChoice &network,
                                      const QString &liveXml);
    // The SELinux label of a domain: the API's when it gives one, else the
    // live XML's (the test driver's labels live only there).
    static std::optional<SecurityLabel> selinuxLabelOf(virDomainPtr domain);
};

} // namespace Airlock
