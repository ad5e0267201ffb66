// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitylabel.h"

#include <QRegularExpression>

#include <algorithm>

namespace Airlock {

namespace {

constexpr int s_maximumCategory = 1023; // MCS policies define c0…c1023

struct Level
{
    QString sensitivity;
    QString categoriesText;
    QList<int> categories;
};

std::optional<Level> parseLevel(const QString &text, QString *problem)
{
    static const QRegularExpression sensitivityPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("s[0-9]{1,4}")));
    static const QRegularExpression categoryPattern(QRegularExpression::anchoredPattern(
            QStringLiteral("c([0-9]{1,4})(?:\\.c([0-9]{1,4}))?")));
    Level level;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    level.sensitivity = colon < 0 ? text : text.left(colon);
    if (!sensitivityPattern.match(level.sensitivity).hasMatch()) {
        *problem = SecurityLabel::tr("“%1” is not an MLS sensitivity such as s0")
                           .arg(level.sensitivity);
        return std::nullopt;
    }
    if (colon < 0)
        return level;
    level.categoriesText = text.mid(colon + 1);
    for (const QString &token : level.categoriesText.split(QLatin1Char(','))) {
        const auto match = categoryPattern.match(token);
        if (!match.hasMatch()) {
            *problem = SecurityLabel::tr("“%1” is not an MCS category such as c383").arg(token);
            return std::nullopt;
        }
        const int first = match.captured(1).toInt();
        const int last = match.hasCaptured(2) ? match.captured(2).toInt() : first;
        if (first > s_maximumCategory || last > s_maximumCategory || last < first) {
            *problem = SecurityLabel::tr("“%1” is outside c0…c1023").arg(token);
            return std::nullopt;
        }
        for (int category = first; category <= last; ++category)
            level.categories.append(category);
    }
    std::sort(level.categories.begin(), level.categories.end());
    level.categories.erase(std::unique(level.categories.begin(), level.categories.end()),
                           level.categories.end());
    return level;
}

} // namespace

SecurityLabel SecurityLabel::parse(const QString &input)
{
    SecurityLabel label;
    label.m_text = input.trimmed();
    if (label.m_text.isEmpty())
        return label;

    static const QRegularExpression dacPattern(QStringLiteral(
            "^(\\+?[0-9]+|[A-Za-z_][A-Za-z0-9_.-]*):(\\+?[0-9]+|[A-Za-z_][A-Za-z0-9_.-]*)$"));
    if (const auto match = dacPattern.match(label.m_text); match.hasMatch()) {
        label.m_kind = Kind::Dac;
        label.m_user = match.captured(1);
        label.m_role = match.captured(2);
        return label;
    }

    label.m_kind = Kind::Other;
    const QStringList parts = label.m_text.split(QLatin1Char(':'));
    if (parts.size() < 3) {
        label.m_problem = tr("it has neither the user:role:type form of SELinux nor the "
                             "owner:group form of DAC");
        return label;
    }
    static const QRegularExpression identifier(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.]+")));
    for (int i = 0; i < 3; ++i) {
        if (!identifier.match(parts.at(i)).hasMatch()) {
            label.m_problem = tr("“%1” is not an SELinux identifier").arg(parts.at(i));
            return label;
        }
    }
    const QString level = label.m_text.section(QLatin1Char(':'), 3);
    if (parts.size() > 3 && level.isEmpty()) {
        label.m_problem = tr("it ends in “:” where the MLS level such as s0 belongs");
        return label;
    }
    QString problem;
    Level low;
    std::optional<Level> high;
    if (!level.isEmpty()) {
        const qsizetype dash = level.indexOf(QLatin1Char('-'));
        const auto lowLevel = parseLevel(dash < 0 ? level : level.left(dash), &problem);
        if (lowLevel && dash >= 0)
            high = parseLevel(level.mid(dash + 1), &problem);
        if (!lowLevel || (dash >= 0 && !high)) {
            label.m_problem = problem;
            return label;
        }
        low = *lowLevel;
        // SELinux refuses a range whose high end does not dominate its low
        // end; such a label cannot come from a real system.
        if (high
            && (high->sensitivity.mid(1).toInt() < low.sensitivity.mid(1).toInt()
                || !std::includes(high->categories.cbegin(), high->categories.cend(),
                                  low.categories.cbegin(), low.categories.cend()))) {
            label.m_problem = tr("in the range “%1”, the high level does not include the low one")
                                      .arg(level);
            return label;
        }
    }

    label.m_kind = Kind::Selinux;
    label.m_user = parts.at(0);
    label.m_role = parts.at(1);
    label.m_type = parts.at(2);
    label.m_level = level;
    label.m_sensitivity = low.sensitivity;
    // MCS decides access by the clearance: the high end of a range.
    const Level &clearance = high ? *high : low;
    if (high)
        label.m_highSensitivity = high->sensitivity;
    label.m_categoriesText = clearance.categoriesText;
    label.m_categories = clearance.categories;
    return label;
}

bool SecurityLabel::isConfinedVmType() const
{
    return isSelinux()
           && (m_type == QLatin1String("svirt_t") || m_type == QLatin1String("svirt_tcg_t"));
}

bool SecurityLabel::dominates(const SecurityLabel &object) const
{
    if (!isSelinux() || !object.isSelinux())
        return false;
    return std::includes(m_categories.cbegin(), m_categories.cend(), object.m_categories.cbegin(),
                         object.m_categories.cend());
}

QList<LabelPart> SecurityLabel::explain(bool isImage) const
{
    QList<LabelPart> parts;
    if (m_kind == Kind::Dac) {
        parts.append({QStringLiteral("owner"), m_user,
                      isImage ? tr("The file's owner: only this user ID (and root) may write the "
                                   "VM's disk.")
                              : tr("The user ID QEMU runs as. Unix permissions alone keep it from "
                                   "your files; every VM runs as the same user.")});
        parts.append({QStringLiteral("group"), m_role,
                      isImage ? tr("The file's group.") : tr("The group ID QEMU runs as.")});
        return parts;
    }
    if (m_kind != Kind::Selinux)
        return parts;

    parts.append({QStringLiteral("user"), m_user,
                  tr("The SELinux user. system_u marks system objects, not a person's account.")});
    parts.append({QStringLiteral("role"), m_role,
                  isImage ? tr("The role. Files always carry object_r.")
                          : tr("The role: what the process may act as. system_r is for system "
                               "services.")});

    QString typeMeaning;
    if (isImage && m_type == QLatin1String("svirt_image_t")) {
        typeMeaning = tr("The type of a running VM's disk. Other VMs' disks carry it too, each "
                         "with its own categories: the categories decide which QEMU may open "
                         "which disk.");
    } else if (isImage) {
        typeMeaning = tr("Not svirt_image_t: this file is not labelled as a VM's disk.");
    } else if (isConfinedVmType()) {
        typeMeaning = tr("The type: libvirt's confined QEMU domain. The policy lets it write "
                         "only files labelled for VMs (svirt_image_t) and keeps it out of your "
                         "home directory and other programs' data. Like any program it may read "
                         "shared system files (libraries, much of /usr and /etc) and use the "
                         "network, which the network card's filter limits.");
    } else {
        typeMeaning = tr("Not a confined VM type: SELinux does not hold this process to the VM "
                         "rules.");
    }
    parts.append({QStringLiteral("type"), m_type, typeMeaning});

    if (!m_level.isEmpty()) {
        parts.append({QStringLiteral("sensitivity"), m_sensitivity,
                      tr("The sensitivity. Fedora's policy uses s0 everywhere; the categories "
                         "are what keep VMs apart.")});
    }
    if (m_categories.size() >= s_maximumCategory + 1) {
        parts.append({QStringLiteral("categories"), m_categoriesText,
                      tr("Every category: a process with this clearance may open the files of "
                         "every VM.")});
    } else if (!m_categories.isEmpty()) {
        parts.append({QStringLiteral("categories"), m_categoriesText,
                      isImage ? tr("The disk carries the same pair as its VM's process, so only "
                                   "that one QEMU may open it.")
                              : tr("The MCS categories, a pair libvirt chose at random for this "
                                   "VM when it started. Of the files labelled for VMs, this QEMU "
                                   "may open only those with the same pair (and shared read-only "
                                   "ones such as the ISO): no other VM can open this VM's disk, "
                                   "and this VM cannot open theirs.")});
    } else if (!m_level.isEmpty()) {
        parts.append({QStringLiteral("categories"), QString(),
                      tr("No categories: nothing sets this process apart from other VMs.")});
    }
    return parts;
}

} // namespace Airlock
