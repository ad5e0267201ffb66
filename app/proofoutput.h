// SPDX-License-Identifier: GPL-3.0-or-later
// The proof of a running VM as `--create` and `--verify` print it: the same
// JSON object under "proof", and the same lines for a terminal.
#pragma once

#include "proof/isolationproof.h"

#include <QJsonObject>

namespace Airlock {

QJsonObject proofJson(const IsolationProof &proof);
void printProof(const IsolationProof &proof);

} // namespace Airlock
