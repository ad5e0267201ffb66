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
</context>
<context>
    <name>IsolationProof</name>
    <message numerus="yes">
        <source>No other running VM&apos;s label overlaps %1 (compared with %n other running VM(s), both ways).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
</TS>
