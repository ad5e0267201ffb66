// SPDX-License-Identifier: GPL-3.0-or-later
#include "fwupd.h"

// GLib headers need Qt's keywords off (QT_NO_KEYWORDS is set for every target).
#include <gio/gio.h>

#include <memory>

namespace Airlock {

namespace {

// fwupd's FwupdSecurityAttrResult values that answer the Secure Boot question.
constexpr quint32 s_resultEnabled = 1;
constexpr quint32 s_resultNotEnabled = 2;

struct VariantDeleter
{
    void operator()(GVariant *variant) const { g_variant_unref(variant); }
};
using VariantHandle = std::unique_ptr<GVariant, VariantDeleter>;

struct ConnectionDeleter
{
    void operator()(GDBusConnection *connection) const
    {
        g_dbus_connection_close_sync(connection, nullptr, nullptr);
        g_object_unref(connection);
    }
};
using BusHandle = std::unique_ptr<GDBusConnection, ConnectionDeleter>;

struct ErrorDeleter
{
    void operator()(GError *error) const { g_error_free(error); }
};
using ErrorHandle = std::unique_ptr<GError, ErrorDeleter>;

QString errorText(GError *error)
{
    return error ? QString::fromUtf8(error->message) : QString();
}

QVariantMap toMap(GVariant *dictionary)
{
    QVariantMap map;
    GVariantIter iter;
    g_variant_iter_init(&iter, dictionary);
    const gchar *key = nullptr;
    GVariant *rawValue = nullptr;
    while (g_variant_iter_next(&iter, "{&sv}", &key, &rawValue)) {
        const VariantHandle value(rawValue);
        if (g_variant_is_of_type(value.get(), G_VARIANT_TYPE_STRING))
            map.insert(QString::fromUtf8(key),
                       QString::fromUtf8(g_variant_get_string(value.get(), nullptr)));
        else if (g_variant_is_of_type(value.get(), G_VARIANT_TYPE_UINT32))
            map.insert(QString::fromUtf8(key), g_variant_get_uint32(value.get()));
        else if (g_variant_is_of_type(value.get(), G_VARIANT_TYPE_UINT64))
            map.insert(QString::fromUtf8(key),
                       QVariant::fromValue(quint64(g_variant_get_uint64(value.get()))));
    }
    return map;
}

} // namespace

FwupdSecureBoot FwupdSecureBoot::fromAttributes(const QList<QVariantMap> &attributes)
{
    for (const QVariantMap &attribute : attributes) {
        if (attribute.value(QStringLiteral("AppstreamId")).toString()
            != QLatin1String(attributeId)) {
            continue;
        }
        bool ok = false;
        const quint32 result = attribute.value(QStringLiteral("HsiResult")).toUInt(&ok);
        const QString evidence = QStringLiteral("%1: HsiResult %2")
                                         .arg(QLatin1String(attributeId),
                                              ok ? QString::number(result) : QStringLiteral("?"));
        if (ok && result == s_resultEnabled)
            return {State::On, evidence};
        if (ok && result == s_resultNotEnabled)
            return {State::Off, evidence};
        return {State::Unknown, evidence};
    }
    return {State::Unknown, tr("fwupd does not report %1").arg(QLatin1String(attributeId))};
}

FwupdSecureBoot FwupdSecureBoot::query(std::chrono::milliseconds timeout)
{
    GError *rawError = nullptr;
    // A private connection: the shared one from g_bus_get() exits the whole
    // process when the bus goes away.
    const std::unique_ptr<gchar, decltype(&g_free)> address(
            g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SYSTEM, nullptr, &rawError), &g_free);
    if (!address) {
        const ErrorHandle error(rawError);
        return {State::Unreachable,
                tr("The system D-Bus is not reachable: %1").arg(errorText(error.get()))};
    }
    BusHandle bus(g_dbus_connection_new_for_address_sync(
            address.get(),
            GDBusConnectionFlags(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                 | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
            nullptr, nullptr, &rawError));
    if (!bus) {
        const ErrorHandle error(rawError);
        return {State::Unreachable,
                tr("The system D-Bus is not reachable: %1").arg(errorText(error.get()))};
    }
    const VariantHandle reply(g_dbus_connection_call_sync(
            bus.get(), "org.freedesktop.fwupd", "/", "org.freedesktop.fwupd",
            "GetHostSecurityAttrs", nullptr, G_VARIANT_TYPE("(aa{sv})"), G_DBUS_CALL_FLAGS_NONE,
            int(timeout.count()), nullptr, &rawError));
    if (!reply) {
        const ErrorHandle error(rawError);
        return {State::Unreachable, tr("fwupd did not answer: %1").arg(errorText(error.get()))};
    }

    QList<QVariantMap> attributes;
    const VariantHandle array(g_variant_get_child_value(reply.get(), 0));
    const gsize count = g_variant_n_children(array.get());
    for (gsize i = 0; i < count; ++i) {
        const VariantHandle dictionary(g_variant_get_child_value(array.get(), i));
        attributes.append(toMap(dictionary.get()));
    }
    return fromAttributes(attributes);
}

} // namespace Airlock
