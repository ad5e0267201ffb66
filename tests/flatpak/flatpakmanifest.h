// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Airlock::Test {

// flatpak/<app id>.yml as flatpak-builder itself reads it: the tests look at
// the JSON of `flatpak-builder --show-manifest`, never at the YAML text, so
// they see what a build would see.
class FlatpakManifest
{
public:
    static QString path();

    // Empty `errorString()` on success.
    static FlatpakManifest load();

    QString errorString() const { return m_errorString; }
    const QJsonObject &json() const { return m_json; }

    QString string(const QString &key) const { return m_json.value(key).toString(); }
    QStringList strings(const QString &key) const;
    QStringList finishArgs() const { return strings(QStringLiteral("finish-args")); }

    // Every module, depth first, nested `modules` included.
    QList<QJsonObject> modules() const;
    QJsonObject module(const QString &name) const;

private:
    QJsonObject m_json;
    QString m_errorString;
};

QStringList toStringList(const QJsonValue &array);

} // namespace Airlock::Test
