// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// A small read-only element tree for the XML libvirt hands back (live domain,
// networks, pools). libvirt-gconfig 4.0 cannot read seclabels, sound codecs,
// TPMs or graphics listeners; this can, with one way of reading for all.
struct XmlElement
{
    QString name; // the local name, without a namespace prefix
    QString namespaceUri; // empty for libvirt's own elements
    QHash<QString, QString> attributes;
    QString text; // the element's own text, trimmed
    QList<XmlElement> children;

    QString attribute(const QString &attributeName) const
    {
        return attributes.value(attributeName);
    }
    // The first child with that name, or nullptr.
    const XmlElement *child(const QString &childName) const;
    // All children with that name.
    QList<const XmlElement *> childrenNamed(const QString &childName) const;
    // A descendant by a '/'-separated path of names ("devices/graphics").
    const XmlElement *at(const QString &path) const;
    QList<const XmlElement *> allAt(const QString &path) const;

    static std::optional<XmlElement> parse(const QString &xml, QString *errorMessage = nullptr);
};

} // namespace Airlock
