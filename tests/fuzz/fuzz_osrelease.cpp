// SPDX-License-Identifier: GPL-3.0-or-later
// The os-release(5) parser. Invariants: every field it reports has a shell
// variable name and a one-line value; the fields, written back quoted as
// os-release(5) asks, read back unchanged; and what Airlock concludes from
// them (the distribution, secureblue or not) is consistent.
#include "fuzzcheck.h"
#include "host/osrelease.h"

#include <QRegularExpression>

#include <cstdint>

using namespace Airlock;

namespace {

QByteArray quoted(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$')
            || c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    OsRelease release;
    release.path = QStringLiteral("/etc/os-release");
    release.fields = OsRelease::parse(Fuzz::bytes(data, size));

    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_0-9]+$"));
    QByteArray written;
    for (auto it = release.fields.cbegin(); it != release.fields.cend(); ++it) {
        FUZZ_CHECK(shellName.match(it.key()).hasMatch(), it.key());
        FUZZ_CHECK(!it.value().contains(QLatin1Char('\n')), it.value());
        written += it.key().toUtf8() + '=' + quoted(it.value()) + '\n';
    }
    const auto reread = OsRelease::parse(written);
    FUZZ_CHECK(reread == release.fields, QString::fromUtf8(written));

    const QString id = release.id();
    FUZZ_CHECK(!id.isEmpty() && id == id.toLower(), id);
    for (const QString &like : release.idLike())
        FUZZ_CHECK(!like.isEmpty() && !like.contains(QLatin1Char(' ')), like);
    FUZZ_CHECK(!release.isOlderSecureblue() || release.isSecureblue(), id);
    FUZZ_CHECK(!release.isSecureblue() || release.isOlderSecureblue()
                       || id == QLatin1String("secureblue"),
               id);
    FUZZ_CHECK(!release.isOlderSecureblue()
                       || release.idLike().contains(QLatin1String("secureblue")),
               id);
    const QString image = release.imageName();
    FUZZ_CHECK(image.isEmpty() || image == release.value(QStringLiteral("IMAGE_ID"))
                       || image == release.value(QStringLiteral("VARIANT_ID")),
               image);
    return 0;
}
