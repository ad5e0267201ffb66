// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "hypervisor/hostfacts.h"
#include "sizing/sizing.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Airlock {

void printError(const QString &message)
{
    std::fprintf(stderr, "airlock: %s\n", qPrintable(message));
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int reportProblems(const SpecProblems &problems)
{
    for (const SpecProblem &problem : problems)
        printError(problem.text());
    return 2;
}

std::optional<VmSpec> loadSpec(const QString &fileName)
{
    auto spec = VmSpec::load(fileName);
    if (!spec) {
        reportProblems(spec.error());
        return std::nullopt;
    }
    if (const SpecProblems problems = spec->validate(); !problems.isEmpty()) {
        reportProblems(problems);
        return std::nullopt;
    }
    return std::move(*spec);
}

bool chooseHostDefaults(VmSpec &spec, const QString &specFile, const Connection &connection)
{
    QFile file(specFile);
    QStringList written;
    if (file.open(QIODevice::ReadOnly))
        written = QJsonDocument::fromJson(file.read(1024 * 1024)).object().keys();
    const auto facts = HostFacts::query(connection, spec.storagePool);
    if (!facts) {
        printError(CommandLine::tr("cannot read what %1 offers: %2")
                           .arg(connection.uri(), facts.error().message));
        return false;
    }
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    const auto left = [&written](const char *key) { return !written.contains(QLatin1String(key)); };
    if (left("cpuMode"))
        spec.cpuMode = Sizing::cpuModeFor(host, spec.accelerator);
    if (left("firmware") && !spec.secureBoot)
        spec.firmware = Sizing::firmwareFor(host);
    if (left("vcpus") && host.threads > 0 && spec.vcpus > host.threads)
        spec.vcpus = Sizing::vcpusFor(host);
    if (left("memoryMiB") && host.memoryMiB > 0 && spec.memoryMiB > host.memoryMiB)
        spec.memoryMiB = Sizing::memoryMiBFor(host);
    return true;
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
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

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
    // Read here, not by process(): a mistake is a usage error (exit 2), said
    // in Airlock's words, like every other.
    if (!parser.parse(arguments)) {
        //: %1 is Qt's sentence, such as "Unknown option 'bogus'."
        printError(tr("%1 See --help for the options.").arg(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

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
