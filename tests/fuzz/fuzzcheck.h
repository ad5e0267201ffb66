// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// An invariant of a fuzz target. When it does not hold, the input is a bug:
// say which rule broke and abort, so libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", __FILE__, __LINE__, \
                         #condition, QString(detail).toUtf8().constData()); \
            std::abort(); \
        } \
    } while (false)

namespace Airlock::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer is only lent for this call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Airlock::Fuzz
