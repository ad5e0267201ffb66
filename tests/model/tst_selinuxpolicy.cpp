// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "proof/selinuxpolicy.h"
#include "testpolicy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

// The host's loaded policy, read as the kernel exports it: which types it
// makes permissive. Policies compiled by libsepol from CIL stand in for the
// kernel's; the SELinux lab reads a real kernel's (tst_selinuxlab).
class TestSelinuxPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enforcedAndPermissiveTypes();
    void unknownTypeIsNeverEnforced();
    void readsSelinuxfs();
    void unreadablePolicyIsAnError();
    void selinuxfsOfTheConnection();
};

void TestSelinuxPolicy::enforcedAndPermissiveTypes()
{
    const QByteArray image = Test::compiledPolicy({QStringLiteral("svirt_tcg_t")});
    QVERIFY(!image.isEmpty());
    const auto policy = SelinuxPolicy::fromImage(image, QStringLiteral("test policy"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error()));
    QVERIFY(policy->defines(QStringLiteral("svirt_t")));
    QVERIFY(!policy->isPermissive(QStringLiteral("svirt_t")));
    QVERIFY(policy->isPermissive(QStringLiteral("svirt_tcg_t")));
    QCOMPARE(policy->permissiveTypes(), QSet<QString> {QStringLiteral("svirt_tcg_t")});

    const TypeEnforcement svirt = policy->enforcementOf(QStringLiteral("svirt_t"));
    QCOMPARE(svirt.state, TypeEnforcement::State::Enforced);
    QVERIFY(svirt.isEnforced());
    QCOMPARE(svirt.type, QStringLiteral("svirt_t"));
    QVERIFY(svirt.reason.contains(QStringLiteral("test policy")));
    const TypeEnforcement tcg = policy->enforcementOf(QStringLiteral("svirt_tcg_t"));
    QCOMPARE(tcg.state, TypeEnforcement::State::Permissive);
    QVERIFY(tcg.reason.contains(QStringLiteral("permissive")));

    // The same type made permissive: the bit follows the type, not a position.
    const auto both = SelinuxPolicy::fromImage(
            Test::compiledPolicy({QStringLiteral("svirt_t"), QStringLiteral("unconfined_t")}),
            QStringLiteral("second"));
    QVERIFY(both);
    QCOMPARE(both->enforcementOf(QStringLiteral("svirt_t")).state,
             TypeEnforcement::State::Permissive);
    QCOMPARE(both->enforcementOf(QStringLiteral("svirt_tcg_t")).state,
             TypeEnforcement::State::Enforced);
    QCOMPARE(both->permissiveTypes().size(), 2);
}

void TestSelinuxPolicy::unknownTypeIsNeverEnforced()
{
    const auto policy = SelinuxPolicy::fromImage(Test::compiledPolicy({}), QStringLiteral("p"));
    QVERIFY(policy);
    const TypeEnforcement missing = policy->enforcementOf(QStringLiteral("svirt_qemu_t"));
    QCOMPARE(missing.state, TypeEnforcement::State::Unknown);
    QVERIFY(!missing.isEnforced());
    QVERIFY(missing.reason.contains(QStringLiteral("svirt_qemu_t")));
    const TypeEnforcement unread
            = SelinuxPolicy::unknown(QStringLiteral("svirt_t"), QStringLiteral("why"));
    QCOMPARE(unread.state, TypeEnforcement::State::Unknown);
    QCOMPARE(unread.reason, QStringLiteral("why"));
}

void TestSelinuxPolicy::readsSelinuxfs()
{
    QTemporaryDir directory;
    QVERIFY(Test::writeSelinuxfs(directory.path(),
                                 Test::compiledPolicy({QStringLiteral("svirt_t")}), true));
    const auto policy = SelinuxPolicy::load(directory.path());
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error()));
    QCOMPARE(policy->source(), directory.filePath(QStringLiteral("policy")));
    QCOMPARE(policy->enforcing(), true);
    QVERIFY(policy->isPermissive(QStringLiteral("svirt_t")));

    QVERIFY(Test::writeSelinuxfs(directory.path(), Test::compiledPolicy({}), false));
    const auto permissiveHost = SelinuxPolicy::load(directory.path());
    QVERIFY(permissiveHost);
    QCOMPARE(permissiveHost->enforcing(), false);
    QVERIFY(!permissiveHost->isPermissive(QStringLiteral("svirt_t")));
}

void TestSelinuxPolicy::unreadablePolicyIsAnError()
{
    QTemporaryDir directory;
    const auto missing = SelinuxPolicy::load(directory.path());
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(directory.filePath(QStringLiteral("policy"))),
             qPrintable(missing.error()));

    const QByteArray image = Test::compiledPolicy({});
    for (const QByteArray &broken :
         {QByteArray(), QByteArray("not a policy"), image.left(image.size() / 2),
          QByteArray(image).replace(0, 4, "XXXX")}) {
        const auto policy = SelinuxPolicy::fromImage(broken, QStringLiteral("broken"));
        QVERIFY(!policy);
        QVERIFY2(policy.error().startsWith(QStringLiteral("broken is not an SELinux policy")),
                 qPrintable(policy.error()));
    }
}

void TestSelinuxPolicy::selinuxfsOfTheConnection()
{
    Hypervisor::initializeLibvirt();
    qunsetenv("AIRLOCK_HOST_SELINUXFS");
    const auto local = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(local);
    QVERIFY(local->isLocal());
    QCOMPARE(SelinuxPolicy::selinuxfsOf(*local), QStringLiteral("/sys/fs/selinux"));
    qputenv("AIRLOCK_HOST_SELINUXFS", "/tmp/lab-selinuxfs");
    QCOMPARE(SelinuxPolicy::selinuxfsOf(*local), QStringLiteral("/tmp/lab-selinuxfs"));
    qunsetenv("AIRLOCK_HOST_SELINUXFS");
}

QTEST_GUILESS_MAIN(TestSelinuxPolicy)
#include "tst_selinuxpolicy.moc"
