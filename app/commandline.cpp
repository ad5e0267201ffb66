// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace Airlock {

namespace {

constexpr const char *s_headlessFlags[]
        = {"--print-xml", "--help", "-h", "--help-all", "--version", "-v"};

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "airlock: %s\n", qPrintable(message));
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : s_headlessFlags) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Create a hardened NixOS virtual machine and prove its isolation."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption connect(QStringLiteral("connect"),
                                     tr("The libvirt connection to use (default: qemu:///system)."),
                                     tr("URI"));
    const QCommandLineOption spec(QStringLiteral("spec"),
                                  tr("Read the VM's choices from a JSON spec file."), tr("FILE"));
    const QCommandLineOption printXml(
            QStringLiteral("print-xml"),
            tr("Print the domain XML for --spec and exit (2 when the spec is invalid)."));
    parser.addOptions({connect, spec, printXml});
    parser.process(arguments);

    CommandLine result;
    if (parser.isSet(connect)) {
        result.connectUri = parser.value(connect);
        result.connectGiven = true;
    }
    result.specFile = parser.value(spec);
    if (parser.isSet(printXml))
        result.mode = Mode::PrintXml;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument “%1”; see --help")
                           .arg(parser.positionalArguments().constFirst()));
        std::exit(2);
    }
    return result;
}

} // namespace Airlock
