// SPDX-License-Identifier: GPL-3.0-or-later
// The spec JSON loader, and the domain XML written from whatever validates.
// Invariants: a spec that loads re-serialises and re-loads to an equal spec;
// every problem names a key and says something; and the XML of a valid spec
// parses, has exactly one <domain>, and has the same elements and attributes
// as the XML of the same choices with harmless strings: a value can change
// only text and attribute values, never the structure (no injected XML).
#include "domainxml/domainxml.h"
#include "fuzzcheck.h"
#include "spec/vmspec.h"

#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdint>

using namespace Airlock;

namespace {

QString problemsText(const SpecProblems &problems)
{
    QStringList lines;
    for (const SpecProblem &problem : problems)
        lines.append(problem.text());
    return lines.join(QLatin1String("; "));
}

void checkProblems(const SpecProblems &problems)
{
    for (const SpecProblem &problem : problems) {
        FUZZ_CHECK(!problem.key.isEmpty(), problem.text());
        // A key is printed on the terminal: nothing in it may steer the terminal.
        FUZZ_CHECK(std::none_of(problem.key.cbegin(), problem.key.cend(),
                                [](QChar c) { return c.category() == QChar::Other_Control; }),
                   problem.text());
        FUZZ_CHECK(!problem.message.isEmpty(), problem.text());
    }
}

// The keys validate() may name: the JSON contract's, nothing invented.
void checkValidationKeys(const SpecProblems &problems)
{
    static const QStringList keys {
            QStringLiteral("name"),
            QStringLiteral("vcpus"),
            QStringLiteral("memoryMiB"),
            QStringLiteral("diskGiB"),
            QStringLiteral("secureBoot"),
            QStringLiteral("accelerator"),
            QStringLiteral("cpuMode"),
            QStringLiteral("iso"),
            QStringLiteral("iso.pool"),
            QStringLiteral("iso.volume"),
            QStringLiteral("storagePool"),
            QStringLiteral("network.bridge"),
            QStringLiteral("network.ipv6"),
            QStringLiteral("exposure.microphone"),
            QStringLiteral("exposure.sharedFolder.path"),
    };
    static const QRegularExpression device(QStringLiteral("^exposure\\.hostDevices\\[\\d+\\]$"));
    checkProblems(problems);
    for (const SpecProblem &problem : problems)
        FUZZ_CHECK(keys.contains(problem.key) || device.match(problem.key).hasMatch(),
                   problem.text());
}

// The same choices with every free-form string replaced by a plain one.
VmSpec withPlainStrings(VmSpec spec)
{
    spec.name = QStringLiteral("nixos");
    if (spec.iso.isVolume())
        spec.iso = IsoSource::poolVolume(QStringLiteral("pool"), QStringLiteral("volume"));
    else if (!spec.iso.path.isEmpty())
        spec.iso = IsoSource::file(QStringLiteral("/iso"));
    spec.storagePool = QStringLiteral("default");
    if (!spec.network.bridge.isEmpty())
        spec.network.bridge = QStringLiteral("br0");
    if (spec.exposure.sharedFolder)
        spec.exposure.sharedFolder->path = QStringLiteral("/share");
    return spec;
}

struct ParsedXml
{
    QStringList structure; // "<name @attr…", "#text", ">" in document order
    int domains = 0;
    QString name;
    QString metadataSpec;
    QStringList sourceAttributes; // every attribute of every <source>, "name=value"
};

ParsedXml parseXml(const QString &xml)
{
    ParsedXml parsed;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    const auto flushText = [&] {
        // Text split into pieces (a CDATA section holding "]]>") is one node.
        if (!text.trimmed().isEmpty()) {
            parsed.structure.append(QStringLiteral("#text"));
            if (path.endsWith(QStringLiteral("name")) && path.size() == 2)
                parsed.name = text;
            if (path.endsWith(QStringLiteral("airlock:spec")))
                parsed.metadataSpec = text;
        }
        text.clear();
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            flushText();
            const QString name = reader.qualifiedName().toString();
            if (name == QLatin1String("domain"))
                ++parsed.domains;
            QString element = QLatin1Char('<') + name;
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                element += QLatin1String(" @") + attribute.qualifiedName();
                if (name == QLatin1String("source"))
                    parsed.sourceAttributes.append(attribute.qualifiedName() + QLatin1Char('=')
                                                   + attribute.value());
            }
            parsed.structure.append(element);
            path.append(name);
            break;
        }
        case QXmlStreamReader::EndElement:
            flushText();
            parsed.structure.append(QStringLiteral(">"));
            path.removeLast();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        default:
            break;
        }
    }
    FUZZ_CHECK(!reader.hasError(), QStringLiteral("%1 at line %2 in\n%3")
                                           .arg(reader.errorString())
                                           .arg(reader.lineNumber())
                                           .arg(xml));
    return parsed;
}

void checkDomainXml(const VmSpec &spec, const DomainTarget &target,
                    DomainXml::Definition definition)
{
    const auto xml = DomainXml::domain(spec, target, definition);
    if (!xml) {
        // Only a host device the target cannot describe stops the writer.
        checkValidationKeys(xml.error());
        for (const SpecProblem &problem : xml.error())
            FUZZ_CHECK(problem.key.startsWith(QLatin1String("exposure.hostDevices[")),
                       problem.text());
        return;
    }
    const ParsedXml parsed = parseXml(*xml);
    FUZZ_CHECK(parsed.domains == 1, *xml);
    FUZZ_CHECK(parsed.structure.value(0).startsWith(QLatin1String("<domain ")), *xml);
    FUZZ_CHECK(parsed.name == spec.name, parsed.name);

    // The metadata carries the spec itself; reading it back gives the same VM.
    const auto fromMetadata = VmSpec::fromJson(parsed.metadataSpec.toUtf8());
    FUZZ_CHECK(fromMetadata.has_value(), parsed.metadataSpec);
    FUZZ_CHECK(*fromMetadata == spec, parsed.metadataSpec);

    // Strings the user chose arrive intact where libvirt reads them.
    FUZZ_CHECK(parsed.sourceAttributes.contains(QLatin1String("pool=") + spec.storagePool),
               parsed.sourceAttributes.join(QLatin1Char('\n')));
    // Only the install-time definition holds the ISO; the persistent one's
    // drive is empty.
    const bool installing = definition == DomainXml::Definition::Install;
    if (!spec.iso.isVolume() && !spec.iso.path.isEmpty())
        FUZZ_CHECK(parsed.sourceAttributes.contains(QLatin1String("file=") + spec.iso.path)
                           == installing,
                   parsed.sourceAttributes.join(QLatin1Char('\n')));
    if (spec.exposure.sharedFolder)
        FUZZ_CHECK(parsed.sourceAttributes.contains(QLatin1String("dir=")
                                                    + spec.exposure.sharedFolder->path),
                   parsed.sourceAttributes.join(QLatin1Char('\n')));
    if (spec.network.mode == NetworkMode::Bridge)
        FUZZ_CHECK(parsed.sourceAttributes.contains(QLatin1String("bridge=") + spec.network.bridge),
                   parsed.sourceAttributes.join(QLatin1Char('\n')));

    const auto plain = DomainXml::domain(withPlainStrings(spec), target, definition);
    FUZZ_CHECK(plain.has_value(), problemsText(plain.error()));
    const QStringList expected = parseXml(*plain).structure;
    FUZZ_CHECK(parsed.structure == expected, QStringLiteral("structure differs:\n%1\nexpected:\n%2")
                                                     .arg(parsed.structure.join(QLatin1Char('\n')),
                                                          expected.join(QLatin1Char('\n'))));
}

DomainTarget bareTarget()
{
    DomainTarget target;
    target.selinux = false;
    target.kvm = false;
    return target;
}

DomainTarget targetWithWebcam()
{
    DomainTarget target;
    HostDevice webcam;
    webcam.name = QStringLiteral("usb_1_5");
    webcam.bus = HostDevice::Bus::Usb;
    webcam.kind = HostDevice::Kind::Camera;
    webcam.vendorId = QStringLiteral("0x046d");
    webcam.productId = QStringLiteral("0x0825");
    target.hostDevices.append(webcam);
    return target;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto spec = VmSpec::fromJson(Fuzz::bytes(data, size));
    if (!spec) {
        FUZZ_CHECK(!spec.error().isEmpty(), QString());
        checkProblems(spec.error());
        return 0;
    }

    // Written out and read back, the spec is the same spec.
    const QByteArray json = spec->toJsonBytes();
    const auto reread = VmSpec::fromJson(json);
    FUZZ_CHECK(reread.has_value(),
               problemsText(reread.error()) + QLatin1Char('\n') + QString::fromUtf8(json));
    FUZZ_CHECK(*reread == *spec, QString::fromUtf8(json));
    const auto fromObject = VmSpec::fromJsonObject(spec->toJson());
    FUZZ_CHECK(fromObject.has_value() && *fromObject == *spec, QString::fromUtf8(json));

    const SpecProblems problems = spec->validate();
    checkValidationKeys(problems);
    HostLimits smallHost;
    smallHost.threads = 4;
    smallHost.memoryMiB = 8192;
    smallHost.kvmAvailable = false;
    const SpecProblems onSmallHost = spec->validate(smallHost);
    checkValidationKeys(onSmallHost);
    // Knowing the host only adds problems: a spec the host cannot run is
    // never one that breaks fewer rules.
    for (const SpecProblem &problem : problems) {
        FUZZ_CHECK(std::any_of(onSmallHost.cbegin(), onSmallHost.cend(),
                               [&problem](const SpecProblem &p) { return p.key == problem.key; }),
                   problem.text());
    }

    if (problems.isEmpty()) {
        for (const auto definition :
             {DomainXml::Definition::Persistent, DomainXml::Definition::Install}) {
            checkDomainXml(*spec, DomainTarget(), definition);
            checkDomainXml(*spec, bareTarget(), definition);
            checkDomainXml(*spec, targetWithWebcam(), definition);
        }
    }
    return 0;
}
