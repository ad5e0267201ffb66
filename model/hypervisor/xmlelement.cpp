// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlelement.h"

#include <QXmlStreamReader>

namespace Airlock {

namespace {

// libvirt's documents are shallow; anything deeper than this is not one.
constexpr int s_maximumDepth = 64;

bool readElement(QXmlStreamReader &reader, XmlElement &element, int depth)
{
    element.name = reader.name().toString();
    element.namespaceUri = reader.namespaceUri().toString();
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        element.attributes.insert(attribute.qualifiedName().toString(),
                                  attribute.value().toString());
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (depth >= s_maximumDepth) {
                reader.raiseError(QStringLiteral("nested too deeply"));
                return false;
            }
            XmlElement child;
            if (!readElement(reader, child, depth + 1))
                return false;
            element.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            element.text = text.trimmed();
            return true;
        default:
            break;
        }
    }
    return !reader.hasError();
}

} // namespace

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &childName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children) {
        if (element.name == childName)
            found.append(&element);
    }
    return found;
}

const XmlElement *XmlElement::at(const QString &path) const
{
    const QList<const XmlElement *> found = allAt(path);
    return found.isEmpty() ? nullptr : found.constFirst();
}

QList<const XmlElement *> XmlElement::allAt(const QString &path) const
{
    QList<const XmlElement *> current {this};
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        QList<const XmlElement *> next;
        for (const XmlElement *element : std::as_const(current))
            next += element->childrenNamed(part);
        current = next;
    }
    return current;
}

std::optional<XmlElement> XmlElement::parse(const QString &xml, QString *errorMessage)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) { }
    XmlElement root;
    if (reader.isStartElement() && readElement(reader, root, 0) && !reader.hasError())
        return root;
    if (errorMessage)
        *errorMessage = reader.hasError() ? reader.errorString() : QStringLiteral("no element");
    return std::nullopt;
}

} // namespace Airlock
