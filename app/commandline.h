// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Airlock {

// What the user asked for on the command line (DESIGN.md, "Command line").
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode { Wizard, PrintXml };

    Mode mode = Mode::Wizard;
    QString connectUri = QStringLiteral("qemu:///system");
    bool connectGiven = false;
    QString specFile;

    // Whether argv asks for a mode that needs no window: decided before
    // any QApplication exists, so headless runs never touch a display.
    static bool isHeadless(int argc, char **argv);
    static CommandLine parse(const QStringList &arguments);
};

// Writes "airlock: <message>" to stderr.
void printError(const QString &message);

int runPrintXml(const CommandLine &commandLine);

} // namespace Airlock
