// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"

#include "gobjecthandles.h"

#include <QXmlStreamReader>

namespace Airlock {

bool HostCapabilities::offersSecurityModel(const QString &model) const
{
    return std::any_of(
            securityModels.cbegin(), securityModels.cend(),
            [&model](const SecurityModel &candidate) { return candidate.model == model; });
}

std::optional<HostCapabilities> HostCapabilities::parse(const QString &xml, QString *errorMessage)
{
    GError *rawError = nullptr;
    GObjectHandle<GVirConfigCapabilities> capabilities(
            gvir_config_capabilities_new_from_xml(xml.toUtf8().constData(), &rawError));
    const GErrorHandle error(rawError);
    if (!capabilities) {
        if (errorMessage)
            *errorMessage = error ? QString::fromUtf8(error->message) : QString();
        return std::nullopt;
    }

    HostCapabilities result;
    GObjectHandle<GVirConfigCapabilitiesHost> host(
            gvir_config_capabilities_get_host(capabilities.get()));
    if (host) {
        GObjectHandle<GVirConfigCapabilitiesCpu> cpu(
                gvir_config_capabilities_host_get_cpu(host.get()));
        if (cpu)
            result.hostArch = QString::fromUtf8(gvir_config_capabilities_cpu_get_arch(cpu.get()));
        const GObjectList models(gvir_config_capabilities_host_get_secmodels(host.get()));
        for (GList *item = models.get(); item; item = item->next) {
            auto *model = GVIR_CONFIG_CAPABILITIES_HOST_SECMODEL(item->data);
            result.securityModels.append(
                    {QString::fromUtf8(gvir_config_capabilities_host_secmodel_get_model(model)),
                     QString::fromUtf8(gvir_config_capabilities_host_secmodel_get_doi(model))});
        }
    }

    const GObjectList guests(gvir_config_capabilities_get_guests(capabilities.get()));
    for (GList *item = guests.get(); item; item = item->next) {
        auto *guest = GVIR_CONFIG_CAPABILITIES_GUEST(item->data);
        if (gvir_config_capabilities_guest_get_os_type(guest) != GVIR_CONFIG_DOMAIN_OS_TYPE_HVM)
            continue;
        GObjectHandle<GVirConfigCapabilitiesGuestArch> arch(
                gvir_config_capabilities_guest_get_arch(guest));
        if (!arch
            || QString::fromUtf8(gvir_config_capabilities_guest_arch_get_name(arch.get()))
                       != result.hostArch) {
            continue;
        }
        const GObjectList domains(gvir_config_capabilities_guest_arch_get_domains(arch.get()));
        for (GList *domainItem = domains.get(); domainItem; domainItem = domainItem->next) {
            auto *domain = GVIR_CONFIG_CAPABILITIES_GUEST_DOMAIN(domainItem->data);
            const GVirConfigDomainVirtType type
                    = gvir_config_capabilities_guest_domain_get_virt_type(domain);
            GEnumClass *enumClass
                    = G_ENUM_CLASS(g_type_class_ref(GVIR_CONFIG_TYPE_DOMAIN_VIRT_TYPE));
            const GEnumValue *value = g_enum_get_value(enumClass, type);
            if (value) {
                const QString name = QString::fromUtf8(value->value_nick);
                if (!result.virtTypes.contains(name))
                    result.virtTypes.append(name);
            }
            g_type_class_unref(enumClass);
        }
    }
    return result;
}

std::optional<DomainCapabilities> DomainCapabilities::parse(const QString &xml,
                                                            QString *errorMessage)
{
    // gconfig's domain capabilities know firmware but not CPU modes; the
    // document is small and flat enough to read directly.
    DomainCapabilities result;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString enumName;
    QString cpuMode;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString element = reader.name().toString();
            const auto attributes = reader.attributes();
            if (element == QLatin1String("enum"))
                enumName = attributes.value(QLatin1String("name")).toString();
            if (element == QLatin1String("mode") && path.endsWith(QLatin1String("cpu"))) {
                cpuMode = attributes.value(QLatin1String("name")).toString();
                const bool supported
                        = attributes.value(QLatin1String("supported")) == QLatin1String("yes");
                if (cpuMode == QLatin1String("host-passthrough"))
                    result.hostPassthroughSupported = supported;
                else if (cpuMode == QLatin1String("maximum"))
                    result.maximumSupported = supported;
                else if (cpuMode == QLatin1String("host-model"))
                    result.hostModelSupported = supported;
            }
            if (element == QLatin1String("value") && enumName == QLatin1String("firmware")
                && path.size() >= 2 && path.at(path.size() - 2) == QLatin1String("os")) {
                result.firmwares.append(reader.readElementText());
                continue; // readElementText consumed the end element
            }
            path.append(element);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (reader.name() == QLatin1String("enum"))
                enumName.clear();
            if (!path.isEmpty())
                path.removeLast();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (errorMessage)
            *errorMessage = reader.errorString();
        return std::nullopt;
    }
    return result;
}

} // namespace Airlock
