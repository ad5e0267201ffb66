// SPDX-License-Identifier: GPL-3.0-or-later
// app/: the airlock executable. main.cpp makes the QApplication, loads the
// translators and either shows the wizard or runs one command of the command
// line (DESIGN.md's contract: --print-xml, --check-host, --fetch-iso,
// --create, --verify, --list, --delete), one file each. It uses the model and the wizard and holds
// no logic of its own beyond reading arguments and printing results.
#pragma once

#include "hypervisor/connection.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Airlock {

// What the user asked for on the command line (DESIGN.md, "Command line").
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode {
        Wizard,
        PrintXml,
        CheckHost,
        FetchIso,
        Create,
        Verify,
        List,
        Delete,
        Recover, // --recover [--finish|--undo]
    };

    Mode mode = Mode::Wizard;
    QString connectUri = QStringLiteral("qemu:///system");
    bool connectGiven = false;
    QString specFile;
    QString document = QStringLiteral("domain"); // --print-xml --document
    bool json = false;
    QString outputDirectory; // --fetch-iso
    QString release; // --fetch-iso; empty: the catalogue's default
    QString baseUrl; // --fetch-iso; empty: the catalogue's own
    QString verifyName; // --verify NAME
    QString deleteName; // --delete NAME
    bool yes = false; // --delete --yes: remove, not only list
    enum class RecoverAction { List, Finish, Undo };
    RecoverAction recoverAction = RecoverAction::List; // --recover --finish / --undo

    // Reads the arguments (without the ones Qt's GUI takes); a mistake, or
    // --help and --version, end the process here, before any window exists.
    static CommandLine parse(const QStringList &arguments);
};

// Writes "airlock: <message>" to stderr.
void printError(const QString &message);
// Writes one line to stdout, flushed at once (progress reaches a pipe as it happens).
void printLine(const QString &line);
// The connection of --connect, given half a minute; on failure the error
// is printed and nothing is returned.
std::optional<Connection> openConnection(const CommandLine &commandLine);

// Prints each problem as "key: message", all of them; returns 2, the exit
// code of a spec that is wrong.
int reportProblems(const SpecProblems &problems);
// The spec file, loaded and checked on its own (not against a host); its
// problems printed, all at once, when it is wrong.
std::optional<VmSpec> loadSpec(const QString &fileName);
// For each key the spec file leaves out, what the wizard would choose on
// this host (the CPU model, the firmware, and sizes the host can give):
// a default must not be refused for a setting the user never wrote.
// Prints and returns false when the host cannot be read.
bool chooseHostDefaults(VmSpec &spec, const QString &specFile, const Connection &connection);

// One function per headless mode, each in its own file; they return the
// process's exit code (DESIGN.md, "Command line").
int runPrintXml(const CommandLine &commandLine);
int runCheckHost(const CommandLine &commandLine);
int runFetchIso(const CommandLine &commandLine);
int runCreate(const CommandLine &commandLine);
int runVerify(const CommandLine &commandLine);
int runList(const CommandLine &commandLine);
int runDelete(const CommandLine &commandLine);
int runRecover(const CommandLine &commandLine);

} // namespace Airlock
