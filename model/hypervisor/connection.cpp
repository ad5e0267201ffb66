// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <future>
#include <thread>

namespace Airlock {

namespace {

// polkit asks through the desktop's agent ("external" credentials); nothing
// else is answered, so libvirt never blocks waiting on a terminal prompt.
int answerCredentials(virConnectCredentialPtr credentials, unsigned int count, void *)
{
    for (unsigned int i = 0; i < count; ++i) {
        if (credentials[i].type != VIR_CRED_EXTERNAL)
            return -1;
        credentials[i].result = nullptr;
        credentials[i].resultlen = 0;
    }
    return 0;
}

template<typename Object, typename Free>
QStringList namesOf(Object **objects, int count, const char *(*nameOf)(Object *), Free freeObject)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names.append(QString::fromUtf8(nameOf(objects[i])));
        freeObject(objects[i]);
    }
    free(objects);
    names.sort();
    return names;
}

} // namespace

Connection::Connection(virConnectPtr connection)
    : m_connection(connection, [](virConnectPtr c) { virConnectClose(c); })
{ }

std::optional<QString> Connection::uriProblem(const QString &uri)
{
    if (uri.isEmpty() || !uri.contains(QLatin1String("://")))
        return std::nullopt;
    // libvirt's drivers (hypervisors and the split daemons' own) and the
    // remote driver's transports, as libvirt's URI documentation lists them.
    static const QStringList drivers {
            QStringLiteral("qemu"),         QStringLiteral("test"),
            QStringLiteral("lxc"),          QStringLiteral("xen"),
            QStringLiteral("libxl"),        QStringLiteral("vbox"),
            QStringLiteral("vmwareplayer"), QStringLiteral("vmwarews"),
            QStringLiteral("vmwarefusion"), QStringLiteral("esx"),
            QStringLiteral("gsx"),          QStringLiteral("vpx"),
            QStringLiteral("hyperv"),       QStringLiteral("openvz"),
            QStringLiteral("bhyve"),        QStringLiteral("ch"),
            QStringLiteral("vz"),           QStringLiteral("parallels"),
            QStringLiteral("remote"),       QStringLiteral("network"),
            QStringLiteral("nodedev"),      QStringLiteral("nwfilter"),
            QStringLiteral("secret"),       QStringLiteral("storage"),
            QStringLiteral("interface"),
    };
    static const QStringList transports {
            QStringLiteral("unix"),    QStringLiteral("ssh"), QStringLiteral("libssh"),
            QStringLiteral("libssh2"), QStringLiteral("tcp"), QStringLiteral("tls"),
            QStringLiteral("ext"),
    };
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return QCoreApplication::translate("Airlock::Connection",
                                           "it is not a valid address (libvirt's look like "
                                           "qemu:///system)");
    }
    const QString scheme = url.scheme().toLower();
    const QString driver = scheme.section(QLatin1Char('+'), 0, 0);
    const QString transport = scheme.section(QLatin1Char('+'), 1);
    if (!drivers.contains(driver)) {
        //: %1 is the first part of the address, such as "bogus"
        return QCoreApplication::translate("Airlock::Connection",
                                           "libvirt has no driver called “%1” (for VMs on this "
                                           "computer it is qemu:///system)")
                .arg(driver);
    }
    if (!transport.isEmpty() && !transports.contains(transport)) {
        //: %1 is the part after "+", such as "ftp"; the list is libvirt's
        return QCoreApplication::translate("Airlock::Connection",
                                           "libvirt cannot connect over “%1”; it uses unix, "
                                           "ssh, libssh, libssh2, tcp, tls or ext")
                .arg(transport);
    }
    return std::nullopt;
}

LibvirtResult<Connection> Connection::open(const QString &uri)
{
    if (const auto problem = uriProblem(uri)) {
        LibvirtError error = LibvirtError::fromMessage(
                QCoreApplication::translate("Airlock::Connection", "“%1” is not a libvirt "
                                                                   "connection address: %2.")
                        .arg(uri, *problem),
                VIR_ERR_INVALID_ARG);
        error.domain = VIR_FROM_URI;
        return std::unexpected(error);
    }
    int credentialTypes[] = {VIR_CRED_EXTERNAL};
    virConnectAuth auth {credentialTypes, 1, answerCredentials, nullptr};
    const QByteArray uriBytes = uri.toUtf8();
    virConnectPtr connection = virConnectOpenAuth(uriBytes.constData(), &auth, 0);
    if (!connection)
        return lastLibvirtError();
    // Notices a daemon that went away; needs the event loop registered first.
    virConnectSetKeepAlive(connection, 5, 3);
    return Connection(connection);
}

LibvirtResult<Connection> Connection::openWithin(const QString &uri,
                                                 std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<std::promise<LibvirtResult<Connection>>>();
    std::future<LibvirtResult<Connection>> future = promise->get_future();
    std::thread([promise, uri] { promise->set_value(open(uri)); }).detach();
    if (future.wait_for(timeout) == std::future_status::ready)
        return future.get();
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    return std::unexpected(LibvirtError::fromMessage(
            QCoreApplication::translate(
                    "Airlock::Connection",
                    "No answer from %1 within %n second(s). Check that the host is "
                    "reachable and that its libvirt daemon is running.",
                    nullptr, seconds)
                    .arg(uri),
            VIR_ERR_NO_CONNECT));
}

QString Connection::uri() const
{
    return takeLibvirtString(virConnectGetURI(get()));
}

bool Connection::isLocal() const
{
    // qemu:///system and test:///default name no host; qemu+ssh://host/system
    // and qemu+tcp://127.0.0.1:port/system (a VM's own daemon, as in the
    // SELinux lab) do, and what runs there is not this machine.
    return QUrl(uri()).host().isEmpty();
}

LibvirtResult<QString> Connection::capabilitiesXml() const
{
    char *xml = virConnectGetCapabilities(get());
    if (!xml)
        return lastLibvirtError();
    return takeLibvirtString(xml);
}

LibvirtResult<QString> Connection::hostname() const
{
    char *name = virConnectGetHostname(get());
    if (!name)
        return lastLibvirtError();
    return takeLibvirtString(name);
}

LibvirtResult<QStringList> Connection::domainNames() const
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(get(), &domains, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(domains, count, virDomainGetName, virDomainFree);
}

LibvirtResult<QStringList> Connection::networkNames() const
{
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(get(), &networks, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(networks, count, virNetworkGetName, virNetworkFree);
}

LibvirtResult<QStringList> Connection::storagePoolNames() const
{
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(get(), &pools, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(pools, count, virStoragePoolGetName, virStoragePoolFree);
}

LibvirtResult<QStringList> Connection::volumeNames(const QString &pool) const
{
    const auto poolHandle = storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(poolHandle->get(), &volumes, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(volumes, count, virStorageVolGetName, virStorageVolFree);
}

LibvirtResult<DomainHandle> Connection::domain(const QString &name) const
{
    DomainHandle handle(virDomainLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<NetworkHandle> Connection::network(const QString &name) const
{
    NetworkHandle handle(virNetworkLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<StoragePoolHandle> Connection::storagePool(const QString &name) const
{
    StoragePoolHandle handle(virStoragePoolLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<StorageVolumeHandle> Connection::volume(const QString &pool,
                                                      const QString &name) const
{
    const auto poolHandle = storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    StorageVolumeHandle handle(
            virStorageVolLookupByName(poolHandle->get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

} // namespace Airlock
