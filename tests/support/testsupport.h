// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exposure/exposure.h"
#include "spec/vmspec.h"

#include <QString>

namespace Airlock::Test {

// A file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// Whether AIRLOCK_REGENERATE=1 asks expected-output tests to rewrite their
// stored files instead of comparing (review the diff afterwards).
bool regenerating();

// Runs `program arguments` and returns its exit code, with stdout and
// stderr merged into `output`; -1 when it could not start.
int runProgram(const QString &program, const QStringList &arguments, QString *output = nullptr,
               const QByteArray &input = {}, int timeoutMs = 60000);

} // namespace Airlock::Test

// Readable QCOMPARE failures for the model's enums (found by argument lookup).
namespace Airlock {
char *toString(CpuMode value);
char *toString(Accelerator value);
char *toString(Firmware value);
char *toString(NetworkMode value);
char *toString(Preset value);
char *toString(Risk value);
char *toString(ExposureId value);
} // namespace Airlock
