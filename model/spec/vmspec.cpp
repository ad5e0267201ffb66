// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmspec.h"

#include "exposure/hostdevicerule.h"
#include "exposure/sharedfolderrule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace Airlock {

namespace {

template<typename Enum>
struct EnumName
{
    Enum value;
    QLatin1StringView name;
};

constexpr EnumName<CpuMode> s_cpuModes[] = {
        {CpuMode::HostPassthrough, QLatin1StringView("host-passthrough")},
        {CpuMode::HostModel, QLatin1StringView("host-model")},
        {CpuMode::Maximum, QLatin1StringView("maximum")},
};
constexpr EnumName<Accelerator> s_accelerators[] = {
        {Accelerator::Auto, QLatin1StringView("auto")},
        {Accelerator::Kvm, QLatin1StringView("kvm")},
        {Accelerator::Tcg, QLatin1StringView("tcg")},
};
constexpr EnumName<Firmware> s_firmwares[] = {
        {Firmware::Uefi, QLatin1StringView("uefi")},
        {Firmware::Bios, QLatin1StringView("bios")},
};
constexpr EnumName<NetworkMode> s_networkModes[] = {
        {NetworkMode::None, QLatin1StringView("none")},
        {NetworkMode::Nat, QLatin1StringView("nat")},
        {NetworkMode::Bridge, QLatin1StringView("bridge")},
};

template<typename Enum, std::size_t N>
QString enumToString(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromString(const EnumName<Enum> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == entry.name)
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString enumChoices(const EnumName<Enum> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QLatin1Char('"') + QString(entry.name) + QLatin1Char('"'));
    return names.join(QLatin1String(", "));
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

// The first code unit that cannot stand in XML text (a noncharacter such as
// U+FFFF, or half a surrogate pair), which libvirt would refuse or garble.
std::optional<uint> firstNonText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::isNonCharacter(code))
                return uint(code);
            ++i;
        } else if (c.isSurrogate() || c.isNonCharacter()) {
            return c.unicode();
        }
    }
    return std::nullopt;
}

// JSON's \u escapes can spell half of a surrogate pair, which is no character
// at all and cannot be written back out as UTF-8: the loader refuses it, so
// that every spec it accepts saves and reloads as the same spec.
std::optional<uint> firstUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return c.unicode();
    }
    return std::nullopt;
}

// libvirt object names (pools, volumes, bridges, node devices) travel through
// XML attributes and file names; keep them to a conservative alphabet.
bool isSafeObjectName(const QString &name)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._:+-]*")));
    return name.size() <= 255 && pattern.match(name).hasMatch();
}

std::optional<QString> absolutePathProblem(const QString &path)
{
    if (path.isEmpty())
        return VmSpec::tr("must not be empty");
    if (path.size() > VmSpec::maximumPathLength)
        return VmSpec::tr("is longer than %n characters", nullptr, VmSpec::maximumPathLength);
    if (!path.startsWith(QLatin1Char('/')))
        return VmSpec::tr("must be an absolute path (starting with “/”), not “%1”").arg(path);
    if (hasControlCharacter(path))
        return VmSpec::tr("must not contain control characters");
    if (const auto code = firstNonText(path)) {
        //: %1 is a Unicode code point in hexadecimal, such as FFFF
        return VmSpec::tr("must not contain U+%1, which is not a character of text")
                .arg(QString::number(*code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QLatin1String("..")) || parts.contains(QLatin1String(".")))
        return VmSpec::tr("must not contain “.” or “..” components");
    return std::nullopt;
}

// Reads a JSON object key by key, remembering every problem instead of
// stopping at the first, and noticing keys nobody asked for.
// A value as the JSON file spells it, short: "two", 3, true, […], {…}.
QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 6);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString prefix, SpecProblems &problems)
        : m_object(object), m_prefix(std::move(prefix)), m_problems(problems)
    { }

    ~ObjectReader()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                report(quotedUnlessPlain(it.key()), VmSpec::tr("is not a known setting"));
        }
    }

    // A key as the JSON file spells it, in quotes unless it is a plain word,
    // so that "", "a.b" or a key holding a newline still names itself.
    static QString quotedUnlessPlain(const QString &key)
    {
        static const QRegularExpression plain(
                QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+")));
        if (plain.match(key).hasMatch())
            return key;
        QString quoted = QStringLiteral("\"");
        for (const QChar c : key) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\') + c;
            else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                     || c.isSurrogate())
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
        return quoted + QLatin1Char('"');
    }

    QString path(const QString &key) const
    {
        return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
    }

    void report(const QString &key, const QString &message)
    {
        m_problems.append({path(key), message});
    }

    // Returns the value when the key is present and not null.
    std::optional<QJsonValue> take(const QString &key)
    {
        m_known.append(key);
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd() || it->isNull())
            return std::nullopt;
        return *it;
    }

    void readString(const QString &key, QString &target)
    {
        if (const auto value = take(key))
            readText(key, *value, target);
    }

    // A JSON string into target; anything else, or a string that is not
    // text, is reported under key.
    bool readText(const QString &key, const QJsonValue &value, QString &target)
    {
        if (!value.isString()) {
            //: %1 is the value as the file has it, such as 3 or true
            report(key, VmSpec::tr("must be a text string, not %1").arg(jsonText(value)));
            return false;
        }
        const QString text = value.toString();
        if (const auto code = firstUnpairedSurrogate(text)) {
            //: %1 is the escape as the JSON file spells it: a backslash, u and four hex digits
            report(key, VmSpec::tr("contains %1, half of a surrogate pair, which is not a "
                                   "character; remove it")
                                .arg(QStringLiteral("\\u%1").arg(*code, 4, 16, QLatin1Char('0'))));
            return false;
        }
        target = text;
        return true;
    }

    void readBool(const QString &key, bool &target)
    {
        if (const auto value = take(key)) {
            if (value->isBool())
                target = value->toBool();
            else
                //: %1 is the value as the file has it, such as "yes"
                report(key, VmSpec::tr("must be true or false, not %1").arg(jsonText(*value)));
        }
    }

    template<typename Integer>
    void readInteger(const QString &key, Integer &target)
    {
        const auto value = take(key);
        if (!value)
            return;
        if (!value->isDouble()) {
            report(key, VmSpec::tr("must be a whole number, not %1").arg(jsonText(*value)));
            return;
        }
        const double number = value->toDouble();
        if (std::trunc(number) != number) {
            report(key, VmSpec::tr("must be a whole number, not %1").arg(number));
            return;
        }
        // The bounds as doubles: max() itself does not fit in one for 64-bit
        // types (it rounds up to 2^63, which would overflow the cast), but
        // -min() is exactly the first value out of range.
        constexpr double lowest = double(std::numeric_limits<Integer>::min());
        if (number < lowest || number >= -lowest) {
            report(key, VmSpec::tr("%1 is far out of range").arg(number, 0, 'g', 6));
            return;
        }
        target = Integer(number);
    }

    template<typename Enum, std::size_t N>
    void readEnum(const QString &key, const EnumName<Enum> (&table)[N], Enum &target)
    {
        const auto value = take(key);
        if (!value)
            return;
        if (const auto known = enumFromString(table, value->toString()); known && value->isString())
            target = *known;
        else
            //: %1 lists the choices, %2 is the value as the file has it
            report(key, VmSpec::tr("must be one of %1, not %2")
                                .arg(enumChoices(table), jsonText(*value)));
    }

    std::optional<QJsonObject> readObject(const QString &key)
    {
        const auto value = take(key);
        if (!value)
            return std::nullopt;
        if (!value->isObject()) {
            //: %1 is the value as the file has it, such as "x" or 3
            report(key, VmSpec::tr("must be an object ({…}), not %1").arg(jsonText(*value)));
            return std::nullopt;
        }
        return value->toObject();
    }

    SpecProblems &problems() { return m_problems; }

private:
    QJsonObject m_object;
    QString m_prefix;
    SpecProblems &m_problems;
    QStringList m_known;
};

void readIso(ObjectReader &reader, IsoSource &iso)
{
    const auto value = reader.take(QStringLiteral("iso"));
    if (!value)
        return;
    if (value->isString()) {
        QString path;
        if (reader.readText(QStringLiteral("iso"), *value, path))
            iso = IsoSource::file(path);
        return;
    }
    if (!value->isObject()) {
        reader.report(QStringLiteral("iso"),
                      VmSpec::tr("must be a file path or {\"pool\": …, \"volume\": …}"));
        return;
    }
    ObjectReader volume(value->toObject(), reader.path(QStringLiteral("iso")), reader.problems());
    IsoSource source;
    volume.readString(QStringLiteral("pool"), source.pool);
    volume.readString(QStringLiteral("volume"), source.volume);
    if (source.volume.isEmpty())
        volume.report(QStringLiteral("volume"), VmSpec::tr("must name the ISO volume"));
    if (source.pool.isEmpty())
        volume.report(QStringLiteral("pool"), VmSpec::tr("must name the storage pool"));
    iso = source;
}

void readNetwork(ObjectReader &reader, NetworkChoice &network)
{
    const auto object = reader.readObject(QStringLiteral("network"));
    if (!object)
        return;
    ObjectReader fields(*object, reader.path(QStringLiteral("network")), reader.problems());
    if (object->value(QStringLiteral("mode")) == QJsonValue(QStringLiteral("isolated"))) {
        // Airlock's "isolated" network carried the host's address: the VM
        // reached every service of the host's. What was left beside "none"
        // was nothing a VM could use.
        fields.take(QStringLiteral("mode"));
        fields.report(QStringLiteral("mode"),
                      VmSpec::tr("\"isolated\" is no longer offered: it let the VM reach this "
                                 "computer. Use \"none\" for a VM that reaches nothing, or "
                                 "\"nat\" for one that reaches the internet alone"));
    }
    fields.readEnum(QStringLiteral("mode"), s_networkModes, network.mode);
    fields.readBool(QStringLiteral("ipv6"), network.ipv6);
    fields.readString(QStringLiteral("bridge"), network.bridge);
}

void readExposure(ObjectReader &reader, ExposureChoice &exposure)
{
    const auto object = reader.readObject(QStringLiteral("exposure"));
    if (!object)
        return;
    ObjectReader fields(*object, reader.path(QStringLiteral("exposure")), reader.problems());
    fields.readBool(QStringLiteral("usbRedirection"), exposure.usbRedirection);
    fields.readBool(QStringLiteral("audio"), exposure.audio);
    fields.readBool(QStringLiteral("microphone"), exposure.microphone);
    fields.readBool(QStringLiteral("clipboard"), exposure.clipboard);
    fields.readBool(QStringLiteral("gpuAcceleration"), exposure.gpuAcceleration);
    fields.readBool(QStringLiteral("guestAgent"), exposure.guestAgent);
    fields.readBool(QStringLiteral("tpm"), exposure.tpm);

    if (const auto folder = fields.readObject(QStringLiteral("sharedFolder"))) {
        ObjectReader folderFields(*folder, fields.path(QStringLiteral("sharedFolder")),
                                  reader.problems());
        SharedFolder shared;
        folderFields.readString(QStringLiteral("path"), shared.path);
        folderFields.readBool(QStringLiteral("readOnly"), shared.readOnly);
        exposure.sharedFolder = shared;
    }

    if (const auto devices = fields.take(QStringLiteral("hostDevices"))) {
        if (!devices->isArray()) {
            fields.report(QStringLiteral("hostDevices"),
                          VmSpec::tr("must be a list of libvirt node-device names"));
            return;
        }
        const QJsonArray array = devices->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString device;
            if (fields.readText(QStringLiteral("hostDevices[%1]").arg(i), array.at(i), device))
                exposure.hostDevices.append(device);
        }
    }
}

} // namespace

QString jsonName(CpuMode mode)
{
    return enumToString(s_cpuModes, mode);
}
QString jsonName(Accelerator accelerator)
{
    return enumToString(s_accelerators, accelerator);
}
QString jsonName(Firmware firmware)
{
    return enumToString(s_firmwares, firmware);
}
QString jsonName(NetworkMode mode)
{
    return enumToString(s_networkModes, mode);
}

std::optional<CpuMode> cpuModeFromJsonName(const QString &text)
{
    return enumFromString(s_cpuModes, text);
}
std::optional<Accelerator> acceleratorFromJsonName(const QString &text)
{
    return enumFromString(s_accelerators, text);
}
std::optional<Firmware> firmwareFromJsonName(const QString &text)
{
    return enumFromString(s_firmwares, text);
}
std::optional<NetworkMode> networkModeFromJsonName(const QString &text)
{
    return enumFromString(s_networkModes, text);
}

std::expected<VmSpec, SpecProblems> VmSpec::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
                SpecProblems {{QStringLiteral("(file)"), tr("is not valid JSON: %1 at byte %2")
                                                                 .arg(error.errorString())
                                                                 .arg(error.offset)}});
    }
    if (!document.isObject()) {
        return std::unexpected(
                SpecProblems {{QStringLiteral("(file)"), tr("must hold one JSON object ({…})")}});
    }
    return fromJsonObject(document.object());
}

std::expected<VmSpec, SpecProblems> VmSpec::fromJsonObject(const QJsonObject &object)
{
    VmSpec spec;
    SpecProblems problems;
    {
        ObjectReader reader(object, QString(), problems);
        reader.readString(QStringLiteral("name"), spec.name);
        reader.readInteger(QStringLiteral("vcpus"), spec.vcpus);
        reader.readInteger(QStringLiteral("memoryMiB"), spec.memoryMiB);
        reader.readInteger(QStringLiteral("diskGiB"), spec.diskGiB);
        reader.readEnum(QStringLiteral("cpuMode"), s_cpuModes, spec.cpuMode);
        reader.readEnum(QStringLiteral("accelerator"), s_accelerators, spec.accelerator);
        reader.readEnum(QStringLiteral("firmware"), s_firmwares, spec.firmware);
        reader.readBool(QStringLiteral("secureBoot"), spec.secureBoot);
        readIso(reader, spec.iso);
        reader.readString(QStringLiteral("storagePool"), spec.storagePool);
        readNetwork(reader, spec.network);
        readExposure(reader, spec.exposure);
    }
    if (!problems.isEmpty()) {
        // All at once: a value of the wrong type must not hide an invalid
        // one elsewhere (a key already reported keeps its default here).
        for (const SpecProblem &problem : spec.validate()) {
            const bool reported = std::any_of(
                    problems.cbegin(), problems.cend(),
                    [&problem](const SpecProblem &known) { return known.key == problem.key; });
            if (!reported)
                problems.append(problem);
        }
        return std::unexpected(problems);
    }
    return spec;
}

std::expected<VmSpec, SpecProblems> VmSpec::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
                SpecProblems {{QStringLiteral("(file)"),
                               tr("cannot read “%1”: %2").arg(fileName, file.errorString())}});
    }
    // A spec is a few hundred bytes; refuse to slurp something that is not one.
    constexpr qint64 limit = 1024 * 1024;
    if (file.size() > limit) {
        return std::unexpected(SpecProblems {
                {QStringLiteral("(file)"),
                 tr("“%1” is too large to be a VM spec (over 1 MiB)").arg(fileName)}});
    }
    return fromJson(file.read(limit));
}

QJsonObject VmSpec::toJson() const
{
    QJsonValue isoValue;
    if (iso.isVolume()) {
        isoValue = QJsonObject {{QStringLiteral("pool"), iso.pool},
                                {QStringLiteral("volume"), iso.volume}};
    } else if (!iso.path.isEmpty()) {
        isoValue = iso.path;
    }

    QJsonValue sharedFolderValue;
    if (exposure.sharedFolder) {
        sharedFolderValue
                = QJsonObject {{QStringLiteral("path"), exposure.sharedFolder->path},
                               {QStringLiteral("readOnly"), exposure.sharedFolder->readOnly}};
    }

    return QJsonObject {
            {QStringLiteral("name"), name},
            {QStringLiteral("vcpus"), vcpus},
            {QStringLiteral("memoryMiB"), memoryMiB},
            {QStringLiteral("diskGiB"), diskGiB},
            {QStringLiteral("cpuMode"), jsonName(cpuMode)},
            {QStringLiteral("accelerator"), jsonName(accelerator)},
            {QStringLiteral("firmware"), jsonName(firmware)},
            {QStringLiteral("secureBoot"), secureBoot},
            {QStringLiteral("iso"), isoValue},
            {QStringLiteral("storagePool"), storagePool},
            {QStringLiteral("network"),
             QJsonObject {{QStringLiteral("mode"), jsonName(network.mode)},
                          {QStringLiteral("ipv6"), network.ipv6},
                          {QStringLiteral("bridge"), network.bridge}}},
            {QStringLiteral("exposure"),
             QJsonObject {{QStringLiteral("usbRedirection"), exposure.usbRedirection},
                          {QStringLiteral("audio"), exposure.audio},
                          {QStringLiteral("microphone"), exposure.microphone},
                          {QStringLiteral("clipboard"), exposure.clipboard},
                          {QStringLiteral("sharedFolder"), sharedFolderValue},
                          {QStringLiteral("gpuAcceleration"), exposure.gpuAcceleration},
                          {QStringLiteral("guestAgent"), exposure.guestAgent},
                          {QStringLiteral("tpm"), exposure.tpm},
                          {QStringLiteral("hostDevices"),
                           QJsonArray::fromStringList(exposure.hostDevices)}}},
    };
}

QByteArray VmSpec::toJsonBytes(QJsonDocument::JsonFormat format) const
{
    // Qt's JSON reader drops a U+FEFF that begins a string, taking it for a
    // byte-order mark, so it is written as the escape \ufeff, which reads back
    // as written. Outside strings JSON is ASCII: these bytes are in a string.
    return QJsonDocument(toJson()).toJson(format).replace("\xEF\xBB\xBF", "\\ufeff");
}

bool VmSpec::save(const QString &fileName, QString *errorMessage) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJsonBytes()) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not save “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> VmSpec::nameProblem(const QString &name, Phrasing phrasing)
{
    const bool sentence = phrasing == Phrasing::Sentence;
    if (name.isEmpty())
        return sentence ? tr("The VM needs a name.") : tr("must not be empty");
    if (name.size() > maximumNameLength) {
        const int length = int(name.size());
        return (sentence ? tr("The name is %n character(s) long; at most %1 are allowed.", nullptr,
                              length)
                         : tr("is %n character(s) long; at most %1 are allowed", nullptr, length))
                .arg(maximumNameLength);
    }
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-'))) {
        return sentence ? tr("The name must not start with “.” or “-”.")
                        : tr("must not start with “.” or “-”, not “%1”").arg(name);
    }
    static const QRegularExpression allowed(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]+")));
    if (!allowed.match(name).hasMatch()) {
        return sentence ? tr("The name may contain only letters A–Z, digits, “.”, “_” and “-”.")
                        : tr("may contain only letters A–Z, digits, “.”, “_” and “-”, not “%1”")
                                  .arg(name);
    }
    return std::nullopt;
}

SpecProblems VmSpec::validate(const HostLimits &host) const
{
    SpecProblems problems;
    const auto report = [&problems](const QString &key, const QString &message) {
        problems.append({key, message});
    };

    if (const auto problem = nameProblem(name, Phrasing::AfterKey))
        report(QStringLiteral("name"), *problem);

    if (vcpus < 1 || vcpus > maximumVcpus) {
        report(QStringLiteral("vcpus"),
               tr("must be between 1 and %1, not %2").arg(maximumVcpus).arg(vcpus));
    } else if (host.threads > 0 && vcpus > host.threads) {
        report(QStringLiteral("vcpus"),
               tr("%1 are more than the %2 this host has") // "2 virtual CPUs", "1 thread"
                       .arg(tr("%n virtual CPU(s)", nullptr, vcpus),
                            tr("%n thread(s)", nullptr, host.threads)));
    }

    if (memoryMiB < minimumMemoryMiB || memoryMiB > maximumMemoryMiB) {
        report(QStringLiteral("memoryMiB"),
               tr("must be at least %1 MiB (NixOS's minimum) and at most %2 MiB, not %3")
                       .arg(minimumMemoryMiB)
                       .arg(maximumMemoryMiB)
                       .arg(memoryMiB));
    } else if (host.memoryMiB > 0 && memoryMiB > host.memoryMiB) {
        report(QStringLiteral("memoryMiB"),
               tr("%1 MiB is more than the %2 MiB of memory this host has")
                       .arg(memoryMiB)
                       .arg(host.memoryMiB));
    }

    if (diskGiB < minimumDiskGiB || diskGiB > maximumDiskGiB) {
        report(QStringLiteral("diskGiB"),
               tr("must be at least %1 GiB (NixOS's minimum) and at most %2 GiB, not %3")
                       .arg(minimumDiskGiB)
                       .arg(maximumDiskGiB)
                       .arg(diskGiB));
    }

    if (secureBoot && firmware != Firmware::Uefi)
        report(QStringLiteral("secureBoot"),
               tr("needs firmware \"uefi\"; BIOS has no Secure Boot"));

    const bool usesKvm = accelerator == Accelerator::Kvm
                         || (accelerator == Accelerator::Auto && host.kvmAvailable);
    if (accelerator == Accelerator::Kvm && !host.kvmAvailable) {
        report(QStringLiteral("accelerator"),
               tr("KVM is not available on this host; use \"auto\" or \"tcg\""));
    } else if (cpuMode == CpuMode::HostPassthrough && !usesKvm) {
        report(QStringLiteral("cpuMode"),
               tr("host-passthrough needs KVM, but this VM will run in emulation (TCG); "
                  "use \"maximum\""));
    }

    if (!iso.isEmpty()) {
        if (iso.isVolume()) {
            if (!isSafeObjectName(iso.pool))
                report(QStringLiteral("iso.pool"),
                       tr("“%1” is not a valid storage pool name").arg(iso.pool));
            if (!isSafeObjectName(iso.volume))
                report(QStringLiteral("iso.volume"),
                       tr("“%1” is not a valid volume name").arg(iso.volume));
        } else if (const auto problem = absolutePathProblem(iso.path)) {
            report(QStringLiteral("iso"), *problem);
        }
    }

    if (!isSafeObjectName(storagePool)) {
        report(QStringLiteral("storagePool"),
               tr("“%1” is not a valid storage pool name").arg(storagePool));
    }

    if (network.mode == NetworkMode::Bridge) {
        // Linux interface names: at most 15 bytes, no '/', ':' or white space.
        static const QRegularExpression interfaceName(
                QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,15}")));
        if (network.bridge.isEmpty())
            report(QStringLiteral("network.bridge"),
                   tr("mode \"bridge\" needs the name of a host bridge, such as \"br0\""));
        else if (!interfaceName.match(network.bridge).hasMatch())
            report(QStringLiteral("network.bridge"),
                   tr("“%1” is not a valid network interface name").arg(network.bridge));
    } else if (!network.bridge.isEmpty()) {
        report(QStringLiteral("network.bridge"),
               tr("is only used with mode \"bridge\", not \"%1\"").arg(jsonName(network.mode)));
    }
    if (network.mode == NetworkMode::None && network.ipv6)
        report(QStringLiteral("network.ipv6"), tr("needs a network; mode is \"none\""));

    if (exposure.microphone && !exposure.audio) {
        report(QStringLiteral("exposure.microphone"),
               tr("needs \"audio\": the microphone comes through the VM's sound card"));
    }
    if (exposure.sharedFolder) {
        if (const auto problem = absolutePathProblem(exposure.sharedFolder->path))
            report(QStringLiteral("exposure.sharedFolder.path"), *problem);
        else if (QDir::cleanPath(exposure.sharedFolder->path) == QLatin1String("/"))
            report(QStringLiteral("exposure.sharedFolder.path"),
                   tr("must not be the whole file system (“/”)"));
        else if (const auto refused = SharedFolderRule::refusal(exposure.sharedFolder->path,
                                                                exposure.sharedFolder->readOnly))
            report(QStringLiteral("exposure.sharedFolder.path"), *refused);
    }
    QStringList seenDevices;
    for (qsizetype i = 0; i < exposure.hostDevices.size(); ++i) {
        const QString &device = exposure.hostDevices.at(i);
        const QString key = QStringLiteral("exposure.hostDevices[%1]").arg(i);
        if (!isSafeObjectName(device))
            report(key, tr("“%1” is not a libvirt node-device name").arg(device));
        else if (seenDevices.contains(device))
            report(key, tr("“%1” is listed twice").arg(device));
        else if (const auto refused = HostDeviceRule::nameRefusal(device))
            report(key, *refused);
        seenDevices.append(device);
    }

    return problems;
}

} // namespace Airlock
