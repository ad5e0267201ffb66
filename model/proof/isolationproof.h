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
#include "proof/selinuxpolicy.h"
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

// Another running domain and its SELinux labels, for the uniqueness check.
struct PeerLabel
{
    QString domainName;
    SecurityLabel label;
    // Its QEMU could open this VM's disk, or this VM's QEMU its disk: one
    // of its labels dominates this VM's or is dominated by it.
    bool clashes = false;
    SecurityLabel imageLabel; // its live XML's <imagelabel>, when it has one
};

// One disk of the running VM and the SELinux label its file really carries,
// read back through libvirt's storage volume (whose XML libvirt refreshes
// from the file's xattr when asked), not the label libvirt meant to give it.
struct DiskLabel
{
    QString target; // "vda", "sda"
    bool readOnly = false; // the installer's ISO
    QString pool;
    QString volume;
    QString path;
    SecurityLabel label; // empty when the volume reports none
    bool relabelOff = false; // the disk's own <seclabel relabel='no'>
    QString problem; // translated: why the volume could not be read
};

// One fact of the label proof and what it rests on, for the Launch page,
// the command line and `--verify`.
struct LabelCheck
{
    enum class Status { Pass, Fail, Unknown, Info };
    QString id; // "label", "enforcing", "typeEnforced", "categories", "disk", "peers", "agreement"
    Status status = Status::Unknown;
    QString text; // a translated sentence: what holds, or what is wrong
};

// Everything the Launch page shows as verified, read from libvirt: never
// assumed from what Airlock asked for.
struct IsolationProof
{
    Q_DECLARE_TR_FUNCTIONS(IsolationProof)
public:
    enum class Verdict {
        Confined, // SELinux enforcing, a confined VM type the policy enforces, a pair of its own
        Permissive, // labelled, but SELinux only logs: globally, or for this type
        Unknown, // labelled, but whether the host's policy enforces the type cannot be read
        NotConfined, // no confined SELinux label: DAC (Unix ownership) only, or no pair
    };

    QString domainName;
    bool running = false;
    QString hostSecurityModel; // virNodeGetSecurityModel: "selinux", "none", …
    QString hostSecurityDoi;
    bool labelListSupported = true; // false: only virDomainGetSecurityLabel answered
    QList<ReportedLabel> reported;
    QList<XmlSeclabel> seclabels;
    QList<PeerLabel> peers;
    // What the host's loaded policy says about the process label's type.
    TypeEnforcement typeEnforcement;
    // The global mode from the host's selinuxfs, where it could be read.
    std::optional<bool> kernelEnforcing;
    QList<DiskLabel> disks;
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
    // The categories are exactly one pair, as libvirt's dynamic labelling
    // hands out (two different categories, not a range), in a dynamic,
    // relabelled <seclabel>. Empty when they are; else why not.
    QString categoriesProblem() const;
    // The VM's writable disks as their files are labelled: each carries the
    // process's categories and svirt_image_t. Empty when they do.
    QStringList diskProblems() const;
    // Every fact the verdict rests on, each with its status; the proof holds
    // only when none fails or is unknown.
    QList<LabelCheck> labelChecks() const;

    Verdict verdict() const;
    QString verdictText() const; // "Confined by SELinux (enforcing)", …
    QString verdictExplanation() const; // why, in a sentence or two

    // Running, confined, unique and every audit check green: the whole proof.
    bool holds() const;

    // Reads it all (blocking: call on a worker). The host's SELinux policy
    // is read from SelinuxPolicy::selinuxfsOf(connection).
    static LibvirtResult<IsolationProof> read(const Connection &connection,
                                              const QString &domainName, const VmSpec &chosen);
    // Whether one label's categories clash with another's, in either
    // direction (either dominates the other).
    static bool clash(const SecurityLabel &ours, const SecurityLabel &theirs);
    // Airlock's filters for the choice and libvirt's they are built on, and
    // the binding on the port of the live XML's network card (blocking).
    static FilterReadback readFilters(const Connection &connection, const NetworkChoice &network,
                                      const QString &liveXml);
    // The SELinux label of a domain: the API's when it gives one, else the
    // live XML's (the test driver's labels live only there).
    static std::optional<SecurityLabel> selinuxLabelOf(virDomainPtr domain);
};

} // namespace Airlock
