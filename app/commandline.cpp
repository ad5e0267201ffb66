// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace Airlock {

namespace {

constexpr const char *s_headlessFlags[] = {
        "--print-xml", "--check-host", "--fetch-iso", "--create", "--verify", "--help", "-h",
        "--help-all",  "--version",    "-v",          "--list",   "--delete", "--yes",  "--recover",
};

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "airlock: %s\n", qPrintable(message));
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<Connection> openConnection(const CommandLine &commandLine)
{
    auto connection = Connection::openWithin(commandLine.connectUri, std::chrono::seconds(30));
    if (!connection) {
        printError(CommandLine::tr("cannot connect to %1: %2")
                           .arg(commandLine.connectUri, connection.error().message));
        return std::nullopt;
    }
    return std::move(*connection);
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

namespace {

// The options for the VMs already there: --list, --delete, --recover.
struct LifecycleOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    const QCommandLineOption list {
            QStringLiteral("list"),
            tr("List every VM on the connection, Airlock's first, without a window.")};
    const QCommandLineOption remove {
            QStringLiteral("delete"),
            tr("List what deleting the VM NAME removes and what stays, without a window; with "
               "--yes, remove it. Airlock deletes only VMs it made."),
            tr("NAME")};
    const QCommandLineOption yes {QStringLiteral("yes"),
                                  tr("With --delete: remove the VM and what Airlock made for it.")};
    const QCommandLineOption recover {
            QStringLiteral("recover"),
            tr("List the creations on the connection that were interrupted (a crash, a power "
               "loss, the daemon going away) and what each had made; with --finish or --undo, "
               "resolve them (exit 0: done; 1: not everything could be).")};
    const QCommandLineOption finish {
            QStringLiteral("finish"),
            tr("With --recover: finish each interrupted creation, keeping its disk and ISO.")};
    const QCommandLineOption undo {
            QStringLiteral("undo"),
            tr("With --recover: remove exactly what each interrupted creation had made.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({list, remove, yes, recover, finish, undo});
    }

    // Reads them into `result` once its mode is known; a misuse exits 2.
    void apply(const QCommandLineParser &parser, CommandLine &result) const
    {
        using Mode = CommandLine::Mode;
        using RecoverAction = CommandLine::RecoverAction;
        result.deleteName = parser.value(remove);
        result.yes = parser.isSet(yes);
        if (result.yes && result.mode != Mode::Delete) {
            printError(tr("--yes goes with --delete NAME"));
            std::exit(2);
        }
        if (parser.isSet(finish) && parser.isSet(undo)) {
            printError(tr("choose one of --finish, --undo, not both"));
            std::exit(2);
        }
        if ((parser.isSet(finish) || parser.isSet(undo)) && result.mode != Mode::Recover) {
            printError(tr("--finish and --undo go with --recover"));
            std::exit(2);
        }
        if (parser.isSet(finish))
            result.recoverAction = RecoverAction::Finish;
        else if (parser.isSet(undo))
            result.recoverAction = RecoverAction::Undo;
    }
};

} // namespace

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
    const QCommandLineOption document(
            QStringLiteral("document"),
            tr("With --print-xml: which document to print: domain (the default: the VM as "
               "libvirt keeps it, booting its disk), install (the VM as the installation runs: "
               "the ISO booted, a reboot stops it), network (Airlock's network) or filter "
               "(Airlock's traffic filters, in one <filters>)."),
            tr("DOCUMENT"));
    const QCommandLineOption checkHost(
            QStringLiteral("check-host"),
            tr("Run the host checks without a window and exit (1 when a check fails)."));
    const QCommandLineOption fetchIso(QStringLiteral("fetch-iso"),
                                      tr("Download and verify the NixOS ISO into --output without "
                                         "a window; print its path."));
    const QCommandLineOption create(
            QStringLiteral("create"),
            tr("Create and start the VM of --spec without a window, then prove its isolation "
               "(exit 0: running and proven; 1: creation failed and was undone; 3: running, "
               "but the proof falls short)."));
    const QCommandLineOption verify(
            QStringLiteral("verify"),
            tr("Prove the isolation of the VM NAME as it runs now, without a window (exit 0: "
               "every check holds; 3: one falls short; 1: it cannot be read). A VM Airlock did "
               "not make is held to Maximum isolation."),
            tr("NAME"));
    const QCommandLineOption json(
            QStringLiteral("json"),
            tr("With --check-host, --create, --verify, --list or --delete: print JSON."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("With --fetch-iso: the directory to download into."),
                                    tr("DIR"));
    const QCommandLineOption release(
            QStringLiteral("release"),
            tr("With --fetch-iso: the NixOS release, e.g. nixos-25.11 (default: the newest "
               "stable)."),
            tr("RELEASE"));
    const QCommandLineOption baseUrl(
            QStringLiteral("base-url"),
            tr("With --fetch-iso: download from this mirror instead of channels.nixos.org."),
            tr("URL"));
    parser.addOptions({connect, spec, printXml, document, checkHost, fetchIso, create, verify, json,
                       output, release, baseUrl});
    const LifecycleOptions lifecycle;
    lifecycle.addTo(parser);
    parser.process(arguments);

    const QList<std::pair<const QCommandLineOption *, Mode>> modes {
            {&printXml, Mode::PrintXml},       {&checkHost, Mode::CheckHost},
            {&fetchIso, Mode::FetchIso},       {&create, Mode::Create},
            {&verify, Mode::Verify},           {&lifecycle.list, Mode::List},
            {&lifecycle.remove, Mode::Delete}, {&lifecycle.recover, Mode::Recover},
    };

    CommandLine result;
    if (parser.isSet(connect)) {
        result.connectUri = parser.value(connect);
        result.connectGiven = true;
    }
    result.specFile = parser.value(spec);
    if (parser.isSet(document))
        result.document = parser.value(document);
    result.json = parser.isSet(json);
    result.outputDirectory = parser.value(output);
    result.release = parser.value(release);
    result.baseUrl = parser.value(baseUrl);
    result.verifyName = parser.value(verify);
    QStringList chosen;
    for (const auto &[option, mode] : modes) {
        if (parser.isSet(*option)) {
            chosen.append(QLatin1String("--") + option->names().constFirst());
            result.mode = mode;
        }
    }
    if (chosen.size() > 1) {
        printError(tr("choose one of %1, not several").arg(chosen.join(QLatin1String(", "))));
        std::exit(2);
    }
    lifecycle.apply(parser, result);
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument “%1”; see --help")
                           .arg(parser.positionalArguments().constFirst()));
        std::exit(2);
    }
    return result;
}

} // namespace Airlock
