<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Airlock::AuditView</name>
    <message numerus="yes">
        <source>All %n check(s) hold: the running VM has what you chose.</source>
        <translation>
            <numerusform>The %n check holds: the running VM has what you chose.</numerusform>
            <numerusform>All %n checks hold: the running VM has what you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) fail: the running VM differs from what you chose.</source>
        <translation>
            <numerusform>%1 of %n check fails: the running VM differs from what you chose.</numerusform>
            <numerusform>%1 of %n checks fail: the running VM differs from what you chose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::Connection</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>No answer from %1 within %n second. Check that the host is reachable and that its libvirt daemon is running.</numerusform>
            <numerusform>No answer from %1 within %n seconds. Check that the host is reachable and that its libvirt daemon is running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ConsoleWindow</name>
    <message numerus="yes">
        <source>Typed %n character(s) into the VM.</source>
        <translation>
            <numerusform>Typed %n character into the VM.</numerusform>
            <numerusform>Typed %n characters into the VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typing into the VM: %1 of %n character(s). Leave the VM&apos;s keyboard alone until it is done.</source>
        <extracomment>Shown while Airlock types into the VM: characters typed so far, of all</extracomment>
        <translation>
            <numerusform>Typing into the VM: %1 of %n character. Leave the VM&apos;s keyboard alone until it is done.</numerusform>
            <numerusform>Typing into the VM: %1 of %n characters. Leave the VM&apos;s keyboard alone until it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::DownloadWorker</name>
    <message numerus="yes">
        <source>The server redirected the download more than %n time(s).</source>
        <translation>
            <numerusform>The server redirected the download more than %n time.</numerusform>
            <numerusform>The server redirected the download more than %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>No data arrived for %n second.</numerusform>
            <numerusform>No data arrived for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::HostPage</name>
    <message numerus="yes">
        <source>%n problem(s) found: %1. Fix them and Re-check, or accept each risk below to go on.</source>
        <extracomment>%1 lists the titles of the failed checks</extracomment>
        <translation>
            <numerusform>%n problem found: %1. Fix it and Re-check, or accept the risk below to go on.</numerusform>
            <numerusform>%n problems found: %1. Fix them and Re-check, or accept each risk below to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) still need an answer: %1. Fix them and Re-check, or accept each risk below to go on.</source>
        <extracomment>%1 lists the titles of the failed checks whose risk is not accepted yet</extracomment>
        <translation>
            <numerusform>%n problem still needs an answer: %1. Fix it and Re-check, or accept its risk below to go on.</numerusform>
            <numerusform>%n problems still need an answer: %1. Fix them and Re-check, or accept each risk below to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n accepted risk(s)</source>
        <extracomment>The Host page&apos;s verdict when every failure&apos;s risk was accepted</extracomment>
        <translation>
            <numerusform>Ready, with %n accepted risk</numerusform>
            <numerusform>Ready, with %n accepted risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1. The Summary repeats the accepted risk(s) before the VM is created.</source>
        <extracomment>%1 lists the titles of the checks whose risk the user accepted</extracomment>
        <translation>
            <numerusform>Accepted: %1. The Summary repeats the accepted risk before the VM is created.</numerusform>
            <numerusform>Accepted: %1. The Summary repeats the accepted risks before the VM is created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stops you; %n finding(s) below deserve a look.</source>
        <translation>
            <numerusform>Nothing stops you; %n finding below deserves a look.</numerusform>
            <numerusform>Nothing stops you; %n findings below deserve a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::Hypervisor</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>No answer from %1 within %n second. Check that the host is reachable and that its libvirt daemon is running.</numerusform>
            <numerusform>No answer from %1 within %n seconds. Check that the host is reachable and that its libvirt daemon is running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::LaunchPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MediaPage</name>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <extracomment>%1 is what went wrong</extracomment>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::SpiceSession</name>
    <message numerus="yes">
        <source>libvirt did not hand over the VM&apos;s screen within %n second(s).</source>
        <translation>
            <numerusform>libvirt did not hand over the VM&apos;s screen within %n second.</numerusform>
            <numerusform>libvirt did not hand over the VM&apos;s screen within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::SummaryPage</name>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtual CPU</numerusform>
            <numerusform>%n virtual CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TypingJob</name>
    <message numerus="yes">
        <source>Typing stopped after %1 of %n character(s).</source>
        <translation>
            <numerusform>Typing stopped after %1 of %n character.</numerusform>
            <numerusform>Typing stopped after %1 of %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console lost the VM&apos;s screen after %1 of %n character(s); nothing more was typed. Clear what was typed in the VM&apos;s terminal (Ctrl+C) before typing it again.</source>
        <translation>
            <numerusform>The console lost the VM&apos;s screen after %1 of %n character; nothing more was typed. Clear what was typed in the VM&apos;s terminal (Ctrl+C) before typing it again.</numerusform>
            <numerusform>The console lost the VM&apos;s screen after %1 of %n characters; nothing more was typed. Clear what was typed in the VM&apos;s terminal (Ctrl+C) before typing it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::VmPanel</name>
    <message numerus="yes">
        <source>Asked NixOS to shut down, as the power button does. If it has not stopped within %n seconds, Airlock offers to force it off.</source>
        <translation>
            <numerusform>Asked NixOS to shut down, as the power button does. If it has not stopped within %n second, Airlock offers to force it off.</numerusform>
            <numerusform>Asked NixOS to shut down, as the power button does. If it has not stopped within %n seconds, Airlock offers to force it off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreationPlan</name>
    <message numerus="yes">
        <source>“%1” is free; %n virtual CPU(s) and %2 fit this host.</source>
        <translation>
            <numerusform>“%1” is free; %n virtual CPU and %2 fit this host.</numerusform>
            <numerusform>“%1” is free; %n virtual CPUs and %2 fit this host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message numerus="yes">
        <source>%n device(s) of this computer passed through</source>
        <translation>
            <numerusform>%n device of this computer passed through</numerusform>
            <numerusform>%n devices of this computer passed through</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s) and %1 MiB of memory</source>
        <translation>
            <numerusform>%n virtual CPU and %1 MiB of memory</numerusform>
            <numerusform>%n virtual CPUs and %1 MiB of memory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s) and %1 MiB</source>
        <translation>
            <numerusform>%n virtual CPU and %1 MiB</numerusform>
            <numerusform>%n virtual CPUs and %1 MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) as Airlock defines them: %1</source>
        <translation>
            <numerusform>%n filter as Airlock defines it: %1</numerusform>
            <numerusform>%n filters as Airlock defines them: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the filter is given %n address(es) for the VM</source>
        <translation>
            <numerusform>the filter is given %n address for the VM</numerusform>
            <numerusform>the filter is given %n addresses for the VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × QEMU program: the emulator libvirt runs for the VM</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × QEMU program: the emulator libvirt runs for the VM</numerusform>
            <numerusform>%n × QEMU program: the emulator libvirt runs for the VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCI Express root: the q35 machine&apos;s own bus</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count; q35 is the machine type</extracomment>
        <translation>
            <numerusform>%n × PCI Express root: the q35 machine&apos;s own bus</numerusform>
            <numerusform>%n × PCI Express root: the q35 machine&apos;s own bus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in</numerusform>
            <numerusform>%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SATA controller: part of the q35 chipset; it carries the installer&apos;s drive</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × SATA controller: part of the q35 chipset; it carries the installer&apos;s drive</numerusform>
            <numerusform>%n × SATA controller: part of the q35 chipset; it carries the installer&apos;s drive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 mouse: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PS/2 mouse: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</numerusform>
            <numerusform>%n × PS/2 mouse: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</numerusform>
            <numerusform>%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × virtio-serial controller: libvirt adds it to carry the VM&apos;s channels</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × virtio-serial controller: libvirt adds it to carry the VM&apos;s channels</numerusform>
            <numerusform>%n × virtio-serial controller: libvirt adds it to carry the VM&apos;s channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SPICE sound backend: libvirt pairs it with the SPICE display; without a sound card nothing plays through it</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × SPICE sound backend: libvirt pairs it with the SPICE display; without a sound card nothing plays through it</numerusform>
            <numerusform>%n × SPICE sound backend: libvirt pairs it with the SPICE display; without a sound card nothing plays through it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × iTCO watchdog: part of the q35 chipset; it can only reset the VM</source>
        <extracomment>Expected, part of the chipset: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × iTCO watchdog: part of the q35 chipset; it can only reset the VM</numerusform>
            <numerusform>%n × iTCO watchdog: part of the q35 chipset; it can only reset the VM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsolationProof</name>
    <message numerus="yes">
        <source>No other running VM&apos;s label overlaps %1 (compared with %n other running VM(s), both ways).</source>
        <translation>
            <numerusform>No other running VM&apos;s label overlaps %1 (compared with %n other running VM, both ways).</numerusform>
            <numerusform>No other running VM&apos;s label overlaps %1 (compared with %n other running VMs, both ways).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmSpec</name>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; at most %1 are allowed.</source>
        <translation>
            <numerusform>The name is %n character long; at most %1 are allowed.</numerusform>
            <numerusform>The name is %n characters long; at most %1 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; at most %1 are allowed</source>
        <translation>
            <numerusform>is %n character long; at most %1 are allowed</numerusform>
            <numerusform>is %n characters long; at most %1 are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtual CPU</numerusform>
            <numerusform>%n virtual CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
</TS>
