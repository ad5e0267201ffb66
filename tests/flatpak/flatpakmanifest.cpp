// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatpakmanifest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QTemporaryDir>

namespace Airlock::Test {

QString FlatpakManifest::path()
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR "/flatpak/" AIRLOCK_APP_ID ".yml");
}

FlatpakManifest FlatpakManifest::load()
{
    FlatpakManifest manifest;
    // flatpak-builder leaves its .flatpak-builder state directory in the
    // working directory, even for --show-manifest.
    QTemporaryDir workingDirectory;
    QProcess process;
    process.setWorkingDirectory(workingDirectory.path());
    process.start(QStringLiteral(FLATPAK_BUILDER), {QStringLiteral("--show-manifest"), path()});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        manifest.m_errorString
                = QStringLiteral("flatpak-builder --show-manifest %1 failed: %2%3")
                          .arg(path(), process.errorString(),
                               QString::fromLocal8Bit(process.readAllStandardError()));
        return manifest;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (!document.isObject()) {
        manifest.m_errorString = QStringLiteral("flatpak-builder printed no JSON object: %1")
                                         .arg(error.errorString());
        return manifest;
    }
    manifest.m_json = document.object();
    return manifest;
}

QStringList FlatpakManifest::strings(const QString &key) const
{
    return toStringList(m_json.value(key));
}

static void collectModules(const QJsonArray &modules, QList<QJsonObject> *into)
{
    for (const QJsonValue &module : modules) {
        into->append(module.toObject());
        collectModules(module.toObject().value(QStringLiteral("modules")).toArray(), into);
    }
}

QList<QJsonObject> FlatpakManifest::modules() const
{
    QList<QJsonObject> result;
    collectModules(m_json.value(QStringLiteral("modules")).toArray(), &result);
    return result;
}

QJsonObject FlatpakManifest::module(const QString &name) const
{
    const QList<QJsonObject> all = modules();
    for (const QJsonObject &module : all) {
        if (module.value(QStringLiteral("name")).toString() == name)
            return module;
    }
    return {};
}

QStringList toStringList(const QJsonValue &array)
{
    QStringList result;
    const QJsonArray values = array.toArray();
    for (const QJsonValue &value : values)
        result.append(value.toString());
    return result;
}

} // namespace Airlock::Test
