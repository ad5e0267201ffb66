// SPDX-License-Identifier: GPL-3.0-or-later
// The writer behind every document of model/domainxml/ (domain, network,
// volume, filters): QXmlStreamWriter, so every value is escaped.
#pragma once

#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace Airlock {

// QXmlStreamWriter with the few shapes libvirt XML needs, kept terse.
class XmlWriter
{
public:
    explicit XmlWriter(QString *output) : m_xml(output)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    using Attributes = std::initializer_list<std::pair<const char *, QString>>;

    void start(const char *name, Attributes attributes = {})
    {
        m_xml.writeStartElement(QLatin1String(name));
        writeAttributes(attributes);
    }
    void end() { m_xml.writeEndElement(); }

    void empty(const char *name, Attributes attributes = {})
    {
        m_xml.writeEmptyElement(QLatin1String(name));
        writeAttributes(attributes);
    }

    void text(const char *name, const QString &value, Attributes attributes = {})
    {
        start(name, attributes);
        m_xml.writeCharacters(value);
        end();
    }

    QXmlStreamWriter &raw() { return m_xml; }

    // The document as libvirt and diff tools like it: no leading blank line,
    // one trailing newline.
    static QString finished(const QString &output) { return output.trimmed() + QLatin1Char('\n'); }

private:
    void writeAttributes(Attributes attributes)
    {
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(QLatin1String(key), value);
    }

    QXmlStreamWriter m_xml;
};

} // namespace Airlock
