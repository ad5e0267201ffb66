// SPDX-License-Identifier: GPL-3.0-or-later
// The ".sha256" parser. Invariants: what it accepts is 64 lowercase
// hexadecimal digits that the file really contains, with a file name that is
// empty or safe to create in the download folder; writing that checksum back
// in each form sha256sum and BSD write reads back to the same result.
#include "fuzzcheck.h"
#include "media/checksumfile.h"

#include <QFileInfo>

#include <cstdint>

using namespace Airlock;

namespace {

bool isLowercaseHex(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
               || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

void checkSafeFileName(const QString &name)
{
    if (!ChecksumFile::isSafeFileName(name))
        return;
    FUZZ_CHECK(!name.isEmpty() && name.size() <= 200, name);
    FUZZ_CHECK(!name.startsWith(QLatin1Char('.')), name);
    FUZZ_CHECK(!name.contains(QLatin1Char('/')) && !name.contains(QChar(0)), name);
    FUZZ_CHECK(QFileInfo(name).fileName() == name, name);
    FUZZ_CHECK(std::all_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; }),
               name);
}

void checkReadsBackAs(const QByteArray &text, const PublishedChecksum &expected)
{
    const auto parsed = ChecksumFile::parse(text);
    FUZZ_CHECK(parsed.has_value(),
               parsed.error() + QLatin1String(" for: ") + QString::fromUtf8(text));
    FUZZ_CHECK(*parsed == expected, QString::fromUtf8(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    checkSafeFileName(text);
    checkSafeFileName(text.trimmed());

    const auto parsed = ChecksumFile::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QString());
        return 0;
    }
    FUZZ_CHECK(input.size() <= ChecksumFile::maximumSize, QString::number(input.size()));
    FUZZ_CHECK(parsed->sha256.size() == 64, parsed->sha256);
    FUZZ_CHECK(isLowercaseHex(parsed->sha256), parsed->sha256);
    FUZZ_CHECK(text.toLower().contains(parsed->sha256), parsed->sha256);
    FUZZ_CHECK(parsed->fileName.isEmpty() || ChecksumFile::isSafeFileName(parsed->fileName),
               parsed->fileName);

    const QByteArray hash = parsed->sha256.toLatin1();
    const QByteArray name = parsed->fileName.toUtf8();
    if (name.isEmpty()) {
        checkReadsBackAs(hash + '\n', *parsed);
    } else {
        checkReadsBackAs(hash + "  " + name + '\n', *parsed);
        checkReadsBackAs(hash + " *" + name + '\n', *parsed);
        checkReadsBackAs("SHA256 (" + name + ") = " + hash + '\n', *parsed);
        checkReadsBackAs(hash.toUpper() + "  " + name, *parsed);
        // The hash alone says nothing of the name.
        checkReadsBackAs(hash, PublishedChecksum {parsed->sha256, QString()});
    }
    return 0;
}
