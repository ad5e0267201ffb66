// SPDX-License-Identifier: GPL-3.0-or-later
#include "selinuxpolicy.h"

#include "hypervisor/connection.h"

#include <QDir>
#include <QFile>

#include <sepol/debug.h>
#include <sepol/handle.h>
#include <sepol/policydb.h>
#include <sepol/policydb/policydb.h>

#include <memory>

namespace Airlock {

namespace {

constexpr const char *s_kernelSelinuxfs = "/sys/fs/selinux";

struct SepolDeleter
{
    void operator()(sepol_handle_t *handle) const { sepol_handle_destroy(handle); }
    void operator()(sepol_policy_file_t *file) const { sepol_policy_file_free(file); }
    void operator()(sepol_policydb_t *policy) const { sepol_policydb_free(policy); }
};

// libsepol's messages would go to stderr; the last error is kept for the
// sentence the user reads instead.
void keepMessage(void *target, sepol_handle_t *handle, const char *format, ...)
{
    if (sepol_msg_get_level(handle) != SEPOL_MSG_ERR)
        return;
    va_list arguments;
    va_start(arguments, format);
    *static_cast<QString *>(target) = QString::vasprintf(format, arguments).trimmed();
    va_end(arguments);
}

} // namespace

QString SelinuxPolicy::selinuxfsOf(const Connection &connection)
{
    const QString override = qEnvironmentVariable("AIRLOCK_HOST_SELINUXFS");
    if (!override.isEmpty())
        return override;
    return connection.isLocal() ? QString::fromLatin1(s_kernelSelinuxfs) : QString();
}

std::expected<SelinuxPolicy, QString> SelinuxPolicy::load(const QString &selinuxfs)
{
    QFile file(QDir(selinuxfs).filePath(QStringLiteral("policy")));
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file such as /sys/fs/selinux/policy, %2 the system's reason
        return std::unexpected(tr("The host's SELinux policy (%1) could not be read: %2.")
                                       .arg(file.fileName(), file.errorString()));
    }
    const QByteArray image = file.readAll();
    auto policy = fromImage(image, file.fileName());
    if (!policy)
        return policy;
    QFile enforce(QDir(selinuxfs).filePath(QStringLiteral("enforce")));
    if (enforce.open(QIODevice::ReadOnly)) {
        const QByteArray mode = enforce.readAll().trimmed();
        if (mode == "1" || mode == "0")
            policy->m_enforcing = mode == "1";
    }
    return policy;
}

std::expected<SelinuxPolicy, QString> SelinuxPolicy::fromImage(const QByteArray &image,
                                                               const QString &source)
{
    QString message;
    const std::unique_ptr<sepol_handle_t, SepolDeleter> handle(sepol_handle_create());
    sepol_policy_file_t *rawFile = nullptr;
    sepol_policydb_t *rawPolicy = nullptr;
    if (!handle || sepol_policy_file_create(&rawFile) < 0 || sepol_policydb_create(&rawPolicy) < 0)
        return std::unexpected(tr("There is not enough memory to read the SELinux policy."));
    const std::unique_ptr<sepol_policy_file_t, SepolDeleter> policyFile(rawFile);
    const std::unique_ptr<sepol_policydb_t, SepolDeleter> policyDb(rawPolicy);
    sepol_msg_set_callback(handle.get(), keepMessage, &message);
    sepol_policy_file_set_handle(policyFile.get(), handle.get());
    // libsepol reads but never writes through this pointer.
    sepol_policy_file_set_mem(policyFile.get(), const_cast<char *>(image.constData()),
                              size_t(image.size()));
    if (image.isEmpty() || sepol_policydb_read(policyDb.get(), policyFile.get()) < 0) {
        //: %1 is a file such as /sys/fs/selinux/policy, %2 libsepol's message (English)
        return std::unexpected(
                tr("%1 is not an SELinux policy libsepol can read: %2.")
                        .arg(source, message.isEmpty() ? tr("it is empty") : message));
    }

    SelinuxPolicy policy;
    policy.m_source = source;
    // The structure behind sepol_policydb_t is libsepol's own, declared in
    // its headers: the names of types by value, and the permissive map,
    // whose bit N is the type of value N (not N - 1 as elsewhere).
    const policydb_t &db = policyDb->p;
    for (uint32_t value = 1; value <= db.p_types.nprim; ++value) {
        if (const char *name = db.p_type_val_to_name[value - 1])
            policy.m_types.insert(QString::fromUtf8(name));
    }
    ebitmap_node_t *node = nullptr;
    unsigned int bit = 0;
    ebitmap_for_each_positive_bit(&db.permissive_map, node, bit)
    {
        if (bit >= 1 && bit <= db.p_types.nprim && db.p_type_val_to_name[bit - 1])
            policy.m_permissive.insert(QString::fromUtf8(db.p_type_val_to_name[bit - 1]));
    }
    return policy;
}

TypeEnforcement SelinuxPolicy::enforcementOf(const QString &type) const
{
    TypeEnforcement result;
    result.type = type;
    result.source = m_source;
    if (!defines(type)) {
        result.reason
                = tr("The host's SELinux policy (%1) defines no type %2.").arg(m_source, type);
    } else if (isPermissive(type)) {
        result.state = TypeEnforcement::State::Permissive;
        result.reason
                = tr("The host's SELinux policy (%1) makes %2 permissive.").arg(m_source, type);
    } else {
        result.state = TypeEnforcement::State::Enforced;
        result.reason = tr("The host's SELinux policy (%1) does not make %2 permissive.")
                                .arg(m_source, type);
    }
    return result;
}

TypeEnforcement SelinuxPolicy::unknown(const QString &type, const QString &reason)
{
    TypeEnforcement result;
    result.type = type;
    result.reason = reason;
    return result;
}

} // namespace Airlock
