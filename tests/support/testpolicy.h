// SPDX-License-Identifier: GPL-3.0-or-later
// A small SELinux policy compiled from CIL by libsepol, for tests of the
// policy reader: the types of libvirt's sVirt policy, MCS categories
// c0…c1023, and whichever of them the test makes permissive.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sepol/cil/cil.h>
#include <sepol/handle.h>
#include <sepol/policydb.h>

#include <cstdlib>

namespace Airlock::Test {

inline QByteArray policyCil(const QStringList &permissiveTypes)
{
    QByteArray cil = R"((class process (transition))
(classorder (process))
(sid kernel)
(sidorder (kernel))
(user system_u)
(role system_r)
(role object_r)
(type svirt_t)
(type svirt_tcg_t)
(type svirt_image_t)
(type unconfined_t)
(sensitivity s0)
(sensitivityorder (s0))
(category c0)
(category c1023)
(categoryorder (c0 c1023))
(sensitivitycategory s0 (range c0 c1023))
(allow svirt_t self (process (transition)))
(roletype system_r svirt_t)
(roletype system_r svirt_tcg_t)
(roletype system_r unconfined_t)
(roletype object_r svirt_image_t)
(userrole system_u system_r)
(userrole system_u object_r)
(userlevel system_u (s0))
(userrange system_u ((s0) (s0 (range c0 c1023))))
(sidcontext kernel (system_u system_r svirt_t ((s0) (s0))))
)";
    for (const QString &type : permissiveTypes)
        cil += "(typepermissive " + type.toUtf8() + ")\n";
    return cil;
}

// The binary kernel policy for `policyCil(permissiveTypes)`, as the kernel
// exports it at /sys/fs/selinux/policy; empty if libsepol refused it.
inline QByteArray compiledPolicy(const QStringList &permissiveTypes)
{
    QByteArray cil = policyCil(permissiveTypes);
    cil_db_t *db = nullptr;
    cil_db_init(&db);
    cil_set_mls(db, 1);
    sepol_policydb_t *policy = nullptr;
    void *image = nullptr;
    size_t length = 0;
    sepol_handle_t *handle = sepol_handle_create();
    QByteArray result;
    char name[] = "test.cil";
    if (cil_add_file(db, name, cil.data(), size_t(cil.size())) == 0 && cil_compile(db) == 0
        && cil_build_policydb(db, &policy) == 0
        && sepol_policydb_to_image(handle, policy, &image, &length) == 0)
        result = QByteArray(static_cast<const char *>(image), qsizetype(length));
    std::free(image);
    sepol_policydb_free(policy);
    sepol_handle_destroy(handle);
    cil_db_destroy(&db);
    return result;
}

// A directory laid out as selinuxfs is: `policy` and `enforce`.
inline bool writeSelinuxfs(const QString &directory, const QByteArray &policy, bool enforcing)
{
    QDir().mkpath(directory);
    QFile policyFile(QDir(directory).filePath(QStringLiteral("policy")));
    QFile enforceFile(QDir(directory).filePath(QStringLiteral("enforce")));
    return policyFile.open(QIODevice::WriteOnly) && policyFile.write(policy) == policy.size()
           && enforceFile.open(QIODevice::WriteOnly)
           && enforceFile.write(enforcing ? "1" : "0") == 1;
}

} // namespace Airlock::Test
