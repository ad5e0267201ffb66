// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// One part of a label and what it means, for the Launch page's explanation.
struct LabelPart
{
    QString name; // "user", "role", "type", "sensitivity", "categories"
    QString text; // the part as it appears in the label ("svirt_t")
    QString meaning; // a translated sentence
};

// A security label as libvirt reports it: an SELinux context
// ("system_u:system_r:svirt_t:s0:c383,c416"), a DAC owner ("+107:+107"), or
// something else ("libvirt-test" from the test driver).
class SecurityLabel
{
    Q_DECLARE_TR_FUNCTIONS(SecurityLabel)
public:
    enum class Kind { Empty, Selinux, Dac, Other };

    static SecurityLabel parse(const QString &text);

    Kind kind() const { return m_kind; }
    QString text() const { return m_text; }
    bool isSelinux() const { return m_kind == Kind::Selinux; }

    // SELinux parts.
    QString user() const { return m_user; }
    QString role() const { return m_role; }
    QString type() const { return m_type; }
    QString level() const { return m_level; } // "s0:c383,c416" or "s0-s0:c0.c1023"
    QString sensitivity() const { return m_sensitivity; } // the low sensitivity, "s0"
    bool isRange() const { return !m_highSensitivity.isEmpty(); }
    QString categoriesText() const { return m_categoriesText; } // "c383,c416"
    QList<int> categories() const { return m_categories; } // expanded, sorted
    // A QEMU process type of libvirt's sVirt policy (svirt_t, or svirt_tcg_t
    // on Fedora for emulated guests).
    bool isConfinedVmType() const;

    // DAC parts ("+107:+107", or "qemu:qemu").
    QString owner() const { return m_user; }
    QString group() const { return m_role; }

    // Whether a process with this label may read a file with `object`'s
    // label by MCS: its categories include all of the object's.
    bool dominates(const SecurityLabel &object) const;

    // Each part with its meaning; a process label unless `isImage`.
    QList<LabelPart> explain(bool isImage = false) const;
    // Why parsing found this to be neither SELinux nor DAC, if it did.
    QString problem() const { return m_problem; }

    friend bool operator==(const SecurityLabel &a, const SecurityLabel &b)
    {
        return a.m_text == b.m_text;
    }

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    QString m_user;
    QString m_role;
    QString m_type;
    QString m_level;
    QString m_sensitivity;
    QString m_highSensitivity;
    QString m_categoriesText;
    QList<int> m_categories;
    QString m_problem;
};

} // namespace Airlock
