// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QString>

namespace Airlock {
class AirlockWizard;
}

namespace Airlock::Test {

// A test-driver node (tests/data/testdriver/launch.xml) whose pool "vms"
// holds the ISO, and a spec that creates a VM there: the Launch page's.
QString launchNodeUri();
VmSpec launchSpec();

// Waits for the Host page's checks and accepts every risk they found (the
// test driver and this machine's daemon offer no SELinux). Returns an empty
// string on success, else what went wrong.
QString acceptHostRisks(AirlockWizard &wizard, int timeoutMs = 15000);

// Presses Next, page by page, doing what each page needs before it lets the
// user on (the Host page's risks accepted; on the Media page, when the spec
// has no ISO yet, a small stand-in file chosen), until `pageId` is current.
// Each page gets `timeoutMs` to let the wizard on (a slow remote host needs
// more). Returns an empty string on success.
QString walkTo(AirlockWizard &wizard, int pageId, int timeoutMs = 15000);

} // namespace Airlock::Test
