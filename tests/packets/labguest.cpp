// SPDX-License-Identifier: GPL-3.0-or-later
#include "labguest.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QThread>
#include <QXmlStreamWriter>

namespace Airlock::Packets {

namespace {

// Writes a parsed element back as it was (attributes, text, children).
void writeElement(QXmlStreamWriter &xml, const XmlElement &element)
{
    xml.writeStartElement(element.name);
    for (auto it = element.attributes.cbegin(); it != element.attributes.cend(); ++it)
        xml.writeAttribute(it.key(), it.value());
    if (!element.text.isEmpty())
        xml.writeCharacters(element.text);
    for (const XmlElement &child : element.children)
        writeElement(xml, child);
    xml.writeEndElement();
}

} // namespace

LabGuest::LabGuest(const QString &uri, const QString &name, const QString &logPath)
    : m_uri(uri), m_name(name), m_logPath(logPath)
{ }

QString LabGuest::virsh(const QStringList &arguments, int *exitCode) const
{
    return Test::virsh(m_uri, arguments, exitCode);
}

bool LabGuest::readDefinition()
{
    int code = 0;
    const QString xml
            = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), m_name}, &code);
    const auto document = code == 0 ? XmlElement::parse(xml, &m_error) : std::nullopt;
    if (!document) {
        m_error = QStringLiteral("cannot read %1: %2 %3").arg(m_name, xml, m_error);
        return false;
    }
    const XmlElement *uuid = document->child(QStringLiteral("uuid"));
    m_uuid = uuid ? uuid->text : QString();
    m_interfaces.clear();
    for (const XmlElement *card : document->allAt(QStringLiteral("devices/interface")))
        m_interfaces.append(*card);
    return true;
}

QString LabGuest::mac() const
{
    const XmlElement *address
            = m_interfaces.isEmpty() ? nullptr : m_interfaces.first().child(QStringLiteral("mac"));
    return address ? address->attribute(QStringLiteral("address")) : QString();
}

QString LabGuest::filterParameter(const QString &name) const
{
    if (m_interfaces.isEmpty())
        return {};
    for (const XmlElement *parameter :
         m_interfaces.first().allAt(QStringLiteral("filterref/parameter"))) {
        if (parameter->attribute(QStringLiteral("name")) == name)
            return parameter->attribute(QStringLiteral("value"));
    }
    return {};
}

QString LabGuest::source() const
{
    const XmlElement *source = m_interfaces.isEmpty()
                                       ? nullptr
                                       : m_interfaces.first().child(QStringLiteral("source"));
    if (!source)
        return {};
    const QString network = source->attribute(QStringLiteral("network"));
    return network.isEmpty() ? source->attribute(QStringLiteral("bridge")) : network;
}

QString LabGuest::domainXml(const QString &kernel, const QString &initrd,
                            const QString &commandLine) const
{
    QString output;
    QXmlStreamWriter xml(&output);
    xml.setAutoFormatting(true);
    xml.writeStartElement(QStringLiteral("domain"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("qemu"));
    xml.writeTextElement(QStringLiteral("name"), m_name);
    if (!m_uuid.isEmpty())
        xml.writeTextElement(QStringLiteral("uuid"), m_uuid);
    // The initrd's world needs little; the guest runs under emulation.
    xml.writeStartElement(QStringLiteral("memory"));
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    xml.writeCharacters(QStringLiteral("192"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("vcpu"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("os"));
    xml.writeStartElement(QStringLiteral("type"));
    xml.writeAttribute(QStringLiteral("arch"), QStringLiteral("x86_64"));
    xml.writeAttribute(QStringLiteral("machine"), QStringLiteral("q35"));
    xml.writeCharacters(QStringLiteral("hvm"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("kernel"), kernel);
    xml.writeTextElement(QStringLiteral("initrd"), initrd);
    xml.writeTextElement(QStringLiteral("cmdline"), commandLine);
    xml.writeEndElement(); // os
    xml.writeStartElement(QStringLiteral("features"));
    xml.writeEmptyElement(QStringLiteral("acpi"));
    xml.writeEmptyElement(QStringLiteral("apic"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("cpu"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("maximum"));
    for (const char *event : {"on_poweroff", "on_reboot", "on_crash"})
        xml.writeTextElement(QLatin1String(event), QStringLiteral("destroy"));
    xml.writeStartElement(QStringLiteral("devices"));
    for (const XmlElement &card : m_interfaces)
        writeElement(xml, card);
    // The console: virtlogd (root) writes the log, so QEMU's DAC does not matter.
    xml.writeStartElement(QStringLiteral("serial"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    xml.writeEmptyElement(QStringLiteral("log"));
    xml.writeAttribute(QStringLiteral("file"), m_logPath);
    xml.writeAttribute(QStringLiteral("append"), QStringLiteral("off"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("memballoon"));
    xml.writeAttribute(QStringLiteral("model"), QStringLiteral("none"));
    xml.writeEndElement(); // devices
    xml.writeEndElement(); // domain
    return output;
}

bool LabGuest::boot(const QString &kernel, const QString &initrd, const QString &commandLine)
{
    virsh({QStringLiteral("destroy"), m_name});
    QFile::remove(m_logPath);
    QTemporaryFile definition;
    if (!definition.open()) {
        m_error = QStringLiteral("no temporary file");
        return false;
    }
    definition.write(domainXml(kernel, initrd, commandLine).toUtf8());
    definition.flush();
    int code = 0;
    QString output = virsh({QStringLiteral("define"), definition.fileName()}, &code);
    if (code == 0)
        output = virsh({QStringLiteral("start"), m_name}, &code);
    if (code != 0)
        m_error = QStringLiteral("cannot boot %1: %2").arg(m_name, output);
    return code == 0;
}

QStringList LabGuest::lines() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : log.readAll().split('\n'))
        lines.append(QString::fromUtf8(line).trimmed());
    return lines;
}

bool LabGuest::isRunning() const
{
    return virsh({QStringLiteral("domstate"), m_name}).trimmed() == QLatin1String("running");
}

QString LabGuest::waitForLine(const QString &prefix, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    int checks = 0;
    while (timer.elapsed() < timeoutMs) {
        for (const QString &line : lines()) {
            if (line.startsWith(prefix))
                return line;
        }
        // A guest that stopped will not print any more.
        if (++checks % 10 == 0 && !isRunning()) {
            for (const QString &line : lines()) {
                if (line.startsWith(prefix))
                    return line;
            }
            return {};
        }
        QThread::msleep(200);
    }
    return {};
}

} // namespace Airlock::Packets
