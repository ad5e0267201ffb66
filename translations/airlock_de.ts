<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Airlock::AirlockWizard</name>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>Get NixOS</source>
        <translation>NixOS holen</translation>
    </message>
    <message>
        <source>Size the VM</source>
        <translation>Größe der VM festlegen</translation>
    </message>
    <message>
        <source>Choose devices</source>
        <translation>Geräte wählen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Create and prove</source>
        <translation>Erstellen und nachweisen</translation>
    </message>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Airlock?</source>
        <translation>Airlock schließen?</translation>
    </message>
    <message>
        <source>Close Airlock and lose your choices?</source>
        <translation>Airlock schließen und Ihre Auswahl verlieren?</translation>
    </message>
    <message>
        <source>No VM has been created yet. The choices you made on these pages are not kept: the next time, Airlock starts again from the first page.</source>
        <translation>Es wurde noch keine VM erstellt. Ihre Auswahl auf diesen Seiten wird nicht gespeichert: Beim nächsten Mal beginnt Airlock wieder auf der ersten Seite.</translation>
    </message>
    <message>
        <source>Close and lose my choices</source>
        <translation>Schließen, Auswahl verlieren</translation>
    </message>
    <message>
        <source>Keep my choices</source>
        <translation>Auswahl behalten</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditView</name>
    <message>
        <source>Airlock read the running VM&apos;s configuration back from libvirt and compared it with what you chose. Only what was read back is ticked.</source>
        <translation>Airlock hat die Konfiguration der laufenden VM von libvirt zurückgelesen und mit Ihrer Auswahl verglichen. Abgehakt ist nur, was zurückgelesen wurde.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An audit line: what should hold — what the live XML holds</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) hold: the running VM has what you chose.</source>
        <translation>
            <numerusform>%n Prüfung bestanden: Die laufende VM hat, was Sie gewählt haben.</numerusform>
            <numerusform>Alle %n Prüfungen bestanden: Die laufende VM hat, was Sie gewählt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) fail: the running VM differs from what you chose.</source>
        <translation>
            <numerusform>Fehlgeschlagen: %1 von %n Prüfung – die laufende VM weicht von Ihrer Auswahl ab.</numerusform>
            <numerusform>Fehlgeschlagen: %1 von %n Prüfungen – die laufende VM weicht von Ihrer Auswahl ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ChecksumRequests</name>
    <message>
        <source>Airlock cannot find the server %1.</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>Airlock findet den Server %1 nicht.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure address %1 sent Airlock on to an insecure one.</source>
        <translation>Die sichere Adresse %1 hat Airlock an eine unsichere weitergeleitet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden: %2.</translation>
    </message>
    <message>
        <source>Airlock cannot reach %1: %2.</source>
        <translation>Airlock erreicht %1 nicht: %2.</translation>
    </message>
    <message>
        <source>What %1 holds is far too large to be a checksum file.</source>
        <translation>Was unter %1 liegt, ist viel zu groß für eine Prüfsummendatei.</translation>
    </message>
    <message>
        <source>What %1 holds is not a checksum file: %2.</source>
        <extracomment>%1 is an address, %2 why it is not a checksum file</extracomment>
        <translation>Was unter %1 liegt, ist keine Prüfsummendatei: %2.</translation>
    </message>
    <message>
        <source>There is no file at %1 (HTTP 404).</source>
        <translation>Unter %1 gibt es keine Datei (HTTP 404).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <extracomment>%1 is an HTTP status such as 503, %2 an address</extracomment>
        <translation>Der Server antwortete mit HTTP %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>Airlock::Connection</name>
    <message>
        <source>it is not a valid address (libvirt&apos;s look like qemu:///system)</source>
        <translation>das ist keine gültige Adresse (Adressen von libvirt sehen so aus: qemu:///system)</translation>
    </message>
    <message>
        <source>libvirt has no driver called “%1” (for VMs on this computer it is qemu:///system)</source>
        <extracomment>%1 is the first part of the address, such as &quot;bogus&quot;</extracomment>
        <translation>libvirt hat keinen Treiber namens „%1“ (für VMs auf diesem Computer lautet die Adresse qemu:///system)</translation>
    </message>
    <message>
        <source>libvirt cannot connect over “%1”; it uses unix, ssh, libssh, libssh2, tcp, tls or ext</source>
        <extracomment>%1 is the part after &quot;+&quot;, such as &quot;ftp&quot;; the list is libvirt&apos;s</extracomment>
        <translation>libvirt kann sich nicht über „%1“ verbinden; es nutzt unix, ssh, libssh, libssh2, tcp, tls oder ext</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt connection address: %2.</source>
        <translation>„%1“ ist keine libvirt-Verbindungsadresse: %2.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde. Prüfen Sie, ob der Host erreichbar ist und sein libvirt-Dienst läuft.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden. Prüfen Sie, ob der Host erreichbar ist und sein libvirt-Dienst läuft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ConsoleView</name>
    <message>
        <source>The VM&apos;s screen</source>
        <translation>Der Bildschirm der VM</translation>
    </message>
    <message>
        <source>Your keyboard types into the VM. Press Ctrl+Alt to get it back.</source>
        <translation>Ihre Tastatur tippt in die VM. Drücken Sie Strg+Alt, um sie zurückzubekommen.</translation>
    </message>
    <message>
        <source>Click the screen, or press Enter on it, to type into the VM.</source>
        <translation>Klicken Sie auf den Bildschirm oder drücken Sie dort die Eingabetaste, um in die VM zu tippen.</translation>
    </message>
</context>
<context>
    <name>Airlock::ConsoleWindow</name>
    <message>
        <source>Send key</source>
        <translation>Taste senden</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>VM starten</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Tippen stoppen</translation>
    </message>
    <message>
        <source>%1 — Airlock console</source>
        <extracomment>The console window&apos;s title: the VM&apos;s name, then the app&apos;s</extracomment>
        <translation>%1 — Airlock-Konsole</translation>
    </message>
    <message>
        <source>Keys your desktop would keep for itself</source>
        <translation>Tasten, die Ihr Desktop für sich behalten würde</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Strg+Alt+Rücktaste</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1 … F12</source>
        <extracomment>A submenu: Ctrl+Alt+F1 … Ctrl+Alt+F12 switch the guest&apos;s text consoles</extracomment>
        <translation>Strg+Alt+F1 … F12</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>Die Konsole ist geschlossen.</translation>
    </message>
    <message>
        <source>Connecting to the VM&apos;s screen…</source>
        <translation>Verbindung zum Bildschirm der VM wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to the VM&apos;s screen.</source>
        <translation>Mit dem Bildschirm der VM verbunden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;The VM is off.&quot; then &quot;Start it: its screen appears here when it runs.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Typing into the VM…</source>
        <translation>In die VM wird getippt …</translation>
    </message>
    <message numerus="yes">
        <source>Typed %n character(s) into the VM.</source>
        <translation>
            <numerusform>%n Zeichen in die VM getippt.</numerusform>
            <numerusform>%n Zeichen in die VM getippt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typing into the VM: %1 of %n character(s). Leave the VM&apos;s keyboard alone until it is done.</source>
        <extracomment>Shown while Airlock types into the VM: characters typed so far, of all</extracomment>
        <translation>
            <numerusform>Eingabe in die VM: %1 von %n Zeichen. Lassen Sie die Tastatur der VM in Ruhe, bis sie fertig ist.</numerusform>
            <numerusform>Eingabe in die VM: %1 von %n Zeichen. Lassen Sie die Tastatur der VM in Ruhe, bis sie fertig ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::CreationChecklist</name>
    <message>
        <source>Waiting</source>
        <extracomment>A creation step not started yet</extracomment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already there</source>
        <extracomment>A creation step with nothing to do (e.g. the pool exists)</extracomment>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Removed again</source>
        <translation>Wieder entfernt</translation>
    </message>
    <message>
        <source>Could not be removed</source>
        <translation>Konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <extracomment>Upload progress: &quot;1.2 GiB of 2.6 GiB (45 %)&quot;</extracomment>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Removing what this step made…</source>
        <translation>Entfernt, was dieser Schritt angelegt hat …</translation>
    </message>
    <message>
        <source>Removed again.</source>
        <translation>Wieder entfernt.</translation>
    </message>
    <message>
        <source>Could not be removed; see below for how to remove it by hand.</source>
        <translation>Konnte nicht entfernt werden; unten steht, wie Sie es von Hand entfernen.</translation>
    </message>
</context>
<context>
    <name>Airlock::CreationFailureView</name>
    <message>
        <source>libvirt&apos;s message:</source>
        <translation>Meldung von libvirt:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>libvirt&apos;s message</source>
        <translation>Meldung von libvirt</translation>
    </message>
    <message>
        <source>Copy the list and the commands that remove what is left</source>
        <translation>Die Liste und die Befehle kopieren, die das Übriggebliebene entfernen</translation>
    </message>
    <message>
        <source>Run the creation again from the start</source>
        <translation>Die Erstellung noch einmal von vorn ausführen</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <extracomment>&quot;Start the VM&quot; failed: The VM could not be started.</extracomment>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Was Sie versuchen können: %1</translation>
    </message>
    <message>
        <source>Reconnect and try again</source>
        <translation>Neu verbinden und erneut versuchen</translation>
    </message>
    <message>
        <source>Nothing had been made yet, so nothing is left behind.</source>
        <translation>Es war noch nichts angelegt, also bleibt nichts zurück.</translation>
    </message>
    <message>
        <source>Removed again, so nothing of it is left:
%1</source>
        <translation>Wieder entfernt, es bleibt also nichts davon zurück:
%1</translation>
    </message>
    <message>
        <source>Left behind: Airlock could not remove these. Remove them by hand, or try again once the connection is back:</source>
        <translation>Zurückgeblieben: Airlock konnte dies nicht entfernen. Entfernen Sie es von Hand oder versuchen Sie es erneut, sobald die Verbindung wieder steht:</translation>
    </message>
</context>
<context>
    <name>Airlock::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Delete the VM “%1”?</source>
        <translation>Die VM „%1“ löschen?</translation>
    </message>
    <message>
        <source>These stay:</source>
        <translation>Das bleibt erhalten:</translation>
    </message>
    <message>
        <source>Reading from libvirt what belongs to “%1”…</source>
        <translation>Was zu „%1“ gehört, wird bei libvirt nachgelesen …</translation>
    </message>
    <message>
        <source>Airlock removes the VM and everything it made for it:</source>
        <translation>Airlock entfernt die VM und alles, was es für sie angelegt hat:</translation>
    </message>
    <message>
        <source>This cannot be undone: everything inside the VM is lost, its snapshots too.</source>
        <translation>Das lässt sich nicht rückgängig machen: Alles in der VM geht verloren, auch ihre Schnappschüsse.</translation>
    </message>
    <message>
        <source>The VM is running: Airlock turns it off first, and anything not saved in it is lost.</source>
        <translation>Die VM läuft: Airlock schaltet sie zuerst aus, und alles, was in ihr nicht gespeichert ist, geht verloren.</translation>
    </message>
    <message>
        <source>Turn off and delete</source>
        <translation>Ausschalten und löschen</translation>
    </message>
    <message>
        <source>Airlock deletes only the VMs it made. Nothing was changed.</source>
        <translation>Airlock löscht nur die VMs, die es erstellt hat. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the connection, then try again.</source>
        <translation>Es wurde nichts verändert. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <source>Removing %1 (%2 of %3)…</source>
        <translation>%1 wird entfernt (%2 von %3) …</translation>
    </message>
    <message>
        <source>“%1” was deleted</source>
        <translation>„%1“ wurde gelöscht</translation>
    </message>
    <message>
        <source>The VM and everything Airlock made for it are gone.</source>
        <translation>Die VM und alles, was Airlock für sie angelegt hat, sind entfernt.</translation>
    </message>
    <message>
        <source>“%1” was not deleted completely</source>
        <translation>„%1“ wurde nicht vollständig gelöscht</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Airlock could not remove these; each says how to remove it by hand:</source>
        <translation>Airlock konnte Folgendes nicht entfernen; bei jedem steht, wie Sie es von Hand entfernen:</translation>
    </message>
</context>
<context>
    <name>Airlock::DeviceMap</name>
    <message>
        <source>What the VM may reach on your computer</source>
        <extracomment>Accessible name of the picture of what the VM may reach.</extracomment>
        <translation>Worauf die VM auf Ihrem Computer zugreifen kann</translation>
    </message>
    <message>
        <source>cut off</source>
        <extracomment>On the wire of a part the VM cannot reach. Not &quot;isolated&quot;: that is a network mode.</extracomment>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <source>NixOS VM</source>
        <extracomment>Drawn in the VM&apos;s box on the device map; the VM&apos;s name goes under it.</extracomment>
        <translation>NixOS-VM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing to switch here.</source>
        <translation>Hier gibt es nichts zu schalten.</translation>
    </message>
    <message>
        <source>Connected to the VM: %1.</source>
        <extracomment>%1 is a risk, e.g. &quot;High risk&quot;.</extracomment>
        <translation>Mit der VM verbunden: %1.</translation>
    </message>
    <message>
        <source>Cut off from the VM.</source>
        <translation>Von der VM getrennt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the state (&quot;Cut off from the VM.&quot;), %2 what the part lets the VM do.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Airlock::DevicesPage</name>
    <message>
        <source>Choose what the VM may touch</source>
        <translation>Festlegen, worauf die VM zugreifen darf</translation>
    </message>
    <message>
        <source>Everything the VM can reach on your computer is a way in. By default it reaches nothing but the internet, through a filtered network. Turn on only what you need.</source>
        <translation>Alles, was die VM auf Ihrem Computer erreicht, ist ein möglicher Weg hinein. Standardmäßig erreicht sie nur das Internet, über ein gefiltertes Netzwerk. Schalten Sie nur ein, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>&amp;Brücke:</translation>
    </message>
    <message>
        <source>IPv&amp;6</source>
        <translation>IPv&amp;6</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes in the VM&lt;/b&gt;&lt;br&gt;&lt;small&gt;Its configuration, compared with a VM that reaches nothing: + added, − removed.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Was sich in der VM ändert&lt;/b&gt;&lt;br&gt;&lt;small&gt;Ihre Konfiguration im Vergleich zu einer VM, die nichts erreicht: + hinzugefügt, − entfernt.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>What changes in the VM&apos;s configuration</source>
        <translation>Was sich an der Konfiguration der VM ändert</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Name of the bridge on this computer</source>
        <extracomment>Accessible name of the field for the host&apos;s bridge interface.</extracomment>
        <translation>Name der Brücke auf diesem Computer</translation>
    </message>
    <message>
        <source>Your own choice, kept while you try the presets</source>
        <translation>Ihre eigene Auswahl, bleibt erhalten, während Sie die Voreinstellungen ausprobieren</translation>
    </message>
    <message>
        <source>Nothing: the VM gets its disk, the installer and a display, and reaches nothing of your computer.</source>
        <translation>Nichts: Die VM bekommt ihre Festplatte, das Installationsmedium und eine Anzeige und erreicht nichts von Ihrem Computer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The network mode and the bridge, e.g. &quot;Bridged: br0&quot;.
----------
%1 is a risk (&quot;High risk&quot;), %2 what the VM could do with the device.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>needs a network</source>
        <translation>braucht ein Netzwerk</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Shared: “%1”. %2</source>
        <translation>Freigegeben: „%1“. %2</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>PCI</source>
        <translation>PCI</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>The spec hands this device to the VM, but libvirt did not list it on this computer. Switch it off unless you know it will be there.</source>
        <translation>Die Spezifikation übergibt dieses Gerät an die VM, aber libvirt hat es auf diesem Computer nicht aufgeführt. Schalten Sie es aus, es sei denn, Sie wissen, dass es vorhanden sein wird.</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>wird gesucht …</translation>
    </message>
    <message>
        <source>Airlock is asking libvirt for this computer&apos;s devices.</source>
        <translation>Airlock fragt libvirt nach den Geräten dieses Computers.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>libvirt could not list this computer&apos;s devices, so there is nothing here to hand to the VM.</source>
        <translation>libvirt konnte die Geräte dieses Computers nicht auflisten, daher gibt es hier nichts, was an die VM übergeben werden könnte.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>libvirt found no such device on this computer, so there is nothing here to hand to the VM.</source>
        <translation>libvirt hat auf diesem Computer kein solches Gerät gefunden, daher gibt es hier nichts, was an die VM übergeben werden könnte.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Your own mix of the switches on the map. Pick a preset to start again from it; “Custom” brings your mix back.</source>
        <translation>Ihre eigene Kombination der Schalter auf der Karte. Wählen Sie eine Voreinstellung, um von ihr neu zu beginnen; „Eigene“ holt Ihre Kombination zurück.</translation>
    </message>
    <message>
        <source>In the VM: %1</source>
        <translation>In der VM: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Connected to the VM · %1</source>
        <extracomment>%1 is a risk, e.g. &quot;Medium risk&quot;.</extracomment>
        <translation>Mit der VM verbunden · %1</translation>
    </message>
    <message>
        <source>Airlock could not list this computer&apos;s cameras, Bluetooth adapters and graphics cards, so none can be handed to the VM here; everything else works. libvirt said: %1</source>
        <translation>Airlock konnte die Kameras, Bluetooth-Adapter und Grafikkarten dieses Computers nicht auflisten, daher kann hier keines davon an die VM übergeben werden; alles andere funktioniert. libvirt meldete: %1</translation>
    </message>
    <message>
        <source>Give this device to the VM?</source>
        <translation>Dieses Gerät an die VM übergeben?</translation>
    </message>
    <message>
        <source>Give “%1” to the VM?</source>
        <translation>„%1“ an die VM übergeben?</translation>
    </message>
    <message>
        <source>Give it to the VM</source>
        <translation>An die VM übergeben</translation>
    </message>
    <message>
        <source>Keep it isolated</source>
        <translation>Isoliert lassen</translation>
    </message>
    <message>
        <source>“%1” is handed to the VM. %2</source>
        <translation>„%1“ ist an die VM übergeben. %2</translation>
    </message>
    <message>
        <source>The host device “%1” is handed to the VM.</source>
        <translation>Das Gerät „%1“ des Hosts ist an die VM übergeben.</translation>
    </message>
    <message>
        <source>The VM can change and delete the files in “%1”.</source>
        <translation>Die VM kann die Dateien in „%1“ ändern und löschen.</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is no risk</source>
        <translation>Von der VM getrennt · Verbinden birgt kein Risiko</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is low risk</source>
        <translation>Von der VM getrennt · Verbinden ist ein geringes Risiko</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is medium risk</source>
        <translation>Von der VM getrennt · Verbinden ist ein mittleres Risiko</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is high risk</source>
        <translation>Von der VM getrennt · Verbinden ist ein hohes Risiko</translation>
    </message>
    <message>
        <source>The VM sits on your local network through “%1”: it can reach every device there, printers, routers and this computer included, and they can reach it.</source>
        <translation>Die VM steht über „%1“ in Ihrem lokalen Netzwerk: Sie erreicht dort jedes Gerät, auch Drucker, Router und diesen Computer, und diese erreichen sie.</translation>
    </message>
    <message>
        <source>The VM sits on your local network (bridge “%1”): it can reach every device there and this computer, and they can reach it.</source>
        <translation>Die VM steht in Ihrem lokalen Netzwerk (Brücke „%1“): Sie erreicht dort jedes Gerät und diesen Computer, und diese erreichen sie.</translation>
    </message>
    <message>
        <source>Cut off from the VM · sharing read-only: %1 · read and write: %2</source>
        <extracomment>%1 and %2 are risks, e.g. &quot;Medium risk&quot; and &quot;High risk&quot;.</extracomment>
        <translation>Von der VM getrennt · nur lesend freigeben: %1 · lesen und schreiben: %2</translation>
    </message>
    <message>
        <source>Select a part of your computer on the map to read what it lets the VM do; its switch appears here.</source>
        <translation>Wählen Sie auf der Karte einen Teil Ihres Computers, um zu lesen, was er der VM erlaubt; sein Schalter erscheint hier.</translation>
    </message>
    <message>
        <source>with the microphone</source>
        <extracomment>On the map&apos;s speakers, connected because the microphone needs them.</extracomment>
        <translation>mit dem Mikrofon</translation>
    </message>
    <message>
        <source>+ speakers</source>
        <extracomment>On the map&apos;s microphone, kept short: connecting it connects the speakers too.</extracomment>
        <translation>+ Lautsprecher</translation>
    </message>
    <message>
        <source>Choosing it changes:</source>
        <translation>Die Auswahl ändert:</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM: choose a folder…</source>
        <translation>Mit der VM &amp;verbinden: Ordner wählen…</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM…</source>
        <translation>Mit der VM &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM</source>
        <translation>Mit der VM &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect %1 to the VM</source>
        <extracomment>The switch beside the map; %1 is the selected part, e.g. &quot;Microphone&quot;.</extracomment>
        <translation>%1 mit der VM verbinden</translation>
    </message>
    <message>
        <source>Connecting the microphone connects the speakers too: the microphone is an input of the VM&apos;s sound card, which also plays its sound. Cutting the microphone off again cuts them off too.</source>
        <translation>Wenn Sie das Mikrofon verbinden, werden auch die Lautsprecher verbunden: Das Mikrofon ist ein Eingang der Soundkarte der VM, die auch ihren Ton wiedergibt. Trennen Sie das Mikrofon wieder, werden auch sie getrennt.</translation>
    </message>
    <message>
        <source>The speakers came with the microphone: cutting the microphone off cuts them off too.</source>
        <translation>Die Lautsprecher kamen mit dem Mikrofon: Wenn Sie das Mikrofon trennen, werden auch sie getrennt.</translation>
    </message>
    <message>
        <source>The microphone needs the VM&apos;s sound card: cutting the speakers off cuts the microphone off too.</source>
        <translation>Das Mikrofon braucht die Soundkarte der VM: Wenn Sie die Lautsprecher trennen, wird auch das Mikrofon getrennt.</translation>
    </message>
    <message>
        <source>Create one in your network settings (with NetworkManager: &lt;code&gt;nmcli connection add type bridge ifname br0&lt;/code&gt;, then make your wired connection a port of it), then type its name here; or choose NAT, which needs none.</source>
        <translation>Legen Sie eine in Ihren Netzwerkeinstellungen an (mit NetworkManager: &lt;code&gt;nmcli connection add type bridge ifname br0&lt;/code&gt;, und machen Sie dann Ihre kabelgebundene Verbindung zu einem Port davon) und geben Sie hier ihren Namen ein; oder wählen Sie NAT, das keine braucht.</translation>
    </message>
    <message>
        <source>libvirt found no bridge on this computer, so the VM could not start on “%1”. %2</source>
        <extracomment>%1 the bridge typed, %2 how to create a bridge.</extracomment>
        <translation>libvirt hat auf diesem Computer keine Brücke gefunden, daher konnte die VM nicht an „%1“ starten. %2</translation>
    </message>
    <message>
        <source>libvirt lists no bridge “%1” on this computer, so the VM could not start on it. Choose one it lists: %2.</source>
        <extracomment>%1 the bridge typed, %2 the bridges libvirt listed.</extracomment>
        <translation>libvirt kennt auf diesem Computer keine Brücke „%1“, daher konnte die VM nicht an ihr starten. Wählen Sie eine der aufgeführten: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The VM will sit on your local network through a bridge, but Airlock could not ask libvirt for this computer&apos;s bridges (libvirt said: %1). Type the name of the bridge that leads to your local network: %2 lists them.</source>
        <extracomment>%1 libvirt&apos;s error, %2 a command that lists the bridges.</extracomment>
        <translation>Die VM wird über eine Brücke in Ihrem lokalen Netzwerk sein, aber Airlock konnte libvirt nicht nach den Brücken dieses Computers fragen (libvirt meldete: %1). Geben Sie den Namen der Brücke ein, die zu Ihrem lokalen Netzwerk führt: %2 listet sie auf.</translation>
    </message>
    <message>
        <source>The VM would sit on your local network through a bridge, but libvirt found none on this computer. %1</source>
        <translation>Die VM wäre über eine Brücke in Ihrem lokalen Netzwerk, aber libvirt hat auf diesem Computer keine gefunden. %1</translation>
    </message>
    <message>
        <source>The VM will sit on your local network through a bridge. Airlock is asking libvirt for this computer&apos;s bridges…</source>
        <translation>Die VM wird über eine Brücke in Ihrem lokalen Netzwerk sein. Airlock fragt libvirt nach den Brücken dieses Computers…</translation>
    </message>
    <message>
        <source>The VM will sit on your local network. Choose the bridge on this computer that leads to it.</source>
        <translation>Die VM wird in Ihrem lokalen Netzwerk sein. Wählen Sie die Brücke auf diesem Computer, die dorthin führt.</translation>
    </message>
    <message>
        <source>type the bridge&apos;s name</source>
        <translation>Namen der Brücke eingeben</translation>
    </message>
    <message>
        <source>choose a bridge</source>
        <translation>Brücke wählen</translation>
    </message>
    <message>
        <source>Switch to “%1”?</source>
        <translation>Zu „%1“ wechseln?</translation>
    </message>
    <message>
        <source>Switching to “%1” changes:</source>
        <translation>Der Wechsel zu „%1“ ändert:</translation>
    </message>
    <message>
        <source>Keep sharing what you chose yourself (the preset&apos;s other settings still apply)</source>
        <translation>Weiter freigeben, was Sie selbst gewählt haben (die übrigen Einstellungen der Voreinstellung gelten trotzdem)</translation>
    </message>
    <message>
        <source>Switch to “%1”</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>Keep my settings</source>
        <translation>Einstellungen behalten</translation>
    </message>
    <message>
        <source>The speakers were connected too: the microphone is an input of the VM&apos;s sound card, which also plays its sound.</source>
        <translation>Die Lautsprecher wurden ebenfalls verbunden: Das Mikrofon ist ein Eingang der Soundkarte der VM, die auch ihren Ton wiedergibt.</translation>
    </message>
    <message>
        <source>The speakers were cut off too: they came only with the microphone.</source>
        <translation>Die Lautsprecher wurden ebenfalls getrennt: Sie kamen nur mit dem Mikrofon.</translation>
    </message>
    <message>
        <source>The microphone was cut off too: it needs the VM&apos;s sound card.</source>
        <translation>Das Mikrofon wurde ebenfalls getrennt: Es braucht die Soundkarte der VM.</translation>
    </message>
</context>
<context>
    <name>Airlock::DownloadJob</name>
    <message>
        <source>The server has no file at %1 (HTTP 404). The release may have moved; choose another release or try again later.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Der Server hat keine Datei unter %1 (HTTP 404). Die Version ist vielleicht umgezogen; wählen Sie eine andere Version oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused access to %1 (HTTP %2).</source>
        <translation>Der Server hat den Zugriff auf %1 verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>The server failed to answer for %1 (HTTP %2). This is a problem on the server&apos;s side; try again later.</source>
        <translation>Der Server hat für %1 nicht geantwortet (HTTP %2). Das Problem liegt beim Server; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Der Server antwortete mit HTTP %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>Airlock::DownloadWorker</name>
    <message>
        <source>The checksum file at %1 is far too large to be one.</source>
        <translation>Die Prüfsummendatei unter %1 ist viel zu groß, um eine zu sein.</translation>
    </message>
    <message>
        <source>The secure address %1 sent Airlock on to the insecure address %2. Airlock does not follow that: the file could be swapped on the way.</source>
        <extracomment>%1 and %2 are URLs</extracomment>
        <translation>Die sichere Adresse %1 hat Airlock an die unsichere Adresse %2 weitergeleitet. Dem folgt Airlock nicht: Die Datei könnte unterwegs ausgetauscht werden.</translation>
    </message>
    <message>
        <source>The server sent the download on to %1, which is not a web address.</source>
        <translation>Der Server hat den Download an %1 weitergeleitet, was keine Webadresse ist.</translation>
    </message>
    <message>
        <source>The server sends the download round in a circle (at %1). This is a problem on the server&apos;s side; try again later or use another mirror.</source>
        <translation>Der Server leitet den Download im Kreis (bei %1). Das Problem liegt beim Server; versuchen Sie es später erneut oder nutzen Sie einen anderen Spiegelserver.</translation>
    </message>
    <message>
        <source>The published checksum at %1 cannot be read: %2. Without it Airlock cannot prove the ISO is genuine.</source>
        <extracomment>%1 is a URL, %2 the reason it was refused</extracomment>
        <translation>Die veröffentlichte Prüfsumme unter %1 kann nicht gelesen werden: %2. Ohne sie kann Airlock nicht nachweisen, dass die ISO echt ist.</translation>
    </message>
    <message>
        <source>Airlock cannot create the download folder %1.</source>
        <translation>Airlock kann den Download-Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Airlock cannot write the download to %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Airlock kann den Download nicht nach %1 schreiben: %2.</translation>
    </message>
    <message>
        <source>The ISO needs %1 more, but the disk holding %2 has only %3 free. Free up some space and try again.</source>
        <extracomment>%1 and %3 are sizes such as &quot;2.5 GiB&quot;, %2 a folder</extracomment>
        <translation>Die ISO braucht noch %1, aber auf dem Datenträger mit %2 sind nur %3 frei. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Airlock kept what it has downloaded; free up some space and try again to continue.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Der Datenträger mit %1 ist voll. Airlock hat behalten, was bereits heruntergeladen ist; schaffen Sie Platz und versuchen Sie es erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server sent a different part of the file than Airlock asked for.</source>
        <translation>Der Server hat einen anderen Teil der Datei geschickt als den, um den Airlock gebeten hat.</translation>
    </message>
    <message>
        <source>The connection closed before the whole file arrived (%1 of %2).</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.2 GiB&quot;</extracomment>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Datei angekommen war (%1 von %2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. Airlock stopped so nothing could be swapped on the way.</source>
        <extracomment>%1 is a host name, %2 the reason</extracomment>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden: %2. Airlock hat angehalten, damit unterwegs nichts ausgetauscht werden kann.</translation>
    </message>
    <message>
        <source>Airlock cannot find the server %1. Check that this computer is online.</source>
        <translation>Airlock findet den Server %1 nicht. Prüfen Sie, ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <extracomment>%1 is a host name, %2 the network&apos;s own words</extracomment>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 Airlock tried %2 times and gave up; try again later.</source>
        <extracomment>%1 is the reason of the last failure, %2 a number of attempts (2 or more)</extracomment>
        <translation>%1 Airlock hat es %2-mal versucht und aufgegeben; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Airlock cannot read the download back: %1.</source>
        <translation>Airlock kann den Download nicht zurücklesen: %1.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the checksum NixOS published: it was damaged on the way or altered. Airlock set it aside as %1 and will not use it. Published: %2. Downloaded: %3.</source>
        <extracomment>%1 is a file path, %2 and %3 are SHA-256 checksums</extracomment>
        <translation>Die heruntergeladene Datei passt nicht zu der von NixOS veröffentlichten Prüfsumme: Sie wurde unterwegs beschädigt oder verändert. Airlock hat sie als %1 beiseitegelegt und verwendet sie nicht. Veröffentlicht: %2. Heruntergeladen: %3.</translation>
    </message>
    <message>
        <source>the volume holds %1 bytes instead of %2</source>
        <translation>das Volume enthält %1 Bytes statt %2</translation>
    </message>
    <message>
        <source>The ISO could not go into the pool “%1” as it downloads: %2. The download goes on; the ISO is copied into the pool when the VM is created. %3</source>
        <extracomment>%1 is a storage pool, %2 libvirt&apos;s reason, %3 what to do</extracomment>
        <translation>Die ISO konnte nicht schon beim Herunterladen in den Pool „%1“: %2. Der Download läuft weiter; die ISO wird beim Erstellen der VM in den Pool kopiert. %3</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected the download more than %n time(s).</source>
        <translation>
            <numerusform>Der Server hat den Download mehr als %n Mal umgeleitet.</numerusform>
            <numerusform>Der Server hat den Download mehr als %n Mal umgeleitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>%n Sekunde lang kamen keine Daten an.</numerusform>
            <numerusform>%n Sekunden lang kamen keine Daten an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ExposureCatalogue</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Zwischenablage teilen</translation>
    </message>
    <message>
        <source>Copy and paste between the VM and your desktop. The VM can read whatever you copy on your computer while its window has focus, passwords included, and can put text into your clipboard.</source>
        <translation>Kopieren und Einfügen zwischen der VM und Ihrem Desktop. Die VM kann alles lesen, was Sie auf Ihrem Computer kopieren, während ihr Fenster den Fokus hat – auch Passwörter –, und kann Text in Ihre Zwischenablage legen.</translation>
    </message>
    <message>
        <source>the SPICE agent channel (com.redhat.spice.0) and copy and paste in the SPICE display</source>
        <translation>der SPICE-Agent-Kanal (com.redhat.spice.0) und Kopieren und Einfügen in der SPICE-Anzeige</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>The VM can play sound through your speakers. It can only send sound, not record it, through a small emulated sound card.</source>
        <translation>Die VM kann Ton über Ihre Lautsprecher abspielen. Über eine kleine emulierte Soundkarte kann sie Ton nur ausgeben, nicht aufnehmen.</translation>
    </message>
    <message>
        <source>an Intel HDA sound card with an output-only codec and SPICE audio (&lt;sound&gt;, &lt;audio type=&apos;spice&apos;&gt;)</source>
        <translation>eine Intel-HDA-Soundkarte mit reinem Ausgabe-Codec und SPICE-Audio (&lt;sound&gt;, &lt;audio type=&apos;spice&apos;&gt;)</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>The VM can record from your microphone while it runs. A compromised VM could listen to the room.</source>
        <translation>Die VM kann während sie läuft über Ihr Mikrofon aufnehmen. Eine kompromittierte VM könnte den Raum abhören.</translation>
    </message>
    <message>
        <source>a microphone input on the sound card (&lt;codec type=&apos;micro&apos;&gt;)</source>
        <translation>ein Mikrofoneingang an der Soundkarte (&lt;codec type=&apos;micro&apos;&gt;)</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>USB-Umleitung</translation>
    </message>
    <message>
        <source>a USB controller and two SPICE USB redirection channels (&lt;controller type=&apos;usb&apos;&gt;, &lt;redirdev&gt;)</source>
        <translation>ein USB-Controller und zwei SPICE-USB-Umleitungskanäle (&lt;controller type=&apos;usb&apos;&gt;, &lt;redirdev&gt;)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>a virtiofs file system and shared guest memory (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</source>
        <translation>ein virtiofs-Dateisystem und gemeinsam genutzter Gastspeicher (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</translation>
    </message>
    <message>
        <source>3D acceleration</source>
        <translation>3D-Beschleunigung</translation>
    </message>
    <message>
        <source>Draws the VM&apos;s desktop with your computer&apos;s graphics card (virgl). Smoother, but the VM&apos;s drawing commands reach your host&apos;s graphics driver, a large and complex piece of code.</source>
        <translation>Zeichnet den Desktop der VM mit der Grafikkarte Ihres Computers (virgl). Flüssiger, aber die Zeichenbefehle der VM erreichen den Grafiktreiber Ihres Hosts, ein großes und komplexes Stück Code.</translation>
    </message>
    <message>
        <source>3D acceleration on the virtio video card and OpenGL in the SPICE display (&lt;acceleration accel3d=&apos;yes&apos;&gt;, &lt;gl enable=&apos;yes&apos;&gt;)</source>
        <translation>3D-Beschleunigung der virtio-Grafikkarte und OpenGL in der SPICE-Anzeige (&lt;acceleration accel3d=&apos;yes&apos;&gt;, &lt;gl enable=&apos;yes&apos;&gt;)</translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation>Gastagent</translation>
    </message>
    <message>
        <source>A private channel through which the host can ask the VM to shut down cleanly, freeze its disks for a snapshot or report its address. The VM gains nothing on the host, but the host gains control inside the VM.</source>
        <translation>Ein privater Kanal, über den der Host die VM bitten kann, sauber herunterzufahren, ihre Festplatten für einen Schnappschuss einzufrieren oder ihre Adresse zu melden. Die VM gewinnt nichts auf dem Host, aber der Host gewinnt Kontrolle in der VM.</translation>
    </message>
    <message>
        <source>the QEMU guest agent channel (org.qemu.guest_agent.0)</source>
        <translation>der Kanal des QEMU-Gastagenten (org.qemu.guest_agent.0)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>An emulated TPM 2.0 chip for disk encryption and measured boot inside the VM. It runs as a separate process on your computer (swtpm) and holds only the VM&apos;s own keys, never your computer&apos;s.</source>
        <translation>Ein emulierter TPM-2.0-Chip für Festplattenverschlüsselung und Measured Boot in der VM. Er läuft als eigener Prozess auf Ihrem Computer (swtpm) und enthält nur die Schlüssel der VM, nie die Ihres Computers.</translation>
    </message>
    <message>
        <source>an emulated TPM 2.0 (&lt;tpm&gt; with the swtpm emulator)</source>
        <translation>ein emuliertes TPM 2.0 (&lt;tpm&gt; mit dem Emulator swtpm)</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>Geräte des Hosts</translation>
    </message>
    <message>
        <source>Hands a real device of your computer to the VM: a webcam, a Bluetooth adapter, a graphics card. The VM drives the hardware directly and your computer cannot use it meanwhile; a PCI device can reach your computer&apos;s memory unless the IOMMU confines it.</source>
        <translation>Übergibt ein echtes Gerät Ihres Computers an die VM: eine Webcam, einen Bluetooth-Adapter, eine Grafikkarte. Die VM steuert die Hardware direkt, und Ihr Computer kann sie währenddessen nicht nutzen; ein PCI-Gerät kann auf den Speicher Ihres Computers zugreifen, sofern die IOMMU es nicht einschränkt.</translation>
    </message>
    <message>
        <source>one &lt;hostdev&gt; per device (and a USB controller for USB devices)</source>
        <translation>ein &lt;hostdev&gt; pro Gerät (und ein USB-Controller für USB-Geräte)</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>ein Netzwerk</translation>
    </message>
    <message>
        <source>IPv6 on its network</source>
        <translation>IPv6 in ihrem Netzwerk</translation>
    </message>
    <message>
        <source>your clipboard</source>
        <translation>Ihre Zwischenablage</translation>
    </message>
    <message>
        <source>your speakers</source>
        <translation>Ihre Lautsprecher</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <source>a folder you share</source>
        <translation>einen Ordner, den Sie freigeben</translation>
    </message>
    <message>
        <source>your graphics driver</source>
        <translation>Ihren Grafiktreiber</translation>
    </message>
    <message>
        <source>a guest agent</source>
        <translation>einen Gastagenten</translation>
    </message>
    <message>
        <source>an emulated TPM</source>
        <translation>ein emuliertes TPM</translation>
    </message>
    <message>
        <source>the devices you hand over</source>
        <translation>die Geräte, die Sie übergeben</translation>
    </message>
    <message>
        <source>How the VM reaches other computers. With NAT it reaches the internet alone, through your computer on Airlock&apos;s own network: Airlock&apos;s traffic filter keeps it away from your computer, your local network and your other VMs, and stops it from faking its address. Bridged puts it on your local network, where it can reach every device and every device can reach it.</source>
        <translation>Wie die VM andere Computer erreicht. Mit NAT erreicht sie allein das Internet, über Ihren Computer in Airlocks eigenem Netzwerk: Airlocks Verkehrsfilter hält sie von Ihrem Computer, Ihrem lokalen Netzwerk und Ihren anderen VMs fern und hindert sie daran, ihre Adresse zu fälschen. Eine Netzwerkbrücke stellt sie in Ihr lokales Netzwerk, wo sie jedes Gerät erreicht und jedes Gerät sie.</translation>
    </message>
    <message>
        <source>an IPv6 subnet with NAT on Airlock&apos;s network, and the filter&apos;s IPv6 rules (airlock-internet-ipv6, or airlock-bridged-ipv6 on a bridge)</source>
        <translation>ein IPv6-Subnetz mit NAT in Airlocks Netzwerk und die IPv6-Regeln des Filters (airlock-internet-ipv6 bzw. airlock-bridged-ipv6 an einer Brücke)</translation>
    </message>
    <message>
        <source>a virtio network card with a fixed MAC and IP address on the chosen network, and Airlock&apos;s traffic filter built on libvirt&apos;s clean-traffic (&lt;interface&gt; with &lt;filterref&gt;); your computer&apos;s addresses outside the private ranges are those Airlock saw on this computer when the VM was made (on a remote libvirt host, none)</source>
        <translation>eine virtio-Netzwerkkarte mit fester MAC- und IP-Adresse im gewählten Netzwerk und Airlocks Verkehrsfilter, aufgebaut auf clean-traffic von libvirt (&lt;interface&gt; mit &lt;filterref&gt;); als Adressen Ihres Computers außerhalb der privaten Bereiche gelten die, die Airlock beim Erstellen der VM auf diesem Computer gesehen hat (bei einem entfernten libvirt-Host keine)</translation>
    </message>
    <message>
        <source>Lets the VM use IPv6 as well as IPv4. On Airlock&apos;s network it is translated (NAT) like IPv4, and the same filter keeps it away from your computer and your local network. Off by default: the VM&apos;s IPv6 address is not fixed like its IPv4 address, only held to its network&apos;s range (on a bridge, not at all), so a VM could take over another VM&apos;s IPv6 address on the same network. The VM may not announce itself as a router or run a DHCPv6 server.</source>
        <translation>Lässt die VM neben IPv4 auch IPv6 verwenden. In Airlocks Netzwerk wird IPv6 wie IPv4 übersetzt (NAT), und derselbe Filter hält die VM von Ihrem Computer und Ihrem lokalen Netzwerk fern. Standardmäßig aus: Die IPv6-Adresse der VM ist nicht wie ihre IPv4-Adresse fest vorgegeben, sondern nur auf den Adressbereich ihres Netzwerks beschränkt (an einer Brücke gar nicht), sodass eine VM die IPv6-Adresse einer anderen VM im selben Netzwerk übernehmen könnte. Die VM darf sich nicht als Router ausgeben und keinen DHCPv6-Server betreiben.</translation>
    </message>
    <message>
        <source>A folder of your computer appears inside the VM (virtiofs). The VM can read every file in it and, unless it is read-only, change or delete them, and its administrator can leave programs in it that run with an administrator&apos;s rights on your computer (set-uid) and device files that open your computer&apos;s disks: never run or open what the VM leaves there. Airlock never lets a VM write to your system&apos;s folders, your home folder itself or its hidden folders.</source>
        <translation>Ein Ordner Ihres Computers erscheint in der VM (virtiofs). Die VM kann jede Datei darin lesen und, sofern er nicht schreibgeschützt ist, ändern oder löschen, und ihr Administrator kann darin Programme hinterlassen, die auf Ihrem Computer mit Administratorrechten laufen (set-uid), sowie Gerätedateien, die die Festplatten Ihres Computers öffnen: Führen Sie nichts aus und öffnen Sie nichts, was die VM dort hinterlässt. Airlock lässt eine VM nie in die Ordner Ihres Systems, Ihren persönlichen Ordner selbst oder dessen versteckte Ordner schreiben.</translation>
    </message>
    <message>
        <source>Lets a viewer on your computer (virt-viewer or virt-manager, not Airlock&apos;s own console) hand USB devices to the VM. Airlock&apos;s console cannot pass USB devices: inside its Flatpak that would need access to all of your computer&apos;s devices, which secureblue&apos;s audit rejects. A redirected device belongs to the VM: it can read a USB stick, rewrite a device&apos;s firmware, or attack bugs in the host&apos;s USB code.</source>
        <translation>Lässt ein Anzeigeprogramm auf Ihrem Computer (virt-viewer oder virt-manager, nicht die Konsole von Airlock) USB-Geräte an die VM übergeben. Die Konsole von Airlock kann keine USB-Geräte durchreichen: In ihrem Flatpak bräuchte sie dafür Zugriff auf alle Geräte Ihres Computers, was das Audit von secureblue ablehnt. Ein umgeleitetes Gerät gehört der VM: Sie kann einen USB-Stick lesen, die Firmware eines Geräts überschreiben oder Fehler im USB-Code des Hosts angreifen.</translation>
    </message>
    <message>
        <source>USB devices you hand over from a viewer on your computer</source>
        <translation>USB-Geräte, die Sie von einem Anzeigeprogramm auf Ihrem Computer aus übergeben</translation>
    </message>
</context>
<context>
    <name>Airlock::FirstBoot</name>
    <message>
        <source>The installer finished, but the installed system could not be started: %1 Start the VM again; it boots from its disk.</source>
        <translation>Die Installation ist abgeschlossen, aber das installierte System konnte nicht gestartet werden: %1 Starten Sie die VM erneut; sie startet von ihrer Festplatte.</translation>
    </message>
    <message>
        <source>The installer finished and the VM was started again, but it does not run from its own definition: its CD drive still holds an ISO. Shut the VM down and start it again from Airlock.</source>
        <translation>Die Installation ist abgeschlossen und die VM wurde neu gestartet, läuft aber nicht nach ihrer eigenen Definition: Ihr CD-Laufwerk enthält noch eine ISO. Fahren Sie die VM herunter und starten Sie sie erneut aus Airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::HomeWindow</name>
    <message>
        <source>Your VMs</source>
        <translation>Ihre VMs</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>Neue VM</translation>
    </message>
    <message>
        <source>Made by Airlock</source>
        <translation>Von Airlock erstellt</translation>
    </message>
    <message>
        <source>Not made by Airlock: check its isolation</source>
        <translation>Nicht von Airlock erstellt: Isolation prüfen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>Opens the wizard that makes a new, isolated NixOS VM</source>
        <translation>Öffnet den Assistenten, der eine neue, isolierte NixOS-VM erstellt</translation>
    </message>
    <message>
        <source>There are no VMs on this connection yet. Choose “New VM” to make one: Airlock walks you through it and proves its isolation at the end.</source>
        <translation>Auf dieser Verbindung gibt es noch keine VMs. Wählen Sie „Neue VM“, um eine zu erstellen: Airlock führt Sie Schritt für Schritt hindurch und weist am Ende ihre Isolation nach.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>Verbindungs-URI:</translation>
    </message>
    <message>
        <source>Connecting to libvirt at %1…</source>
        <translation>Verbindung zu libvirt unter %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt at %1. Check that the libvirt daemon runs, then choose Retry; or choose another connection under Advanced.
libvirt said: %2</source>
        <extracomment>%1 is the connection URI, %2 libvirt&apos;s own words</extracomment>
        <translation>Airlock konnte keine Verbindung zu libvirt unter %1 herstellen. Prüfen Sie, ob der libvirt-Dienst läuft, und wählen Sie dann „Erneut versuchen“; oder wählen Sie unter „Erweitert“ eine andere Verbindung.
libvirt meldete: %2</translation>
    </message>
    <message>
        <source>Airlock lost its connection to libvirt: %1 Your VMs are not affected. Choose Retry to connect again.</source>
        <translation>Airlock hat die Verbindung zu libvirt verloren: %1 Ihre VMs sind nicht betroffen. Wählen Sie „Erneut versuchen“, um die Verbindung neu herzustellen.</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>„%1“ ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>“%1” could not be asked to shut down: %2</source>
        <translation>„%1“ konnte nicht zum Herunterfahren aufgefordert werden: %2</translation>
    </message>
    <message>
        <source>Asked “%1” to shut down, as its power button does. If it does not stop, open it to force it off.</source>
        <translation>„%1“ wurde zum Herunterfahren aufgefordert, wie beim Druck auf ihren Netzschalter. Wenn sie nicht anhält, öffnen Sie sie und erzwingen Sie dort das Ausschalten.</translation>
    </message>
</context>
<context>
    <name>Airlock::HostCheckRow</name>
    <message>
        <source>Fix:</source>
        <extracomment>Host check details: the command that fixes what was found
----------
Host check details: what to do by hand, outside the running system</extracomment>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Opens a host check&apos;s evidence, source and fix.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Found:</source>
        <extracomment>Host check details: the value Airlock read</extracomment>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Read from:</source>
        <extracomment>Host check details: where the value was read</extracomment>
        <translation>Gelesen aus:</translation>
    </message>
    <message>
        <source>Details for %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Command that fixes %1</source>
        <translation>Befehl, der %1 behebt</translation>
    </message>
    <message>
        <source>Copy the command that fixes %1</source>
        <translation>Den Befehl kopieren, der %1 behebt</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for a moment after the command was copied</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Accepting the risk under “%1” above accepts this one too: they have the same cause.</source>
        <extracomment>%1 is the title of another host check, such as &quot;SELinux&quot;</extracomment>
        <translation>Wenn Sie das Risiko unter „%1“ oben akzeptieren, akzeptieren Sie auch dieses: Beide haben dieselbe Ursache.</translation>
    </message>
    <message>
        <source>Check by hand:</source>
        <extracomment>Host check details: a command that only shows what was found, changing nothing</extracomment>
        <translation>Selbst prüfen:</translation>
    </message>
    <message>
        <source>Command that shows %1, changing nothing</source>
        <translation>Befehl, der %1 zeigt, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Copy the command that shows %1</source>
        <translation>Den Befehl kopieren, der %1 zeigt</translation>
    </message>
    <message>
        <source>Read:</source>
        <extracomment>Host check details: a web page to read about what was found</extracomment>
        <translation>Lesen:</translation>
    </message>
    <message>
        <source>Page about %1</source>
        <translation>Seite über %1</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Die Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the address of the page about %1</source>
        <translation>Die Adresse der Seite über %1 kopieren</translation>
    </message>
    <message>
        <source>How to fix %1</source>
        <translation>So beheben Sie %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <extracomment>The button that copies a web address</extracomment>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>Airlock::HostDevice</name>
    <message>
        <source>“%1” is neither a USB device nor a PCI device</source>
        <translation>„%1“ ist weder ein USB- noch ein PCI-Gerät</translation>
    </message>
</context>
<context>
    <name>Airlock::HostFacts</name>
    <message>
        <source>libvirt&apos;s capabilities could not be read: %1</source>
        <translation>Die Fähigkeiten von libvirt konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::HostPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>Your computer will be the wall between the VM and everything you care about. Airlock checks that the wall is sound: SELinux, Secure Boot, hardware virtualization and libvirt. Each finding shows what was read, where, and the command that fixes it.</source>
        <translation>Ihr Computer ist die Mauer zwischen der VM und allem, was Ihnen wichtig ist. Airlock prüft, ob die Mauer hält: SELinux, Secure Boot, Hardware-Virtualisierung und libvirt. Jeder Befund zeigt, was wo gelesen wurde, und den Befehl, der ihn behebt.</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Run every check again, for example after you fixed something</source>
        <translation>Alle Prüfungen erneut ausführen, etwa nachdem Sie etwas behoben haben</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Expands the less common settings: the libvirt connection</extracomment>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>libvirt connection:</source>
        <translation>libvirt-Verbindung:</translation>
    </message>
    <message>
        <source>Point Airlock at another computer&apos;s libvirt, for example qemu+ssh://user@host/system. The VM then runs there, and the checks that read this computer&apos;s files say so.</source>
        <translation>Richten Sie Airlock auf das libvirt eines anderen Computers, etwa qemu+ssh://benutzer@host/system. Die VM läuft dann dort, und die Prüfungen, die Dateien dieses Computers lesen, sagen das.</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt URI. Enter one such as qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>„%1“ ist keine libvirt-URI. Geben Sie eine wie qemu:///system oder qemu+ssh://benutzer@host/system ein.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft …</translation>
    </message>
    <message>
        <source>%1 of %2 checks done.</source>
        <translation>%1 von %2 Prüfungen erledigt.</translation>
    </message>
    <message>
        <source>Not ready</source>
        <extracomment>The Host page&apos;s verdict when something fails</extracomment>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Airlock cannot reach libvirt, and nothing after this page works without it. Fix that first, then Re-check.</source>
        <translation>Airlock erreicht libvirt nicht, und ohne libvirt funktioniert nach dieser Seite nichts. Beheben Sie das zuerst und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <extracomment>The Host page&apos;s verdict when nothing fails but something deserves a look</extracomment>
        <translation>Bereit, mit Warnungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>The Host page&apos;s verdict when every check passes</extracomment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>This computer is fit to be the VM&apos;s wall.</source>
        <translation>Dieser Computer taugt als Mauer für die VM.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the titles of host checks in a list, such as &quot;SELinux, Secure Boot&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: %1. Fix them and Re-check, or accept each risk below to go on.</source>
        <extracomment>%1 lists the titles of the failed checks</extracomment>
        <translation>
            <numerusform>%n Problem gefunden: %1. Beheben Sie es und prüfen Sie erneut, oder akzeptieren Sie unten jedes Risiko, um fortzufahren.</numerusform>
            <numerusform>%n Probleme gefunden: %1. Beheben Sie sie und prüfen Sie erneut, oder akzeptieren Sie unten jedes Risiko, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) still need an answer: %1. Fix them and Re-check, or accept each risk below to go on.</source>
        <extracomment>%1 lists the titles of the failed checks whose risk is not accepted yet</extracomment>
        <translation>
            <numerusform>%n Problem braucht noch eine Antwort: %1. Beheben Sie es und prüfen Sie erneut, oder akzeptieren Sie unten jedes Risiko, um fortzufahren.</numerusform>
            <numerusform>%n Probleme brauchen noch eine Antwort: %1. Beheben Sie sie und prüfen Sie erneut, oder akzeptieren Sie unten jedes Risiko, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n accepted risk(s)</source>
        <extracomment>The Host page&apos;s verdict when every failure&apos;s risk was accepted</extracomment>
        <translation>
            <numerusform>Bereit, mit %n akzeptiertem Risiko</numerusform>
            <numerusform>Bereit, mit %n akzeptierten Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1. The Summary repeats the accepted risk(s) before the VM is created.</source>
        <extracomment>%1 lists the titles of the checks whose risk the user accepted</extracomment>
        <translation>
            <numerusform>Akzeptiert: %1. Die Seite „Überprüfen“ nennt das akzeptierte Risiko noch einmal, bevor die VM erstellt wird.</numerusform>
            <numerusform>Akzeptiert: %1. Die Seite „Überprüfen“ nennt die akzeptierten Risiken noch einmal, bevor die VM erstellt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stops you; %n finding(s) below deserve a look.</source>
        <translation>
            <numerusform>Nichts hält Sie auf; %n Befund unten verdient einen Blick.</numerusform>
            <numerusform>Nichts hält Sie auf; %n Befunde unten verdienen einen Blick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::HostReading</name>
    <message>
        <source>Airlock is not connected to %1.</source>
        <translation>Airlock ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>libvirt did not answer within %1 seconds.</source>
        <translation>libvirt hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>Airlock::Hypervisor</name>
    <message>
        <source>The libvirt daemon closed the connection.</source>
        <translation>Der libvirt-Dienst hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The libvirt daemon stopped answering.</source>
        <translation>Der libvirt-Dienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon broke.</source>
        <translation>Die Verbindung zum libvirt-Dienst ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon was closed.</source>
        <translation>Die Verbindung zum libvirt-Dienst wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde. Prüfen Sie, ob der Host erreichbar ist und sein libvirt-Dienst läuft.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden. Prüfen Sie, ob der Host erreichbar ist und sein libvirt-Dienst läuft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::InstallerGuide</name>
    <message>
        <source>Take the known-good snapshot</source>
        <translation>Referenz-Schnappschuss anlegen</translation>
    </message>
    <message>
        <source>Type the hardening command</source>
        <translation>Härtungsbefehl eintippen</translation>
    </message>
    <message>
        <source>Airlock types as a US keyboard would. If NixOS uses another keyboard layout, switch it to English (US) first, or the symbols come out wrong.</source>
        <translation>Airlock tippt wie eine US-Tastatur. Wenn NixOS ein anderes Tastaturlayout verwendet, stellen Sie es zuerst auf Englisch (US) um, sonst kommen die Sonderzeichen falsch an.</translation>
    </message>
    <message>
        <source>Type the hardening command into the VM</source>
        <translation>Den Härtungsbefehl in die VM eintippen</translation>
    </message>
    <message>
        <source>Types the hardening command into the terminal open in the VM</source>
        <translation>Tippt den Härtungsbefehl in das Terminal, das in der VM geöffnet ist</translation>
    </message>
    <message>
        <source>Choose your language, your region and your keyboard layout.</source>
        <translation>Wählen Sie Ihre Sprache, Ihre Region und Ihr Tastaturlayout.</translation>
    </message>
    <message>
        <source>Partitions: choose “Erase disk” (it erases only the VM&apos;s own empty disk) and tick “Encrypt system”. Choose a strong passphrase you will not forget: without it nobody, you included, can read this disk.</source>
        <translation>Partitionen: Wählen Sie „Festplatte löschen“ (das löscht nur die eigene, leere Festplatte der VM) und setzen Sie das Häkchen bei „Verschlüssele System“. Wählen Sie eine starke Passphrase, die Sie nicht vergessen: Ohne sie kann niemand diese Festplatte lesen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Users: create your user with a strong password. This user is the VM&apos;s administrator and may use sudo.</source>
        <translation>Benutzer: Legen Sie Ihren Benutzer mit einem starken Passwort an. Dieser Benutzer ist der Administrator der VM und darf sudo verwenden.</translation>
    </message>
    <message>
        <source>Leave out what you do not need: no extra software, and leave “Allow unfree software” off unless a program you need requires it. You can add both later.</source>
        <translation>Lassen Sie weg, was Sie nicht brauchen: keine zusätzliche Software, und lassen Sie „Unfreie Software erlauben“ aus, sofern nicht ein Programm, das Sie brauchen, es verlangt. Beides können Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>Click Install. When it has finished, tick “Restart now” and click Done: Airlock then starts NixOS from the VM&apos;s own disk, without the installer.</source>
        <translation>Klicken Sie auf „Installieren“. Wenn die Installation fertig ist, setzen Sie das Häkchen bei „Jetzt Neustarten“ und klicken Sie auf „Erledigt“: Airlock startet NixOS dann von der eigenen Festplatte der VM, ohne das Installationsprogramm.</translation>
    </message>
    <message>
        <source>Take the known-good snapshot now: the fresh system to come back to if anything goes wrong later.</source>
        <translation>Legen Sie jetzt den Referenz-Schnappschuss an: das frische System, zu dem Sie zurückkehren können, falls später etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Log in, open a terminal in NixOS (GNOME: Console; Plasma: Konsole) and click into it.</source>
        <translation>Melden Sie sich an, öffnen Sie in NixOS ein Terminal (GNOME: Console; Plasma: Konsole) und klicken Sie hinein.</translation>
    </message>
    <message>
        <source>Harden NixOS: click “Type the hardening command”. Airlock types it into the terminal, as if you did; nothing else reaches the VM.</source>
        <translation>NixOS härten: Klicken Sie auf „Härtungsbefehl eintippen“. Airlock tippt ihn in das Terminal, als hätten Sie es selbst getan; sonst erreicht nichts die VM.</translation>
    </message>
    <message>
        <source>Type your password when sudo asks for it. Then run this command, and restart NixOS when it has finished:</source>
        <translation>Geben Sie Ihr Passwort ein, wenn sudo danach fragt. Führen Sie dann diesen Befehl aus und starten Sie NixOS neu, wenn er fertig ist:</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The number of a step in the installer guide: &quot;1.&quot;, &quot;2.&quot;, …</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The NixOS installer is running</source>
        <translation>Das NixOS-Installationsprogramm läuft</translation>
    </message>
    <message>
        <source>NixOS is installed</source>
        <translation>NixOS ist installiert</translation>
    </message>
    <message>
        <source>It started by itself in the VM. Follow it in the console; these are the choices that matter.</source>
        <translation>Es ist in der VM von selbst gestartet. Verfolgen Sie es in der Konsole; auf diese Entscheidungen kommt es an.</translation>
    </message>
    <message>
        <source>It now starts from the VM&apos;s own disk. These steps make it the safe place you set out to have.</source>
        <translation>Es startet jetzt von der eigenen Festplatte der VM. Diese Schritte machen es zu dem sicheren Ort, den Sie haben wollten.</translation>
    </message>
</context>
<context>
    <name>Airlock::InterruptedCreations</name>
    <message>
        <source>Finish it to make the VM after all, or undo it to remove what it made.</source>
        <translation>Schließen Sie sie ab, um die VM doch noch zu erstellen, oder machen Sie sie rückgängig, um zu entfernen, was sie angelegt hat.</translation>
    </message>
    <message>
        <source>Finish it</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Makes the VM with the same choices, keeping its disk and ISO</source>
        <translation>Erstellt die VM mit derselben Auswahl und behält ihre Festplatte und ISO</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Removes exactly what this creation had made</source>
        <translation>Entfernt genau das, was diese Erstellung angelegt hatte</translation>
    </message>
    <message>
        <source>Finishing the creation of “%1”…</source>
        <translation>Die Erstellung von „%1“ wird abgeschlossen …</translation>
    </message>
    <message>
        <source>Undoing the creation of “%1”…</source>
        <translation>Die Erstellung von „%1“ wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Finishing the creation of “%1”: %2…</source>
        <translation>Die Erstellung von „%1“ wird abgeschlossen: %2 …</translation>
    </message>
</context>
<context>
    <name>Airlock::LabelPartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::LabelView</name>
    <message>
        <source>SELinux user</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>SELinux-Benutzer</translation>
    </message>
    <message>
        <source>role</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>type</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <extracomment>A part of an SELinux label (MLS/MCS level)</extracomment>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>categories</source>
        <extracomment>A part of an SELinux label (MCS categories)</extracomment>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>user ID</source>
        <extracomment>A part of a Unix owner label (user:group)</extracomment>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>group ID</source>
        <extracomment>A part of a Unix owner label (user:group)</extracomment>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>libvirt reports “%1”, which is neither an SELinux label (user:role:type:level) nor a Unix owner (user:group).</source>
        <translation>libvirt meldet „%1“, was weder ein SELinux-Label (Benutzer:Rolle:Typ:Stufe) noch ein Unix-Besitzer (Benutzer:Gruppe) ist.</translation>
    </message>
    <message>
        <source>Point at a part of the label, or Tab to it, to see what it means.</source>
        <translation>Zeigen Sie auf einen Teil des Labels oder springen Sie mit Tab dorthin, um zu sehen, was er bedeutet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <extracomment>%1 is a part of a label (&quot;svirt_t&quot;), %2 its name (&quot;type&quot;), %3 what it means.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
</context>
<context>
    <name>Airlock::LaunchPage</name>
    <message>
        <source>Your VM and its proof of isolation</source>
        <translation>Ihre VM und der Nachweis ihrer Isolation</translation>
    </message>
    <message>
        <source>Airlock creates the VM step by step, then reads back from libvirt how the running VM is confined, so that what you see here is a fact, not a promise.</source>
        <translation>Airlock erstellt die VM Schritt für Schritt und liest dann bei libvirt nach, wie die laufende VM eingeschränkt ist – was Sie hier sehen, ist eine Tatsache, kein Versprechen.</translation>
    </message>
    <message>
        <source>Stop and undo</source>
        <translation>Stoppen und rückgängig machen</translation>
    </message>
    <message>
        <source>Show the creation steps</source>
        <translation>Die Erstellungsschritte zeigen</translation>
    </message>
    <message>
        <source>Stop creating the VM and remove everything made so far</source>
        <translation>Das Erstellen der VM stoppen und alles bisher Angelegte entfernen</translation>
    </message>
    <message>
        <source>Airlock closes as soon as the snapshot operation has finished.</source>
        <translation>Airlock wird geschlossen, sobald der Schnappschuss-Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt …</translation>
    </message>
    <message>
        <source>Undoing: removing what was made so far…</source>
        <translation>Rückgängig machen: Bisher Angelegtes wird entfernt …</translation>
    </message>
    <message>
        <source>Some of what Airlock made could still not be removed.</source>
        <translation>Einiges von dem, was Airlock angelegt hat, konnte immer noch nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Stopping: Airlock removes what it made so far…</source>
        <translation>Stoppen: Airlock entfernt, was es bisher angelegt hat …</translation>
    </message>
    <message>
        <source>Creation was cancelled before it began.</source>
        <translation>Die Erstellung wurde abgebrochen, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <source>Creating “%1”: step %2 of %3, %4…</source>
        <extracomment>Creating &quot;nixos&quot;: step 3 of 7, Create the VM&apos;s disk</extracomment>
        <translation>„%1“ wird erstellt: Schritt %2 von %3, %4 …</translation>
    </message>
    <message>
        <source>Go back to “%1”</source>
        <translation>Zurück zu „%1“</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Zurückgehen und ändern</translation>
    </message>
    <message>
        <source>Creation stopped. Everything Airlock had made was removed again.</source>
        <translation>Erstellung gestoppt. Alles, was Airlock angelegt hatte, wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>Creation stopped, but Airlock could not remove everything it had made.</source>
        <translation>Erstellung gestoppt, aber Airlock konnte nicht alles entfernen, was es angelegt hatte.</translation>
    </message>
    <message>
        <source>“%1” could not be created. Nothing was left behind.</source>
        <translation>„%1“ konnte nicht erstellt werden. Nichts ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>“%1” could not be created, and some of what Airlock made is left behind.</source>
        <translation>„%1“ konnte nicht erstellt werden, und einiges von dem, was Airlock angelegt hat, ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>Connecting to libvirt again…</source>
        <translation>Erneute Verbindung mit libvirt …</translation>
    </message>
    <message>
        <source>Removing what the lost connection left behind…</source>
        <translation>Entfernt, was die verlorene Verbindung zurückgelassen hat …</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt.</source>
        <translation>Airlock konnte keine Verbindung zu libvirt herstellen.</translation>
    </message>
    <message>
        <source>Check that the libvirt daemon runs, then try again.</source>
        <translation>Prüfen Sie, ob der libvirt-Dienst läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Still no connection to libvirt: %1</source>
        <translation>Immer noch keine Verbindung zu libvirt: %1</translation>
    </message>
    <message>
        <source>Hide the creation steps</source>
        <translation>Die Erstellungsschritte ausblenden</translation>
    </message>
    <message>
        <source>The installer finished. NixOS now starts from its disk; the installer ISO is removed.</source>
        <translation>Die Installation ist abgeschlossen. NixOS startet jetzt von seiner Festplatte; die Installations-ISO ist entfernt.</translation>
    </message>
    <message>
        <source>“%1” was already created and started when you pressed Stop. The NixOS installer is running in the VM: open the console to follow it.</source>
        <translation>„%1“ war bereits erstellt und gestartet, als Sie auf „Stoppen“ gedrückt haben. In der VM läuft das NixOS-Installationsprogramm: Öffnen Sie die Konsole, um es zu verfolgen.</translation>
    </message>
    <message>
        <source>Stop creating the VM?</source>
        <translation>Erstellen der VM stoppen?</translation>
    </message>
    <message>
        <source>A VM is being created. Stop and undo it?</source>
        <translation>Eine VM wird gerade erstellt. Stoppen und rückgängig machen?</translation>
    </message>
    <message>
        <source>If you stop, Airlock removes everything it has made for “%1” so far, then closes. If you keep creating, nothing changes.</source>
        <translation>Wenn Sie stoppen, entfernt Airlock alles, was es bisher für „%1“ angelegt hat, und schließt sich dann. Wenn Sie weiter erstellen, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Keep creating</source>
        <translation>Weiter erstellen</translation>
    </message>
    <message>
        <source>under a second</source>
        <extracomment>How long creating the VM took: &quot;created and started in under a second&quot;</extracomment>
        <translation>weniger als einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;2 minutes and 5 seconds&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1” was created and started in %2. The NixOS installer is running in the VM: open the console to follow it.</source>
        <translation>„%1“ wurde in %2 erstellt und gestartet. In der VM läuft das NixOS-Installationsprogramm: Öffnen Sie die Konsole, um es zu verfolgen.</translation>
    </message>
</context>
<context>
    <name>Airlock::LibvirtError</name>
    <message>
        <source>libvirt reported a failure without saying why</source>
        <translation>libvirt hat einen Fehler ohne Begründung gemeldet</translation>
    </message>
</context>
<context>
    <name>Airlock::MediaPage</name>
    <message>
        <source>Get NixOS</source>
        <translation>NixOS holen</translation>
    </message>
    <message>
        <source>The VM installs NixOS from its official ISO image. Airlock downloads it, checks its SHA-256 fingerprint against the one NixOS publishes, and hands it to libvirt so the VM can read it.</source>
        <translation>Die VM installiert NixOS von seinem offiziellen ISO-Abbild. Airlock lädt es herunter, vergleicht seinen SHA-256-Fingerabdruck mit dem von NixOS veröffentlichten und übergibt es libvirt, damit die VM es lesen kann.</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use an ISO file I already have…</source>
        <translation>Eine vorhandene ISO-Datei verwenden …</translation>
    </message>
    <message>
        <source>Use an ISO from a storage pool…</source>
        <translation>Eine ISO aus einem Speicherpool verwenden …</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>NixOS release</source>
        <translation>NixOS-Version</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>The newest stable NixOS with a desktop, for this computer.</source>
        <translation>Das neueste stabile NixOS mit Desktop, für diesen Computer.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Published by NixOS:</source>
        <translation>Von NixOS veröffentlicht:</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Diese Datei:</translation>
    </message>
    <message>
        <source>Already have a NixOS ISO?</source>
        <translation>Haben Sie schon eine NixOS-ISO?</translation>
    </message>
    <message>
        <source>Saved in %1. Stopping is safe: the next download continues where this one left off, and a verified ISO is reused.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Gespeichert in %1. Stoppen ist unbedenklich: Der nächste Download setzt dort fort, wo dieser aufgehört hat, und eine geprüfte ISO wird wiederverwendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a release such as &quot;NixOS 25.11 “Xantusia”&quot;, %2 &quot;Graphical installer&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No NixOS release is published for this computer&apos;s architecture (%1). Use an ISO you already have.</source>
        <translation>Für die Architektur dieses Computers (%1) ist keine NixOS-Version veröffentlicht. Verwenden Sie eine ISO, die Sie bereits haben.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>The newest stable NixOS, with a desktop you choose when it starts (GNOME or Plasma). A download of about 3 GB.</source>
        <translation>Das neueste stabile NixOS, mit einem Desktop, den Sie beim Start wählen (GNOME oder Plasma). Ein Download von etwa 3 GB.</translation>
    </message>
    <message>
        <source>Text only: installs NixOS without a desktop. A smaller download.</source>
        <translation>Nur Text: installiert NixOS ohne Desktop. Ein kleinerer Download.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <extracomment>%1 is a release such as &quot;NixOS 25.11 “Xantusia”&quot;</extracomment>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Asking NixOS for the published SHA-256 fingerprint…</source>
        <translation>Der veröffentlichte SHA-256-Fingerabdruck wird bei NixOS abgefragt …</translation>
    </message>
    <message>
        <source>Checking the ISO downloaded earlier…</source>
        <translation>Die früher heruntergeladene ISO wird geprüft …</translation>
    </message>
    <message>
        <source>Comparing the fingerprint with the published one…</source>
        <translation>Der Fingerabdruck wird mit dem veröffentlichten verglichen …</translation>
    </message>
    <message>
        <source>Paused. What has arrived is kept; Resume continues from there.</source>
        <translation>Pausiert. Was angekommen ist, bleibt erhalten; Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Download stopped. What has arrived is kept, so the next download continues from there.</source>
        <translation>Download gestoppt. Was angekommen ist, bleibt erhalten, sodass der nächste Download dort weitermacht.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2/s</source>
        <extracomment>%1 is the amount so far, %2 a rate such as &quot;12 MB&quot;</extracomment>
        <translation>%1 · %2/s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Verified again: this ISO still has the fingerprint recorded when it was downloaded. Airlock could not reach NixOS to check for a newer one.</source>
        <translation>Erneut geprüft: Diese ISO hat noch den Fingerabdruck, der beim Herunterladen festgehalten wurde. Airlock konnte NixOS nicht erreichen, um nach einer neueren zu sehen.</translation>
    </message>
    <message>
        <source>Verified: the ISO downloaded earlier is exactly the one NixOS publishes. Nothing needed downloading.</source>
        <translation>Geprüft: Die früher heruntergeladene ISO ist genau die, die NixOS veröffentlicht. Es musste nichts heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Verified: this ISO is exactly the one NixOS publishes.</source>
        <translation>Geprüft: Diese ISO ist genau die, die NixOS veröffentlicht.</translation>
    </message>
    <message>
        <source>The download does not match the fingerprint NixOS published: it was damaged on the way or altered. Airlock set it aside as “%1” and will not use it. Download it again; if this repeats, try another network.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Der Download passt nicht zu dem von NixOS veröffentlichten Fingerabdruck: Er wurde unterwegs beschädigt oder verändert. Airlock hat ihn als „%1“ beiseitegelegt und verwendet ihn nicht. Laden Sie ihn erneut herunter; wenn das wieder passiert, versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <source>(not available offline)</source>
        <translation>(offline nicht verfügbar)</translation>
    </message>
    <message>
        <source>(computed as the file arrives)</source>
        <translation>(wird berechnet, während die Datei ankommt)</translation>
    </message>
    <message>
        <source>Choose a NixOS ISO</source>
        <translation>Eine NixOS-ISO wählen</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO-Abbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Airlock cannot read “%1”. Choose another file.</source>
        <translation>Airlock kann „%1“ nicht lesen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO image (it lacks the ISO 9660 signature). Choose the .iso file NixOS published.</source>
        <translation>„%1“ ist kein ISO-Abbild (ihm fehlt die ISO-9660-Signatur). Wählen Sie die .iso-Datei, die NixOS veröffentlicht hat.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Choose an ISO volume</source>
        <translation>Ein ISO-Volume wählen</translation>
    </message>
    <message>
        <source>ISO images already in libvirt&apos;s storage pools:</source>
        <translation>ISO-Abbilder, die schon in den Speicherpools von libvirt liegen:</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>libvirt could not list the pools: %1</source>
        <translation>libvirt konnte die Pools nicht auflisten: %1</translation>
    </message>
    <message>
        <source>No pool holds an ISO volume.</source>
        <translation>Kein Pool enthält ein ISO-Volume.</translation>
    </message>
    <message>
        <source>%1 (pool “%2”)</source>
        <extracomment>%1 is a volume name, %2 a storage pool</extracomment>
        <translation>%1 (Pool „%2“)</translation>
    </message>
    <message>
        <source>Airlock cannot reach libvirt: %1</source>
        <translation>Airlock erreicht libvirt nicht: %1</translation>
    </message>
    <message>
        <source>Using the ISO volume “%1” from the storage pool “%2”. Airlock does not check what is in it.</source>
        <translation>Das ISO-Volume „%1“ aus dem Speicherpool „%2“ wird verwendet. Airlock prüft nicht, was darin ist.</translation>
    </message>
    <message>
        <source>The storage pool “%1” has no volume “%2”. Download the ISO or choose another.</source>
        <translation>Der Speicherpool „%1“ hat kein Volume „%2“. Laden Sie die ISO herunter oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The ISO “%1” named in the spec does not exist. Download it or choose another.</source>
        <translation>Die in der Spezifikation genannte ISO „%1“ existiert nicht. Laden Sie sie herunter oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The VM will install from the volume &lt;b&gt;%1&lt;/b&gt; in the storage pool &lt;b&gt;%2&lt;/b&gt;.</source>
        <extracomment>%1 is a volume name, %2 a storage pool</extracomment>
        <translation>Die VM wird vom Volume &lt;b&gt;%1&lt;/b&gt; im Speicherpool &lt;b&gt;%2&lt;/b&gt; installiert.</translation>
    </message>
    <message>
        <source>The VM will install from &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die VM wird von &lt;b&gt;%1&lt;/b&gt; installiert.</translation>
    </message>
    <message>
        <source>Paste the SHA-256 published for this ISO, or the whole line of its .sha256 file</source>
        <translation>Die für diese ISO veröffentlichte SHA-256 oder die ganze Zeile ihrer .sha256-Datei einfügen</translation>
    </message>
    <message>
        <source>Published SHA-256 fingerprint</source>
        <translation>Veröffentlichter SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>NixOS publishes the fingerprint of each ISO beside it: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>The link opens NixOS&apos;s download page in the browser.</extracomment>
        <translation>NixOS veröffentlicht den Fingerabdruck jeder ISO direkt daneben: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Asking %1 which NixOS releases it has…</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>%1 wird gefragt, welche NixOS-Versionen dort verfügbar sind …</translation>
    </message>
    <message>
        <source>These are the releases %1 has right now.</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>Dies sind die Versionen, die %1 gerade anbietet.</translation>
    </message>
    <message>
        <source>%1 These are the releases Airlock knew of when it was built; a newer one may be out.</source>
        <extracomment>%1 is why the mirror&apos;s list could not be used (a sentence)</extracomment>
        <translation>%1 Dies sind die Versionen, die Airlock kannte, als es gebaut wurde; vielleicht gibt es inzwischen eine neuere.</translation>
    </message>
    <message>
        <source>%1 (no longer supported)</source>
        <extracomment>a release in the list whose support has ended; %1 is its name</extracomment>
        <translation>%1 (nicht mehr unterstützt)</translation>
    </message>
    <message>
        <source>Unstable can break from one day to the next. Choose it only if you need something newer than the stable release.</source>
        <translation>Unstable kann von einem Tag auf den anderen kaputtgehen. Wählen Sie es nur, wenn Sie etwas Neueres als die stabile Version brauchen.</translation>
    </message>
    <message>
        <source>Do not install this one: it no longer gets security fixes.</source>
        <translation>Installieren Sie diese Version nicht: Sie erhält keine Sicherheitsupdates mehr.</translation>
    </message>
    <message>
        <source>An older stable release, still supported for a while.</source>
        <translation>Eine ältere stabile Version, die noch eine Weile unterstützt wird.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what the release is, %2 until when it is supported (both sentences)
----------
%1 is the verdict, %2 why the ISO is not in the pool yet (sentences)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The stopped download of %1 is kept for later. %2 is another file: its download starts from the beginning.</source>
        <extracomment>%1 is the release whose download was stopped, %2 the release selected now</extracomment>
        <translation>Der gestoppte Download von %1 bleibt für später erhalten. %2 ist eine andere Datei: Ihr Download beginnt von vorn.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen …</translation>
    </message>
    <message>
        <source>Choose another volume…</source>
        <translation>Anderes Volume wählen …</translation>
    </message>
    <message>
        <source>Fetch the published fingerprint of %1</source>
        <extracomment>%1 is a release such as &quot;NixOS 26.05 “Yarara”&quot;</extracomment>
        <translation>Veröffentlichten Fingerabdruck von %1 abrufen</translation>
    </message>
    <message>
        <source>The SHA-256 NixOS publishes for the latest %1 (%2), from %3</source>
        <extracomment>%1 is a release such as &quot;NixOS 26.05 “Yarara”&quot;, %2 &quot;Graphical installer&quot;, %3 an address</extracomment>
        <translation>Die SHA-256, die NixOS für das neueste %1 (%2) veröffentlicht, von %3</translation>
    </message>
    <message>
        <source>Airlock could not read “%1” to compute its fingerprint: %2. Choose another file.</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>Airlock konnte „%1“ nicht lesen, um seinen Fingerabdruck zu berechnen: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Airlock cannot use what you pasted: %1. Paste the 64 hexadecimal digits of the SHA-256 fingerprint, or the whole line of the .sha256 file.</source>
        <extracomment>%1 says what is wrong with the pasted text</extracomment>
        <translation>Airlock kann das Eingefügte nicht verwenden: %1. Fügen Sie die 64 Hexadezimalziffern des SHA-256-Fingerabdrucks ein oder die ganze Zeile der .sha256-Datei.</translation>
    </message>
    <message>
        <source>Airlock could not fetch the fingerprint NixOS publishes: %1 Paste it below instead.</source>
        <extracomment>%1 says what went wrong (a sentence)</extracomment>
        <translation>Airlock konnte den von NixOS veröffentlichten Fingerabdruck nicht abrufen: %1 Fügen Sie ihn stattdessen unten ein.</translation>
    </message>
    <message>
        <source>Using your own ISO. Airlock does not know yet whether it is genuine: fetch or paste the SHA-256 fingerprint NixOS publishes for it below, and Airlock compares the two.</source>
        <translation>Ihre eigene ISO wird verwendet. Airlock weiß noch nicht, ob sie echt ist: Rufen Sie unten den SHA-256-Fingerabdruck ab, den NixOS für sie veröffentlicht, oder fügen Sie ihn ein; dann vergleicht Airlock die beiden.</translation>
    </message>
    <message>
        <source>Computing the fingerprint of “%1”; Airlock compares it with the published value as soon as it is done.</source>
        <translation>Der Fingerabdruck von „%1“ wird berechnet; sobald das erledigt ist, vergleicht Airlock ihn mit dem veröffentlichten Wert.</translation>
    </message>
    <message>
        <source>Verified against the value you pasted: “%1” has exactly that SHA-256 fingerprint.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Mit dem eingefügten Wert geprüft: „%1“ hat genau diesen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>Verified against the value fetched from NixOS: “%1” has exactly that SHA-256 fingerprint.</source>
        <translation>Mit dem von NixOS abgerufenen Wert geprüft: „%1“ hat genau diesen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The value you pasted is for “%1”, and your file is “%2”: another build, so the value cannot vouch for it. Paste the value published for “%2”.</source>
        <extracomment>%1 is the file the value was published for, %2 the user&apos;s file</extracomment>
        <translation>Der eingefügte Wert gilt für „%1“, Ihre Datei ist aber „%2“: ein anderer Build, daher kann der Wert nicht für sie bürgen. Fügen Sie den für „%2“ veröffentlichten Wert ein.</translation>
    </message>
    <message>
        <source>NixOS publishes “%1” for the release selected above, and your file is “%2”: another build, so the fetched value cannot vouch for it. Paste the value published for “%2”.</source>
        <translation>NixOS veröffentlicht für die oben gewählte Version „%1“, Ihre Datei ist aber „%2“: ein anderer Build, daher kann der abgerufene Wert nicht für sie bürgen. Fügen Sie den für „%2“ veröffentlichten Wert ein.</translation>
    </message>
    <message>
        <source>“%1” is not the file with the fingerprint you pasted. Check that you copied the value published for this ISO; if you did, the file was damaged or altered: do not use it. Download NixOS above or choose another file.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>„%1“ ist nicht die Datei mit dem eingefügten Fingerabdruck. Prüfen Sie, ob Sie den für diese ISO veröffentlichten Wert kopiert haben; falls ja, wurde die Datei beschädigt oder verändert: Verwenden Sie sie nicht. Laden Sie NixOS oben herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is not the file NixOS publishes under that name: their fingerprints differ, so it was damaged or altered. Do not use it: download NixOS above or choose another file.</source>
        <translation>„%1“ ist nicht die Datei, die NixOS unter diesem Namen veröffentlicht: Die Fingerabdrücke unterscheiden sich, also wurde sie beschädigt oder verändert. Verwenden Sie sie nicht: Laden Sie NixOS oben herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 It is already in the storage pool “%2” as “%3”, ready for the VM.</source>
        <extracomment>%1 is the verdict (a sentence), %2 a storage pool, %3 a volume name</extracomment>
        <translation>%1 Sie liegt bereits im Speicherpool „%2“ als „%3“, bereit für die VM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <extracomment>%1 is what went wrong</extracomment>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MemorySpinBox</name>
    <message>
        <source>%1 MiB</source>
        <extracomment>An amount of memory in mebibytes.</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>An amount of memory in gibibytes.</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <extracomment>An amount of memory in tebibytes.</extracomment>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>Type an amount of memory, for example 4 GiB.</source>
        <translation>Geben Sie eine Speichergröße ein, zum Beispiel 4 GiB.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of memory. Type one such as 4 GiB or 512 MiB.</source>
        <extracomment>%1 is what the user typed in the memory box</extracomment>
        <translation>„%1“ ist keine Speichergröße. Geben Sie eine wie 4 GiB oder 512 MiB ein.</translation>
    </message>
    <message>
        <source>Add a unit, for example %1.</source>
        <extracomment>%1 is the number the user typed, with a unit added</extracomment>
        <translation>Fügen Sie eine Einheit hinzu, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Airlock does not know the unit “%1”. Use GiB or MiB, for example 4 GiB.</source>
        <extracomment>%1 is the unit the user typed, such as &quot;KiB&quot;</extracomment>
        <translation>Airlock kennt die Einheit „%1“ nicht. Verwenden Sie GiB oder MiB, zum Beispiel 4 GiB.</translation>
    </message>
    <message>
        <source>%1 is more memory than any computer has.</source>
        <translation>%1 ist mehr Arbeitsspeicher, als irgendein Computer hat.</translation>
    </message>
    <message>
        <source>%1 is more than this box takes: at most %2.</source>
        <translation>%1 ist mehr, als dieses Feld annimmt: höchstens %2.</translation>
    </message>
    <message>
        <source>%1 is less than this box takes: at least %2.</source>
        <translation>%1 ist weniger, als dieses Feld annimmt: mindestens %2.</translation>
    </message>
</context>
<context>
    <name>Airlock::NoticeLabel</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <extracomment>%1 is a verdict word (&quot;Warning&quot;), %2 the sentence it introduces.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Spoken by screen readers: %1 is a verdict word (&quot;Warning&quot;), %2 the sentence.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::ProofView</name>
    <message>
        <source>“%1” (enforcing: %2)</source>
        <extracomment>A label as libvirt reported it, with its enforcing flag</extracomment>
        <translation>„%1“ (enforcing: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>What libvirt reported, word for word</source>
        <translation>Was libvirt gemeldet hat, Wort für Wort</translation>
    </message>
    <message>
        <source>The SELinux label QEMU runs with, for this VM only:</source>
        <translation>Das SELinux-Label, mit dem QEMU läuft, nur für diese VM:</translation>
    </message>
    <message>
        <source>QEMU runs as this Unix user and group (there is no SELinux label):</source>
        <translation>QEMU läuft als dieser Unix-Benutzer und diese Gruppe (es gibt kein SELinux-Label):</translation>
    </message>
    <message>
        <source>The label libvirt reports for QEMU:</source>
        <translation>Das Label, das libvirt für QEMU meldet:</translation>
    </message>
    <message>
        <source>libvirt reported no label for this VM&apos;s QEMU.</source>
        <translation>libvirt hat für das QEMU dieser VM kein Label gemeldet.</translation>
    </message>
    <message>
        <source>The label on the VM&apos;s disk:</source>
        <translation>Das Label auf der Festplatte der VM:</translation>
    </message>
    <message>
        <source>The VM&apos;s disk belongs to:</source>
        <translation>Die Festplatte der VM gehört:</translation>
    </message>
    <message>
        <source>That is the user every VM&apos;s QEMU runs as: Unix permissions do not keep other VMs from this disk.</source>
        <translation>Das ist der Benutzer, als der das QEMU jeder VM läuft: Unix-Rechte halten andere VMs nicht von dieser Festplatte fern.</translation>
    </message>
    <message>
        <source>No categories to compare with other VMs: without its own SELinux categories, nothing keeps this VM apart from them.</source>
        <translation>Keine Kategorien zum Vergleich mit anderen VMs: Ohne eigene SELinux-Kategorien hält nichts diese VM von ihnen getrennt.</translation>
    </message>
    <message>
        <source>libvirt&apos;s answers disagree: %1</source>
        <translation>Die Antworten von libvirt widersprechen sich: %1</translation>
    </message>
    <message>
        <source>Read from libvirt at %1.</source>
        <translation>Um %1 von libvirt gelesen.</translation>
    </message>
    <message>
        <source>Host security driver (virNodeGetSecurityModel): %1, DOI %2</source>
        <translation>Sicherheitstreiber des Hosts (virNodeGetSecurityModel): %1, DOI %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Label API (virDomainGetSecurityLabelList): %1</source>
        <translation>Label-API (virDomainGetSecurityLabelList): %1</translation>
    </message>
    <message>
        <source>Label API: virDomainGetSecurityLabelList is not supported; virDomainGetSecurityLabel says: %1</source>
        <translation>Label-API: virDomainGetSecurityLabelList wird nicht unterstützt; virDomainGetSecurityLabel sagt: %1</translation>
    </message>
    <message>
        <source>Live XML: no &lt;seclabel&gt; element.</source>
        <translation>Live-XML: kein &lt;seclabel&gt;-Element.</translation>
    </message>
    <message>
        <source>Live XML &lt;seclabel&gt;: model %1, type %2, relabel %3, label %4, image label %5</source>
        <translation>Live-XML &lt;seclabel&gt;: Modell %1, Typ %2, relabel %3, Label %4, Abbild-Label %5</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Other running VMs with an SELinux label: none.</source>
        <translation>Andere laufende VMs mit SELinux-Label: keine.</translation>
    </message>
    <message>
        <source>Other running VM %1: %2 (can open this VM&apos;s files)</source>
        <translation>Andere laufende VM %1: %2 (kann die Dateien dieser VM öffnen)</translation>
    </message>
    <message>
        <source>Other running VM %1: %2 (kept apart)</source>
        <translation>Andere laufende VM %1: %2 (getrennt gehalten)</translation>
    </message>
    <message>
        <source>Host policy for %1: %2</source>
        <translation>Richtlinie des Hosts für %1: %2</translation>
    </message>
    <message>
        <source>Disk %1 (%2): file labelled %3</source>
        <extracomment>%1 a disk such as vda, %2 its volume or file, %3 the label of the file</extracomment>
        <translation>Festplatte %1 (%2): Datei mit dem Label %3</translation>
    </message>
</context>
<context>
    <name>Airlock::ReleaseDiscovery</name>
    <message>
        <source>%1 serves none of the releases Airlock looked for (%2).</source>
        <extracomment>%1 is a server, %2 a list of channels such as &quot;nixos-26.11, nixos-26.05&quot;</extracomment>
        <translation>%1 bietet keine der Versionen an, nach denen Airlock gesucht hat (%2).</translation>
    </message>
</context>
<context>
    <name>Airlock::ResourcesPage</name>
    <message>
        <source>Size the VM</source>
        <translation>Größe der VM festlegen</translation>
    </message>
    <message>
        <source>How much of this computer the VM may use. Airlock suggests what NixOS needs and what this computer can spare; change it if you know better.</source>
        <translation>Wie viel dieses Computers die VM nutzen darf. Airlock schlägt vor, was NixOS braucht und was dieser Computer entbehren kann; ändern Sie es, wenn Sie es besser wissen.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>Name der VM</translation>
    </message>
    <message>
        <source>How libvirt and virt-manager list the VM; its disk is named after it.</source>
        <translation>So listen libvirt und virt-manager die VM; ihre Festplatte wird nach ihr benannt.</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Festplattengröße</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit after the disk size in its spin box, with a leading space.</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>&amp;Festplatte:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: CPU mode and firmware</source>
        <translation>Er&amp;weitert: CPU-Modus und Firmware</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>The older firmware; for when UEFI is not available.</source>
        <translation>Die ältere Firmware; für den Fall, dass UEFI nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPU mode&lt;/b&gt;: what the VM sees of this computer&apos;s processor</source>
        <translation>&lt;b&gt;CPU-Modus&lt;/b&gt;: was die VM vom Prozessor dieses Computers sieht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware&lt;/b&gt;: what starts the VM before NixOS</source>
        <translation>&lt;b&gt;Firmware&lt;/b&gt;: was die VM vor NixOS startet</translation>
    </message>
    <message>
        <source>Run in &amp;emulation instead</source>
        <translation>Stattdessen in &amp;Emulation ausführen</translation>
    </message>
    <message>
        <source>Turn Secure Boot &amp;off</source>
        <translation>Secure Boot &amp;ausschalten</translation>
    </message>
    <message>
        <source>Connecting to libvirt…</source>
        <translation>Verbindung zu libvirt wird hergestellt …</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s capacity from libvirt…</source>
        <translation>Die Kapazität dieses Computers wird bei libvirt abgefragt …</translation>
    </message>
    <message>
        <source>Airlock could not ask libvirt about this computer: %1 The suggestions below are NixOS&apos;s own, and this computer&apos;s limits are not checked.</source>
        <translation>Airlock konnte libvirt nicht nach diesem Computer fragen: %1 Die Vorschläge unten sind die von NixOS selbst, und die Grenzen dieses Computers werden nicht geprüft.</translation>
    </message>
    <message>
        <source>suggested</source>
        <extracomment>Under the CPU slider, below Airlock&apos;s suggested number of CPUs.</extracomment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>NixOS recommends</source>
        <extracomment>Under the memory and disk sliders, below NixOS&apos;s recommended amount.</extracomment>
        <translation>NixOS empfiehlt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A CPU mode&apos;s explanation, then why it cannot be used.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fastest. The VM sees this computer&apos;s exact processor model and features, which lets software inside it recognise your hardware.</source>
        <translation>Am schnellsten. Die VM sieht genau das Prozessormodell und die Funktionen dieses Computers, wodurch Software in ihr Ihre Hardware erkennen kann.</translation>
    </message>
    <message>
        <source>Nearly as fast. The VM sees a standard processor model close to this one, which shows less of the exact hardware.</source>
        <translation>Fast so schnell. Die VM sieht ein Standard-Prozessormodell nahe an diesem, das weniger von der genauen Hardware zeigt.</translation>
    </message>
    <message>
        <source>Every feature the hypervisor can offer: much like the host CPU with KVM, the most capable emulated processor without it.</source>
        <translation>Jede Funktion, die der Hypervisor bieten kann: mit KVM ähnlich der Host-CPU, ohne KVM der leistungsfähigste emulierte Prozessor.</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot on (from the spec)</source>
        <translation>UEFI, Secure Boot an (aus der Spezifikation)</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off</source>
        <translation>UEFI, Secure Boot aus</translation>
    </message>
    <message>
        <source>The modern firmware NixOS installs with, but with Secure Boot on the NixOS installer will not start: it is not signed for Secure Boot.</source>
        <translation>Die moderne Firmware, mit der NixOS installiert wird, aber mit Secure Boot startet das NixOS-Installationsprogramm nicht: Es ist nicht für Secure Boot signiert.</translation>
    </message>
    <message>
        <source>The modern firmware NixOS installs with. Secure Boot stays off because the NixOS installer is not signed for it; this computer&apos;s own Secure Boot is not affected.</source>
        <translation>Die moderne Firmware, mit der NixOS installiert wird. Secure Boot bleibt aus, weil das NixOS-Installationsprogramm nicht dafür signiert ist; das Secure Boot dieses Computers ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot on</source>
        <translation>UEFI, Secure Boot an</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Beside the folded &quot;Advanced&quot; section: the CPU mode and firmware chosen.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A control&apos;s name, then what is wrong with its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::SharedFolderDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Read-only: the VM can read the files but not change them (recommended)</source>
        <translation>Schreibgeschützt: Die VM kann die Dateien lesen, aber nicht ändern (empfohlen)</translation>
    </message>
    <message>
        <source>Share a folder with the VM</source>
        <translation>Einen Ordner für die VM freigeben</translation>
    </message>
    <message>
        <source>Share this folder</source>
        <translation>Diesen Ordner freigeben</translation>
    </message>
    <message>
        <source>&lt;p&gt;The folder appears inside the VM through &lt;b&gt;virtiofs&lt;/b&gt;, a file system that passes file operations from the VM to a small helper program on your computer. The VM sees this folder and nothing above or beside it.&lt;/p&gt;&lt;p&gt;In NixOS, mount it with &lt;code&gt;mount -t virtiofs airlock-share /mnt&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Ordner erscheint in der VM über &lt;b&gt;virtiofs&lt;/b&gt;, ein Dateisystem, das Dateizugriffe der VM an ein kleines Hilfsprogramm auf Ihrem Computer weiterreicht. Die VM sieht diesen Ordner und nichts darüber oder daneben.&lt;/p&gt;&lt;p&gt;Binden Sie ihn in NixOS mit &lt;code&gt;mount -t virtiofs airlock-share /mnt&lt;/code&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <extracomment>Accessible name of the folder path field.</extracomment>
        <translation>Freizugebender Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>Wählen Sie einen Ordner oder geben Sie seinen vollständigen Pfad ein.</translation>
    </message>
    <message>
        <source>“%1” is not a full path: it must start with “/”.</source>
        <translation>„%1“ ist kein vollständiger Pfad: Er muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>There is no folder “%1” on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Folder to share with the VM</source>
        <translation>Ordner, der für die VM freigegeben wird</translation>
    </message>
    <message>
        <source>This shares your whole home folder, with your documents, keys and browser profiles. Share a folder made for the VM instead.</source>
        <translation>Damit geben Sie Ihren ganzen persönlichen Ordner frei, mit Ihren Dokumenten, Schlüsseln und Browserprofilen. Geben Sie stattdessen einen eigens für die VM angelegten Ordner frei.</translation>
    </message>
    <message>
        <source>The VM can change and delete every file in this folder. Its administrator can also leave programs here that run with an administrator&apos;s rights on this computer (set-uid) and device files that open this computer&apos;s disks: never run or open what the VM leaves in it. Read-only keeps both out.</source>
        <translation>Die VM kann jede Datei in diesem Ordner ändern und löschen. Ihr Administrator kann hier außerdem Programme hinterlassen, die auf diesem Computer mit Administratorrechten laufen (set-uid), sowie Gerätedateien, die die Festplatten dieses Computers öffnen: Führen Sie nichts aus und öffnen Sie nichts, was die VM darin hinterlässt. Schreibgeschützt ist beides ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Airlock::SnapshotPanel</name>
    <message>
        <source>Revert to this snapshot…</source>
        <translation>Zu diesem Schnappschuss zurückkehren …</translation>
    </message>
    <message>
        <source>Revert now</source>
        <translation>Jetzt zurückkehren</translation>
    </message>
    <message>
        <source>Keep the VM as it is</source>
        <translation>Die VM so lassen</translation>
    </message>
    <message>
        <source>A snapshot keeps the VM as it is now, so you can come back to it. Take one right after NixOS is installed and set up: a known-good state to return to if something goes wrong later.</source>
        <translation>Ein Schnappschuss hält die VM so fest, wie sie jetzt ist, damit Sie dorthin zurückkehren können. Legen Sie einen direkt nach Installation und Einrichtung von NixOS an: einen guten Stand, zu dem Sie zurückkehren, falls später etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Snapshots of this VM</source>
        <translation>Schnappschüsse dieser VM</translation>
    </message>
    <message>
        <source>The snapshots could not be listed: %1</source>
        <translation>Die Schnappschüsse konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Taking a known-good snapshot…</source>
        <translation>Referenz-Schnappschuss wird angelegt …</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Der Schnappschuss konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Took “%1” as a disk-only snapshot: libvirt refuses a full one for this VM (“%2”).</source>
        <translation>„%1“ als reiner Festplatten-Schnappschuss angelegt: libvirt verweigert für diese VM einen vollständigen („%2“).</translation>
    </message>
    <message>
        <source>Revert the VM to “%1”, taken %2?</source>
        <translation>Die VM auf „%1“ vom %2 zurücksetzen?</translation>
    </message>
    <message>
        <source>Reverting to “%1”…</source>
        <translation>Zurück zu „%1“ …</translation>
    </message>
    <message>
        <source>The VM could not be reverted to “%1”: %2</source>
        <translation>Die VM konnte nicht auf „%1“ zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>The VM is back at “%1”.</source>
        <translation>Die VM ist wieder auf „%1“.</translation>
    </message>
    <message>
        <source>It was turned off for this and runs again.</source>
        <translation>Sie wurde dafür ausgeschaltet und läuft wieder.</translation>
    </message>
    <message>
        <source>It did not start again: %1</source>
        <translation>Sie ist nicht wieder gestartet: %1</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A snapshot libvirt marks as the one the VM last came from</extracomment>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Choose a snapshot to see what reverting to it does.</source>
        <translation>Wählen Sie einen Schnappschuss, um zu sehen, was die Rückkehr zu ihm bewirkt.</translation>
    </message>
    <message>
        <source>Took “%1”: disk only (an overlay file).</source>
        <translation>„%1“ angelegt: nur Festplatte (eine Overlay-Datei).</translation>
    </message>
    <message>
        <source>Took “%1”: disk and memory.</source>
        <translation>„%1“ angelegt: Festplatte und Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Took “%1”: disk (inside the disk file).</source>
        <translation>„%1“ angelegt: Festplatte (in der Festplattendatei).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the kind of snapshot (&quot;Disk and memory&quot;), %2 what reverting to it does.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Take it anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <source>Wait until NixOS is installed</source>
        <translation>Warten, bis NixOS installiert ist</translation>
    </message>
    <message>
        <source>The NixOS installer is still running, so a snapshot now would keep the installer, not your installed NixOS: going back to it would undo the installation. It is worth taking once NixOS is installed, has started from its disk and is set up. Take one now anyway?</source>
        <translation>Das NixOS-Installationsprogramm läuft noch. Ein Schnappschuss würde jetzt das Installationsprogramm festhalten, nicht Ihr installiertes NixOS: Die Rückkehr dorthin würde die Installation rückgängig machen. Es lohnt sich, ihn anzulegen, sobald NixOS installiert, von seiner Festplatte gestartet und eingerichtet ist. Trotzdem jetzt einen anlegen?</translation>
    </message>
    <message>
        <source>A snapshot keeps the VM as it is now, so you can come back to it. The NixOS installer is still running: take the known-good snapshot once NixOS is installed, has started from its disk and is set up.</source>
        <translation>Ein Schnappschuss hält die VM so fest, wie sie jetzt ist, damit Sie dorthin zurückkehren können. Das NixOS-Installationsprogramm läuft noch: Legen Sie den Referenz-Schnappschuss an, sobald NixOS installiert, von seiner Festplatte gestartet und eingerichtet ist.</translation>
    </message>
    <message>
        <source>Take known-good snapshot now</source>
        <translation>Referenz-Schnappschuss jetzt anlegen</translation>
    </message>
    <message>
        <source>Delete this snapshot…</source>
        <translation>Diesen Schnappschuss löschen …</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep the snapshot</source>
        <translation>Schnappschuss behalten</translation>
    </message>
    <message>
        <source>The VM is running: it will be turned off first, as after a power cut.</source>
        <translation>Die VM läuft: Sie wird zuerst ausgeschaltet, wie bei einem Stromausfall.</translation>
    </message>
    <message>
        <source>Its firmware settings are back to their defaults.</source>
        <translation>Ihre Firmware-Einstellungen sind wieder auf den Standardwerten.</translation>
    </message>
    <message>
        <source>Its firmware settings could not be reset: %1</source>
        <translation>Ihre Firmware-Einstellungen konnten nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”, taken %2? You can no longer go back to it. The VM itself stays as it is now.</source>
        <translation>Den Schnappschuss „%1“ vom %2 löschen? Sie können dann nicht mehr zu ihm zurückkehren. Die VM selbst bleibt, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <source>The snapshot “%1” could not be deleted: %2</source>
        <translation>Der Schnappschuss „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The snapshot “%1” is deleted; the VM is as it was.</source>
        <translation>Der Schnappschuss „%1“ ist gelöscht; die VM ist unverändert.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Behalten: %1.</translation>
    </message>
    <message>
        <source>No snapshots yet. “Take known-good snapshot now” takes one.</source>
        <translation>Noch keine Schnappschüsse. „Referenz-Schnappschuss jetzt anlegen“ legt einen an.</translation>
    </message>
</context>
<context>
    <name>Airlock::SpiceSession</name>
    <message>
        <source>The connection to libvirt was lost, and with it the VM&apos;s screen.</source>
        <translation>Die Verbindung zu libvirt ist verloren gegangen und mit ihr der Bildschirm der VM.</translation>
    </message>
    <message>
        <source>Reconnect to libvirt, then open the console again.</source>
        <translation>Verbinden Sie sich neu mit libvirt und öffnen Sie dann die Konsole erneut.</translation>
    </message>
    <message>
        <source>This VM has a sound card, but the console plays no sound: Airlock has no access to your computer&apos;s sound server.</source>
        <translation>Diese VM hat eine Soundkarte, aber die Konsole gibt keinen Ton wieder: Airlock hat keinen Zugriff auf den Soundserver Ihres Computers.</translation>
    </message>
    <message>
        <source>Clipboard sharing was chosen for this VM, but this console does not carry the clipboard: nothing you copy reaches the VM, and nothing it copies reaches you.</source>
        <translation>Für diese VM wurde „Zwischenablage teilen“ gewählt, aber diese Konsole überträgt die Zwischenablage nicht: Nichts, was Sie kopieren, erreicht die VM, und nichts, was sie kopiert, erreicht Sie.</translation>
    </message>
    <message>
        <source>Airlock is not connected to libvirt.</source>
        <translation>Airlock ist nicht mit libvirt verbunden.</translation>
    </message>
    <message>
        <source>libvirt could not start the VM: %1</source>
        <translation>libvirt konnte die VM nicht starten: %1</translation>
    </message>
    <message>
        <source>Read libvirt&apos;s reason above, fix it, then start the VM again.</source>
        <translation>Lesen Sie oben die Begründung von libvirt, beheben Sie das Problem und starten Sie die VM dann erneut.</translation>
    </message>
    <message>
        <source>Check that the libvirt service is running, then open the console again.</source>
        <translation>Prüfen Sie, ob der libvirt-Dienst läuft, und öffnen Sie dann die Konsole erneut.</translation>
    </message>
    <message>
        <source>libvirt could not hand over the VM&apos;s screen: %1</source>
        <translation>libvirt konnte den Bildschirm der VM nicht übergeben: %1</translation>
    </message>
    <message>
        <source>The VM&apos;s screen could not be opened.</source>
        <translation>Der Bildschirm der VM konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Close the console and open it again.</source>
        <translation>Schließen Sie die Konsole und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s screen closed while the VM still runs.</source>
        <translation>Der Bildschirm der VM wurde geschlossen, obwohl die VM noch läuft.</translation>
    </message>
    <message>
        <source>The VM is off.</source>
        <translation>Die VM ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Start it: its screen appears here when it runs.</source>
        <translation>Starten Sie sie: Ihr Bildschirm erscheint hier, sobald sie läuft.</translation>
    </message>
    <message>
        <source>The VM %1 no longer exists in libvirt.</source>
        <translation>Die VM %1 existiert in libvirt nicht mehr.</translation>
    </message>
    <message>
        <source>Close this console; the VM was removed outside it.</source>
        <translation>Schließen Sie diese Konsole; die VM wurde außerhalb der Konsole entfernt.</translation>
    </message>
    <message>
        <source>Open the console again. If that fails too, restart the VM.</source>
        <translation>Öffnen Sie die Konsole erneut. Wenn auch das fehlschlägt, starten Sie die VM neu.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt did not hand over the VM&apos;s screen within %n second(s).</source>
        <translation>
            <numerusform>libvirt hat den Bildschirm der VM nicht innerhalb von %n Sekunde übergeben.</numerusform>
            <numerusform>libvirt hat den Bildschirm der VM nicht innerhalb von %n Sekunden übergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::StepList</name>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Schritt %1 von %2, aktuell: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Airlock::SummaryGroup</name>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <extracomment>Accessible name of the Change link of a Summary group; %1 is the group (&quot;Size&quot;).</extracomment>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <source>Go back to the page where you chose this</source>
        <translation>Zur Seite zurückgehen, auf der Sie das gewählt haben</translation>
    </message>
</context>
<context>
    <name>Airlock::SummaryPage</name>
    <message>
        <source>Review and create</source>
        <translation>Überprüfen und erstellen</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>Erstellen und starten</translation>
    </message>
    <message>
        <source>Everything you chose, in one place. Nothing has been created yet: Create and start makes the VM&apos;s disk, network and definition, and starts it.</source>
        <translation>Alles, was Sie gewählt haben, an einem Ort. Noch wurde nichts erstellt: „Erstellen und starten“ legt Festplatte, Netzwerk und Definition der VM an und startet sie.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A name in quotation marks, as the rest of the wizard writes it.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&amp;Save XML…</source>
        <translation>XML &amp;speichern …</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Confinement:</source>
        <translation>Einschränkung:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>Installs:</source>
        <translation>Installiert:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>When creating:</source>
        <translation>Beim Erstellen:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Also given:</source>
        <translation>Außerdem:</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>Kurz gesagt:</translation>
    </message>
    <message>
        <source>Warnings you accepted on the way</source>
        <translation>Warnungen, die Sie unterwegs akzeptiert haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Create and start will do:&lt;/b&gt; %1. If a step fails, Airlock undoes the steps before it; nothing that was on this computer before is changed.</source>
        <extracomment>%1 is the list of creation steps, joined by arrows.</extracomment>
        <translation>&lt;b&gt;Was „Erstellen und starten“ tun wird:&lt;/b&gt; %1. Schlägt ein Schritt fehl, macht Airlock die Schritte davor rückgängig; nichts, was vorher auf diesem Computer war, wird verändert.</translation>
    </message>
    <message>
        <source>Show the e&amp;xact configuration</source>
        <translation>Die genaue &amp;Konfiguration zeigen</translation>
    </message>
    <message>
        <source>Save the XML in front to a file, to read or keep</source>
        <translation>Das vorne angezeigte XML in einer Datei speichern, zum Lesen oder Aufbewahren</translation>
    </message>
    <message>
        <source>The VM&apos;s exact configuration (domain XML)</source>
        <translation>Die genaue Konfiguration der VM (Domain-XML)</translation>
    </message>
    <message>
        <source>The network&apos;s exact configuration (network XML)</source>
        <translation>Die genaue Konfiguration des Netzwerks (Netzwerk-XML)</translation>
    </message>
    <message>
        <source>none was chosen. Download it, or choose an ISO you have, on “Get NixOS”.</source>
        <translation>keine gewählt. Laden Sie sie unter „NixOS holen“ herunter oder wählen Sie dort eine vorhandene ISO.</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <extracomment>The disk&apos;s size in the headline, e.g. &quot;32 GiB disk&quot;.</extracomment>
        <translation>%1 Festplatte</translation>
    </message>
    <message>
        <source>custom devices</source>
        <translation>eigene Geräte</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the headline&apos;s parts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Ready to create “%1”: %2</source>
        <translation>Bereit, „%1“ zu erstellen: %2</translation>
    </message>
    <message>
        <source>Not yet ready to create “%1”: %2</source>
        <translation>Noch nicht bereit, „%1“ zu erstellen: %2</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 could not be checked</source>
        <translation>1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>1 risk accepted</source>
        <translation>1 Risiko akzeptiert</translation>
    </message>
    <message>
        <source>%1 risks accepted</source>
        <translation>%1 Risiken akzeptiert</translation>
    </message>
    <message>
        <source>All %1 passed</source>
        <translation>Alle %1 bestanden</translation>
    </message>
    <message>
        <source>checking this host…</source>
        <translation>dieser Host wird geprüft …</translation>
    </message>
    <message>
        <source>SELinux assumed; this host could not be asked</source>
        <translation>SELinux angenommen; dieser Host konnte nicht gefragt werden</translation>
    </message>
    <message>
        <source>SELinux (sVirt) gives the VM&apos;s process a label of its own</source>
        <translation>SELinux (sVirt) gibt dem Prozess der VM ein eigenes Label</translation>
    </message>
    <message>
        <source>Not confined by SELinux: libvirt on this host does not offer it</source>
        <translation>Nicht durch SELinux eingeschränkt: libvirt bietet es auf diesem Host nicht an</translation>
    </message>
    <message>
        <source>KVM, the processor&apos;s virtualization</source>
        <translation>KVM, die Virtualisierung des Prozessors</translation>
    </message>
    <message>
        <source>Emulation (TCG), as chosen: slower than KVM</source>
        <translation>Emulation (TCG), wie gewählt: langsamer als KVM</translation>
    </message>
    <message>
        <source>Emulation (TCG): KVM is not available here, so the VM runs slower</source>
        <translation>Emulation (TCG): KVM ist hier nicht verfügbar, daher läuft die VM langsamer</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>the volume %1 in the storage pool %2</source>
        <translation>das Volume %1 im Speicherpool %2</translation>
    </message>
    <message>
        <source>copied into the storage pool %1, where the VM reads it</source>
        <translation>in den Speicherpool %1 kopiert, wo die VM es liest</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;2 CPUs&quot;, %2 a CPU mode (&quot;Host CPU (host-passthrough)&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in the storage pool %2; it takes only the space NixOS writes</source>
        <translation>%1 im Speicherpool %2; belegt nur den Platz, den NixOS schreibt</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI mit Secure Boot</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off (the NixOS installer is not signed for it)</source>
        <translation>UEFI, Secure Boot aus (das NixOS-Installationsprogramm ist dafür nicht signiert)</translation>
    </message>
    <message>
        <source>Custom: your own choice</source>
        <translation>Eigene: Ihre eigene Auswahl</translation>
    </message>
    <message>
        <source>%1 with IPv6, on Airlock&apos;s network %2 · %3</source>
        <translation>%1 mit IPv6, in Airlocks Netzwerk %2 · %3</translation>
    </message>
    <message>
        <source>%1, on Airlock&apos;s network %2 · %3</source>
        <translation>%1, in Airlocks Netzwerk %2 · %3</translation>
    </message>
    <message>
        <source>%1 with IPv6, on the bridge %2 · %3</source>
        <translation>%1 mit IPv6, an der Brücke %2 · %3</translation>
    </message>
    <message>
        <source>%1, on the bridge %2 · %3</source>
        <translation>%1, an der Brücke %2 · %3</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(noch nicht benannt)</translation>
    </message>
    <message>
        <source>Shared folder %1, %2 · %3</source>
        <extracomment>%1 folder path, %2 &quot;read-only&quot; or &quot;read and write&quot;, %3 risk.</extracomment>
        <translation>Gemeinsamer Ordner %1, %2 · %3</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>%1, handed over · %2</source>
        <extracomment>%1 a device of the host (&quot;Logitech webcam&quot;), %2 risk.</extracomment>
        <translation>%1, übergeben · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 an exposure (&quot;Speakers&quot;), %2 its risk (&quot;Low risk&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing else of your computer</source>
        <translation>nichts sonst von Ihrem Computer</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(%2)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>Airlock could not ask this host what it offers (%1), so this is written for a hardened host with KVM and SELinux. Create and start asks the host again and writes what it offers.</source>
        <translation>Airlock konnte diesen Host nicht fragen, was er bietet (%1), daher ist dies für einen gehärteten Host mit KVM und SELinux geschrieben. „Erstellen und starten“ fragt den Host erneut und schreibt, was er bietet.</translation>
    </message>
    <message>
        <source>Checking this host…</source>
        <translation>Dieser Host wird geprüft …</translation>
    </message>
    <message>
        <source>Exactly what Create and start hands to libvirt, written for this host.</source>
        <translation>Genau das, was „Erstellen und starten“ an libvirt übergibt, für diesen Host geschrieben.</translation>
    </message>
    <message>
        <source>What Create and start would hand to libvirt on a hardened host.</source>
        <translation>Was „Erstellen und starten“ auf einem gehärteten Host an libvirt übergeben würde.</translation>
    </message>
    <message>
        <source>The ISO is first copied into the storage pool %1 as %2 (with a number added if another file has that name); the VM reads it from there.</source>
        <translation>Die ISO wird zuerst als %2 in den Speicherpool %1 kopiert (mit angehängter Nummer, falls eine andere Datei so heißt); die VM liest sie von dort.</translation>
    </message>
    <message>
        <source>The configuration cannot be written yet:
%1</source>
        <translation>Die Konfiguration kann noch nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A setting (&quot;Memory&quot;), then what is wrong with it, in the model&apos;s words.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Airlock cannot create this VM yet.&lt;br&gt;%1</source>
        <translation>Airlock kann diese VM noch nicht erstellen.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a group of the Summary (&quot;Size&quot;).</extracomment>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Hide the e&amp;xact configuration</source>
        <translation>Die genaue &amp;Konfiguration ausblenden</translation>
    </message>
    <message>
        <source>There is nothing to save yet: Airlock is still asking this host. Try again in a moment.</source>
        <translation>Es gibt noch nichts zu speichern: Airlock fragt diesen Host noch. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is nothing to save: the configuration cannot be written until the problem above is fixed.</source>
        <translation>Es gibt nichts zu speichern: Die Konfiguration kann erst geschrieben werden, wenn das Problem oben behoben ist.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or name and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Namen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the exact configuration</source>
        <translation>Die genaue Konfiguration speichern</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Airlock&apos;s own network, defined and started when it does not exist yet; one that exists is used only when it is exactly what Airlock makes, and never changed. If %1 is taken on this computer, Airlock picks the next free range when creating. The VM&apos;s own MAC and IP address are reserved on it then, so the VM&apos;s XML shows them only once it is created.</source>
        <translation>Airlocks eigenes Netzwerk, angelegt und gestartet, wenn es noch nicht existiert; ein vorhandenes wird nur verwendet, wenn es genau dem entspricht, was Airlock anlegt, und nie verändert. Ist %1 auf diesem Computer belegt, wählt Airlock beim Erstellen den nächsten freien Bereich. Dabei werden auch die eigene MAC- und IP-Adresse der VM darin reserviert, daher zeigt das XML der VM sie erst, wenn die VM erstellt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtuelle CPU</numerusform>
            <numerusform>%n virtuelle CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TypingJob</name>
    <message>
        <source>Nothing was typed: the console is not connected to the VM&apos;s screen.</source>
        <translation>Es wurde nichts getippt: Die Konsole ist nicht mit dem Bildschirm der VM verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Typing stopped after %1 of %n character(s).</source>
        <translation>
            <numerusform>Die Eingabe hielt nach %1 von %n Zeichen an.</numerusform>
            <numerusform>Die Eingabe hielt nach %1 von %n Zeichen an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console lost the VM&apos;s screen after %1 of %n character(s); nothing more was typed. Clear what was typed in the VM&apos;s terminal (Ctrl+C) before typing it again.</source>
        <translation>
            <numerusform>Die Konsole hat den Bildschirm der VM nach %1 von %n Zeichen verloren; mehr wurde nicht eingegeben. Löschen Sie das Eingegebene im Terminal der VM (Strg+C), bevor Sie es erneut eingeben.</numerusform>
            <numerusform>Die Konsole hat den Bildschirm der VM nach %1 von %n Zeichen verloren; mehr wurde nicht eingegeben. Löschen Sie das Eingegebene im Terminal der VM (Strg+C), bevor Sie es erneut eingeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::VmPanel</name>
    <message>
        <source>Start the VM</source>
        <translation>VM starten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Force off…</source>
        <translation>Ausschalten erzwingen …</translation>
    </message>
    <message>
        <source>Eject the installer</source>
        <translation>Installationsmedium auswerfen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Type it into the VM…</source>
        <translation>In die VM tippen …</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>Den Ausschnitt kopieren</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Take known-good snapshot</source>
        <translation>Referenz-Schnappschuss anlegen</translation>
    </message>
    <message>
        <source>Copy label</source>
        <translation>Label kopieren</translation>
    </message>
    <message>
        <source>Save live XML…</source>
        <translation>Live-XML speichern …</translation>
    </message>
    <message>
        <source>Reads the proof and the audit from libvirt again, now</source>
        <translation>Liest den Nachweis und den Abgleich jetzt erneut bei libvirt</translation>
    </message>
    <message>
        <source>Asks NixOS to shut down, as the power button does</source>
        <translation>Fordert NixOS zum Herunterfahren auf, wie beim Druck auf den Netzschalter</translation>
    </message>
    <message>
        <source>Stops the VM at once, like pulling the plug</source>
        <translation>Stoppt die VM sofort, als zöge man den Stecker</translation>
    </message>
    <message>
        <source>Empties the VM&apos;s CD drive, now and for its next start</source>
        <translation>Leert das CD-Laufwerk der VM, jetzt und für ihren nächsten Start</translation>
    </message>
    <message>
        <source>For after NixOS is installed: these settings harden it to match what you chose, each with why in the comment above it. Your computer&apos;s clipboard does not reach the VM unless you chose clipboard sharing, so Airlock types them into the VM from its console: open a terminal in NixOS, then choose “Type it into the VM”.</source>
        <translation>Für die Zeit nach der Installation von NixOS: Diese Einstellungen härten es passend zu Ihrer Auswahl, jede mit ihrer Begründung im Kommentar darüber. Die Zwischenablage Ihres Computers erreicht die VM nicht, außer Sie haben „Zwischenablage teilen“ gewählt; daher tippt Airlock sie über seine Konsole in die VM: Öffnen Sie ein Terminal in NixOS und wählen Sie dann „In die VM tippen“.</translation>
    </message>
    <message>
        <source>NixOS hardening snippet</source>
        <translation>NixOS-Härtungsausschnitt</translation>
    </message>
    <message>
        <source>Opens the console at the hardening step, where Airlock types the settings into a terminal in the VM</source>
        <translation>Öffnet die Konsole beim Härtungsschritt, wo Airlock die Einstellungen in ein Terminal der VM tippt</translation>
    </message>
    <message>
        <source>Isolation</source>
        <extracomment>Tabs of the Launch page&apos;s proof</extracomment>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>Inside NixOS</source>
        <translation>In NixOS</translation>
    </message>
    <message>
        <source>Copied the NixOS snippet.</source>
        <translation>NixOS-Ausschnitt kopiert.</translation>
    </message>
    <message>
        <source>Copied the NixOS snippet. The VM does not share your clipboard: to get it there, use “Type it into the VM”.</source>
        <translation>NixOS-Ausschnitt kopiert. Die VM teilt Ihre Zwischenablage nicht: Um ihn dorthin zu bringen, verwenden Sie „In die VM tippen“.</translation>
    </message>
    <message>
        <source>State: Running the NixOS installer (from the ISO)</source>
        <extracomment>The VM&apos;s live state while it runs from the install-time definition</extracomment>
        <translation>Zustand: NixOS-Installationsprogramm läuft (von der ISO)</translation>
    </message>
    <message>
        <source>State: Running NixOS from its disk</source>
        <extracomment>The VM&apos;s live state once it runs from its persistent definition</extracomment>
        <translation>Zustand: NixOS läuft von seiner Festplatte</translation>
    </message>
    <message>
        <source>State: %1</source>
        <extracomment>The VM&apos;s live state, e.g. &quot;State: Running&quot;</extracomment>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>The VM was removed from libvirt (not by Airlock)</extracomment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The proof could not be read from libvirt: %1</source>
        <translation>Der Nachweis konnte nicht von libvirt gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read live at %1</source>
        <extracomment>When the proof and audit shown were read from libvirt, e.g. &quot;Read live at 14:05:12&quot;</extracomment>
        <translation>Live gelesen um %1</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1</source>
        <translation>Neu verbinden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Airlock lost its connection to libvirt: %1 The VM itself is not affected, but this page can no longer follow it; what it shows may be out of date.</source>
        <translation>Airlock hat die Verbindung zu libvirt verloren: %1 Die VM selbst ist nicht betroffen, aber diese Seite kann ihr nicht mehr folgen; was sie zeigt, ist vielleicht veraltet.</translation>
    </message>
    <message>
        <source>State: unknown (connection lost)</source>
        <translation>Zustand: unbekannt (Verbindung verloren)</translation>
    </message>
    <message>
        <source>The VM shut down.</source>
        <translation>Die VM ist heruntergefahren.</translation>
    </message>
    <message>
        <source>The VM is paused. Its label stays as shown until it stops.</source>
        <translation>Die VM ist pausiert. Ihr Label bleibt wie angezeigt, bis sie stoppt.</translation>
    </message>
    <message>
        <source>The VM is not running. What follows was read while it ran; libvirt gives it a new label when it starts again, and this page then shows that one.</source>
        <translation>Die VM läuft nicht. Das Folgende wurde gelesen, während sie lief; libvirt gibt ihr beim nächsten Start ein neues Label, und diese Seite zeigt dann jenes.</translation>
    </message>
    <message>
        <source>The VM is not running: it has no label now. Start it, and Airlock reads its proof as soon as it runs.</source>
        <translation>Die VM läuft nicht: Sie hat gerade kein Label. Starten Sie sie, dann liest Airlock ihren Nachweis, sobald sie läuft.</translation>
    </message>
    <message>
        <source>The VM was removed from libvirt outside Airlock. What follows was read while it existed.</source>
        <translation>Die VM wurde außerhalb von Airlock aus libvirt entfernt. Das Folgende wurde gelesen, als sie noch existierte.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what did not happen, %2 is libvirt&apos;s reason</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The VM did not start:</source>
        <translation>Die VM ist nicht gestartet:</translation>
    </message>
    <message>
        <source>The VM could not be asked to shut down:</source>
        <translation>Die VM konnte nicht zum Herunterfahren aufgefordert werden:</translation>
    </message>
    <message numerus="yes">
        <source>Asked NixOS to shut down, as the power button does. If it has not stopped within %n seconds, Airlock offers to force it off.</source>
        <translation>
            <numerusform>NixOS wurde zum Herunterfahren aufgefordert, wie beim Druck auf den Netzschalter. Hat es nach %n Sekunde nicht angehalten, bietet Airlock an, das Ausschalten zu erzwingen.</numerusform>
            <numerusform>NixOS wurde zum Herunterfahren aufgefordert, wie beim Druck auf den Netzschalter. Hat es nach %n Sekunden nicht angehalten, bietet Airlock an, das Ausschalten zu erzwingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM did not shut down in time: NixOS may be busy or may be ignoring the power button. Wait longer, or force it off.</source>
        <translation>Die VM ist nicht rechtzeitig heruntergefahren: NixOS ist vielleicht beschäftigt oder ignoriert den Netzschalter. Warten Sie länger oder erzwingen Sie das Ausschalten.</translation>
    </message>
    <message>
        <source>Force off “%1”? It stops at once, like pulling the plug: work not saved inside the VM is lost.</source>
        <translation>Ausschalten von „%1“ erzwingen? Die VM stoppt sofort, als zöge man den Stecker: Was in ihr nicht gespeichert ist, geht verloren.</translation>
    </message>
    <message>
        <source>The VM could not be forced off:</source>
        <translation>Die VM konnte nicht zwangsweise ausgeschaltet werden:</translation>
    </message>
    <message>
        <source>The VM was forced off.</source>
        <translation>Die VM wurde zwangsweise ausgeschaltet.</translation>
    </message>
    <message>
        <source>The installer could not be ejected: %1</source>
        <translation>Das Installationsmedium konnte nicht ausgeworfen werden: %1</translation>
    </message>
    <message>
        <source>Ejected the installer, now and for the VM&apos;s next start.</source>
        <translation>Installationsmedium ausgeworfen, jetzt und für den nächsten Start der VM.</translation>
    </message>
    <message>
        <source>Ejected the installer. The VM&apos;s next start boots from its disk.</source>
        <translation>Installationsmedium ausgeworfen. Beim nächsten Start startet die VM von ihrer Festplatte.</translation>
    </message>
    <message>
        <source>Copied the label %1.</source>
        <translation>Label %1 kopiert.</translation>
    </message>
    <message>
        <source>The XML could not be saved to %1: %2</source>
        <translation>Das XML konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the live XML, as read at %1, to %2.</source>
        <translation>Das Live-XML, gelesen um %1, wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The live XML could not be read: %1</source>
        <translation>Das Live-XML konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save the live XML</source>
        <translation>Das Live-XML speichern</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Airlock::VmRow</name>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Check its isolation</source>
        <translation>Isolation prüfen</translation>
    </message>
    <message>
        <source>Opens the VM&apos;s window: its proof, snapshots and actions</source>
        <translation>Öffnet das Fenster der VM: ihren Nachweis, ihre Schnappschüsse und Aktionen</translation>
    </message>
    <message>
        <source>Opens the VM&apos;s proof against Maximum isolation; Airlock does not change this VM</source>
        <translation>Öffnet den Nachweis der VM, gemessen an „Maximale Isolation“; Airlock verändert diese VM nicht</translation>
    </message>
    <message>
        <source>Not made by Airlock: check its isolation</source>
        <translation>Nicht von Airlock erstellt: Isolation prüfen</translation>
    </message>
    <message>
        <source>Shut off: checked when it runs</source>
        <translation>Ausgeschaltet: wird geprüft, sobald sie läuft</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Confined by SELinux</source>
        <translation>Durch SELinux eingeschränkt</translation>
    </message>
    <message>
        <source>Not confined: SELinux only logs</source>
        <translation>Nicht eingeschränkt: SELinux protokolliert nur</translation>
    </message>
    <message>
        <source>Confinement could not be read</source>
        <translation>Einschränkung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not confined</source>
        <translation>Nicht eingeschränkt</translation>
    </message>
    <message>
        <source>Running the installer</source>
        <translation>Installationsprogramm läuft</translation>
    </message>
    <message>
        <source>Installer removed</source>
        <translation>Installationsmedium entfernt</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>gerade eben geprüft</translation>
    </message>
    <message>
        <source>checked at %1</source>
        <extracomment>When the VM&apos;s proof was read, e.g. &quot;checked at 14:05&quot;</extracomment>
        <translation>geprüft um %1</translation>
    </message>
</context>
<context>
    <name>Airlock::VmWindow</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Removes the VM and what Airlock made for it, after asking</source>
        <translation>Entfernt nach einer Rückfrage die VM und das, was Airlock für sie angelegt hat</translation>
    </message>
    <message>
        <source>%1 — Airlock</source>
        <extracomment>The VM window&apos;s title; %1 is the VM&apos;s name</extracomment>
        <translation>%1 — Airlock</translation>
    </message>
    <message>
        <source>Made by Airlock: its isolation is checked against the choices it was made from.</source>
        <translation>Von Airlock erstellt: Ihre Isolation wird mit der Auswahl abgeglichen, aus der sie erstellt wurde.</translation>
    </message>
    <message>
        <source>Not made by Airlock: its isolation is checked against Maximum isolation. Airlock only looks at this VM and never changes it.</source>
        <translation>Nicht von Airlock erstellt: Ihre Isolation wird an „Maximale Isolation“ gemessen. Airlock sieht sich diese VM nur an und verändert sie nie.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>the checksum file is %1 bytes long, too long to be one</source>
        <translation>die Prüfsummendatei ist %1 Byte lang, zu lang, um eine zu sein</translation>
    </message>
    <message>
        <source>the checksum file is empty</source>
        <translation>die Prüfsummendatei ist leer</translation>
    </message>
    <message>
        <source>the checksum “%1” contains “%2”, which is not a hexadecimal digit</source>
        <translation>die Prüfsumme „%1“ enthält „%2“, was keine Hexadezimalziffer ist</translation>
    </message>
    <message>
        <source>the checksum has %1 hexadecimal digits; a SHA-256 checksum has 64</source>
        <translation>die Prüfsumme hat %1 Hexadezimalziffern; eine SHA-256-Prüfsumme hat 64</translation>
    </message>
    <message>
        <source>the checksum file lists several different checksums</source>
        <translation>die Prüfsummendatei nennt mehrere verschiedene Prüfsummen</translation>
    </message>
    <message>
        <source>the checksum file names “%1”, which is not a plain file name</source>
        <translation>die Prüfsummendatei nennt „%1“, was kein einfacher Dateiname ist</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Create a hardened NixOS virtual machine and prove its isolation.</source>
        <translation>Eine gehärtete virtuelle NixOS-Maschine erstellen und ihre Isolation nachweisen.</translation>
    </message>
    <message>
        <source>The libvirt connection to use (default: qemu:///system).</source>
        <translation>Die zu verwendende libvirt-Verbindung (Standard: qemu:///system).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Read the VM&apos;s choices from a JSON spec file.</source>
        <translation>Die Einstellungen der VM aus einer JSON-Spezifikationsdatei lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the domain XML for --spec and exit (2 when the spec is invalid).</source>
        <translation>Das Domain-XML für --spec ausgeben und beenden (2, wenn die Spezifikation ungültig ist).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>--print-xml needs --spec FILE</source>
        <translation>--print-xml braucht --spec DATEI</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <extracomment>--check-host output: &quot;[Passed] SELinux: SELinux is enforcing.&quot;</extracomment>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <extracomment>--check-host output, indented under a check: the value read</extracomment>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <extracomment>--check-host output, indented under a check: where it was read</extracomment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>--check-host output, indented under a check: the command that fixes it</extracomment>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Run the host checks without a window and exit (1 when a check fails).</source>
        <translation>Die Host-Prüfungen ohne Fenster ausführen und beenden (1, wenn eine Prüfung fehlschlägt).</translation>
    </message>
    <message>
        <source>Download and verify the NixOS ISO into --output without a window; print its path.</source>
        <translation>Die NixOS-ISO ohne Fenster nach --output herunterladen und prüfen; ihren Pfad ausgeben.</translation>
    </message>
    <message>
        <source>Create and start the VM of --spec without a window, then prove its isolation (exit 0: running and proven; 1: creation failed and was undone; 3: running, but the proof falls short).</source>
        <translation>Die VM aus --spec ohne Fenster erstellen und starten, dann ihre Isolation nachweisen (Exit-Code 0: läuft und nachgewiesen; 1: Erstellung fehlgeschlagen und rückgängig gemacht; 3: läuft, aber der Nachweis reicht nicht).</translation>
    </message>
    <message>
        <source>With --fetch-iso: the directory to download into.</source>
        <translation>Mit --fetch-iso: das Verzeichnis, in das heruntergeladen wird.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>With --fetch-iso: the NixOS release, e.g. nixos-25.11 (default: the newest stable).</source>
        <translation>Mit --fetch-iso: die NixOS-Version, z. B. nixos-25.11 (Standard: die neueste stabile).</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>With --fetch-iso: download from this mirror instead of channels.nixos.org.</source>
        <translation>Mit --fetch-iso: von diesem Spiegelserver statt von channels.nixos.org herunterladen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>choose one of %1, not several</source>
        <translation>wählen Sie eines von %1, nicht mehrere</translation>
    </message>
    <message>
        <source>  Process label: %1 (%2)</source>
        <translation>  Prozess-Label: %1 (%2)</translation>
    </message>
    <message>
        <source>enforcement not reported</source>
        <translation>Durchsetzung nicht gemeldet</translation>
    </message>
    <message>
        <source>enforcing</source>
        <translation>enforcing</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permissive</translation>
    </message>
    <message>
        <source>  Image label:   %1</source>
        <translation>  Abbild-Label:  %1</translation>
    </message>
    <message>
        <source>  DAC label:     %1</source>
        <translation>  DAC-Label:     %1</translation>
    </message>
    <message>
        <source>  ✗ %1</source>
        <translation>  ✗ %1</translation>
    </message>
    <message>
        <source>Audit of the running VM:</source>
        <translation>Abgleich der laufenden VM:</translation>
    </message>
    <message>
        <source>--create needs --spec FILE</source>
        <translation>--create braucht --spec DATEI</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Rückgängig machen: %1</translation>
    </message>
    <message>
        <source>removed again: %1</source>
        <translation>wieder entfernt: %1</translation>
    </message>
    <message>
        <source>left behind: %1</source>
        <translation>zurückgeblieben: %1</translation>
    </message>
    <message>
        <source>the VM runs, but its proof could not be read: %1</source>
        <translation>die VM läuft, aber ihr Nachweis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1, %2/s, %3 s left</source>
        <extracomment>%1 is the progress so far, %2 a rate such as &quot;48 MB&quot;, %3 seconds left</extracomment>
        <translation>%1, %2/s, noch %3 s</translation>
    </message>
    <message>
        <source>--fetch-iso needs --output DIR, the folder to download into</source>
        <translation>--fetch-iso braucht --output ORDNER, den Ordner, in den heruntergeladen wird</translation>
    </message>
    <message>
        <source>--base-url: “%1” is not an http or https address</source>
        <translation>--base-url: „%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>warning: %1 is not encrypted; the checksum comes from the same server, so it proves the file arrived whole, not that nobody swapped it</source>
        <translation>Warnung: %1 ist nicht verschlüsselt; die Prüfsumme kommt vom selben Server, sie beweist also, dass die Datei vollständig ankam, nicht, dass niemand sie ausgetauscht hat</translation>
    </message>
    <message>
        <source>--release: no NixOS release “%1”; known: %2</source>
        <translation>--release: keine NixOS-Version „%1“; bekannt sind: %2</translation>
    </message>
    <message>
        <source>published SHA-256 of %1: %2</source>
        <translation>veröffentlichte SHA-256 von %1: %2</translation>
    </message>
    <message>
        <source>checking the ISO downloaded before</source>
        <translation>die früher heruntergeladene ISO wird geprüft</translation>
    </message>
    <message>
        <source>verifying the SHA-256 checksum</source>
        <translation>die SHA-256-Prüfsumme wird geprüft</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <extracomment>%1 the reason, %2 seconds, %3 the attempt&apos;s number</extracomment>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>offline: using the ISO verified earlier</source>
        <translation>offline: die früher geprüfte ISO wird verwendet</translation>
    </message>
    <message>
        <source>verified: SHA-256 %1</source>
        <translation>geprüft: SHA-256 %1</translation>
    </message>
    <message>
        <source>fetching %1 (%2) from %3</source>
        <translation>%1 (%2) wird von %3 geholt</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>--document must be one of %1, not “%2”</source>
        <translation>--document muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>network.mode “%1” uses no network of Airlock&apos;s: there is no network document to print</source>
        <translation>network.mode „%1“ verwendet kein Netzwerk von Airlock: Es gibt kein Netzwerkdokument auszugeben</translation>
    </message>
    <message>
        <source>Prove the isolation of the VM NAME as it runs now, without a window (exit 0: every check holds; 3: one falls short; 1: it cannot be read). A VM Airlock did not make is held to Maximum isolation.</source>
        <translation>Die Isolation der VM NAME so, wie sie gerade läuft, ohne Fenster nachweisen (Exit-Code 0: jede Prüfung bestanden; 3: eine reicht nicht; 1: sie kann nicht gelesen werden). Eine VM, die nicht von Airlock erstellt wurde, wird an „Maximale Isolation“ gemessen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read the VM “%1”: %2</source>
        <translation>die VM „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the proof of “%1”: %2</source>
        <translation>der Nachweis von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1”, made by Airlock %2: checked against the choices it was made from.</source>
        <translation>„%1“, erstellt von Airlock %2: mit der Auswahl abgeglichen, aus der sie erstellt wurde.</translation>
    </message>
    <message>
        <source>“%1” was not made by Airlock: checked against Maximum isolation.</source>
        <translation>„%1“ wurde nicht von Airlock erstellt: an „Maximale Isolation“ gemessen.</translation>
    </message>
    <message>
        <source>With --print-xml: which document to print: domain (the default: the VM as libvirt keeps it, booting its disk), install (the VM as the installation runs: the ISO booted, a reboot stops it), network (Airlock&apos;s network) or filter (Airlock&apos;s traffic filters, in one &lt;filters&gt;).</source>
        <translation>Mit --print-xml: welches Dokument ausgegeben wird: domain (Standard: die VM, wie libvirt sie speichert, mit Start von ihrer Festplatte), install (die VM während der Installation: die ISO wird gestartet, ein Neustart beendet sie), network (Airlocks Netzwerk) oder filter (Airlocks Verkehrsfilter, in einem &lt;filters&gt;).</translation>
    </message>
    <message>
        <source>List every VM on the connection, Airlock&apos;s first, without a window.</source>
        <translation>Alle VMs der Verbindung ohne Fenster auflisten, die von Airlock zuerst.</translation>
    </message>
    <message>
        <source>List what deleting the VM NAME removes and what stays, without a window; with --yes, remove it. Airlock deletes only VMs it made.</source>
        <translation>Ohne Fenster auflisten, was das Löschen der VM NAME entfernt und was bleibt; mit --yes sie entfernen. Airlock löscht nur VMs, die es erstellt hat.</translation>
    </message>
    <message>
        <source>With --delete: remove the VM and what Airlock made for it.</source>
        <translation>Mit --delete: die VM und das, was Airlock für sie angelegt hat, entfernen.</translation>
    </message>
    <message>
        <source>List the creations on the connection that were interrupted (a crash, a power loss, the daemon going away) and what each had made; with --finish or --undo, resolve them (exit 0: done; 1: not everything could be).</source>
        <translation>Die unterbrochenen Erstellungen der Verbindung (durch einen Absturz, einen Stromausfall, einen weggefallenen Dienst) auflisten und was jede angelegt hatte; mit --finish oder --undo sie auflösen (Exit-Code 0: erledigt; 1: nicht alles war möglich).</translation>
    </message>
    <message>
        <source>With --recover: finish each interrupted creation, keeping its disk and ISO.</source>
        <translation>Mit --recover: jede unterbrochene Erstellung abschließen und ihre Festplatte und ISO behalten.</translation>
    </message>
    <message>
        <source>With --recover: remove exactly what each interrupted creation had made.</source>
        <translation>Mit --recover: genau das entfernen, was jede unterbrochene Erstellung angelegt hatte.</translation>
    </message>
    <message>
        <source>--yes goes with --delete NAME</source>
        <translation>--yes gehört zu --delete NAME</translation>
    </message>
    <message>
        <source>choose one of --finish, --undo, not both</source>
        <translation>wählen Sie eines von --finish, --undo, nicht beide</translation>
    </message>
    <message>
        <source>--finish and --undo go with --recover</source>
        <translation>--finish und --undo gehören zu --recover</translation>
    </message>
    <message>
        <source>With --check-host, --create, --verify, --list or --delete: print JSON.</source>
        <translation>Mit --check-host, --create, --verify, --list oder --delete: JSON ausgeben.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>„%1“ ist gelöscht.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted completely; the lines above say how to remove what is left by hand.</source>
        <translation>„%1“ konnte nicht vollständig gelöscht werden; die Zeilen oben sagen, wie Sie das Übriggebliebene von Hand entfernen.</translation>
    </message>
    <message>
        <source>Deleting “%1” would do this:</source>
        <translation>Das Löschen von „%1“ würde Folgendes tun:</translation>
    </message>
    <message>
        <source>Nothing was changed. To delete it, run this again with --yes.</source>
        <translation>Es wurde nichts verändert. Um sie zu löschen, führen Sie dies erneut mit --yes aus.</translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation> (transient)</translation>
    </message>
    <message>
        <source>%1 — %2%3 — not made by Airlock</source>
        <extracomment>%1 the VM&apos;s name, %2 its state (&quot;running&quot;), %3 &quot; (transient)&quot; or nothing</extracomment>
        <translation>%1 — %2%3 — nicht von Airlock erstellt</translation>
    </message>
    <message>
        <source>NixOS release unknown</source>
        <translation>NixOS-Version unbekannt</translation>
    </message>
    <message>
        <source>NixOS %1</source>
        <translation>NixOS %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>creation time not recorded</source>
        <translation>Erstellungszeit nicht festgehalten</translation>
    </message>
    <message>
        <source>%1 — %2%3 — made by Airlock %4, %5, %6</source>
        <extracomment>%1 name, %2 state, %3 &quot; (transient)&quot; or nothing, %4 Airlock&apos;s version, %5 &quot;NixOS 26.05&quot;, %6 &quot;created 2026-12-01T10:00:00Z&quot;</extracomment>
        <translation>%1 — %2%3 — erstellt von Airlock %4, %5, %6</translation>
    </message>
    <message>
        <source>cannot list the VMs on %1: %2</source>
        <translation>die VMs auf %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>There are no VMs on %1.</source>
        <translation>Auf %1 gibt es keine VMs.</translation>
    </message>
    <message>
        <source>No creation on %1 was interrupted.</source>
        <translation>Auf %1 wurde keine Erstellung unterbrochen.</translation>
    </message>
    <message>
        <source>    journal: %1</source>
        <translation>    Journal: %1</translation>
    </message>
    <message>
        <source>Finish them with airlock --recover --finish, or remove what they made with airlock --recover --undo.</source>
        <translation>Schließen Sie sie mit airlock --recover --finish ab oder entfernen Sie, was sie angelegt haben, mit airlock --recover --undo.</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>No creation on %1 was interrupted; nothing to do.</source>
        <translation>Auf %1 wurde keine Erstellung unterbrochen; es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>cannot read what %1 offers: %2</source>
        <translation>kann nicht lesen, was %1 anbietet: %2</translation>
    </message>
    <message>
        <source>%1 See --help for the options.</source>
        <extracomment>%1 is Qt&apos;s sentence, such as &quot;Unknown option &apos;bogus&apos;.&quot;</extracomment>
        <translation>%1 Die Optionen zeigt --help.</translation>
    </message>
    <message>
        <source>%1 Choosing from the releases Airlock knew of when it was built.</source>
        <extracomment>%1 is why the mirror&apos;s list could not be used (a sentence)</extracomment>
        <translation>%1 Es wird aus den Versionen gewählt, die Airlock kannte, als es gebaut wurde.</translation>
    </message>
    <message>
        <source>no supported stable NixOS release is known for this computer; choose one with --release: %1</source>
        <translation>für diesen Computer ist keine unterstützte stabile NixOS-Version bekannt; wählen Sie eine mit --release: %1</translation>
    </message>
    <message>
        <source>there is no display to show Airlock&apos;s window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Airlock from your desktop, or see --help for what it does without a window.</source>
        <translation>es gibt keinen Bildschirm, auf dem Airlock sein Fenster zeigen kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie Airlock von Ihrem Desktop aus oder lesen Sie unter --help nach, was es ohne Fenster kann.</translation>
    </message>
    <message>
        <source>check by hand: %1</source>
        <extracomment>--check-host output, indented under a check: a command that only shows what was found</extracomment>
        <translation>selbst prüfen: %1</translation>
    </message>
    <message>
        <source>read: %1</source>
        <extracomment>--check-host output, indented under a check: a web page about it</extracomment>
        <translation>lesen: %1</translation>
    </message>
</context>
<context>
    <name>CreationJournal</name>
    <message>
        <source>Airlock could not write the journal of this creation at “%1” (%2), so it made nothing. Check that the disk is not full and that Airlock may write to %3, then try again.</source>
        <translation>Airlock konnte das Journal dieser Erstellung nicht unter „%1“ schreiben (%2) und hat daher nichts angelegt. Prüfen Sie, ob der Datenträger nicht voll ist und Airlock in %3 schreiben darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the storage pool “%1”</source>
        <translation>der Speicherpool „%1“</translation>
    </message>
    <message>
        <source>started the storage pool “%1”</source>
        <translation>Speicherpool „%1“ gestartet</translation>
    </message>
    <message>
        <source>the disk “%1” in the pool “%2”</source>
        <translation>die Festplatte „%1“ im Pool „%2“</translation>
    </message>
    <message>
        <source>the ISO “%1” in the pool “%2”</source>
        <translation>die ISO „%1“ im Pool „%2“</translation>
    </message>
    <message>
        <source>the network “%1”</source>
        <translation>das Netzwerk „%1“</translation>
    </message>
    <message>
        <source>started the network “%1”</source>
        <translation>Netzwerk „%1“ gestartet</translation>
    </message>
    <message>
        <source>the traffic filter “%1”</source>
        <translation>der Verkehrsfilter „%1“</translation>
    </message>
    <message>
        <source>the address %1 on “%2”</source>
        <translation>die Adresse %1 in „%2“</translation>
    </message>
    <message>
        <source>the VM “%1”</source>
        <translation>die VM „%1“</translation>
    </message>
    <message>
        <source>the running VM “%1”</source>
        <translation>die laufende VM „%1“</translation>
    </message>
    <message>
        <source>the directory cannot be made</source>
        <translation>das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>A creation of “%1” on this connection is running now (its journal is %2). Wait for it to end, or choose another name.</source>
        <translation>Auf dieser Verbindung läuft gerade eine Erstellung von „%1“ (ihr Journal ist %2). Warten Sie, bis sie beendet ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>An earlier creation of “%1” on this connection was interrupted and is not finished (its journal is %2). Finish it or undo it first: airlock --recover --finish, or airlock --recover --undo, or from Airlock&apos;s home window.</source>
        <translation>Eine frühere Erstellung von „%1“ auf dieser Verbindung wurde unterbrochen und ist nicht abgeschlossen (ihr Journal ist %2). Schließen Sie sie zuerst ab oder machen Sie sie rückgängig: mit airlock --recover --finish oder airlock --recover --undo oder im Hauptfenster von Airlock.</translation>
    </message>
    <message>
        <source>The creation of journal %1 is running now; wait for it to end.</source>
        <translation>Die Erstellung mit dem Journal %1 läuft gerade; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened (%2).</source>
        <translation>Das Journal %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: it is missing or not a journal Airlock wrote. Remove it by hand if it is no longer needed.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: Es fehlt oder ist kein Journal, das Airlock geschrieben hat. Entfernen Sie es von Hand, wenn es nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Airlock could not write the journal of this creation at “%1” (%2). Check that the disk is not full, then try again.</source>
        <translation>Airlock konnte das Journal dieser Erstellung nicht unter „%1“ schreiben (%2). Prüfen Sie, ob der Datenträger nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>CreationPlan</name>
    <message>
        <source>kept the storage pool “%1”: it holds volumes Airlock did not make (%2)</source>
        <translation>Speicherpool „%1“ behalten: Er enthält Volumes, die Airlock nicht angelegt hat (%2)</translation>
    </message>
    <message>
        <source>kept the network “%1”: another VM is connected to it</source>
        <translation>Netzwerk „%1“ behalten: Eine andere VM ist damit verbunden</translation>
    </message>
    <message>
        <source>Check that everything is ready</source>
        <translation>Prüfen, ob alles bereit ist</translation>
    </message>
    <message>
        <source>Prepare the storage pool</source>
        <translation>Speicherpool vorbereiten</translation>
    </message>
    <message>
        <source>Create the VM&apos;s disk</source>
        <translation>Festplatte der VM anlegen</translation>
    </message>
    <message>
        <source>Put the NixOS ISO into the pool</source>
        <translation>NixOS-ISO in den Pool legen</translation>
    </message>
    <message>
        <source>Prepare the network</source>
        <translation>Netzwerk vorbereiten</translation>
    </message>
    <message>
        <source>Define the VM</source>
        <translation>VM definieren</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>VM starten</translation>
    </message>
    <message>
        <source>Airlock cannot create this VM yet.</source>
        <translation>Airlock kann diese VM noch nicht erstellen.</translation>
    </message>
    <message>
        <source>No installer ISO was chosen.</source>
        <translation>Es wurde keine Installations-ISO gewählt.</translation>
    </message>
    <message>
        <source>Go back to “Get NixOS” and download the ISO or choose one you have.</source>
        <translation>Gehen Sie zurück zu „NixOS holen“ und laden Sie die ISO herunter oder wählen Sie eine vorhandene.</translation>
    </message>
    <message>
        <source>Airlock could not read what this host offers.</source>
        <translation>Airlock konnte nicht lesen, was dieser Host bietet.</translation>
    </message>
    <message>
        <source>Check that the libvirt daemon is running, then try again.</source>
        <translation>Prüfen Sie, ob der libvirt-Dienst läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s settings do not fit this host.</source>
        <translation>Die Einstellungen der VM passen nicht zu diesem Host.</translation>
    </message>
    <message>
        <source>Change them on the page the setting belongs to.</source>
        <translation>Ändern Sie sie auf der Seite, zu der die Einstellung gehört.</translation>
    </message>
    <message>
        <source>A VM named “%1” already exists on this connection.</source>
        <translation>Auf dieser Verbindung gibt es bereits eine VM namens „%1“.</translation>
    </message>
    <message>
        <source>Choose another name on “Size the VM”. Airlock never changes a VM it did not create.</source>
        <translation>Wählen Sie unter „Größe der VM festlegen“ einen anderen Namen. Airlock verändert nie eine VM, die es nicht erstellt hat.</translation>
    </message>
    <message>
        <source>The pool “%1” already holds a volume named “%2”.</source>
        <translation>Der Pool „%1“ enthält bereits ein Volume namens „%2“.</translation>
    </message>
    <message>
        <source>Choose another VM name on “Size the VM”. Airlock never overwrites a volume.</source>
        <translation>Wählen Sie unter „Größe der VM festlegen“ einen anderen VM-Namen. Airlock überschreibt nie ein Volume.</translation>
    </message>
    <message>
        <source>The storage pool “%1” does not exist.</source>
        <translation>Der Speicherpool „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Create it (for example with virt-manager), or use the pool “default”, which Airlock creates when it is missing.</source>
        <translation>Legen Sie ihn an (zum Beispiel mit virt-manager) oder verwenden Sie den Pool „default“, den Airlock anlegt, wenn er fehlt.</translation>
    </message>
    <message>
        <source>libvirt&apos;s traffic filter “%1” is missing.</source>
        <translation>Der Verkehrsfilter „%1“ von libvirt fehlt.</translation>
    </message>
    <message>
        <source>Start libvirt&apos;s network-filter service (on secureblue: ujust set-libvirt-daemons on), then try again.</source>
        <translation>Starten Sie den Netzwerkfilter-Dienst von libvirt (unter secureblue: ujust set-libvirt-daemons on) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The ISO “%1” cannot be read.</source>
        <translation>Die ISO „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the file exists, or choose it again on “Get NixOS”.</source>
        <translation>Prüfen Sie, ob die Datei existiert, oder wählen Sie sie unter „NixOS holen“ erneut.</translation>
    </message>
    <message>
        <source>The ISO volume “%1” is not in the pool “%2”.</source>
        <translation>Das ISO-Volume „%1“ ist nicht im Pool „%2“.</translation>
    </message>
    <message>
        <source>Choose the ISO again on “Get NixOS”.</source>
        <translation>Wählen Sie die ISO unter „NixOS holen“ erneut.</translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation>Prüfen Sie die Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A device chosen for the VM is not on this host.</source>
        <translation>Ein für die VM gewähltes Gerät ist auf diesem Host nicht vorhanden.</translation>
    </message>
    <message>
        <source>Go back to “Choose devices” and choose again.</source>
        <translation>Gehen Sie zurück zu „Geräte wählen“ und wählen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is free; %n virtual CPU(s) and %2 fit this host.</source>
        <translation>
            <numerusform>„%1“ ist frei; %n virtuelle CPU und %2 passen auf diesen Host.</numerusform>
            <numerusform>„%1“ ist frei; %n virtuelle CPUs und %2 passen auf diesen Host.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses the pool “%1”.</source>
        <translation>Verwendet den Pool „%1“.</translation>
    </message>
    <message>
        <source>The storage pool “%1” could not be started.</source>
        <translation>Der Speicherpool „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check the pool&apos;s directory and permissions.</source>
        <translation>Prüfen Sie das Verzeichnis und die Rechte des Pools.</translation>
    </message>
    <message>
        <source>Started the pool “%1”.</source>
        <translation>Pool „%1“ gestartet.</translation>
    </message>
    <message>
        <source>The storage pool “%1” could not be defined.</source>
        <translation>Der Speicherpool „%1“ konnte nicht definiert werden.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s storage service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Prüfen Sie, ob der Speicherdienst von libvirt läuft (unter secureblue: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>Check that %1 exists and that libvirt may write to it.</source>
        <translation>Prüfen Sie, ob %1 existiert und libvirt darin schreiben darf.</translation>
    </message>
    <message>
        <source>Created the pool “%1” in %2.</source>
        <translation>Pool „%1“ in %2 angelegt.</translation>
    </message>
    <message>
        <source>The storage pool “%1” is not available.</source>
        <translation>Der Speicherpool „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The disk “%1” could not be created.</source>
        <translation>Die Festplatte „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check the free space in the pool, or choose a smaller disk on “Size the VM”.</source>
        <translation>Prüfen Sie den freien Platz im Pool oder wählen Sie unter „Größe der VM festlegen“ eine kleinere Festplatte.</translation>
    </message>
    <message>
        <source>%1, up to %2, grows as NixOS writes to it.</source>
        <translation>%1, bis zu %2, wächst, während NixOS darauf schreibt.</translation>
    </message>
    <message>
        <source>Already in the pool “%1” as “%2”.</source>
        <translation>Schon im Pool „%1“ als „%2“.</translation>
    </message>
    <message>
        <source>The ISO could not be put into the pool “%1”.</source>
        <translation>Die ISO konnte nicht in den Pool „%1“ gelegt werden.</translation>
    </message>
    <message>
        <source>The pool already holds this ISO as “%1”; reused.</source>
        <translation>Der Pool enthält diese ISO bereits als „%1“; wiederverwendet.</translation>
    </message>
    <message>
        <source>Uploaded as “%1”.</source>
        <translation>Als „%1“ hochgeladen.</translation>
    </message>
    <message>
        <source>No network: the VM gets no network card.</source>
        <translation>Kein Netzwerk: Die VM bekommt keine Netzwerkkarte.</translation>
    </message>
    <message>
        <source>Uses the host&apos;s bridge “%1”.</source>
        <translation>Verwendet die Brücke „%1“ des Hosts.</translation>
    </message>
    <message>
        <source>Uses Airlock&apos;s network “%1”.</source>
        <translation>Verwendet Airlocks Netzwerk „%1“.</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1” could not be started.</source>
        <translation>Airlocks Netzwerk „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Another network may use its addresses.</source>
        <translation>Vielleicht verwendet ein anderes Netzwerk seine Adressen.</translation>
    </message>
    <message>
        <source>Started Airlock&apos;s network “%1”.</source>
        <translation>Airlocks Netzwerk „%1“ gestartet.</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1” could not be defined.</source>
        <translation>Airlocks Netzwerk „%1“ konnte nicht definiert werden.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s network service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Prüfen Sie, ob der Netzwerkdienst von libvirt läuft (unter secureblue: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>Created Airlock&apos;s network “%1” on %2.</source>
        <translation>Airlocks Netzwerk „%1“ auf %2 angelegt.</translation>
    </message>
    <message>
        <source>Check that dnsmasq is installed and that no other network uses the 192.168.150–189 address ranges.</source>
        <translation>Prüfen Sie, ob dnsmasq installiert ist und kein anderes Netzwerk die Adressbereiche 192.168.150–189 verwendet.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration could not be written.</source>
        <translation>Die Konfiguration der VM konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>libvirt refused the VM&apos;s configuration.</source>
        <translation>libvirt hat die Konfiguration der VM abgelehnt.</translation>
    </message>
    <message>
        <source>The message above says which part; the exact XML is on the Summary page.</source>
        <translation>Die Meldung oben sagt, welcher Teil; das genaue XML steht auf der Seite „Überprüfen“.</translation>
    </message>
    <message>
        <source>libvirt&apos;s message above says why. The VM&apos;s log on the host is /var/log/libvirt/qemu/%1.log.</source>
        <translation>Die Meldung von libvirt oben sagt, warum. Das Protokoll der VM auf dem Host ist /var/log/libvirt/qemu/%1.log.</translation>
    </message>
    <message>
        <source>This host has no matching UEFI firmware: install the OVMF/edk2 package, or choose BIOS on “Size the VM”.</source>
        <translation>Dieser Host hat keine passende UEFI-Firmware: Installieren Sie das Paket OVMF/edk2 oder wählen Sie unter „Größe der VM festlegen“ BIOS.</translation>
    </message>
    <message>
        <source>3D acceleration needs a graphics card the host can render with (/dev/dri/renderD…), and this host has none. Turn 3D acceleration off on “Choose devices”.</source>
        <translation>3D-Beschleunigung braucht eine Grafikkarte, mit der der Host rendern kann (/dev/dri/renderD…), und dieser Host hat keine. Schalten Sie die 3D-Beschleunigung unter „Geräte wählen“ aus.</translation>
    </message>
    <message>
        <source>The emulated TPM needs swtpm on the host (package swtpm). Install it or turn the TPM off on “Choose devices”.</source>
        <translation>Das emulierte TPM braucht swtpm auf dem Host (Paket swtpm). Installieren Sie es oder schalten Sie das TPM unter „Geräte wählen“ aus.</translation>
    </message>
    <message>
        <source>The VM could not be started.</source>
        <translation>Die VM konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Creation was cancelled before “%1”.</source>
        <translation>Die Erstellung wurde vor „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>„%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Creation was cancelled during “%1”.</source>
        <translation>Die Erstellung wurde während „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>Airlock could not remove everything it had made; the list says how to remove each by hand.</source>
        <translation>Airlock konnte nicht alles entfernen, was es angelegt hatte; die Liste sagt, wie Sie jedes von Hand entfernen.</translation>
    </message>
    <message>
        <source>%1 (remove it with: %2)</source>
        <translation>%1 (entfernen mit: %2)</translation>
    </message>
    <message>
        <source>A network named “%1” exists, but it is not what Airlock makes (%2).</source>
        <translation>Ein Netzwerk namens „%1“ existiert, ist aber nicht das, was Airlock anlegt (%2).</translation>
    </message>
    <message>
        <source>Airlock neither changes nor uses a network that differs from its own. If an older Airlock made it, remove it once no VM uses it (virsh net-destroy %1; virsh net-undefine %1); otherwise rename it, or choose another network mode.</source>
        <translation>Ein Netzwerk, das von seinem eigenen abweicht, wird von Airlock weder verändert noch verwendet. Hat eine ältere Airlock-Version es angelegt, entfernen Sie es, sobald keine VM es mehr verwendet (virsh net-destroy %1; virsh net-undefine %1); andernfalls benennen Sie es um oder wählen Sie einen anderen Netzwerkmodus.</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filters could not be defined.</source>
        <translation>Airlocks Verkehrsfilter konnten nicht definiert werden.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s network-filter service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Prüfen Sie, ob der Netzwerkfilter-Dienst von libvirt läuft (unter secureblue: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>kept the traffic filter “%1”: it is in use</source>
        <translation>Verkehrsfilter „%1“ behalten: Er wird noch verwendet</translation>
    </message>
    <message>
        <source>Defined Airlock&apos;s traffic filters (%1).</source>
        <translation>Airlocks Verkehrsfilter definiert (%1).</translation>
    </message>
    <message>
        <source>Brought Airlock&apos;s traffic filters up to date (%1).</source>
        <translation>Airlocks Verkehrsfilter aktualisiert (%1).</translation>
    </message>
    <message>
        <source>No address could be reserved for the VM on “%1”.</source>
        <translation>In „%1“ konnte keine Adresse für die VM reserviert werden.</translation>
    </message>
    <message>
        <source>Airlock&apos;s network may be full (253 VMs), or another program changed it meanwhile. Try again.</source>
        <translation>Airlocks Netzwerk ist vielleicht voll (253 VMs), oder ein anderes Programm hat es inzwischen verändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s network card could not be given an address.</source>
        <translation>Der Netzwerkkarte der VM konnte keine Adresse zugewiesen werden.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s network card is %1.</source>
        <translation>Die Netzwerkkarte der VM ist %1.</translation>
    </message>
    <message>
        <source>Reserved %1 for the VM&apos;s network card %2.</source>
        <translation>Adresse %1 für die Netzwerkkarte %2 der VM reserviert.</translation>
    </message>
    <message>
        <source>libvirt lists no USB device or PCI function “%1” on this host</source>
        <translation>libvirt führt auf diesem Host kein USB-Gerät und keine PCI-Funktion „%1“ auf</translation>
    </message>
    <message>
        <source>Airlock does not give a VM what the spec asks for here.</source>
        <translation>Airlock gibt einer VM nicht, was die Spezifikation hier verlangt.</translation>
    </message>
    <message>
        <source>libvirt did not say how it defined the VM.</source>
        <translation>libvirt hat nicht mitgeteilt, wie es die VM definiert hat.</translation>
    </message>
    <message>
        <source>Defined “%1”: it boots from its disk once NixOS is installed.</source>
        <translation>„%1“ definiert: Sie startet von ihrer Festplatte, sobald NixOS installiert ist.</translation>
    </message>
    <message>
        <source>libvirt did not keep the VM&apos;s definition when it started.</source>
        <translation>libvirt hat die Definition der VM beim Start nicht behalten.</translation>
    </message>
    <message>
        <source>The VM was stopped again. Check the connection, then try again.</source>
        <translation>Die VM wurde wieder gestoppt. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is running the NixOS installer.</source>
        <translation>„%1“ führt das NixOS-Installationsprogramm aus.</translation>
    </message>
    <message>
        <source>Airlock stopped before making %1.</source>
        <translation>Airlock hat angehalten, bevor dies angelegt war: %1.</translation>
    </message>
    <message>
        <source>Free some space in Airlock&apos;s data directory, then try again.</source>
        <translation>Schaffen Sie etwas Platz im Datenverzeichnis von Airlock und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Kept %1, made before the interruption.</source>
        <translation>Behalten: %1, vor der Unterbrechung angelegt.</translation>
    </message>
    <message>
        <source>Kept the ISO “%1”, uploaded before the interruption.</source>
        <translation>ISO „%1“ behalten, vor der Unterbrechung hochgeladen.</translation>
    </message>
    <message>
        <source>Airlock stopped before “%1”.</source>
        <translation>Airlock hat vor „%1“ angehalten.</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” could not be finished: Airlock could not remove what it has to make again.</source>
        <translation>Die unterbrochene Erstellung von „%1“ konnte nicht abgeschlossen werden: Airlock konnte nicht entfernen, was es neu anlegen muss.</translation>
    </message>
    <message>
        <source>Copied into the pool as “%1” while it downloaded.</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation>Beim Herunterladen als „%1“ in den Pool kopiert.</translation>
    </message>
</context>
<context>
    <name>CreationRecovery</name>
    <message>
        <source>perhaps %1</source>
        <extracomment>An object whose libvirt call the interruption may have cut short.</extracomment>
        <translation>vielleicht %1</translation>
    </message>
    <message>
        <source>The creation of “%1” was interrupted at “%2” (%3), before it made anything.</source>
        <translation>Die Erstellung von „%1“ wurde bei „%2“ (%3) unterbrochen, bevor sie etwas angelegt hatte.</translation>
    </message>
    <message>
        <source>The creation of “%1” was interrupted at “%2” (%3). It had made: %4.</source>
        <translation>Die Erstellung von „%1“ wurde bei „%2“ (%3) unterbrochen. Sie hatte angelegt: %4.</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” is undone: everything it had made is removed.</source>
        <translation>Die unterbrochene Erstellung von „%1“ ist rückgängig gemacht: Alles, was sie angelegt hatte, ist entfernt.</translation>
    </message>
    <message>
        <source>Airlock could not remove everything the interrupted creation of “%1” had made; the list says how to remove each by hand, or try again once libvirt answers.</source>
        <translation>Airlock konnte nicht alles entfernen, was die unterbrochene Erstellung von „%1“ angelegt hatte; die Liste sagt, wie Sie jedes von Hand entfernen, oder versuchen Sie es erneut, sobald libvirt antwortet.</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” is finished: the VM runs.</source>
        <translation>Die unterbrochene Erstellung von „%1“ ist abgeschlossen: Die VM läuft.</translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no &lt;%1&gt;</source>
        <translation>kein &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 × &lt;%2&gt;</source>
        <extracomment>What the live XML holds: %1 a count, %2 an XML element as libvirt writes it (keep it)</extracomment>
        <translation>%1 × &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
    <message>
        <source>%1 on an automatic port</source>
        <translation>%1 auf einem automatischen Port</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 lauscht auf %2</translation>
    </message>
    <message>
        <source>The running VM&apos;s configuration was read back</source>
        <translation>Die Konfiguration der laufenden VM wurde zurückgelesen</translation>
    </message>
    <message>
        <source>libvirt&apos;s live XML could not be read: %1</source>
        <translation>Das Live-XML von libvirt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a domain</source>
        <translation>keine Domain</translation>
    </message>
    <message>
        <source>A sound card for the speakers</source>
        <translation>Eine Soundkarte für die Lautsprecher</translation>
    </message>
    <message>
        <source>No sound card</source>
        <translation>Keine Soundkarte</translation>
    </message>
    <message>
        <source>A microphone input</source>
        <translation>Ein Mikrofoneingang</translation>
    </message>
    <message>
        <source>No microphone input</source>
        <translation>Kein Mikrofoneingang</translation>
    </message>
    <message>
        <source>no sound card</source>
        <translation>keine Soundkarte</translation>
    </message>
    <message>
        <source>codecs: %1</source>
        <translation>Codecs: %1</translation>
    </message>
    <message>
        <source>USB redirection channels</source>
        <translation>USB-Umleitungskanäle</translation>
    </message>
    <message>
        <source>No USB redirection</source>
        <translation>Keine USB-Umleitung</translation>
    </message>
    <message>
        <source>No devices of this computer passed through</source>
        <translation>Keine Geräte dieses Computers durchgereicht</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of this computer passed through</source>
        <translation>
            <numerusform>%n Gerät dieses Computers durchgereicht</numerusform>
            <numerusform>%n Geräte dieses Computers durchgereicht</numerusform>
        </translation>
    </message>
    <message>
        <source>no &lt;hostdev&gt;</source>
        <translation>kein &lt;hostdev&gt;</translation>
    </message>
    <message>
        <source>A USB controller (for the USB you chose)</source>
        <translation>Ein USB-Controller (für das gewählte USB)</translation>
    </message>
    <message>
        <source>No USB controller at all</source>
        <translation>Überhaupt kein USB-Controller</translation>
    </message>
    <message>
        <source>no USB controller element (libvirt would add one)</source>
        <translation>kein USB-Controller-Element (libvirt würde eines hinzufügen)</translation>
    </message>
    <message>
        <source>USB controller model: %1</source>
        <translation>USB-Controller-Modell: %1</translation>
    </message>
    <message>
        <source>Only “%1” shared, read-only</source>
        <translation>Nur „%1“ freigegeben, schreibgeschützt</translation>
    </message>
    <message>
        <source>Only “%1” shared, writable</source>
        <translation>Nur „%1“ freigegeben, beschreibbar</translation>
    </message>
    <message>
        <source>%1, read-only: %2</source>
        <translation>%1, schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>no &lt;filesystem&gt;</source>
        <translation>kein &lt;filesystem&gt;</translation>
    </message>
    <message>
        <source>No shared folder</source>
        <translation>Kein gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>Clipboard shared with the desktop</source>
        <translation>Zwischenablage mit dem Desktop geteilt</translation>
    </message>
    <message>
        <source>No clipboard sharing</source>
        <translation>Keine gemeinsame Zwischenablage</translation>
    </message>
    <message>
        <source>SPICE agent channel: %1; copy and paste: %2</source>
        <translation>SPICE-Agent-Kanal: %1; Kopieren und Einfügen: %2</translation>
    </message>
    <message>
        <source>A guest agent channel</source>
        <translation>Ein Gastagent-Kanal</translation>
    </message>
    <message>
        <source>No guest agent channel</source>
        <translation>Kein Gastagent-Kanal</translation>
    </message>
    <message>
        <source>guest agent channel: %1</source>
        <translation>Gastagent-Kanal: %1</translation>
    </message>
    <message>
        <source>An emulated TPM</source>
        <translation>Ein emuliertes TPM</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Kein TPM</translation>
    </message>
    <message>
        <source>3D acceleration through the host&apos;s GPU</source>
        <translation>3D-Beschleunigung über die GPU des Hosts</translation>
    </message>
    <message>
        <source>No 3D acceleration</source>
        <translation>Keine 3D-Beschleunigung</translation>
    </message>
    <message>
        <source>3D: %1</source>
        <translation>3D: %1</translation>
    </message>
    <message>
        <source>The display is not reachable over the network</source>
        <translation>Die Anzeige ist über das Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>no &lt;graphics&gt;</source>
        <translation>kein &lt;graphics&gt;</translation>
    </message>
    <message>
        <source>no listening socket; reachable only through libvirt</source>
        <translation>kein lauschender Socket; nur über libvirt erreichbar</translation>
    </message>
    <message>
        <source>No network card</source>
        <translation>Keine Netzwerkkarte</translation>
    </message>
    <message>
        <source>One network card on the bridge “%1”</source>
        <translation>Eine Netzwerkkarte an der Brücke „%1“</translation>
    </message>
    <message>
        <source>One network card on Airlock&apos;s network “%1”</source>
        <translation>Eine Netzwerkkarte in Airlocks Netzwerk „%1“</translation>
    </message>
    <message>
        <source>no &lt;interface&gt;</source>
        <translation>kein &lt;interface&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Traffic filter “%1” on the network card</source>
        <translation>Verkehrsfilter „%1“ an der Netzwerkkarte</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>the network&apos;s live XML could not be read</source>
        <translation>das Live-XML des Netzwerks konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>IPv6 on the network</source>
        <translation>IPv6 im Netzwerk</translation>
    </message>
    <message>
        <source>No IPv6 on the network</source>
        <translation>Kein IPv6 im Netzwerk</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6: %1</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI mit Secure Boot</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off (the NixOS ISO is not signed)</source>
        <translation>UEFI, Secure Boot aus (die NixOS-ISO ist nicht signiert)</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot: %1</source>
        <translation>UEFI, Secure Boot: %1</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s) and %1 MiB of memory</source>
        <translation>
            <numerusform>%n virtuelle CPU und %1 MiB Arbeitsspeicher</numerusform>
            <numerusform>%n virtuelle CPUs und %1 MiB Arbeitsspeicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s) and %1 MiB</source>
        <translation>
            <numerusform>%n virtuelle CPU und %1 MiB</numerusform>
            <numerusform>%n virtuelle CPUs und %1 MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>Airlock&apos;s network as Airlock makes it: NAT, VMs kept apart from each other</source>
        <translation>Airlocks Netzwerk, wie Airlock es anlegt: NAT, VMs voneinander getrennt</translation>
    </message>
    <message>
        <source>NAT, isolated ports, no spanning tree</source>
        <translation>NAT, isolierte Ports, kein Spanning Tree</translation>
    </message>
    <message>
        <source>this libvirt has no traffic filters</source>
        <translation>dieses libvirt hat keine Verkehrsfilter</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” differs from Airlock&apos;s</source>
        <translation>„%1“ weicht von Airlocks Fassung ab</translation>
    </message>
    <message>
        <source>libvirt&apos;s “%1” is missing</source>
        <translation>„%1“ von libvirt fehlt</translation>
    </message>
    <message>
        <source>The filter&apos;s rules are Airlock&apos;s, read back from libvirt</source>
        <translation>Die Regeln des Filters sind Airlocks eigene, von libvirt zurückgelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) as Airlock defines them: %1</source>
        <translation>
            <numerusform>%n Filter, wie Airlock ihn definiert: %1</numerusform>
            <numerusform>%n Filter, wie Airlock sie definiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the running VM has no network port</source>
        <translation>die laufende VM hat keinen Netzwerkport</translation>
    </message>
    <message>
        <source>no filter is applied to %1</source>
        <translation>auf %1 ist kein Filter angewendet</translation>
    </message>
    <message>
        <source>“%1” is applied to %2</source>
        <translation>„%1“ ist auf %2 angewendet</translation>
    </message>
    <message>
        <source>“%1” is applied to %2 with other parameters</source>
        <translation>„%1“ ist mit anderen Parametern auf %2 angewendet</translation>
    </message>
    <message>
        <source>The filter is in force on the running VM&apos;s network port</source>
        <translation>Der Filter ist am Netzwerkport der laufenden VM wirksam</translation>
    </message>
    <message>
        <source>no address given to the filter: libvirt learns it from the VM</source>
        <translation>dem Filter ist keine Adresse vorgegeben: libvirt lernt sie von der VM</translation>
    </message>
    <message>
        <source>the network has no DHCP entry for %1</source>
        <translation>das Netzwerk hat keinen DHCP-Eintrag für %1</translation>
    </message>
    <message>
        <source>the filter has %1, the network&apos;s DHCP entry %2</source>
        <translation>der Filter hat %1, der DHCP-Eintrag des Netzwerks %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>The VM&apos;s address is fixed by Airlock, not taken from its packets</source>
        <translation>Die Adresse der VM ist von Airlock festgelegt, nicht aus ihren Paketen übernommen</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filter on the network card</source>
        <translation>Airlocks Verkehrsfilter an der Netzwerkkarte</translation>
    </message>
    <message>
        <source>%1 is “%2”, not “%3”</source>
        <translation>%1 ist „%2“, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 is not Airlock&apos;s</source>
        <translation>%1 stammt nicht von Airlock</translation>
    </message>
    <message>
        <source>“%1” is applied to %2, but %3</source>
        <translation>„%1“ ist auf %2 angewendet, aber %3</translation>
    </message>
    <message numerus="yes">
        <source>the filter is given %n address(es) for the VM</source>
        <translation>
            <numerusform>dem Filter ist %n Adresse für die VM vorgegeben</numerusform>
            <numerusform>dem Filter sind %n Adressen für die VM vorgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>the network card&apos;s port is not isolated from other VMs</source>
        <translation>der Port der Netzwerkkarte ist nicht von anderen VMs getrennt</translation>
    </message>
    <message>
        <source>listening on TCP %1</source>
        <extracomment>Where a serial port or channel ends on the host; follows a device such as &quot;a serial port&quot;. %1: address:port</extracomment>
        <translation>lauschend auf TCP %1</translation>
    </message>
    <message>
        <source>connected to TCP %1</source>
        <extracomment>Where a device ends on the host; %1 is address:port of a server it connects to</extracomment>
        <translation>verbunden mit TCP %1</translation>
    </message>
    <message>
        <source>sending UDP to %1</source>
        <extracomment>Where a device ends on the host; %1 is address:port</extracomment>
        <translation>sendend per UDP an %1</translation>
    </message>
    <message>
        <source>on a socket of the host</source>
        <extracomment>Where a device ends on the host: a Unix socket whose path libvirt chose</extracomment>
        <translation>an einem Socket des Hosts</translation>
    </message>
    <message>
        <source>on the host&apos;s socket %1</source>
        <translation>am Socket %1 des Hosts</translation>
    </message>
    <message>
        <source>writing to the host&apos;s file %1</source>
        <extracomment>Where a device ends on the host; %1 is a file path</extracomment>
        <translation>schreibend in die Datei %1 des Hosts</translation>
    </message>
    <message>
        <source>on the host&apos;s %1 %2</source>
        <extracomment>Where a device ends on the host; %1 is &quot;dev&quot; or &quot;pipe&quot;, %2 its path</extracomment>
        <translation>an %1 %2 des Hosts</translation>
    </message>
    <message>
        <source>on a terminal of the host</source>
        <extracomment>Where a device ends on the host: a pseudo-terminal (pty)</extracomment>
        <translation>an einem Terminal des Hosts</translation>
    </message>
    <message>
        <source>through the SPICE display</source>
        <extracomment>Where a device ends: in the SPICE viewer, not on the host</extracomment>
        <translation>über die SPICE-Anzeige</translation>
    </message>
    <message>
        <source>of type “%1”</source>
        <extracomment>%1 is libvirt&apos;s name of a character device type, such as &quot;nmdm&quot;</extracomment>
        <translation>vom Typ „%1“</translation>
    </message>
    <message>
        <source>a second CD drive</source>
        <extracomment>Found in the running VM and not chosen: another, empty CD drive</extracomment>
        <translation>ein zweites CD-Laufwerk</translation>
    </message>
    <message>
        <source>a CD drive with %1</source>
        <translation>ein CD-Laufwerk mit %1</translation>
    </message>
    <message>
        <source>a %1 drive on %2</source>
        <extracomment>%1 is libvirt&apos;s disk device kind (floppy, lun), %2 the file or device behind it</extracomment>
        <translation>ein %1-Laufwerk auf %2</translation>
    </message>
    <message>
        <source>a disk without a source</source>
        <extracomment>Found in the running VM and not chosen: a disk with no file behind it</extracomment>
        <translation>eine Festplatte ohne Quelle</translation>
    </message>
    <message>
        <source>a second disk on %1</source>
        <extracomment>Found in the running VM besides its own disk; %1 is the file, device or pool/volume</extracomment>
        <translation>eine zweite Festplatte auf %1</translation>
    </message>
    <message>
        <source>a disk on %1</source>
        <translation>eine Festplatte auf %1</translation>
    </message>
    <message>
        <source>a USB controller (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the controller model</extracomment>
        <translation>ein USB-Controller (%1)</translation>
    </message>
    <message>
        <source>a %1 controller (%2)</source>
        <extracomment>%1 is the controller&apos;s bus (scsi, ide, pci, …), %2 its model</extracomment>
        <translation>ein %1-Controller (%2)</translation>
    </message>
    <message>
        <source>a second network card (%1 “%2”)</source>
        <translation>eine zweite Netzwerkkarte (%1 „%2“)</translation>
    </message>
    <message>
        <source>a network card (%1 “%2”)</source>
        <translation>eine Netzwerkkarte (%1 „%2“)</translation>
    </message>
    <message>
        <source>an input device of the host passed through: %1</source>
        <extracomment>Found in the running VM: a keyboard or mouse of this computer; %1 its /dev/input path</extracomment>
        <translation>ein durchgereichtes Eingabegerät des Hosts: %1</translation>
    </message>
    <message>
        <source>an input device (%1 on %2)</source>
        <extracomment>%1 is the kind of input device (mouse, keyboard, tablet), %2 its bus</extracomment>
        <translation>ein Eingabegerät (%1 an %2)</translation>
    </message>
    <message>
        <source>%1 graphics listening on %2</source>
        <extracomment>Found in the running VM: a display reachable over the network. %1 protocol (spice, vnc), %2 addresses</extracomment>
        <translation>%1-Anzeige, die auf %2 lauscht</translation>
    </message>
    <message>
        <source>%1 graphics on the host&apos;s socket %2</source>
        <extracomment>Found in the running VM: a display on a Unix socket; %1 protocol, %2 path</extracomment>
        <translation>%1-Anzeige am Socket %2 des Hosts</translation>
    </message>
    <message>
        <source>%1 graphics on port %2</source>
        <extracomment>Found in the running VM: a display on a TCP port; %1 protocol, %2 port number</extracomment>
        <translation>%1-Anzeige auf Port %2</translation>
    </message>
    <message>
        <source>%1 graphics on an automatic port</source>
        <extracomment>Found in the running VM: a display on a TCP port libvirt picks; %1 protocol</extracomment>
        <translation>%1-Anzeige auf einem automatischen Port</translation>
    </message>
    <message>
        <source>%1 graphics that Airlock did not write</source>
        <extracomment>Found in the running VM: a display not chosen; %1 protocol (spice, vnc, sdl, …)</extracomment>
        <translation>%1-Anzeige, die Airlock nicht geschrieben hat</translation>
    </message>
    <message>
        <source>a sound backend (%1)</source>
        <extracomment>%1 is libvirt&apos;s audio backend (pulseaudio, pipewire, alsa, file, …)</extracomment>
        <translation>ein Audio-Backend (%1)</translation>
    </message>
    <message>
        <source>a sound card (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the sound card model</extracomment>
        <translation>eine Soundkarte (%1)</translation>
    </message>
    <message>
        <source>a video card (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the video model</extracomment>
        <translation>eine Grafikkarte (%1)</translation>
    </message>
    <message>
        <source>a channel “%1” %2</source>
        <extracomment>%1 is the channel&apos;s name, such as org.qemu.guest_agent.0; %2 where it ends on the host</extracomment>
        <translation>ein Kanal „%1“, %2</translation>
    </message>
    <message>
        <source>a shared folder “%1”, read-only</source>
        <extracomment>Found in the running VM and not chosen; %1 is a folder of this computer</extracomment>
        <translation>ein gemeinsamer Ordner „%1“, schreibgeschützt</translation>
    </message>
    <message>
        <source>a shared folder “%1”, writable</source>
        <translation>ein gemeinsamer Ordner „%1“, beschreibbar</translation>
    </message>
    <message>
        <source>the host&apos;s TPM %1 passed through</source>
        <extracomment>Found in the running VM: this computer&apos;s own TPM; %1 its device path</extracomment>
        <translation>das durchgereichte TPM %1 des Hosts</translation>
    </message>
    <message>
        <source>a TPM (%1, %2)</source>
        <extracomment>%1 is the TPM&apos;s model, %2 its backend (emulator, external, …)</extracomment>
        <translation>ein TPM (%1, %2)</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <extracomment>Found in the running VM and not chosen; %1 says where it ends, e.g. &quot;listening on TCP …&quot;</extracomment>
        <translation>USB-Umleitung, %1</translation>
    </message>
    <message>
        <source>the host&apos;s %1 device %2 passed through</source>
        <extracomment>%1 is the kind (storage, misc, net), %2 the host&apos;s device such as /dev/sda</extracomment>
        <translation>das durchgereichte %1-Gerät %2 des Hosts</translation>
    </message>
    <message>
        <source>a USB device %1 that you did not choose</source>
        <extracomment>Found in the running VM: a USB device of this computer; %1 vendor:product id</extracomment>
        <translation>ein USB-Gerät %1, das Sie nicht gewählt haben</translation>
    </message>
    <message>
        <source>a host device %1 that you did not choose</source>
        <extracomment>Found in the running VM: a PCI device of this computer; %1 its address, e.g. 0000:00:1f.3</extracomment>
        <translation>ein Gerät %1 des Hosts, das Sie nicht gewählt haben</translation>
    </message>
    <message>
        <source>a %1 device of the host that you did not choose</source>
        <extracomment>%1 is the kind of host device (scsi, scsi_host, mdev)</extracomment>
        <translation>ein %1-Gerät des Hosts, das Sie nicht gewählt haben</translation>
    </message>
    <message>
        <source>a random-number source %1</source>
        <extracomment>Found in the running VM; %1 says where it ends, e.g. &quot;connected to TCP …&quot;</extracomment>
        <translation>eine Zufallszahlenquelle, %1</translation>
    </message>
    <message>
        <source>a random-number source (%1 %2)</source>
        <extracomment>%1 is the backend (random, builtin), %2 the host&apos;s file it reads</extracomment>
        <translation>eine Zufallszahlenquelle (%1 %2)</translation>
    </message>
    <message>
        <source>a memory balloon (%1)</source>
        <extracomment>%1 is the balloon&apos;s model, such as virtio</extracomment>
        <translation>ein Speicher-Balloon (%1)</translation>
    </message>
    <message>
        <source>the emulator %1, not one QEMU program</source>
        <extracomment>Found in the running VM: a program other than QEMU runs it; %1 its path</extracomment>
        <translation>der Emulator %1, kein QEMU-Programm</translation>
    </message>
    <message>
        <source>a watchdog (%1, %2)</source>
        <extracomment>%1 is the watchdog&apos;s model, %2 what it does when it fires (reset, dump, …)</extracomment>
        <translation>ein Watchdog (%1, %2)</translation>
    </message>
    <message>
        <source>a serial port %1</source>
        <extracomment>%1 says where it ends on the host, e.g. &quot;listening on TCP 0.0.0.0:4555&quot;</extracomment>
        <translation>eine serielle Schnittstelle, %1</translation>
    </message>
    <message>
        <source>a parallel port %1</source>
        <extracomment>Found in the running VM; %1 says where it ends on the host</extracomment>
        <translation>eine parallele Schnittstelle, %1</translation>
    </message>
    <message>
        <source>a console %1</source>
        <extracomment>Found in the running VM; %1 says where it ends on the host</extracomment>
        <translation>eine Konsole, %1</translation>
    </message>
    <message>
        <source>an ivshmem shared-memory region “%1”</source>
        <extracomment>ivshmem: memory the VM shares with programs on the host or other VMs</extracomment>
        <translation>ein gemeinsamer ivshmem-Speicherbereich „%1“</translation>
    </message>
    <message>
        <source>a vsock: a socket between the VM and programs on the host</source>
        <extracomment>Found in the running VM and not chosen (virtio vsock)</extracomment>
        <translation>ein vsock: ein Socket zwischen der VM und Programmen auf dem Host</translation>
    </message>
    <message>
        <source>a memory device (%1) backed by %2</source>
        <extracomment>Found in the running VM; %1 model (dimm, nvdimm), %2 a file of the host</extracomment>
        <translation>ein Speichergerät (%1) auf Basis von %2</translation>
    </message>
    <message>
        <source>a memory device (%1)</source>
        <translation>ein Speichergerät (%1)</translation>
    </message>
    <message>
        <source>the host&apos;s smartcard reader</source>
        <translation>das Smartcard-Lesegerät des Hosts</translation>
    </message>
    <message>
        <source>a smartcard (%1)</source>
        <translation>eine Smartcard (%1)</translation>
    </message>
    <message>
        <source>a USB hub</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>ein USB-Hub</translation>
    </message>
    <message>
        <source>a filter for USB redirection</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>ein Filter für die USB-Umleitung</translation>
    </message>
    <message>
        <source>a lock lease</source>
        <extracomment>Found in the running VM and not chosen (libvirt &lt;lease&gt;)</extracomment>
        <translation>eine Sperre (Lease)</translation>
    </message>
    <message>
        <source>a panic notifier (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>ein Panik-Melder (%1)</translation>
    </message>
    <message>
        <source>an IOMMU (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>eine IOMMU (%1)</translation>
    </message>
    <message>
        <source>an NVRAM device</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>ein NVRAM-Gerät</translation>
    </message>
    <message>
        <source>a crypto device (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>ein Krypto-Gerät (%1)</translation>
    </message>
    <message>
        <source>a persistent store (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its backend</extracomment>
        <translation>ein persistenter Speicher (%1)</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; that Airlock does not know</source>
        <extracomment>Found in the running VM&apos;s XML; %1 is the element&apos;s name, keep it as it is</extracomment>
        <translation>ein Element &lt;%1&gt;, das Airlock nicht kennt</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; of the namespace %2</source>
        <extracomment>Found in the running VM&apos;s XML; %1 element name, %2 its XML namespace URI</extracomment>
        <translation>ein Element &lt;%1&gt; des Namensraums %2</translation>
    </message>
    <message numerus="yes">
        <source>%n × QEMU program: the emulator libvirt runs for the VM</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × QEMU-Programm: der Emulator, den libvirt für die VM ausführt</numerusform>
            <numerusform>%n × QEMU-Programm: die Emulatoren, die libvirt für die VM ausführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCI Express root: the q35 machine&apos;s own bus</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count; q35 is the machine type</extracomment>
        <translation>
            <numerusform>%n × PCI-Express-Root: der eigene Bus der q35-Maschine</numerusform>
            <numerusform>%n × PCI-Express-Root: die eigenen Busse der q35-Maschine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PCIe-Root-Port: libvirt fügt auf q35 solche Ports hinzu, damit sich Geräte anschließen lassen</numerusform>
            <numerusform>%n × PCIe-Root-Port: libvirt fügt auf q35 solche Ports hinzu, damit sich Geräte anschließen lassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SATA controller: part of the q35 chipset; it carries the installer&apos;s drive</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × SATA-Controller: Teil des q35-Chipsatzes; an ihm hängt das Laufwerk mit dem Installationsmedium</numerusform>
            <numerusform>%n × SATA-Controller: Teil des q35-Chipsatzes; an einem davon hängt das Laufwerk mit dem Installationsmedium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 mouse: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PS/2-Maus: libvirt fügt sie hinzu, weil der q35-Chipsatz einen PS/2-Anschluss hat; sie erreicht nichts auf dem Host</numerusform>
            <numerusform>%n × PS/2-Maus: libvirt fügt sie hinzu, weil der q35-Chipsatz einen PS/2-Anschluss hat; sie erreichen nichts auf dem Host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × PS/2-Tastatur: libvirt fügt sie hinzu, weil der q35-Chipsatz einen PS/2-Anschluss hat; sie erreicht nichts auf dem Host</numerusform>
            <numerusform>%n × PS/2-Tastatur: libvirt fügt sie hinzu, weil der q35-Chipsatz einen PS/2-Anschluss hat; sie erreichen nichts auf dem Host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × virtio-serial controller: libvirt adds it to carry the VM&apos;s channels</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × virtio-serial-Controller: libvirt fügt ihn hinzu, damit er die Kanäle der VM transportiert</numerusform>
            <numerusform>%n × virtio-serial-Controller: libvirt fügt sie hinzu, damit sie die Kanäle der VM transportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SPICE sound backend: libvirt pairs it with the SPICE display; without a sound card nothing plays through it</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × SPICE-Audio-Backend: libvirt koppelt es an die SPICE-Anzeige; ohne Soundkarte wird darüber nichts abgespielt</numerusform>
            <numerusform>%n × SPICE-Audio-Backend: libvirt koppelt sie an die SPICE-Anzeige; ohne Soundkarte wird darüber nichts abgespielt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × iTCO watchdog: part of the q35 chipset; it can only reset the VM</source>
        <extracomment>Expected, part of the chipset: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × iTCO-Watchdog: Teil des q35-Chipsatzes; er kann die VM nur zurücksetzen</numerusform>
            <numerusform>%n × iTCO-Watchdog: Teil des q35-Chipsatzes; sie können die VM nur zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attached that you did not choose</source>
        <extracomment>Title of a failed check; the details name the device found</extracomment>
        <translation>Nichts angeschlossen, was Sie nicht gewählt haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A passed-through host device: %1 its id or address, %2 libvirt&apos;s name for it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1, nicht gewählt</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <extracomment>A chosen host device not in the running VM; %1 libvirt&apos;s name for it</extracomment>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>libvirt does not describe “%1”</source>
        <extracomment>A chosen host device libvirt cannot read; %1 its name</extracomment>
        <translation>libvirt beschreibt „%1“ nicht</translation>
    </message>
    <message>
        <source>QEMU arguments added by hand (qemu:commandline): %1</source>
        <extracomment>%1 lists the arguments as they are in the VM&apos;s XML</extracomment>
        <translation>von Hand hinzugefügte QEMU-Argumente (qemu:commandline): %1</translation>
    </message>
    <message>
        <source>QEMU features switched on or off by hand (qemu:capabilities)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:capabilities&quot;</extracomment>
        <translation>von Hand ein- oder ausgeschaltete QEMU-Funktionen (qemu:capabilities)</translation>
    </message>
    <message>
        <source>QEMU device properties overridden by hand (qemu:override)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:override&quot;</extracomment>
        <translation>von Hand überschriebene Geräteeigenschaften von QEMU (qemu:override)</translation>
    </message>
    <message>
        <source>QEMU&apos;s deprecated features allowed by hand (qemu:deprecation)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:deprecation&quot;</extracomment>
        <translation>von Hand erlaubte veraltete Funktionen von QEMU (qemu:deprecation)</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; of libvirt&apos;s QEMU namespace</source>
        <extracomment>Found in the running VM&apos;s XML; %1 the element&apos;s name</extracomment>
        <translation>ein Element &lt;%1&gt; des QEMU-Namensraums von libvirt</translation>
    </message>
    <message>
        <source>system information handed to the VM (sysinfo, %1)</source>
        <extracomment>%1 is the kind (smbios, fwcfg)</extracomment>
        <translation>an die VM übergebene Systeminformationen (sysinfo, %1)</translation>
    </message>
    <message>
        <source>a launch security setting (%1)</source>
        <extracomment>Found in the running VM&apos;s XML; %1 its kind (sev, s390-pv, …)</extracomment>
        <translation>eine Einstellung zur Startsicherheit (%1)</translation>
    </message>
    <message>
        <source>a map of the VM&apos;s user and group IDs to the host&apos;s (idmap)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;idmap&quot;</extracomment>
        <translation>eine Zuordnung der Benutzer- und Gruppen-IDs der VM zu denen des Hosts (idmap)</translation>
    </message>
    <message>
        <source>a boot setting &lt;%1&gt; that Airlock does not write: %2</source>
        <extracomment>%1 is an element of &lt;os&gt; such as kernel, initrd, dtb, acpi, cmdline</extracomment>
        <translation>eine Boot-Einstellung &lt;%1&gt;, die Airlock nicht schreibt: %2</translation>
    </message>
    <message>
        <source>the host&apos;s own SMBIOS identity (maker, model, serial number) shown to the VM</source>
        <extracomment>Found in the running VM&apos;s XML: &lt;smbios mode=&apos;host&apos;&gt; shows the VM this computer&apos;s identity</extracomment>
        <translation>die der VM gezeigte SMBIOS-Identität des Hosts selbst (Hersteller, Modell, Seriennummer)</translation>
    </message>
    <message>
        <source>guest memory in the host&apos;s huge pages</source>
        <extracomment>Found in the running VM&apos;s memory settings and not asked for</extracomment>
        <translation>Gastspeicher in den Huge Pages des Hosts</translation>
    </message>
    <message>
        <source>guest memory locked into the host&apos;s RAM</source>
        <extracomment>Found in the running VM&apos;s memory settings and not asked for</extracomment>
        <translation>im RAM des Hosts fixierter Gastspeicher</translation>
    </message>
    <message>
        <source>guest memory backed by %1</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the kind (file, anonymous, memfd)</extracomment>
        <translation>Gastspeicher auf Basis von %1</translation>
    </message>
    <message>
        <source>guest memory accessed as %1 by other programs on the host</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the access mode (shared, private)</extracomment>
        <translation>Gastspeicher, auf den andere Programme auf dem Host als %1 zugreifen</translation>
    </message>
    <message>
        <source>a memory setting &lt;%1&gt; that Airlock did not ask for</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the element&apos;s name</extracomment>
        <translation>eine Speichereinstellung &lt;%1&gt;, die Airlock nicht verlangt hat</translation>
    </message>
    <message>
        <source>a second security label for %1</source>
        <extracomment>Found in the running VM&apos;s XML; %1 the security model (selinux, dac)</extracomment>
        <translation>ein zweites Sicherheitslabel für %1</translation>
    </message>
    <message>
        <source>a second &lt;%1&gt;</source>
        <extracomment>Found in the running VM&apos;s XML: an element that may appear only once; %1 its name</extracomment>
        <translation>ein zweites &lt;%1&gt;</translation>
    </message>
    <message>
        <source>QEMU&apos;s VMware port is off</source>
        <extracomment>Title of a check: QEMU&apos;s emulated VMware backdoor I/O port (vmport) is switched off</extracomment>
        <translation>Der VMware-Port von QEMU ist aus</translation>
    </message>
    <message>
        <source>no &lt;vmport&gt;: QEMU&apos;s default is on</source>
        <extracomment>What the live XML holds; keep &lt;vmport&gt;</extracomment>
        <translation>kein &lt;vmport&gt;: bei QEMU standardmäßig an</translation>
    </message>
    <message>
        <source>vmport: %1</source>
        <translation>vmport: %1</translation>
    </message>
    <message>
        <source>Its memory is never merged with another VM&apos;s (no KSM)</source>
        <extracomment>Title of a check; KSM is the kernel&apos;s merging of identical memory pages</extracomment>
        <translation>Ihr Arbeitsspeicher wird nie mit dem einer anderen VM zusammengeführt (kein KSM)</translation>
    </message>
    <message>
        <source>&lt;nosharepages/&gt;: the host merges none of its pages</source>
        <extracomment>What the live XML holds; keep &lt;nosharepages/&gt;</extracomment>
        <translation>&lt;nosharepages/&gt;: Der Host führt keine ihrer Seiten zusammen</translation>
    </message>
    <message>
        <source>no &lt;nosharepages/&gt;: KSM may merge its pages with other VMs&apos;</source>
        <translation>kein &lt;nosharepages/&gt;: KSM darf ihre Seiten mit denen anderer VMs zusammenführen</translation>
    </message>
    <message>
        <source>Nothing in the VM&apos;s configuration widens its reach</source>
        <extracomment>Title of a failed check; the details name what was found</extracomment>
        <translation>Nichts in der Konfiguration der VM erweitert ihre Reichweite</translation>
    </message>
    <message>
        <source>Installer removed</source>
        <extracomment>Title of a passing check: the NixOS installer ISO is out of the VM&apos;s CD drive</extracomment>
        <translation>Installationsmedium entfernt</translation>
    </message>
    <message>
        <source>the CD drive is empty</source>
        <extracomment>What the live XML holds: the CD drive holds no disc</extracomment>
        <translation>das CD-Laufwerk ist leer</translation>
    </message>
    <message>
        <source>Installer attached (read-only)</source>
        <extracomment>Title of a check: the NixOS installer ISO is in the VM&apos;s CD drive, which the VM cannot write</extracomment>
        <translation>Installationsmedium eingelegt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the CD drive holds %1, read-only</source>
        <extracomment>What the live XML holds; %1 is the ISO file or pool/volume</extracomment>
        <translation>das CD-Laufwerk enthält %1, schreibgeschützt</translation>
    </message>
    <message>
        <source>the CD drive holds %1 and the VM may write to it</source>
        <extracomment>What the live XML holds; %1 is the ISO file or pool/volume</extracomment>
        <translation>das CD-Laufwerk enthält %1, und die VM darf darauf schreiben</translation>
    </message>
</context>
<context>
    <name>DomainControl</name>
    <message>
        <source>No CD-ROM drive of “%1” holds the installer.</source>
        <translation>Kein CD-ROM-Laufwerk von „%1“ enthält das Installationsmedium.</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>libvirt&apos;s capabilities could not be read: %1</source>
        <translation>Die Fähigkeiten von libvirt konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the host has no device called “%1”, or it is not a USB or PCI device</source>
        <translation>der Host hat kein Gerät namens „%1“, oder es ist kein USB- oder PCI-Gerät</translation>
    </message>
    <message>
        <source>NixOS (made by Airlock)</source>
        <translation>NixOS (erstellt von Airlock)</translation>
    </message>
    <message>
        <source>Created by Airlock %1. Its isolation was chosen in the wizard; see the metadata for every choice.</source>
        <translation>Erstellt von Airlock %1. Die Isolation wurde im Assistenten gewählt; jede Einstellung steht in den Metadaten.</translation>
    </message>
</context>
<context>
    <name>ExposureCatalogue</name>
    <message>
        <source>Maximum isolation</source>
        <translation>Maximale Isolation</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Komfort</translation>
    </message>
    <message>
        <source>Nothing of your computer reaches the VM except the internet through a filtered network. The safest choice, and the default.</source>
        <translation>Nichts von Ihrem Computer erreicht die VM außer dem Internet über ein gefiltertes Netzwerk. Die sicherste Wahl und die Voreinstellung.</translation>
    </message>
    <message>
        <source>Adds sound, clipboard sharing and a TPM: pleasant for daily use, still no microphone, USB or files.</source>
        <translation>Fügt Ton, gemeinsame Zwischenablage und ein TPM hinzu: angenehm im Alltag, weiterhin ohne Mikrofon, USB oder Dateien.</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>NAT (internet through your computer)</source>
        <translation>NAT (Internet über Ihren Computer)</translation>
    </message>
    <message>
        <source>Bridged (on your local network)</source>
        <translation>Brücke (in Ihrem lokalen Netzwerk)</translation>
    </message>
    <message>
        <source>The VM has no network card at all: it can reach nothing and nothing can reach it.</source>
        <translation>Die VM hat überhaupt keine Netzwerkkarte: Sie erreicht nichts, und nichts erreicht sie.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Network mode, short: no network card.</extracomment>
        <translation>Keines</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Bridged</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>the internet through your computer</source>
        <translation>das Internet über Ihren Computer</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>USB ports</source>
        <translation>USB-Anschlüsse</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Security chip</source>
        <translation>Sicherheitschip</translation>
    </message>
    <message>
        <source>Control channel</source>
        <translation>Steuerkanal</translation>
    </message>
    <message>
        <source>The VM can see through this camera whenever it likes, without the light your desktop would show.</source>
        <translation>Die VM kann durch diese Kamera sehen, wann immer sie will, ohne das Licht, das Ihr Desktop zeigen würde.</translation>
    </message>
    <message>
        <source>The VM can record from this device: a compromised VM could listen to the room.</source>
        <translation>Die VM kann über dieses Gerät aufnehmen: Eine kompromittierte VM könnte den Raum abhören.</translation>
    </message>
    <message>
        <source>The VM can pair with and talk to Bluetooth devices around you: headsets, keyboards, phones.</source>
        <translation>Die VM kann sich mit Bluetooth-Geräten in Ihrer Nähe koppeln und mit ihnen sprechen: Headsets, Tastaturen, Telefone.</translation>
    </message>
    <message>
        <source>The VM drives this graphics card directly. A PCI device can read and write your computer&apos;s memory unless the IOMMU confines it, and a screen on it goes dark for your desktop.</source>
        <translation>Die VM steuert diese Grafikkarte direkt. Ein PCI-Gerät kann den Speicher Ihres Computers lesen und schreiben, sofern die IOMMU es nicht einschränkt, und ein Bildschirm daran wird für Ihren Desktop dunkel.</translation>
    </message>
    <message>
        <source>The VM sends and receives through this network adapter directly, past Airlock&apos;s traffic filter.</source>
        <translation>Die VM sendet und empfängt direkt über diesen Netzwerkadapter, an Airlocks Verkehrsfilter vorbei.</translation>
    </message>
    <message>
        <source>The VM can read, change and delete everything on this drive.</source>
        <translation>Die VM kann alles auf diesem Laufwerk lesen, ändern und löschen.</translation>
    </message>
    <message>
        <source>The VM receives everything typed or clicked on this device.</source>
        <translation>Die VM empfängt alles, was auf diesem Gerät getippt oder geklickt wird.</translation>
    </message>
    <message>
        <source>The VM drives this device directly: it can read what the device holds and rewrite its firmware.</source>
        <translation>Die VM steuert dieses Gerät direkt: Sie kann lesen, was das Gerät enthält, und seine Firmware überschreiben.</translation>
    </message>
    <message>
        <source>%1 While the VM runs, your computer cannot use the device.</source>
        <extracomment>%1 is what the VM could do with the device (one sentence).</extracomment>
        <translation>%1 Solange die VM läuft, kann Ihr Computer das Gerät nicht nutzen.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of a list but the last, e.g. &quot;your speakers, your clipboard&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;your speakers, your clipboard and a folder&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 (with IPv6)</source>
        <translation>%1 (mit IPv6)</translation>
    </message>
    <message>
        <source>the folder “%1” (read-only)</source>
        <translation>den Ordner „%1“ (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the folder “%1” (read and write)</source>
        <translation>den Ordner „%1“ (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>This VM can reach nothing on your computer and has no network.</source>
        <translation>Diese VM erreicht nichts auf Ihrem Computer und hat kein Netzwerk.</translation>
    </message>
    <message>
        <source>This VM can reach %1, and has no network.</source>
        <extracomment>%1 is a list, e.g. &quot;your speakers and your clipboard&quot;.</extracomment>
        <translation>Diese VM kann %1 erreichen und hat kein Netzwerk.</translation>
    </message>
    <message>
        <source>This VM can reach %1, and nothing else on your computer.</source>
        <extracomment>%1 is how the VM reaches the network, e.g. &quot;the internet through your computer&quot;.</extracomment>
        <translation>Diese VM kann %1 erreichen, sonst nichts auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>This VM can reach %1.</source>
        <extracomment>%1 is a list, e.g. &quot;the internet through your computer and your speakers&quot;.</extracomment>
        <translation>Diese VM kann %1 erreichen.</translation>
    </message>
    <message>
        <source>%1 It also has %2.</source>
        <extracomment>%1 is the sentence before; %2 a list such as &quot;an emulated TPM and a guest agent&quot;.</extracomment>
        <translation>%1 Außerdem hat sie %2.</translation>
    </message>
    <message>
        <source>your local network, your computer and the internet</source>
        <translation>Ihr lokales Netzwerk, Ihren Computer und das Internet</translation>
    </message>
    <message>
        <source>The VM reaches the internet through your computer, and nothing else: Airlock&apos;s traffic filter keeps it away from your computer&apos;s own services, your local network (router, printers, other computers) and your other VMs, and none of them can reach it. It cannot fake its IPv4 address or hand out addresses to others.</source>
        <translation>Die VM erreicht das Internet über Ihren Computer, und sonst nichts: Airlocks Verkehrsfilter hält sie von den eigenen Diensten Ihres Computers, Ihrem lokalen Netzwerk (Router, Drucker, andere Computer) und Ihren anderen VMs fern, und keines davon erreicht sie. Sie kann ihre IPv4-Adresse nicht fälschen und keine Adressen an andere vergeben.</translation>
    </message>
    <message>
        <source>The VM joins your local network like another computer: it can reach every device there (printers, routers, other computers) and your computer, and they can all reach it. A traffic filter still stops it from faking its IPv4 address, from acting as a DHCP server and from announcing itself as a router.</source>
        <translation>Die VM tritt Ihrem lokalen Netzwerk wie ein weiterer Computer bei: Sie erreicht jedes Gerät dort (Drucker, Router, andere Computer) und Ihren Computer, und alle erreichen sie. Ein Verkehrsfilter hindert sie dennoch daran, ihre IPv4-Adresse zu fälschen, als DHCP-Server aufzutreten und sich als Router auszugeben.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A network mode and its bridge: &quot;Bridged (on your local network), br0&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Network: %1 instead of %2</source>
        <extracomment>%1 the network mode a preset sets, %2 the one it replaces.</extracomment>
        <translation>Netzwerk: %1 statt %2</translation>
    </message>
    <message>
        <source>IPv6: on; the VM may use IPv6 too</source>
        <translation>IPv6: an; die VM darf auch IPv6 nutzen</translation>
    </message>
    <message>
        <source>IPv6: off; the VM uses IPv4 only</source>
        <translation>IPv6: aus; die VM nutzt nur IPv4</translation>
    </message>
    <message>
        <source>Traffic filter: “%1” instead of “%2”</source>
        <extracomment>%1 and %2 are names of traffic filters, e.g. &quot;airlock-internet-ipv6&quot;.</extracomment>
        <translation>Verkehrsfilter: „%1“ statt „%2“</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: cut off</source>
        <translation>%1: getrennt</translation>
    </message>
    <message>
        <source>Shared folder “%1”: stays shared</source>
        <translation>Gemeinsamer Ordner „%1“: bleibt freigegeben</translation>
    </message>
    <message>
        <source>Shared folder “%1”: no longer shared</source>
        <translation>Gemeinsamer Ordner „%1“: nicht mehr freigegeben</translation>
    </message>
    <message>
        <source>Host device “%1”: stays with the VM</source>
        <translation>Gerät des Hosts „%1“: bleibt bei der VM</translation>
    </message>
    <message>
        <source>Host device “%1”: taken back from the VM</source>
        <translation>Gerät des Hosts „%1“: der VM wieder entzogen</translation>
    </message>
    <message>
        <source>Adds the microphone, USB redirection (for a viewer on your computer), 3D acceleration, the guest agent and IPv6, whose traffic filter lets IPv6 through too. The VM can then reach much more of your computer.</source>
        <translation>Fügt das Mikrofon, die USB-Umleitung (für einen Viewer auf Ihrem Computer), 3D-Beschleunigung, den Gastagenten und IPv6 hinzu, dessen Verkehrsfilter auch IPv6 durchlässt. Die VM kann dann viel mehr von Ihrem Computer erreichen.</translation>
    </message>
</context>
<context>
    <name>FwupdSecureBoot</name>
    <message>
        <source>fwupd does not report %1</source>
        <translation>fwupd meldet %1 nicht</translation>
    </message>
    <message>
        <source>The system D-Bus is not reachable: %1</source>
        <translation>Der System-D-Bus ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>fwupd did not answer: %1</source>
        <translation>fwupd hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>GuestHardening</name>
    <message>
        <source>Every program uses hardened_malloc, which turns many memory bugs into crashes instead of exploits (secureblue&apos;s own allocator). If a browser flickers or crashes, switch this line off first.</source>
        <translation>Jedes Programm verwendet hardened_malloc, das viele Speicherfehler in Abstürze statt in Angriffe verwandelt (der Allocator von secureblue). Wenn ein Browser flackert oder abstürzt, schalten Sie zuerst diese Zeile ab.</translation>
    </message>
    <message>
        <source>The guest&apos;s firewall drops connections nobody asked for.</source>
        <translation>Die Firewall des Gasts verwirft Verbindungen, um die niemand gebeten hat.</translation>
    </message>
    <message>
        <source>No remote logins into the VM.</source>
        <translation>Keine Fernanmeldungen in die VM.</translation>
    </message>
    <message>
        <source>The SPICE agent runs: it carries the clipboard you chose to share.</source>
        <translation>Der SPICE-Agent läuft: Er überträgt die Zwischenablage, die Sie freigeben wollten.</translation>
    </message>
    <message>
        <source>No SPICE agent: the VM has no clipboard channel, so nothing needs to listen for one.</source>
        <translation>Kein SPICE-Agent: Die VM hat keinen Zwischenablage-Kanal, also muss auch nichts darauf lauschen.</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers the host on the channel you chose.</source>
        <translation>Der QEMU-Gastagent antwortet dem Host auf dem gewählten Kanal.</translation>
    </message>
    <message>
        <source>No QEMU guest agent: the host has no channel into the VM.</source>
        <translation>Kein QEMU-Gastagent: Der Host hat keinen Kanal in die VM.</translation>
    </message>
    <message>
        <source>IPv6 off inside the VM as well, matching its network.</source>
        <translation>IPv6 auch in der VM aus, passend zu ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>The guest uses the emulated TPM (for example for disk encryption).</source>
        <translation>Der Gast verwendet das emulierte TPM (zum Beispiel für Festplattenverschlüsselung).</translation>
    </message>
    <message>
        <source>Mounts the shared folder %1 at /mnt/airlock-share, without device files, set-uid programs or executables.</source>
        <translation>Bindet den gemeinsamen Ordner %1 unter /mnt/airlock-share ein, ohne Gerätedateien, Set-UID-Programme oder ausführbare Dateien.</translation>
    </message>
    <message>
        <source>Only administrators (group wheel) may even run sudo.</source>
        <translation>Nur Administratoren (Gruppe wheel) dürfen sudo überhaupt ausführen.</translation>
    </message>
    <message>
        <source>Only administrators may talk to the Nix daemon.</source>
        <translation>Nur Administratoren dürfen mit dem Nix-Dienst sprechen.</translation>
    </message>
    <message>
        <source># Hardening for the NixOS guest “%1”, made by Airlock from your choices.
# Paste inside the { … } of /etc/nixos/configuration.nix, then run:
#   sudo nixos-rebuild switch
</source>
        <translation># Härtung für den NixOS-Gast „%1“, von Airlock aus Ihrer Auswahl erstellt.
# In die { … } von /etc/nixos/configuration.nix einfügen, dann ausführen:
#   sudo nixos-rebuild switch
</translation>
    </message>
    <message>
        <source>Nobody can swap the running kernel for another without a reboot (no kexec, no hibernation).</source>
        <translation>Niemand kann den laufenden Kernel ohne Neustart gegen einen anderen austauschen (kein kexec, kein Ruhezustand).</translation>
    </message>
    <message>
        <source>Only administrators may read the kernel&apos;s log, and nobody sees the kernel&apos;s addresses, which exploits look for.</source>
        <translation>Nur Administratoren dürfen das Kernel-Protokoll lesen, und niemand sieht die Adressen des Kernels, nach denen Exploits suchen.</translation>
    </message>
    <message>
        <source>Only administrators may load BPF programs into the kernel, and those are compiled with hardening.</source>
        <translation>Nur Administratoren dürfen BPF-Programme in den Kernel laden, und diese werden gehärtet kompiliert.</translation>
    </message>
    <message>
        <source>A program may only inspect its own children, so one compromised program cannot read another&apos;s memory. Debuggers then need sudo to attach.</source>
        <translation>Ein Programm darf nur seine eigenen Kindprozesse untersuchen, sodass ein kompromittiertes Programm nicht den Speicher eines anderen lesen kann. Debugger brauchen dann sudo, um sich anzuhängen.</translation>
    </message>
    <message>
        <source>Rare network protocols that have had kernel bugs are not loaded on demand.</source>
        <translation>Seltene Netzwerkprotokolle, in denen schon Kernel-Fehler steckten, werden nicht bei Bedarf geladen.</translation>
    </message>
    <message>
        <source>The VM ignores ICMP redirects, which could otherwise reroute its traffic.</source>
        <translation>Die VM ignoriert ICMP-Redirects, die sonst ihren Verkehr umleiten könnten.</translation>
    </message>
</context>
<context>
    <name>HashPipeline</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>“%1” is shorter than expected</source>
        <translation>„%1“ ist kürzer als erwartet</translation>
    </message>
    <message>
        <source>cannot read “%1” back</source>
        <translation>„%1“ kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>HostCheck</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>(empty)</source>
        <extracomment>Evidence when a file was read but held nothing</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (binary, length %2)</source>
        <extracomment>A value that is not text: its first bytes in hex, then its length</extracomment>
        <translation>%1 (binär, Länge %2)</translation>
    </message>
    <message>
        <source>The VM will run on %1; Airlock can only read this computer&apos;s files. Check it on that host.</source>
        <translation>Die VM wird auf %1 laufen; Airlock kann nur die Dateien dieses Computers lesen. Prüfen Sie es auf jenem Host.</translation>
    </message>
    <message>
        <source>connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>%1 (DOI %2)</source>
        <translation>%1 (DOI %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>libvirt capabilities (secmodel)</source>
        <translation>libvirt-Fähigkeiten (secmodel)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>SELinux</source>
        <translation>SELinux</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>Hardware-Virtualisierung</translation>
    </message>
    <message>
        <source>libvirt</source>
        <extracomment>libvirt is the virtualization service Airlock talks to; a name, not translated.</extracomment>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>SELinux confinement of VMs (sVirt)</source>
        <translation>SELinux-Einschränkung von VMs (sVirt)</translation>
    </message>
    <message>
        <source>libvirt group</source>
        <translation>Gruppe libvirt</translation>
    </message>
    <message>
        <source>Processors, memory and disk</source>
        <translation>Prozessoren, Arbeitsspeicher und Festplatte</translation>
    </message>
    <message>
        <source>UEFI firmware</source>
        <translation>UEFI-Firmware</translation>
    </message>
    <message>
        <source>hardened_malloc</source>
        <extracomment>hardened_malloc is the name of a memory allocator; not translated.</extracomment>
        <translation>hardened_malloc</translation>
    </message>
    <message>
        <source>No answer within %1 seconds; Re-check to try again.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden; prüfen Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>fwupd over the system D-Bus</source>
        <translation>fwupd über den System-D-Bus</translation>
    </message>
    <message>
        <source>libvirt connection to %1</source>
        <translation>libvirt-Verbindung zu %1</translation>
    </message>
    <message>
        <source>libvirt does not answer: no reply within %1 seconds.</source>
        <translation>libvirt antwortet nicht: keine Rückmeldung innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>No os-release file could be read, so the system is not known.</source>
        <translation>Es konnte keine os-release-Datei gelesen werden, daher ist das System unbekannt.</translation>
    </message>
    <message>
        <source>none of the files could be read</source>
        <translation>keine der Dateien konnte gelesen werden</translation>
    </message>
    <message>
        <source>no ID field</source>
        <translation>kein ID-Feld</translation>
    </message>
    <message>
        <source>This computer runs secureblue, a hardened host.</source>
        <translation>Auf diesem Computer läuft secureblue, ein gehärteter Host.</translation>
    </message>
    <message>
        <source>This computer runs secureblue (%1), a hardened host.</source>
        <translation>Auf diesem Computer läuft secureblue (%1), ein gehärteter Host.</translation>
    </message>
    <message>
        <source>%1 is Fedora Atomic: it works, with fewer hardening defaults than secureblue.</source>
        <translation>%1 ist Fedora Atomic: Das funktioniert, mit weniger Härtung ab Werk als secureblue.</translation>
    </message>
    <message>
        <source>%1 works, but Airlock is made for secureblue, which hardens the host for you.</source>
        <translation>%1 funktioniert, aber Airlock ist für secureblue gemacht, das den Host für Sie härtet.</translation>
    </message>
    <message>
        <source>SELinux is enforcing.</source>
        <translation>SELinux setzt durch (enforcing).</translation>
    </message>
    <message>
        <source>I understand SELinux only logs on this computer, so nothing contains the VM if it breaks out</source>
        <translation>Mir ist bewusst, dass SELinux hier nur protokolliert und nichts die VM aufhält, wenn sie ausbricht</translation>
    </message>
    <message>
        <source>SELinux is permissive: it logs violations but stops none, so it would not contain a VM that breaks out.</source>
        <translation>SELinux ist permissiv: Es protokolliert Verstöße, verhindert aber keinen, und würde eine ausbrechende VM daher nicht aufhalten.</translation>
    </message>
    <message>
        <source>SELinux&apos;s mode could not be read: the file holds something unexpected.</source>
        <translation>Der Modus von SELinux konnte nicht gelesen werden: Die Datei enthält etwas Unerwartetes.</translation>
    </message>
    <message>
        <source>SELinux on the VM&apos;s host could not be read, and libvirt could not be asked.</source>
        <translation>SELinux auf dem Host der VM konnte nicht gelesen und libvirt nicht gefragt werden.</translation>
    </message>
    <message>
        <source>SELinux&apos;s mode is not visible here, and libvirt could not be asked.</source>
        <translation>Der Modus von SELinux ist hier nicht sichtbar, und libvirt konnte nicht gefragt werden.</translation>
    </message>
    <message>
        <source>%1 not readable</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <source>security models: %1</source>
        <translation>Sicherheitsmodelle: %1</translation>
    </message>
    <message>
        <source>SELinux is on (libvirt uses it), but whether it enforces cannot be seen from here.</source>
        <translation>SELinux ist an (libvirt verwendet es), aber ob es durchsetzt, ist von hier aus nicht zu sehen.</translation>
    </message>
    <message>
        <source>I understand SELinux is not active on the VM&apos;s host, so nothing contains the VM if it breaks out</source>
        <translation>Mir ist bewusst, dass ohne SELinux auf dem Host nichts die VM aufhält, wenn sie ausbricht</translation>
    </message>
    <message>
        <source>SELinux is not active on the VM&apos;s host: libvirt offers no SELinux security model.</source>
        <translation>SELinux ist auf dem Host der VM nicht aktiv: libvirt bietet kein SELinux-Sicherheitsmodell an.</translation>
    </message>
    <message>
        <source>Secure Boot is off: a tampered boot loader or kernel would start unnoticed. Enroll secureblue&apos;s key, then turn Secure Boot on in the firmware setup.</source>
        <translation>Secure Boot ist aus: Ein manipulierter Bootloader oder Kernel würde unbemerkt starten. Registrieren Sie den Schlüssel von secureblue und schalten Sie dann Secure Boot im Firmware-Setup ein.</translation>
    </message>
    <message>
        <source>Secure Boot is off: a tampered boot loader or kernel would start unnoticed. Turn it on in the firmware setup.</source>
        <translation>Secure Boot ist aus: Ein manipulierter Bootloader oder Kernel würde unbemerkt starten. Schalten Sie es im Firmware-Setup ein.</translation>
    </message>
    <message>
        <source>I understand this computer starts without Secure Boot, so a tampered kernel would go unnoticed</source>
        <translation>Mir ist bewusst, dass ohne Secure Boot ein manipulierter Kernel unbemerkt bliebe</translation>
    </message>
    <message>
        <source>EFI variable SecureBoot (%1)</source>
        <translation>EFI-Variable SecureBoot (%1)</translation>
    </message>
    <message>
        <source>SecureBoot = %1 (bytes: %2)</source>
        <translation>SecureBoot = %1 (Bytes: %2)</translation>
    </message>
    <message>
        <source>Secure Boot is on: only signed boot loaders and kernels start.</source>
        <translation>Secure Boot ist an: Nur signierte Bootloader und Kernel starten.</translation>
    </message>
    <message>
        <source>%1; SetupMode = %2 (%3)</source>
        <translation>%1; SetupMode = %2 (%3)</translation>
    </message>
    <message>
        <source>no keys enrolled</source>
        <translation>keine Schlüssel registriert</translation>
    </message>
    <message>
        <source>keys enrolled</source>
        <translation>Schlüssel registriert</translation>
    </message>
    <message>
        <source>This computer started in legacy BIOS mode, which has no Secure Boot. Switching the firmware to UEFI usually means reinstalling.</source>
        <translation>Dieser Computer wurde im alten BIOS-Modus gestartet, der kein Secure Boot kennt. Die Firmware auf UEFI umzustellen bedeutet meist eine Neuinstallation.</translation>
    </message>
    <message>
        <source>/sys/firmware/efi does not exist</source>
        <translation>/sys/firmware/efi existiert nicht</translation>
    </message>
    <message>
        <source>SecureBoot: %1</source>
        <translation>SecureBoot: %1</translation>
    </message>
    <message>
        <source>SecureBoot variable not visible</source>
        <translation>SecureBoot-Variable nicht sichtbar</translation>
    </message>
    <message>
        <source>fwupd host security attributes (D-Bus)</source>
        <translation>fwupd-Sicherheitsattribute des Hosts (D-Bus)</translation>
    </message>
    <message>
        <source>Secure Boot is on (fwupd says so): only signed boot loaders and kernels start.</source>
        <translation>Secure Boot ist an (laut fwupd): Nur signierte Bootloader und Kernel starten.</translation>
    </message>
    <message>
        <source>Secure Boot cannot be seen from here: the EFI variable does not answer and neither does fwupd.</source>
        <translation>Secure Boot ist von hier aus nicht zu sehen: Die EFI-Variable antwortet nicht, fwupd ebenso wenig.</translation>
    </message>
    <message>
        <source>The SecureBoot variable has an unexpected form, so Secure Boot&apos;s state is not known.</source>
        <translation>Die SecureBoot-Variable hat eine unerwartete Form, daher ist der Zustand von Secure Boot unbekannt.</translation>
    </message>
    <message>
        <source>Secure Boot cannot be seen from here: the EFI variables are not visible.</source>
        <translation>Secure Boot ist von hier aus nicht zu sehen: Die EFI-Variablen sind nicht sichtbar.</translation>
    </message>
    <message>
        <source>libvirt offers: %1</source>
        <translation>libvirt bietet: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>libvirt capabilities</source>
        <translation>libvirt-Fähigkeiten</translation>
    </message>
    <message>
        <source>CPU flag vmx</source>
        <translation>CPU-Flag vmx</translation>
    </message>
    <message>
        <source>CPU flag svm</source>
        <translation>CPU-Flag svm</translation>
    </message>
    <message>
        <source>no vmx/svm CPU flag</source>
        <translation>kein CPU-Flag vmx/svm</translation>
    </message>
    <message>
        <source>/dev/kvm present</source>
        <translation>/dev/kvm vorhanden</translation>
    </message>
    <message>
        <source>/dev/kvm missing</source>
        <translation>/dev/kvm fehlt</translation>
    </message>
    <message>
        <source>KVM is available: the VM runs on the processor directly.</source>
        <translation>KVM ist verfügbar: Die VM läuft direkt auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Whether KVM is available cannot be seen from here, and libvirt could not be asked.</source>
        <translation>Ob KVM verfügbar ist, ist von hier aus nicht zu sehen, und libvirt konnte nicht gefragt werden.</translation>
    </message>
    <message>
        <source>The processor and kernel offer KVM (libvirt was not asked).</source>
        <translation>Prozessor und Kernel bieten KVM (libvirt wurde nicht gefragt).</translation>
    </message>
    <message>
        <source>I understand the VM will be emulated, many times slower</source>
        <translation>Mir ist bewusst, dass die VM emuliert wird und dadurch um ein Vielfaches langsamer läuft</translation>
    </message>
    <message>
        <source>libvirt on the VM&apos;s host does not offer KVM: the VM would be emulated, many times slower.</source>
        <translation>libvirt auf dem Host der VM bietet kein KVM: Die VM würde emuliert und liefe um ein Vielfaches langsamer.</translation>
    </message>
    <message>
        <source>The processor&apos;s virtualization (Intel VT-x) is off or missing: turn on “Intel Virtualization Technology” in the firmware setup.</source>
        <translation>Die Virtualisierung des Prozessors (Intel VT-x) ist aus oder fehlt: Schalten Sie im Firmware-Setup „Intel Virtualization Technology“ ein.</translation>
    </message>
    <message>
        <source>The processor&apos;s virtualization (AMD-V) is off or missing: turn on “SVM Mode” in the firmware setup.</source>
        <translation>Die Virtualisierung des Prozessors (AMD-V) ist aus oder fehlt: Schalten Sie im Firmware-Setup „SVM Mode“ ein.</translation>
    </message>
    <message>
        <source>The processor offers no hardware virtualization: turn it on in the firmware setup, if it has it.</source>
        <translation>Der Prozessor bietet keine Hardware-Virtualisierung: Schalten Sie sie im Firmware-Setup ein, falls er sie hat.</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but the kvm module is not loaded.</source>
        <translation>Der Prozessor unterstützt Virtualisierung, aber das Modul kvm ist nicht geladen.</translation>
    </message>
    <message>
        <source>libvirt does not offer KVM, so the VM would be emulated, many times slower.</source>
        <translation>libvirt bietet kein KVM, daher würde die VM emuliert und liefe um ein Vielfaches langsamer.</translation>
    </message>
    <message>
        <source>Connected, but libvirt would not describe the host: %1</source>
        <translation>Verbunden, aber libvirt wollte den Host nicht beschreiben: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>polkit did not allow Airlock to manage VMs. Re-check and approve the password prompt; only an administrator can.</source>
        <translation>polkit hat Airlock nicht erlaubt, VMs zu verwalten. Prüfen Sie erneut und bestätigen Sie die Passwortabfrage; das kann nur ein Administrator.</translation>
    </message>
    <message>
        <source>No libvirt daemon answers: the daemons are off, or this sandbox cannot see /run/libvirt.</source>
        <translation>Kein libvirt-Dienst antwortet: Die Dienste sind aus, oder diese Sandbox sieht /run/libvirt nicht.</translation>
    </message>
    <message>
        <source>No libvirt daemon answers: the daemons are off.</source>
        <translation>Kein libvirt-Dienst antwortet: Die Dienste sind aus.</translation>
    </message>
    <message>
        <source>Airlock could not reach libvirt on %1.</source>
        <translation>Airlock konnte libvirt auf %1 nicht erreichen.</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt.</source>
        <translation>Airlock konnte keine Verbindung zu libvirt herstellen.</translation>
    </message>
    <message>
        <source>libvirt could not be asked how it confines VMs.</source>
        <translation>libvirt konnte nicht gefragt werden, wie es VMs einschränkt.</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>keine Fähigkeiten</translation>
    </message>
    <message>
        <source>Each VM runs in its own SELinux domain with its own categories.</source>
        <translation>Jede VM läuft in ihrer eigenen SELinux-Domain mit eigenen Kategorien.</translation>
    </message>
    <message>
        <source>I understand this VM will not be confined by SELinux</source>
        <translation>Mir ist bewusst, dass diese VM nicht durch SELinux eingeschränkt wird</translation>
    </message>
    <message>
        <source>VMs would run without SELinux confinement.</source>
        <translation>VMs würden ohne SELinux-Einschränkung laufen.</translation>
    </message>
    <message>
        <source>your groups: %1</source>
        <translation>Ihre Gruppen: %1</translation>
    </message>
    <message>
        <source>your groups could not be read</source>
        <translation>Ihre Gruppen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>libvirt = group %1; %2</source>
        <translation>libvirt = Gruppe %1; %2</translation>
    </message>
    <message>
        <source>You are in the libvirt group: any program you run can control VMs as root without asking. Leave it and log in again; polkit will ask you instead.</source>
        <translation>Sie sind in der Gruppe libvirt: Jedes Programm, das Sie ausführen, kann ungefragt VMs als root steuern. Verlassen Sie die Gruppe und melden Sie sich neu an; dann fragt polkit Sie.</translation>
    </message>
    <message>
        <source>Your account is listed in the libvirt group (from your next login on): any program you run could control VMs as root. Leave it; polkit will ask you instead.</source>
        <translation>Ihr Konto steht in der Gruppe libvirt (ab Ihrer nächsten Anmeldung): Jedes Programm, das Sie ausführen, könnte VMs als root steuern. Verlassen Sie die Gruppe; dann fragt polkit Sie.</translation>
    </message>
    <message>
        <source>%1; members: %2</source>
        <translation>%1; Mitglieder: %2</translation>
    </message>
    <message>
        <source>You are not in the libvirt group: libvirt asks polkit, which asks you.</source>
        <translation>Sie sind nicht in der Gruppe libvirt: libvirt fragt polkit, und polkit fragt Sie.</translation>
    </message>
    <message>
        <source>no libvirt group visible; %1</source>
        <translation>keine Gruppe libvirt sichtbar; %1</translation>
    </message>
    <message>
        <source>The sandbox hides your groups. Check by hand: if “libvirt” is listed, leave that group.</source>
        <translation>Die Sandbox verbirgt Ihre Gruppen. Prüfen Sie von Hand: Wenn „libvirt“ aufgeführt ist, verlassen Sie diese Gruppe.</translation>
    </message>
    <message>
        <source>There is no libvirt group on this computer: libvirt asks polkit, which asks you.</source>
        <translation>Auf diesem Computer gibt es keine Gruppe libvirt: libvirt fragt polkit, und polkit fragt Sie.</translation>
    </message>
    <message>
        <source>libvirt could not be asked about this host&apos;s processors, memory and disk.</source>
        <translation>libvirt konnte nicht nach Prozessoren, Arbeitsspeicher und Festplatte dieses Hosts gefragt werden.</translation>
    </message>
    <message>
        <source>no node information</source>
        <translation>keine Knoteninformationen</translation>
    </message>
    <message>
        <source>libvirt node info</source>
        <translation>libvirt-Knoteninformationen</translation>
    </message>
    <message>
        <source>logical processors: %1</source>
        <translation>logische Prozessoren: %1</translation>
    </message>
    <message>
        <source>%1 (nosmt: simultaneous multithreading is off, halving them)</source>
        <translation>%1 (nosmt: Simultaneous Multithreading ist aus und halbiert sie)</translation>
    </message>
    <message>
        <source>Only one logical processor: the VM and this computer would share it.</source>
        <translation>Nur ein logischer Prozessor: Die VM und dieser Computer müssten ihn sich teilen.</translation>
    </message>
    <message>
        <source>memory: %1 available of %2</source>
        <translation>Arbeitsspeicher: %1 von %2 verfügbar</translation>
    </message>
    <message>
        <source>Only %1 of memory is available; NixOS needs at least %2.</source>
        <translation>Nur %1 Arbeitsspeicher sind verfügbar; NixOS braucht mindestens %2.</translation>
    </message>
    <message>
        <source>%1 of memory is available; NixOS recommends %2. Close programs you do not need.</source>
        <translation>%1 Arbeitsspeicher sind verfügbar; NixOS empfiehlt %2. Schließen Sie Programme, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>storage pool “%1”</source>
        <translation>Speicherpool „%1“</translation>
    </message>
    <message>
        <source>pool “%1” will be created at %2</source>
        <translation>Pool „%1“ wird unter %2 angelegt</translation>
    </message>
    <message>
        <source>pool “%1” is not running; Airlock starts it</source>
        <translation>Pool „%1“ läuft nicht; Airlock startet ihn</translation>
    </message>
    <message>
        <source>disk: %1 free in pool “%2”</source>
        <translation>Festplatte: %1 frei im Pool „%2“</translation>
    </message>
    <message>
        <source>Only %1 free for disks; NixOS needs at least %2 plus the ISO.</source>
        <translation>Nur %1 frei für Festplatten; NixOS braucht mindestens %2 plus die ISO.</translation>
    </message>
    <message>
        <source>%1 free for disks; NixOS recommends %2 plus the ISO.</source>
        <translation>%1 frei für Festplatten; NixOS empfiehlt %2 plus die ISO.</translation>
    </message>
    <message>
        <source>Enough processors, memory and disk for NixOS.</source>
        <translation>Genug Prozessoren, Arbeitsspeicher und Festplatte für NixOS.</translation>
    </message>
    <message>
        <source>I understand this computer may be too small or too busy to run NixOS well</source>
        <translation>Mir ist bewusst, dass dieser Computer für NixOS zu klein oder zu ausgelastet sein könnte</translation>
    </message>
    <message>
        <source>No UEFI firmware for VMs: the VM will start with legacy BIOS instead, without UEFI&apos;s protections.</source>
        <translation>Keine UEFI-Firmware für VMs: Die VM startet stattdessen mit altem BIOS, ohne die Schutzmechanismen von UEFI.</translation>
    </message>
    <message>
        <source>libvirt domain capabilities</source>
        <translation>libvirt-Domain-Fähigkeiten</translation>
    </message>
    <message>
        <source>firmware: %1</source>
        <translation>Firmware: %1</translation>
    </message>
    <message>
        <source>The VM can start with UEFI firmware.</source>
        <translation>Die VM kann mit UEFI-Firmware starten.</translation>
    </message>
    <message>
        <source>libvirt did not say which firmware the VM&apos;s host offers.</source>
        <translation>libvirt hat nicht gesagt, welche Firmware der Host der VM bietet.</translation>
    </message>
    <message>
        <source>no domain capabilities</source>
        <translation>keine Domain-Fähigkeiten</translation>
    </message>
    <message>
        <source>QEMU firmware descriptors (%1)</source>
        <translation>QEMU-Firmware-Beschreibungen (%1)</translation>
    </message>
    <message>
        <source>UEFI firmware for VMs is installed.</source>
        <translation>UEFI-Firmware für VMs ist installiert.</translation>
    </message>
    <message>
        <source>Which firmware the host offers cannot be seen from here.</source>
        <translation>Welche Firmware der Host bietet, ist von hier aus nicht zu sehen.</translation>
    </message>
    <message>
        <source>no firmware descriptors visible</source>
        <translation>keine Firmware-Beschreibungen sichtbar</translation>
    </message>
    <message>
        <source>no UEFI firmware descriptor</source>
        <translation>keine UEFI-Firmware-Beschreibung</translation>
    </message>
    <message>
        <source>hardened_malloc is not preloaded here; nothing to note.</source>
        <translation>hardened_malloc ist hier nicht vorgeladen; nichts zu beachten.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>hardened_malloc is active: it hardens memory allocation, and secureblue notes it can make browsers flicker inside a VM.</source>
        <translation>hardened_malloc ist aktiv: Es härtet die Speicherverwaltung, und laut secureblue kann es Browser in einer VM flackern lassen.</translation>
    </message>
    <message>
        <source>VMs would run without SELinux confinement, since SELinux is not active on the VM&apos;s host.</source>
        <translation>VMs würden ohne SELinux-Einschränkung laufen, da SELinux auf dem Host der VM nicht aktiv ist.</translation>
    </message>
    <message>
        <source>The connection address %1 is not one libvirt knows. Start Airlock with --connect qemu:///system, or leave --connect out.</source>
        <translation>libvirt kennt die Verbindungsadresse %1 nicht. Starten Sie Airlock mit --connect qemu:///system oder lassen Sie --connect weg.</translation>
    </message>
    <message>
        <source>Prints SELinux&apos;s mode: “Enforcing” is what Airlock needs; “Permissive” or “Disabled” means SELinux would not contain the VM.</source>
        <translation>Gibt den Modus von SELinux aus: „Enforcing“ braucht Airlock; „Permissive“ oder „Disabled“ bedeutet, dass SELinux die VM nicht eingrenzen würde.</translation>
    </message>
    <message>
        <source>Asks libvirt the same by hand; its answer gives the full error.</source>
        <translation>Fragt libvirt dasselbe von Hand; seine Antwort enthält den vollständigen Fehler.</translation>
    </message>
    <message>
        <source>Restarts this computer into its UEFI firmware setup. There, %1, then save and exit.</source>
        <extracomment>%1 is what to change there, such as &quot;turn Secure Boot on&quot;</extracomment>
        <translation>Startet diesen Computer neu in das UEFI-Firmware-Setup. Dort %1, dann speichern und beenden.</translation>
    </message>
    <message>
        <source>Restart this computer and, as it powers on, press the key that opens the BIOS setup (often F2, F10, Del or Esc; the first screen names it). There, %1, then save and exit.</source>
        <extracomment>%1 is what to change there, such as &quot;turn on “SVM Mode”&quot;</extracomment>
        <translation>Starten Sie diesen Computer neu und drücken Sie beim Einschalten die Taste, die das BIOS-Setup öffnet (oft F2, F10, Entf oder Esc; der erste Bildschirm nennt sie). Dort %1, dann speichern und beenden.</translation>
    </message>
    <message>
        <source>secureblue&apos;s installation guide: a host with SELinux enforcing and hardened for you.</source>
        <translation>Installationsanleitung von secureblue: ein Host mit SELinux im Enforcing-Modus, für Sie gehärtet.</translation>
    </message>
    <message>
        <source>Prints whether Secure Boot is on.</source>
        <translation>Gibt aus, ob Secure Boot an ist.</translation>
    </message>
    <message>
        <source>Shows which system that host runs.</source>
        <translation>Zeigt, welches System dieser Host ausführt.</translation>
    </message>
    <message>
        <source>Shows which system this computer runs.</source>
        <translation>Zeigt, welches System dieser Computer ausführt.</translation>
    </message>
    <message>
        <source>Enrolls secureblue&apos;s key; then turn Secure Boot on in the firmware setup.</source>
        <translation>Registriert den Schlüssel von secureblue; schalten Sie danach Secure Boot im Firmware-Setup ein.</translation>
    </message>
    <message>
        <source>turn Secure Boot on</source>
        <translation>Secure Boot einschalten</translation>
    </message>
    <message>
        <source>switch the boot mode to UEFI if it is offered; the system usually has to be installed again afterwards</source>
        <translation>den Boot-Modus auf UEFI umstellen, falls angeboten; das System muss danach meist neu installiert werden</translation>
    </message>
    <message>
        <source>Shows whether the KVM device is there.</source>
        <translation>Zeigt, ob das KVM-Gerät vorhanden ist.</translation>
    </message>
    <message>
        <source>turn on “Intel Virtualization Technology” (VT-x)</source>
        <translation>„Intel Virtualization Technology“ (VT-x) einschalten</translation>
    </message>
    <message>
        <source>turn on “SVM Mode” (AMD-V)</source>
        <translation>„SVM Mode“ (AMD-V) einschalten</translation>
    </message>
    <message>
        <source>turn on hardware virtualization, if it is offered</source>
        <translation>Hardware-Virtualisierung einschalten, falls angeboten</translation>
    </message>
    <message>
        <source>Asks libvirt on this computer by hand, at the usual address.</source>
        <translation>Fragt libvirt auf diesem Computer von Hand, unter der üblichen Adresse.</translation>
    </message>
    <message>
        <source>Lists your groups there: if “libvirt” is among them, leave it.</source>
        <translation>Listet Ihre Gruppen dort auf: Wenn „libvirt“ darunter ist, treten Sie aus ihr aus.</translation>
    </message>
    <message>
        <source>Lists your groups: if “libvirt” is among them, leave it.</source>
        <translation>Listet Ihre Gruppen auf: Wenn „libvirt“ darunter ist, treten Sie aus ihr aus.</translation>
    </message>
    <message>
        <source>Shows how much memory is in use and how much is available.</source>
        <translation>Zeigt, wie viel Arbeitsspeicher belegt und wie viel verfügbar ist.</translation>
    </message>
    <message>
        <source>memory: %1 in all; libvirt does not say how much is available</source>
        <translation>Arbeitsspeicher: %1 insgesamt; libvirt sagt nicht, wie viel verfügbar ist</translation>
    </message>
    <message>
        <source>memory: %1 free of %2 (libvirt does not count the caches the host could reclaim)</source>
        <translation>Arbeitsspeicher: %1 frei von %2 (libvirt zählt die Caches nicht mit, die der Host freigeben könnte)</translation>
    </message>
    <message>
        <source>libvirt free memory</source>
        <translation>freier Arbeitsspeicher laut libvirt</translation>
    </message>
    <message>
        <source>libvirt node memory statistics</source>
        <translation>Arbeitsspeicher-Statistik des Knotens in libvirt</translation>
    </message>
    <message>
        <source>This host has only %1 of memory in all; NixOS needs at least %2.</source>
        <translation>Dieser Host hat insgesamt nur %1 Arbeitsspeicher; NixOS braucht mindestens %2.</translation>
    </message>
    <message>
        <source>libvirt reports %1 of memory free, not counting caches the host could reclaim; NixOS recommends %2. If the VM is slow, close programs you do not need.</source>
        <translation>libvirt meldet %1 freien Arbeitsspeicher, ohne die Caches, die der Host freigeben könnte; NixOS empfiehlt %2. Wenn die VM langsam ist, schließen Sie Programme, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Shows how much space is left where the VM&apos;s disk goes.</source>
        <translation>Zeigt, wie viel Platz dort frei ist, wo die Festplatte der VM liegt.</translation>
    </message>
    <message>
        <source>Lists the firmware the host offers VMs.</source>
        <translation>Listet die Firmware auf, die der Host VMs anbietet.</translation>
    </message>
</context>
<context>
    <name>HostDeviceRule</name>
    <message>
        <source>a host bridge, the processor&apos;s link to every other device</source>
        <translation>eine Host-Bridge, die Verbindung des Prozessors zu allen anderen Geräten</translation>
    </message>
    <message>
        <source>an ISA bridge, which holds the firmware and the clock</source>
        <translation>eine ISA-Bridge, an der die Firmware und die Uhr hängen</translation>
    </message>
    <message>
        <source>a PCI bridge, behind which other devices sit</source>
        <translation>eine PCI-Bridge, hinter der weitere Geräte sitzen</translation>
    </message>
    <message>
        <source>a USB controller, with every USB device behind it</source>
        <translation>ein USB-Controller, mit allen USB-Geräten dahinter</translation>
    </message>
    <message>
        <source>an SMBus controller, which reads the memory&apos;s and the sensors&apos; settings</source>
        <translation>ein SMBus-Controller, der die Einstellungen des Arbeitsspeichers und der Sensoren liest</translation>
    </message>
    <message>
        <source>a disk controller, with the drives behind it</source>
        <translation>ein Festplatten-Controller, mit den Laufwerken dahinter</translation>
    </message>
    <message>
        <source>a network controller</source>
        <translation>ein Netzwerk-Controller</translation>
    </message>
    <message>
        <source>a sound controller</source>
        <translation>ein Sound-Controller</translation>
    </message>
    <message>
        <source>a memory controller</source>
        <translation>ein Speicher-Controller</translation>
    </message>
    <message>
        <source>a bridge between the computer&apos;s buses</source>
        <translation>eine Bridge zwischen den Bussen des Computers</translation>
    </message>
    <message>
        <source>a system peripheral (interrupts, timers, IOMMU)</source>
        <translation>ein Systemperipheriegerät (Interrupts, Timer, IOMMU)</translation>
    </message>
    <message>
        <source>a bus controller</source>
        <translation>ein Bus-Controller</translation>
    </message>
    <message>
        <source>a PCI function of class %1</source>
        <extracomment>%1 is a PCI class code in hexadecimal, e.g. 0x0b4000.</extracomment>
        <translation>eine PCI-Funktion der Klasse %1</translation>
    </message>
    <message>
        <source>“%1” is a USB root hub, part of this computer&apos;s USB controller: handing it over would take every USB device behind it away from this computer. Airlock hands a VM single USB devices only.</source>
        <extracomment>%1 is libvirt&apos;s name of the device, e.g. usb_usb1.</extracomment>
        <translation>„%1“ ist ein USB-Root-Hub, ein Teil des USB-Controllers dieses Computers: Ihn zu übergeben, würde diesem Computer alle USB-Geräte dahinter wegnehmen. Airlock übergibt einer VM nur einzelne USB-Geräte.</translation>
    </message>
    <message>
        <source>“%1” (%2) is %3. A PCI function other than a graphics card holds this computer together, and a VM that drives it can take the computer down or read its memory through it: Airlock hands a VM only a PCI graphics card.</source>
        <extracomment>%1 is libvirt&apos;s name of the device, %2 its description, %3 what it is (&quot;a PCI bridge, behind which other devices sit&quot;).</extracomment>
        <translation>„%1“ (%2) ist %3. Eine PCI-Funktion, die keine Grafikkarte ist, hält diesen Computer zusammen, und eine VM, die sie steuert, kann darüber den Computer lahmlegen oder seinen Speicher lesen: Airlock übergibt einer VM nur eine PCI-Grafikkarte.</translation>
    </message>
    <message>
        <source>“%1” does not name a USB device (“usb_1_4”) or a PCI function (“pci_0000_01_00_0”), the only host devices Airlock hands to a VM.</source>
        <extracomment>%1 is the name the spec gives, e.g. &quot;net_eth0_00_11_22_33_44_55&quot;.</extracomment>
        <translation>„%1“ bezeichnet weder ein USB-Gerät („usb_1_4“) noch eine PCI-Funktion („pci_0000_01_00_0“), die einzigen Geräte des Hosts, die Airlock an eine VM übergibt.</translation>
    </message>
</context>
<context>
    <name>IsoName</name>
    <message>
        <source>no installer chosen</source>
        <translation>kein Installationsmedium gewählt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A file name in quotation marks, as the rest of the wizard writes it.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>graphical</source>
        <translation>grafisch</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>graphical (GNOME)</source>
        <translation>grafisch (GNOME)</translation>
    </message>
    <message>
        <source>graphical (Plasma)</source>
        <translation>grafisch (Plasma)</translation>
    </message>
    <message>
        <source>unstable</source>
        <extracomment>NixOS&apos;s rolling release, as in &quot;NixOS unstable graphical&quot;.</extracomment>
        <translation>unstable</translation>
    </message>
    <message>
        <source>NixOS</source>
        <translation>NixOS</translation>
    </message>
    <message>
        <source>NixOS %1</source>
        <extracomment>%1 a NixOS version (&quot;25.11&quot;), %2 the ISO&apos;s variant (&quot;graphical&quot;).</extracomment>
        <translation>NixOS %1</translation>
    </message>
    <message>
        <source>NixOS %1 %2</source>
        <translation>NixOS %1 %2</translation>
    </message>
</context>
<context>
    <name>IsoUpload</name>
    <message>
        <source>copying the ISO into the storage pool was cancelled</source>
        <translation>das Kopieren der ISO in den Speicherpool wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” changed since it was verified: its SHA-256 is now %2, not %3. Download it again.</source>
        <translation>„%1“ hat sich seit der Prüfung verändert: Sein SHA-256 ist jetzt %2, nicht %3. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>the volume gave %1 bytes instead of %2</source>
        <translation>das Volume lieferte %1 Bytes statt %2</translation>
    </message>
    <message>
        <source>the ISO “%1” does not exist or cannot be read</source>
        <translation>die ISO „%1“ existiert nicht oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the storage pool “%1” has no free name for “%2”</source>
        <translation>der Speicherpool „%1“ hat keinen freien Namen für „%2“</translation>
    </message>
    <message>
        <source>The partly copied volume “%1” is still in the pool “%2” (remove it with: %3).</source>
        <extracomment>%3 is the command that removes the volume.</extracomment>
        <translation>Das teilweise kopierte Volume „%1“ liegt noch im Pool „%2“ (entfernen mit: %3).</translation>
    </message>
    <message>
        <source>The libvirt daemon stopped answering. Start it again (on secureblue: ujust set-libvirt-daemons on), then try again.</source>
        <translation>Der libvirt-Dienst antwortet nicht mehr. Starten Sie ihn neu (auf secureblue: ujust set-libvirt-daemons on) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The pool “%1” is of a type that cannot take uploads. Choose a directory pool, such as “default”.</source>
        <extracomment>%1 is a storage pool</extracomment>
        <translation>Der Pool „%1“ ist von einer Art, die keine Uploads annimmt. Wählen Sie einen Verzeichnis-Pool, etwa „default“.</translation>
    </message>
    <message>
        <source>The pool “%1” is missing or not running. Start it (%2) or choose another pool.</source>
        <extracomment>%1 is a storage pool, %2 the command that starts it</extracomment>
        <translation>Der Pool „%1“ fehlt oder läuft nicht. Starten Sie ihn (%2) oder wählen Sie einen anderen Pool.</translation>
    </message>
    <message>
        <source>The pool “%1” has not enough free space: the ISO needs %2. Free some space there, or choose another pool.</source>
        <extracomment>%1 is a storage pool, %2 a size such as &quot;2.5 GiB&quot;</extracomment>
        <translation>Im Pool „%1“ ist nicht genug Platz frei: Die ISO braucht %2. Schaffen Sie dort Platz oder wählen Sie einen anderen Pool.</translation>
    </message>
    <message>
        <source>libvirt may not write into the pool “%1”. Check the owner and permissions of the pool&apos;s directory, or choose another pool.</source>
        <translation>libvirt darf nicht in den Pool „%1“ schreiben. Prüfen Sie Eigentümer und Rechte des Pool-Verzeichnisses oder wählen Sie einen anderen Pool.</translation>
    </message>
    <message>
        <source>libvirt said: “%1”. Check the pool “%2” (virsh pool-info %3), then try again.</source>
        <extracomment>%1 is libvirt&apos;s own message, %2 a storage pool</extracomment>
        <translation>libvirt meldet: „%1“. Prüfen Sie den Pool „%2“ (virsh pool-info %3) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>IsolationProof</name>
    <message>
        <source>libvirt&apos;s label API reports %1, but the live XML says %2.</source>
        <translation>Die Label-API von libvirt meldet %1, aber das Live-XML sagt %2.</translation>
    </message>
    <message>
        <source>The live XML carries the SELinux label %1, but libvirt&apos;s label API does not report it (it reports: %2; security model: %3).</source>
        <translation>Das Live-XML trägt das SELinux-Label %1, aber die Label-API von libvirt meldet es nicht (sie meldet: %2; Sicherheitsmodell: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>libvirt&apos;s label API reports %1, but the live XML has no SELinux &lt;seclabel&gt;.</source>
        <translation>Die Label-API von libvirt meldet %1, aber das Live-XML hat kein SELinux-&lt;seclabel&gt;.</translation>
    </message>
    <message>
        <source>libvirt&apos;s label API reports the owner %1, but the live XML says %2.</source>
        <translation>Die Label-API von libvirt meldet den Besitzer %1, aber das Live-XML sagt %2.</translation>
    </message>
    <message>
        <source>The disk&apos;s categories (%1) are not the process&apos;s (%2).</source>
        <translation>Die Kategorien der Festplatte (%1) sind nicht die des Prozesses (%2).</translation>
    </message>
    <message>
        <source>Confined by SELinux (enforcing)</source>
        <translation>Durch SELinux eingeschränkt (enforcing)</translation>
    </message>
    <message>
        <source>Not confined: SELinux is permissive</source>
        <translation>Nicht eingeschränkt: SELinux ist permissiv</translation>
    </message>
    <message>
        <source>Not confined by SELinux</source>
        <translation>Nicht durch SELinux eingeschränkt</translation>
    </message>
    <message>
        <source>The VM has its SELinux label, but SELinux is in permissive mode: it records what it would forbid and forbids nothing. Turn enforcing on (sudo setenforce 1, and SELINUX=enforcing in /etc/selinux/config), then restart the VM.</source>
        <translation>Die VM hat ihr SELinux-Label, aber SELinux ist im permissiven Modus: Es protokolliert, was es verbieten würde, und verbietet nichts. Schalten Sie enforcing ein (sudo setenforce 1 und SELINUX=enforcing in /etc/selinux/config) und starten Sie die VM dann neu.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, which is not libvirt&apos;s confined VM type: SELinux does not hold it to the VM rules.</source>
        <translation>QEMU läuft als %1, was nicht der eingeschränkte VM-Typ von libvirt ist: SELinux hält es nicht an die VM-Regeln.</translation>
    </message>
    <message>
        <source>The live XML names the SELinux label %1, but libvirt does not report it for the running process, so nothing confirms that SELinux enforces it.</source>
        <translation>Das Live-XML nennt das SELinux-Label %1, aber libvirt meldet es nicht für den laufenden Prozess, also bestätigt nichts, dass SELinux es durchsetzt.</translation>
    </message>
    <message>
        <source>libvirt on this host runs VMs without SELinux (its security driver is “%1”). QEMU runs as %2: Unix file ownership is all that keeps it from your files, and every VM runs as the same user, so one VM&apos;s QEMU could read another&apos;s disk.</source>
        <translation>libvirt führt VMs auf diesem Host ohne SELinux aus (sein Sicherheitstreiber ist „%1“). QEMU läuft als %2: Nur die Unix-Dateibesitzrechte halten es von Ihren Dateien fern, und jede VM läuft als derselbe Benutzer, sodass das QEMU einer VM die Festplatte einer anderen lesen könnte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>an unreported user</source>
        <translation>ein nicht gemeldeter Benutzer</translation>
    </message>
    <message>
        <source>libvirt gave no description of the volume: %1</source>
        <translation>libvirt hat keine Beschreibung des Volumes geliefert: %1</translation>
    </message>
    <message>
        <source>the disk names no file or volume</source>
        <translation>die Festplatte nennt keine Datei und kein Volume</translation>
    </message>
    <message>
        <source>it is in no storage pool libvirt knows, so its file&apos;s label cannot be read back</source>
        <translation>sie liegt in keinem Speicherpool, den libvirt kennt, daher kann das Label ihrer Datei nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>The VM runs on another computer (%1): its SELinux policy cannot be read from here.</source>
        <translation>Die VM läuft auf einem anderen Computer (%1): Seine SELinux-Richtlinie kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <source>QEMU has no SELinux label, so it has no categories.</source>
        <translation>QEMU hat kein SELinux-Label, also auch keine Kategorien.</translation>
    </message>
    <message>
        <source>libvirt did not choose the label: the &lt;seclabel&gt; is “%1”, not dynamic, so nothing keeps another VM from being given the same one.</source>
        <translation>libvirt hat das Label nicht gewählt: Das &lt;seclabel&gt; ist „%1“, nicht „dynamic“, also hindert nichts daran, einer anderen VM dasselbe zu geben.</translation>
    </message>
    <message>
        <source>libvirt was told not to relabel the VM&apos;s files (relabel “%1”): its disk does not carry the VM&apos;s categories.</source>
        <translation>libvirt wurde angewiesen, die Dateien der VM nicht neu zu labeln (relabel „%1“): Ihre Festplatte trägt nicht die Kategorien der VM.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The level %1 is not one pair of categories: libvirt gives each VM exactly two.</source>
        <extracomment>%1 is an SELinux level such as s0:c0.c1023</extracomment>
        <translation>Die Stufe %1 ist kein einzelnes Kategorienpaar: libvirt gibt jeder VM genau zwei Kategorien.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The disk %1 is excluded from relabelling (relabel “no”).</source>
        <translation>Die Festplatte %1 ist vom Neu-Labeln ausgenommen (relabel „no“).</translation>
    </message>
    <message>
        <source>The label of the disk %1 could not be read: %2.</source>
        <translation>Das Label der Festplatte %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The disk %1 has no SELinux label on its file.</source>
        <translation>Die Datei der Festplatte %1 hat kein SELinux-Label.</translation>
    </message>
    <message>
        <source>The disk %1 is labelled %2, not svirt_image_t with the VM&apos;s categories %3.</source>
        <translation>Die Festplatte %1 hat das Label %2, nicht svirt_image_t mit den Kategorien %3 der VM.</translation>
    </message>
    <message>
        <source>The disk %1 is labelled %2, but libvirt&apos;s image label is %3.</source>
        <translation>Die Festplatte %1 hat das Label %2, aber das Abbild-Label von libvirt ist %3.</translation>
    </message>
    <message>
        <source>The VM has no writable disk whose label could be checked.</source>
        <translation>Die VM hat keine beschreibbare Festplatte, deren Label geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Not confined: SELinux does not enforce %1</source>
        <extracomment>%1 is an SELinux type such as svirt_t</extracomment>
        <translation>Nicht eingeschränkt: SELinux setzt %1 nicht durch</translation>
    </message>
    <message>
        <source>Not verified: whether SELinux enforces %1 is unknown</source>
        <translation>Nicht bestätigt: Ob SELinux %1 durchsetzt, ist unbekannt</translation>
    </message>
    <message>
        <source>QEMU runs as %1 with a pair of categories of its own (%2), and the host&apos;s policy enforces %1. If the VM took QEMU over, SELinux would still keep it from other VMs&apos; disks and from the files in your home directory: of the files on disk it may write only those libvirt labelled for this VM. It may read the system files every program needs and use the network; the network card&apos;s filter is what limits where it can connect.</source>
        <translation>QEMU läuft als %1 mit einem eigenen Kategorienpaar (%2), und die Richtlinie des Hosts setzt %1 durch. Würde die VM QEMU übernehmen, hielte SELinux sie trotzdem von den Festplatten anderer VMs und von den Dateien in Ihrem persönlichen Ordner fern: Von den Dateien auf dem Datenträger darf sie nur die beschreiben, die libvirt für diese VM gekennzeichnet hat. Sie darf die Systemdateien lesen, die jedes Programm braucht, und das Netzwerk nutzen; wohin sie sich verbinden kann, begrenzt der Filter der Netzwerkkarte.</translation>
    </message>
    <message>
        <source>SELinux is enforcing, but the host&apos;s policy makes %1 permissive: it records what this VM&apos;s QEMU would be forbidden and forbids nothing. Remove that exception (sudo semanage permissive -d %1, or remove the module that declares it), then restart the VM.</source>
        <translation>SELinux setzt durch (enforcing), aber die Richtlinie des Hosts macht %1 permissiv: Sie protokolliert, was dem QEMU dieser VM verboten wäre, und verbietet nichts. Entfernen Sie diese Ausnahme (sudo semanage permissive -d %1, oder entfernen Sie das Modul, das sie festlegt) und starten Sie die VM dann neu.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, but whether the host&apos;s SELinux policy enforces that type or only logs it could not be found out. %2</source>
        <translation>QEMU läuft als %1, aber ob die SELinux-Richtlinie des Hosts diesen Typ durchsetzt oder nur protokolliert, ließ sich nicht feststellen. %2</translation>
    </message>
    <message>
        <source>Such a label does not keep this VM apart from other VMs.</source>
        <translation>Ein solches Label hält diese VM nicht von anderen VMs getrennt.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, not as libvirt&apos;s confined VM type.</source>
        <translation>QEMU läuft als %1, nicht als der eingeschränkte VM-Typ von libvirt.</translation>
    </message>
    <message>
        <source>libvirt reports no SELinux label for this VM&apos;s QEMU.</source>
        <translation>libvirt meldet kein SELinux-Label für das QEMU dieser VM.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, libvirt&apos;s confined VM type (virDomainGetSecurityLabelList).</source>
        <translation>QEMU läuft als %1, dem eingeschränkten VM-Typ von libvirt (virDomainGetSecurityLabelList).</translation>
    </message>
    <message>
        <source>Only the live XML names %1; libvirt&apos;s label API does not report it for the running process.</source>
        <translation>Nur das Live-XML nennt %1; die Label-API von libvirt meldet es nicht für den laufenden Prozess.</translation>
    </message>
    <message>
        <source>libvirt does not report whether SELinux enforces this label.</source>
        <translation>libvirt meldet nicht, ob SELinux dieses Label durchsetzt.</translation>
    </message>
    <message>
        <source>SELinux is permissive: it records what it would forbid and forbids nothing.</source>
        <translation>SELinux ist permissiv: Es protokolliert, was es verbieten würde, und verbietet nichts.</translation>
    </message>
    <message>
        <source>SELinux is enforcing: libvirt reports it with the running VM&apos;s label.</source>
        <translation>SELinux setzt durch (enforcing): libvirt meldet das zusammen mit dem Label der laufenden VM.</translation>
    </message>
    <message>
        <source>Its denials are logged and allowed.</source>
        <translation>Seine Verweigerungen werden protokolliert und zugelassen.</translation>
    </message>
    <message>
        <source>Whether the host&apos;s policy enforces %1 was not read.</source>
        <translation>Ob die Richtlinie des Hosts %1 durchsetzt, wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>libvirt gave this VM the category pair %1 when it started.</source>
        <translation>libvirt hat dieser VM beim Start das Kategorienpaar %1 gegeben.</translation>
    </message>
    <message>
        <source>The disk&apos;s file carries the VM&apos;s own categories (%1), read back from its storage volume: no other VM&apos;s QEMU may open it.</source>
        <translation>Die Datei der Festplatte trägt die eigenen Kategorien der VM (%1), zurückgelesen von ihrem Speicher-Volume: Kein QEMU einer anderen VM darf sie öffnen.</translation>
    </message>
    <message>
        <source>The installer&apos;s ISO is labelled %1: shared and read-only, every VM may read such a file and none may write it.</source>
        <translation>Die ISO des Installationsprogramms hat das Label %1: gemeinsam und schreibgeschützt – jede VM darf eine solche Datei lesen, keine darf sie beschreiben.</translation>
    </message>
    <message>
        <source>These running VMs&apos; labels overlap this VM&apos;s categories %1, so one QEMU could open the other&apos;s files: %2.</source>
        <translation>Die Labels dieser laufenden VMs überschneiden sich mit den Kategorien %1 dieser VM, sodass ein QEMU die Dateien des anderen öffnen könnte: %2.</translation>
    </message>
    <message>
        <source>No other VM with an SELinux label runs here, so none shares %1.</source>
        <translation>Hier läuft keine andere VM mit SELinux-Label, also teilt keine %1.</translation>
    </message>
    <message numerus="yes">
        <source>No other running VM&apos;s label overlaps %1 (compared with %n other running VM(s), both ways).</source>
        <translation>
            <numerusform>Das Label keiner anderen laufenden VM überschneidet sich mit %1 (in beide Richtungen mit %n anderen laufenden VM verglichen).</numerusform>
            <numerusform>Das Label keiner anderen laufenden VM überschneidet sich mit %1 (in beide Richtungen mit %n anderen laufenden VMs verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>libvirt&apos;s answers disagree: %1</source>
        <translation>Die Antworten von libvirt widersprechen sich: %1</translation>
    </message>
    <message>
        <source>These running VMs have no SELinux label, so SELinux does not keep their QEMU from this VM&apos;s files: %1.</source>
        <translation>Diese laufenden VMs haben kein SELinux-Label, daher hält SELinux ihr QEMU nicht von den Dateien dieser VM fern: %1.</translation>
    </message>
</context>
<context>
    <name>KeyTyping</name>
    <message>
        <source>%1%2 at character %3 has no key on a US keyboard, so Airlock cannot type it into the VM.</source>
        <extracomment>%1 the character in quotation marks (or nothing when it cannot be shown), %2 its Unicode number (&quot;U+00E9&quot;), %3 its position</extracomment>
        <translation>%1%2 an Position %3 hat keine Taste auf einer US-Tastatur, daher kann Airlock dieses Zeichen nicht in die VM tippen.</translation>
    </message>
    <message>
        <source>“%1” </source>
        <translation>„%1“ </translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>no free MAC address was found</source>
        <translation>es wurde keine freie MAC-Adresse gefunden</translation>
    </message>
    <message>
        <source>the network has no free address</source>
        <translation>das Netzwerk hat keine freie Adresse</translation>
    </message>
</context>
<context>
    <name>NetworkShape</name>
    <message>
        <source>forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>IPv6 NAT</source>
        <translation>IPv6-NAT</translation>
    </message>
    <message>
        <source>forwarding through</source>
        <translation>Weiterleitung über</translation>
    </message>
    <message>
        <source>spanning tree</source>
        <translation>Spanning Tree</translation>
    </message>
    <message>
        <source>isolated ports</source>
        <translation>isolierte Ports</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>DNS entries</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>%1 DHCP</source>
        <translation>%1-DHCP</translation>
    </message>
    <message>
        <source>other settings</source>
        <translation>weitere Einstellungen</translation>
    </message>
    <message>
        <source>its XML could not be read</source>
        <translation>sein XML konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Airlock has no network for this choice</source>
        <translation>Airlock hat kein Netzwerk für diese Auswahl</translation>
    </message>
    <message>
        <source>%1: %2, Airlock&apos;s: %3</source>
        <extracomment>How an existing network differs: &quot;spanning tree: on, Airlock&apos;s: off&quot;.</extracomment>
        <translation>%1: %2, bei Airlock: %3</translation>
    </message>
</context>
<context>
    <name>NixosRelease</name>
    <message>
        <source>NixOS %1</source>
        <extracomment>%1 is a version such as &quot;25.11&quot; or &quot;unstable&quot;</extracomment>
        <translation>NixOS %1</translation>
    </message>
    <message>
        <source>NixOS %1 “%2”</source>
        <extracomment>%1 is a version such as &quot;25.11&quot;, %2 its code name such as &quot;Xantusia&quot;</extracomment>
        <translation>NixOS %1 „%2“</translation>
    </message>
    <message>
        <source>Graphical installer</source>
        <translation>Grafisches Installationsprogramm</translation>
    </message>
    <message>
        <source>Minimal installer, no desktop</source>
        <translation>Minimales Installationsprogramm, ohne Desktop</translation>
    </message>
    <message>
        <source>Unstable is not a release: it changes every few days and is never supported as one.</source>
        <translation>Unstable ist keine Version: Es ändert sich alle paar Tage und wird nie wie eine Version unterstützt.</translation>
    </message>
    <message>
        <source>Airlock does not know until when NixOS supports this release.</source>
        <translation>Airlock weiß nicht, bis wann NixOS diese Version unterstützt.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How a day is written in a sentence (Qt&apos;s date format): &quot;31 December 2026&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>No longer supported: NixOS stopped fixing security problems in it on %1.</source>
        <extracomment>%1 is a date such as &quot;31 December 2026&quot;</extracomment>
        <translation>Nicht mehr unterstützt: NixOS hat am %1 aufgehört, Sicherheitsprobleme darin zu beheben.</translation>
    </message>
    <message>
        <source>Supported with security fixes until %1.</source>
        <extracomment>%1 is a date such as &quot;31 December 2026&quot;</extracomment>
        <translation>Wird bis zum %1 mit Sicherheitsupdates unterstützt.</translation>
    </message>
</context>
<context>
    <name>PoolStream</name>
    <message>
        <source>the storage pool “%1” is not active</source>
        <translation>der Speicherpool „%1“ ist nicht aktiv</translation>
    </message>
</context>
<context>
    <name>ProofBaseline</name>
    <message>
        <source>libvirt&apos;s description of the VM could not be read.</source>
        <translation>Die Beschreibung der VM durch libvirt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The VM was made by Airlock %1, but the choices it recorded cannot be read: %2</source>
        <extracomment>%1 the Airlock version that made the VM, %2 what is wrong with the spec it recorded</extracomment>
        <translation>Die VM wurde von Airlock %1 erstellt, aber die darin festgehaltene Auswahl kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
</context>
<context>
    <name>ReleaseCatalogue</name>
    <message>
        <source>the release catalogue is not a JSON object: %1</source>
        <translation>der Versionskatalog ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the release catalogue has no valid baseUrl and isoPath</source>
        <translation>der Versionskatalog hat keine gültige baseUrl und keinen gültigen isoPath</translation>
    </message>
    <message>
        <source>a release in the catalogue has no channel or version</source>
        <translation>eine Version im Katalog hat keinen Kanal und keine Versionsnummer</translation>
    </message>
    <message>
        <source>the release catalogue lists no releases</source>
        <translation>der Versionskatalog nennt keine Versionen</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>Turns off “%1” first: it is running, and it stops at once, as if its power were cut.</source>
        <translation>Schaltet „%1“ zuerst aus: Die VM läuft und stoppt sofort, wie bei einem Stromausfall.</translation>
    </message>
    <message>
        <source>Removes %1.</source>
        <translation>Wird entfernt: %1.</translation>
    </message>
    <message>
        <source>Keeps %1: %2.</source>
        <translation>Bleibt erhalten: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SecurityLabel</name>
    <message>
        <source>“%1” is not an MLS sensitivity such as s0</source>
        <translation>„%1“ ist keine MLS-Sensitivität wie s0</translation>
    </message>
    <message>
        <source>“%1” is not an MCS category such as c383</source>
        <translation>„%1“ ist keine MCS-Kategorie wie c383</translation>
    </message>
    <message>
        <source>“%1” is outside c0…c1023</source>
        <translation>„%1“ liegt außerhalb von c0…c1023</translation>
    </message>
    <message>
        <source>it has neither the user:role:type form of SELinux nor the owner:group form of DAC</source>
        <translation>es hat weder die SELinux-Form Benutzer:Rolle:Typ noch die DAC-Form Besitzer:Gruppe</translation>
    </message>
    <message>
        <source>“%1” is not an SELinux identifier</source>
        <translation>„%1“ ist kein SELinux-Bezeichner</translation>
    </message>
    <message>
        <source>it ends in “:” where the MLS level such as s0 belongs</source>
        <translation>es endet auf „:“, wo die MLS-Stufe wie s0 hingehört</translation>
    </message>
    <message>
        <source>in the range “%1”, the high level does not include the low one</source>
        <translation>im Bereich „%1“ schließt die obere Stufe die untere nicht ein</translation>
    </message>
    <message>
        <source>The file&apos;s owner: only this user ID (and root) may write the VM&apos;s disk.</source>
        <translation>Der Besitzer der Datei: Nur diese Benutzer-ID (und root) darf die Festplatte der VM beschreiben.</translation>
    </message>
    <message>
        <source>The user ID QEMU runs as. Unix permissions alone keep it from your files; every VM runs as the same user.</source>
        <translation>Die Benutzer-ID, als die QEMU läuft. Nur Unix-Rechte halten es von Ihren Dateien fern; jede VM läuft als derselbe Benutzer.</translation>
    </message>
    <message>
        <source>The file&apos;s group.</source>
        <translation>Die Gruppe der Datei.</translation>
    </message>
    <message>
        <source>The group ID QEMU runs as.</source>
        <translation>Die Gruppen-ID, als die QEMU läuft.</translation>
    </message>
    <message>
        <source>The SELinux user. system_u marks system objects, not a person&apos;s account.</source>
        <translation>Der SELinux-Benutzer. system_u kennzeichnet Systemobjekte, nicht das Konto einer Person.</translation>
    </message>
    <message>
        <source>The role. Files always carry object_r.</source>
        <translation>Die Rolle. Dateien tragen immer object_r.</translation>
    </message>
    <message>
        <source>The role: what the process may act as. system_r is for system services.</source>
        <translation>Die Rolle: als was der Prozess handeln darf. system_r ist für Systemdienste.</translation>
    </message>
    <message>
        <source>Not svirt_image_t: this file is not labelled as a VM&apos;s disk.</source>
        <translation>Nicht svirt_image_t: Diese Datei ist nicht als Festplatte einer VM gekennzeichnet.</translation>
    </message>
    <message>
        <source>Not a confined VM type: SELinux does not hold this process to the VM rules.</source>
        <translation>Kein eingeschränkter VM-Typ: SELinux hält diesen Prozess nicht an die VM-Regeln.</translation>
    </message>
    <message>
        <source>The sensitivity. Fedora&apos;s policy uses s0 everywhere; the categories are what keep VMs apart.</source>
        <translation>Die Sensitivität. Die Richtlinie von Fedora verwendet überall s0; die Kategorien halten die VMs auseinander.</translation>
    </message>
    <message>
        <source>Every category: a process with this clearance may open the files of every VM.</source>
        <translation>Alle Kategorien: Ein Prozess mit dieser Freigabe darf die Dateien jeder VM öffnen.</translation>
    </message>
    <message>
        <source>The disk carries the same pair as its VM&apos;s process, so only that one QEMU may open it.</source>
        <translation>Die Festplatte trägt dasselbe Paar wie der Prozess ihrer VM, daher darf nur dieses eine QEMU sie öffnen.</translation>
    </message>
    <message>
        <source>No categories: nothing sets this process apart from other VMs.</source>
        <translation>Keine Kategorien: Nichts trennt diesen Prozess von anderen VMs.</translation>
    </message>
    <message>
        <source>The type of a running VM&apos;s disk. Other VMs&apos; disks carry it too, each with its own categories: the categories decide which QEMU may open which disk.</source>
        <translation>Der Typ der Festplatte einer laufenden VM. Die Festplatten anderer VMs tragen ihn auch, jede mit eigenen Kategorien: Die Kategorien entscheiden, welches QEMU welche Festplatte öffnen darf.</translation>
    </message>
    <message>
        <source>The type: libvirt&apos;s confined QEMU domain. The policy lets it write only files labelled for VMs (svirt_image_t) and keeps it out of your home directory and other programs&apos; data. Like any program it may read shared system files (libraries, much of /usr and /etc) and use the network, which the network card&apos;s filter limits.</source>
        <translation>Der Typ: die eingeschränkte QEMU-Domain von libvirt. Die Richtlinie lässt sie nur Dateien beschreiben, die für VMs gekennzeichnet sind (svirt_image_t), und hält sie von Ihrem persönlichen Ordner und den Daten anderer Programme fern. Wie jedes Programm darf sie gemeinsame Systemdateien lesen (Bibliotheken, vieles in /usr und /etc) und das Netzwerk nutzen, das der Filter der Netzwerkkarte begrenzt.</translation>
    </message>
    <message>
        <source>The MCS categories, a pair libvirt chose at random for this VM when it started. Of the files labelled for VMs, this QEMU may open only those with the same pair (and shared read-only ones such as the ISO): no other VM can open this VM&apos;s disk, and this VM cannot open theirs.</source>
        <translation>Die MCS-Kategorien, ein Paar, das libvirt beim Start zufällig für diese VM gewählt hat. Von den für VMs gekennzeichneten Dateien darf dieses QEMU nur die mit demselben Paar öffnen (und gemeinsame schreibgeschützte wie die ISO): Keine andere VM kann die Festplatte dieser VM öffnen, und diese VM nicht die der anderen.</translation>
    </message>
</context>
<context>
    <name>SelinuxPolicy</name>
    <message>
        <source>The host&apos;s SELinux policy (%1) could not be read: %2.</source>
        <extracomment>%1 is a file such as /sys/fs/selinux/policy, %2 the system&apos;s reason</extracomment>
        <translation>Die SELinux-Richtlinie des Hosts (%1) konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to read the SELinux policy.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um die SELinux-Richtlinie zu lesen.</translation>
    </message>
    <message>
        <source>%1 is not an SELinux policy libsepol can read: %2.</source>
        <extracomment>%1 is a file such as /sys/fs/selinux/policy, %2 libsepol&apos;s message (English)</extracomment>
        <translation>%1 ist keine SELinux-Richtlinie, die libsepol lesen kann: %2.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) defines no type %2.</source>
        <translation>Die SELinux-Richtlinie des Hosts (%1) definiert keinen Typ %2.</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) makes %2 permissive.</source>
        <translation>Die SELinux-Richtlinie des Hosts (%1) macht %2 permissiv.</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) does not make %2 permissive.</source>
        <translation>Die SELinux-Richtlinie des Hosts (%1) macht %2 nicht permissiv.</translation>
    </message>
</context>
<context>
    <name>SharedFolderRule</name>
    <message>
        <source>this computer&apos;s configuration: its users, services and who may use sudo</source>
        <translation>die Konfiguration dieses Computers: seine Benutzer, Dienste und wer sudo verwenden darf</translation>
    </message>
    <message>
        <source>the programs and libraries this computer runs</source>
        <translation>die Programme und Bibliotheken, die dieser Computer ausführt</translation>
    </message>
    <message>
        <source>the kernel and boot loader this computer starts</source>
        <translation>den Kernel und den Bootloader, die dieser Computer startet</translation>
    </message>
    <message>
        <source>the administrator&apos;s home, whose start-up files run as root</source>
        <translation>den persönlichen Ordner des Administrators, dessen Startdateien als root laufen</translation>
    </message>
    <message>
        <source>the device files of this computer&apos;s disks, memory and hardware</source>
        <translation>die Gerätedateien der Festplatten, des Arbeitsspeichers und der Hardware dieses Computers</translation>
    </message>
    <message>
        <source>the running kernel&apos;s settings</source>
        <translation>die Einstellungen des laufenden Kernels</translation>
    </message>
    <message>
        <source>the sockets and state of the running services, libvirt&apos;s among them</source>
        <translation>die Sockets und den Zustand der laufenden Dienste, darunter die von libvirt</translation>
    </message>
    <message>
        <source>programs installed beside the system&apos;s</source>
        <translation>Programme, die neben denen des Systems installiert sind</translation>
    </message>
    <message>
        <source>the Nix store, the programs of a Nix system</source>
        <translation>den Nix-Store, die Programme eines Nix-Systems</translation>
    </message>
    <message>
        <source>the data, logs and queues of this computer&apos;s services</source>
        <translation>die Daten, Protokolle und Warteschlangen der Dienste dieses Computers</translation>
    </message>
    <message>
        <source>the state of this computer&apos;s services, the disks of its VMs among them</source>
        <translation>den Zustand der Dienste dieses Computers, darunter die Festplatten seiner VMs</translation>
    </message>
    <message>
        <source>the data of every service this computer offers</source>
        <translation>die Daten jedes Dienstes, den dieser Computer anbietet</translation>
    </message>
    <message>
        <source>the temporary files and sockets of every user and program</source>
        <translation>die temporären Dateien und Sockets aller Benutzer und Programme</translation>
    </message>
    <message>
        <source>every user&apos;s home directory</source>
        <translation>die persönlichen Ordner aller Benutzer</translation>
    </message>
    <message>
        <source>a home directory: its keys and passwords, and the files that start programs when its user logs in</source>
        <translation>einen persönlichen Ordner: seine Schlüssel und Passwörter sowie die Dateien, die Programme starten, wenn sich sein Benutzer anmeldet</translation>
    </message>
    <message>
        <source>a program&apos;s settings, keys or start-up files (a hidden folder of a home, like ~/.ssh, ~/.config, ~/.local or ~/.gnupg)</source>
        <translation>die Einstellungen, Schlüssel oder Startdateien eines Programms (ein versteckter Ordner eines persönlichen Ordners, etwa ~/.ssh, ~/.config, ~/.local oder ~/.gnupg)</translation>
    </message>
    <message>
        <source>programs its user starts by name (it is on the PATH)</source>
        <translation>Programme, die sein Benutzer über ihren Namen startet (er steht im PATH)</translation>
    </message>
    <message>
        <source>“%1” holds %2. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 what it holds.</extracomment>
        <translation>„%1“ enthält %2. Eine VM, die dort schreiben darf, kann diesen Computer übernehmen: Geben Sie einen eigens für die VM angelegten Ordner frei oder geben Sie diesen schreibgeschützt frei.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2”, which holds %3. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 the protected folder it lies in, %3 what that holds.</extracomment>
        <translation>„%1“ liegt im Ordner „%2“, der %3 enthält. Eine VM, die dort schreiben darf, kann diesen Computer übernehmen: Geben Sie einen eigens für die VM angelegten Ordner frei oder geben Sie diesen schreibgeschützt frei.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which holds %3. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 a protected folder in it, %3 what that holds.</extracomment>
        <translation>„%1“ umfasst den Ordner „%2“, der %3 enthält. Eine VM, die dort schreiben darf, kann diesen Computer übernehmen: Geben Sie einen eigens für die VM angelegten Ordner frei oder geben Sie diesen schreibgeschützt frei.</translation>
    </message>
    <message>
        <source>“%1” leads to “%2”: %3</source>
        <extracomment>%1 the folder as given, %2 where its symbolic links lead, %3 why that is refused.</extracomment>
        <translation>„%1“ führt zu „%2“: %3</translation>
    </message>
</context>
<context>
    <name>Sizing</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a name inside a sentence.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>This host&apos;s number of threads is not known. Airlock suggests %1.</source>
        <translation>Die Zahl der Threads dieses Hosts ist unbekannt. Airlock schlägt %1 vor.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host: simultaneous multithreading is off, so each core counts once. Airlock suggests %2.</source>
        <translation>Bis zu %1 auf diesem Host verfügbar: Simultaneous Multithreading ist aus, daher zählt jeder Kern einmal. Airlock schlägt %2 vor.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host. Airlock suggests %2.</source>
        <translation>Bis zu %1 auf diesem Host verfügbar. Airlock schlägt %2 vor.</translation>
    </message>
    <message>
        <source>This host&apos;s memory is not known. NixOS recommends %1.</source>
        <translation>Der Arbeitsspeicher dieses Hosts ist unbekannt. NixOS empfiehlt %1.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host. NixOS recommends %2.</source>
        <translation>Bis zu %1 auf diesem Host verfügbar. NixOS empfiehlt %2.</translation>
    </message>
    <message>
        <source>Up to %1 free in the storage pool %2. NixOS recommends %3; the disk takes only the space NixOS actually writes.</source>
        <translation>Bis zu %1 frei im Speicherpool %2. NixOS empfiehlt %3; die Festplatte belegt nur den Platz, den NixOS tatsächlich schreibt.</translation>
    </message>
    <message>
        <source>The free space for the disk is not known yet. NixOS recommends %1; the disk takes only the space NixOS actually writes.</source>
        <translation>Der freie Platz für die Festplatte ist noch unbekannt. NixOS empfiehlt %1; die Festplatte belegt nur den Platz, den NixOS tatsächlich schreibt.</translation>
    </message>
    <message>
        <source>Host CPU (host-passthrough)</source>
        <extracomment>CPU mode; the part in parentheses is libvirt&apos;s name and stays as is.</extracomment>
        <translation>Host-CPU (host-passthrough)</translation>
    </message>
    <message>
        <source>Similar model (host-model)</source>
        <extracomment>CPU mode; the part in parentheses is libvirt&apos;s name and stays as is.</extracomment>
        <translation>Ähnliches Modell (host-model)</translation>
    </message>
    <message>
        <source>Maximum</source>
        <extracomment>CPU mode (libvirt&apos;s &quot;maximum&quot;): every feature the hypervisor can offer.</extracomment>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Needs KVM, which this VM cannot use here.</source>
        <translation>Braucht KVM, das diese VM hier nicht nutzen kann.</translation>
    </message>
    <message>
        <source>libvirt reports that this host does not support it.</source>
        <translation>libvirt meldet, dass dieser Host es nicht unterstützt.</translation>
    </message>
    <message>
        <source>A VM called %1 already exists on this connection. Choose another name: Airlock never changes or replaces an existing VM.</source>
        <translation>Auf dieser Verbindung gibt es bereits eine VM namens %1. Wählen Sie einen anderen Namen: Airlock verändert oder ersetzt nie eine vorhandene VM.</translation>
    </message>
    <message>
        <source>The storage pool %1 already holds a disk called %2. Choose another name: Airlock never overwrites an existing disk.</source>
        <translation>Der Speicherpool %1 enthält bereits eine Festplatte namens %2. Wählen Sie einen anderen Namen: Airlock überschreibt nie eine vorhandene Festplatte.</translation>
    </message>
    <message>
        <source> The kernel runs with “nosmt”: simultaneous multithreading is off, so each core runs one thread instead of two, and only those are counted.</source>
        <translation> Der Kernel läuft mit „nosmt“: Simultaneous Multithreading ist aus, daher führt jeder Kern einen Thread statt zwei aus, und nur diese werden gezählt.</translation>
    </message>
    <message>
        <source> Simultaneous multithreading is off on this host, so each core runs one thread instead of two, and only those are counted.</source>
        <translation> Simultaneous Multithreading ist auf diesem Host aus, daher führt jeder Kern einen Thread statt zwei aus, und nur diese werden gezählt.</translation>
    </message>
    <message>
        <source>The VM cannot have more virtual CPUs (%1) than this host has threads online (%2).%3</source>
        <translation>Die VM kann nicht mehr virtuelle CPUs (%1) haben, als dieser Host Threads online hat (%2).%3</translation>
    </message>
    <message>
        <source>The VM gets every thread this host has (%1). While it is busy, the host has none to spare and may stutter; one fewer leaves it room.</source>
        <translation>Die VM bekommt jeden Thread dieses Hosts (%1). Solange sie beschäftigt ist, hat der Host keinen übrig und kann ruckeln; einer weniger lässt ihm Luft.</translation>
    </message>
    <message>
        <source>NixOS needs at least %1 of memory to install; %2 is too little.</source>
        <translation>NixOS braucht zur Installation mindestens %1 Arbeitsspeicher; %2 ist zu wenig.</translation>
    </message>
    <message>
        <source>NixOS recommends %1 for its graphical desktop; with %2 it installs and runs, but slowly.</source>
        <translation>NixOS empfiehlt %1 für seinen grafischen Desktop; mit %2 installiert und läuft es, aber langsam.</translation>
    </message>
    <message>
        <source>Only %1 of this host&apos;s memory is free right now. The VM can still start, but the host then has to take memory back from its caches and programs, and may slow down.</source>
        <translation>Nur %1 des Arbeitsspeichers dieses Hosts sind gerade frei. Die VM kann trotzdem starten, aber der Host muss sich dann Speicher von seinen Caches und Programmen zurückholen und wird womöglich langsamer.</translation>
    </message>
    <message>
        <source>NixOS needs at least %1 of disk to install; %2 is too little.</source>
        <translation>NixOS braucht zur Installation mindestens %1 Festplatte; %2 ist zu wenig.</translation>
    </message>
    <message>
        <source>NixOS recommends %1 of disk; with %2 updates soon run short of room, because NixOS keeps earlier system generations until you delete them.</source>
        <translation>NixOS empfiehlt %1 Festplatte; mit %2 wird der Platz bei Updates bald knapp, weil NixOS frühere Systemgenerationen behält, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>The storage pool %1 has only %2 free. The disk is a thin qcow2 file: it starts small and grows as NixOS writes, so it fits for now, but if the pool fills up, the VM is paused until space is freed.</source>
        <translation>Der Speicherpool %1 hat nur %2 frei. Die Festplatte ist eine schlanke qcow2-Datei: Sie beginnt klein und wächst, während NixOS schreibt, passt also fürs Erste; läuft der Pool aber voll, wird die VM angehalten, bis wieder Platz frei ist.</translation>
    </message>
    <message>
        <source>The storage pool %1 does not exist yet: Airlock creates it in %2 together with the VM, so its free space cannot be checked before then.</source>
        <translation>Den Speicherpool %1 gibt es noch nicht: Airlock legt ihn zusammen mit der VM in %2 an, daher kann sein freier Platz vorher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>There is no storage pool %1 on this connection, so the disk has nowhere to go. Define the pool in libvirt first, or leave “storagePool” out of the spec to use %2, which Airlock creates when needed.</source>
        <translation>Auf dieser Verbindung gibt es keinen Speicherpool %1, daher kann die Festplatte nirgends hin. Definieren Sie den Pool zuerst in libvirt oder lassen Sie „storagePool“ in der Spezifikation weg, um %2 zu verwenden, den Airlock bei Bedarf anlegt.</translation>
    </message>
    <message>
        <source>The storage pool %1 is not running, so neither its free space nor the disks already in it can be read.</source>
        <translation>Der Speicherpool %1 läuft nicht, daher lassen sich weder sein freier Platz noch die Festplatten darin lesen.</translation>
    </message>
    <message>
        <source>The spec asks for KVM, which this host does not offer. Set “accelerator” to “auto” in the spec to run the VM in emulation instead.</source>
        <translation>Die Spezifikation verlangt KVM, das dieser Host nicht bietet. Setzen Sie „accelerator“ in der Spezifikation auf „auto“, um die VM stattdessen in Emulation auszuführen.</translation>
    </message>
    <message>
        <source>The spec asks for emulation (TCG): the VM works, but much more slowly than with KVM, and cannot use the host CPU directly.</source>
        <translation>Die Spezifikation verlangt Emulation (TCG): Die VM funktioniert, aber viel langsamer als mit KVM, und kann die Host-CPU nicht direkt nutzen.</translation>
    </message>
    <message>
        <source>This host offers no KVM, so the VM runs in emulation (TCG): it works, but much more slowly, and cannot use the host CPU directly.</source>
        <translation>Dieser Host bietet kein KVM, daher läuft die VM in Emulation (TCG): Sie funktioniert, aber viel langsamer, und kann die Host-CPU nicht direkt nutzen.</translation>
    </message>
    <message>
        <source>%1 needs KVM, but this VM runs in emulation. Choose %2 instead.</source>
        <translation>%1 braucht KVM, aber diese VM läuft in Emulation. Wählen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>libvirt reports that this host does not support the CPU mode %1; the VM may fail to start. %2 works everywhere.</source>
        <translation>libvirt meldet, dass dieser Host den CPU-Modus %1 nicht unterstützt; die VM startet womöglich nicht. %2 funktioniert überall.</translation>
    </message>
    <message>
        <source>libvirt lists no UEFI firmware on this host, so the VM may fail to start. Choose BIOS, or install the UEFI firmware for virtual machines (edk2-ovmf on Fedora, ovmf on Debian) and start Airlock again.</source>
        <translation>libvirt nennt auf diesem Host keine UEFI-Firmware, daher startet die VM womöglich nicht. Wählen Sie BIOS oder installieren Sie die UEFI-Firmware für virtuelle Maschinen (edk2-ovmf unter Fedora, ovmf unter Debian) und starten Sie Airlock neu.</translation>
    </message>
    <message>
        <source>The spec turns Secure Boot on. The NixOS installer is not signed for Secure Boot, so the VM will refuse to start it; set “secureBoot” to false.</source>
        <translation>Die Spezifikation schaltet Secure Boot ein. Das NixOS-Installationsprogramm ist nicht für Secure Boot signiert, daher wird die VM es nicht starten; setzen Sie „secureBoot“ auf false.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>An amount of memory or disk in mebibytes.</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>An amount of memory or disk in gibibytes.</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <extracomment>An amount of memory or disk in tebibytes.
----------
An amount of disk in tebibytes.</extracomment>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 is more than this host has (%2 in all). Choose %2 or less.</source>
        <translation>%1 ist mehr, als dieser Host hat (%2 insgesamt). Wählen Sie %2 oder weniger.</translation>
    </message>
    <message>
        <source>Only %1 of this host&apos;s memory is available right now. The VM can still start, but the host then has to take memory back from its programs, and may slow down.</source>
        <translation>Nur %1 des Arbeitsspeichers dieses Hosts ist gerade verfügbar. Die VM kann trotzdem starten, aber der Host muss dann seinen Programmen Speicher wegnehmen und wird womöglich langsamer.</translation>
    </message>
    <message>
        <source>Up to %1 on this host, %2 of it available right now. NixOS recommends %3.</source>
        <translation>Bis zu %1 auf diesem Host, davon %2 gerade verfügbar. NixOS empfiehlt %3.</translation>
    </message>
    <message>
        <source>Up to %1 on this host, %2 of it free right now (libvirt does not count the caches the host could reclaim). NixOS recommends %3.</source>
        <translation>Bis zu %1 auf diesem Host, davon %2 gerade frei (libvirt zählt die Caches nicht mit, die der Host freigeben könnte). NixOS empfiehlt %3.</translation>
    </message>
</context>
<context>
    <name>SnapshotInfo</name>
    <message>
        <source>Disk only (an overlay file)</source>
        <translation>Nur Festplatte (eine Overlay-Datei)</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Festplatte und Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk (inside the disk file)</source>
        <translation>Festplatte (in der Festplattendatei)</translation>
    </message>
    <message>
        <source>Reverting turns the VM off, throws away everything written to its disk since this snapshot, and starts it again from the disk as it was then, as after a power cut.</source>
        <translation>Zurückkehren schaltet die VM aus, verwirft alles, was seit diesem Schnappschuss auf ihre Festplatte geschrieben wurde, und startet sie mit der Festplatte von damals neu, wie nach einem Stromausfall.</translation>
    </message>
    <message>
        <source>Reverting returns the VM to exactly this moment, running, with what was in its memory. Everything since is lost.</source>
        <translation>Zurückkehren versetzt die VM genau in diesen Moment zurück, laufend, mit dem, was in ihrem Arbeitsspeicher war. Alles seither geht verloren.</translation>
    </message>
    <message>
        <source>Reverting returns the disk to this moment. Everything written since is lost.</source>
        <translation>Zurückkehren versetzt die Festplatte in diesen Moment zurück. Alles seither Geschriebene geht verloren.</translation>
    </message>
    <message>
        <source>A revert brings back the VM&apos;s disk as it was when this snapshot was taken, and the VM running where it was, with what was in its memory.</source>
        <translation>Das Zurückkehren stellt die Festplatte der VM so wieder her, wie sie beim Anlegen dieses Schnappschusses war, und lässt die VM dort weiterlaufen, wo sie war, mit dem, was in ihrem Arbeitsspeicher war.</translation>
    </message>
    <message>
        <source>A revert brings back the VM&apos;s disk exactly as it was when this snapshot was taken.</source>
        <translation>Das Zurückkehren stellt die Festplatte der VM genau so wieder her, wie sie beim Anlegen dieses Schnappschusses war.</translation>
    </message>
    <message>
        <source>The firmware settings (UEFI variables, such as the boot order) are reset to their defaults; NixOS still starts, from the fallback boot loader it installs on its disk.</source>
        <translation>Die Firmware-Einstellungen (UEFI-Variablen wie die Startreihenfolge) werden auf ihre Standardwerte zurückgesetzt; NixOS startet trotzdem, über den Fallback-Bootloader, den es auf seiner Festplatte installiert.</translation>
    </message>
    <message>
        <source>Anything saved in the VM after the snapshot is gone. Files outside the VM, such as a shared folder, are not changed.</source>
        <translation>Alles, was nach dem Schnappschuss in der VM gespeichert wurde, ist verloren. Dateien außerhalb der VM, etwa in einem gemeinsamen Ordner, werden nicht verändert.</translation>
    </message>
</context>
<context>
    <name>SnapshotKindOffer</name>
    <message>
        <source>Airlock asks this host&apos;s libvirt for a full snapshot of this VM and takes a disk-only one where libvirt refuses it.</source>
        <translation>Airlock bittet libvirt auf diesem Host um einen vollständigen Schnappschuss dieser VM und legt einen reinen Festplatten-Schnappschuss an, wenn libvirt ihn verweigert.</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt takes full snapshots of this VM, inside its disk file.</source>
        <translation>libvirt auf diesem Host legt vollständige Schnappschüsse dieser VM an, in ihrer Festplattendatei.</translation>
    </message>
    <message>
        <source>Snapshots of this VM are disk-only (an overlay file on the disk as it was): this host&apos;s libvirt refused a full one (“%1”).</source>
        <translation>Schnappschüsse dieser VM sind reine Festplatten-Schnappschüsse (eine Overlay-Datei über der Festplatte, wie sie war): libvirt auf diesem Host hat einen vollständigen verweigert („%1“).</translation>
    </message>
    <message>
        <source>Snapshots of this VM are disk-only (an overlay file on the disk as it was): this host&apos;s libvirt refused a full one when the first was taken, and the disk now sits on that overlay.</source>
        <translation>Schnappschüsse dieser VM sind reine Festplatten-Schnappschüsse (eine Overlay-Datei über der Festplatte, wie sie war): libvirt auf diesem Host hat beim ersten einen vollständigen verweigert, und die Festplatte läuft jetzt über dieses Overlay.</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>The disk “%1” has no source.</source>
        <translation>Die Festplatte „%1“ hat keine Quelle.</translation>
    </message>
    <message>
        <source>The file %1 is in no storage pool, so Airlock cannot place a disk file beside it.</source>
        <translation>Die Datei %1 liegt in keinem Speicherpool, daher kann Airlock keine Festplattendatei daneben anlegen.</translation>
    </message>
    <message>
        <source>The VM has no hard disk to snapshot.</source>
        <translation>Die VM hat keine Festplatte für einen Schnappschuss.</translation>
    </message>
    <message>
        <source>A known-good state, taken with Airlock</source>
        <extracomment>The description stored with a snapshot taken from the Launch page.</extracomment>
        <translation>Ein bekannt guter Stand, mit Airlock angelegt</translation>
    </message>
    <message>
        <source>libvirt took the snapshot “%1” but does not list it.</source>
        <translation>libvirt hat den Schnappschuss „%1“ angelegt, listet ihn aber nicht auf.</translation>
    </message>
    <message>
        <source>The snapshot “%1” does not say which disk file it froze.</source>
        <translation>Der Schnappschuss „%1“ sagt nicht, welche Festplattendatei er eingefroren hat.</translation>
    </message>
    <message>
        <source>The disk as it was at “%1” (%2) is gone, so the snapshot cannot be restored.</source>
        <translation>Die Festplatte, wie sie bei „%1“ (%2) war, ist nicht mehr da, daher kann der Schnappschuss nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The VM has no disk “%1” any more.</source>
        <translation>Die VM hat keine Festplatte „%1“ mehr.</translation>
    </message>
    <message>
        <source>The VM&apos;s disk “%1” could not be rewritten.</source>
        <translation>Die Festplatte „%1“ der VM konnte nicht neu geschrieben werden.</translation>
    </message>
    <message>
        <source>the overlay “%1” with what was written since</source>
        <translation>das Overlay „%1“ mit dem seither Geschriebenen</translation>
    </message>
    <message>
        <source>the snapshot “%1”, whose disk state is gone</source>
        <translation>der Schnappschuss „%1“, dessen Festplattenstand verloren ist</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot reset the firmware settings (“%1”).</source>
        <translation>libvirt auf diesem Host kann die Firmware-Einstellungen nicht zurücksetzen („%1“).</translation>
    </message>
    <message>
        <source>the overlay “%1”, which nothing uses any more</source>
        <translation>das Overlay „%1“, das nicht mehr verwendet wird</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot reset the firmware settings of a running VM on a revert.</source>
        <translation>libvirt auf diesem Host kann beim Zurückkehren die Firmware-Einstellungen einer laufenden VM nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>the file “%1” with the disk as it was: the VM&apos;s disk, or a newer snapshot, is built on it</source>
        <translation>die Datei „%1“ mit der Festplatte, wie sie war: Die Festplatte der VM oder ein neuerer Schnappschuss baut darauf auf</translation>
    </message>
</context>
<context>
    <name>SpecSections</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>NixOS installer</source>
        <translation>NixOS-Installationsprogramm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Devices and network</source>
        <translation>Geräte und Netzwerk</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The Summary page, where everything chosen is reviewed.</extracomment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>CPU-Modus</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
</context>
<context>
    <name>StatusIcon</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>VmList</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
</context>
<context>
    <name>VmRemoval</name>
    <message>
        <source>%1 uses it</source>
        <extracomment>%1 the names of the other VMs, quoted</extracomment>
        <translation>wird von %1 verwendet</translation>
    </message>
    <message>
        <source>the running VM “%1”</source>
        <translation>die laufende VM „%1“</translation>
    </message>
    <message>
        <source>the VM “%1”, with its UEFI variables (%2) and its TPM state</source>
        <translation>die VM „%1“ mit ihren UEFI-Variablen (%2) und ihrem TPM-Zustand</translation>
    </message>
    <message>
        <source>the VM “%1”, with its UEFI variables (%2)</source>
        <translation>die VM „%1“ mit ihren UEFI-Variablen (%2)</translation>
    </message>
    <message>
        <source>the VM “%1”, with its TPM state</source>
        <translation>die VM „%1“ mit ihrem TPM-Zustand</translation>
    </message>
    <message>
        <source>the VM “%1”</source>
        <translation>die VM „%1“</translation>
    </message>
    <message>
        <source>the snapshot “%1”</source>
        <translation>der Schnappschuss „%1“</translation>
    </message>
    <message>
        <source>the snapshot overlay “%1” in the pool “%2”</source>
        <translation>das Schnappschuss-Overlay „%1“ im Pool „%2“</translation>
    </message>
    <message>
        <source>the disk “%1” in the pool “%2”</source>
        <translation>die Festplatte „%1“ im Pool „%2“</translation>
    </message>
    <message>
        <source>the ISO “%1” in the pool “%2”</source>
        <translation>die ISO „%1“ im Pool „%2“</translation>
    </message>
    <message>
        <source>it is no longer there</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1”</source>
        <translation>Airlocks Netzwerk „%1“</translation>
    </message>
    <message>
        <source>the address %1 reserved for “%2” on the network “%3”</source>
        <translation>die Adresse %1, reserviert für „%2“ im Netzwerk „%3“</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filter “%1”</source>
        <translation>Airlocks Verkehrsfilter „%1“</translation>
    </message>
    <message>
        <source>the traffic filter “%1” builds on it</source>
        <translation>der Verkehrsfilter „%1“ baut darauf auf</translation>
    </message>
    <message>
        <source>the storage pool “%1”</source>
        <translation>der Speicherpool „%1“</translation>
    </message>
    <message>
        <source>Airlock never removes a storage pool</source>
        <translation>Airlock entfernt nie einen Speicherpool</translation>
    </message>
    <message>
        <source>the ISO, the network and the traffic filters this VM used</source>
        <translation>die ISO, das Netzwerk und die Verkehrsfilter, die diese VM verwendet hat</translation>
    </message>
    <message>
        <source>the Airlock that made it (version %1) did not record what it made for it, so Airlock cannot tell them from yours</source>
        <translation>die Airlock-Version %1, mit der die VM erstellt wurde, hat nicht festgehalten, was sie dafür angelegt hat; daher kann Airlock diese Objekte nicht von Ihren eigenen unterscheiden</translation>
    </message>
    <message>
        <source>it was there before Airlock made this VM, and no other VM of Airlock&apos;s recorded it</source>
        <translation>war schon vorhanden, bevor Airlock diese VM erstellt hat, und ist bei keiner anderen VM von Airlock verzeichnet</translation>
    </message>
    <message>
        <source>the network “%1”</source>
        <translation>das Netzwerk „%1“</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>Behalten: %1 (%2).</translation>
    </message>
    <message>
        <source>Could not remove %1 (%2). To remove it by hand: %3</source>
        <translation>Konnte nicht entfernt werden: %1 (%2). So entfernen Sie es von Hand: %3</translation>
    </message>
    <message>
        <source>There is no VM named “%1” on this connection.</source>
        <translation>Auf dieser Verbindung gibt es keine VM namens „%1“.</translation>
    </message>
    <message>
        <source>Airlock could not read the VM “%1”: %2</source>
        <translation>Airlock konnte die VM „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>“%1” was not made by Airlock: it carries none of Airlock&apos;s metadata, and Airlock never removes a VM it did not make. Remove it with virt-manager or virsh if you mean to.</source>
        <translation>„%1“ wurde nicht von Airlock erstellt: Sie trägt keine Metadaten von Airlock, und Airlock entfernt nie eine VM, die es nicht erstellt hat. Entfernen Sie sie mit virt-manager oder virsh, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>Airlock could not list the other VMs on this connection: %1</source>
        <translation>Airlock konnte die anderen VMs dieser Verbindung nicht auflisten: %1</translation>
    </message>
    <message>
        <source>another VM is connected to it</source>
        <translation>eine andere VM ist damit verbunden</translation>
    </message>
    <message>
        <source>libvirt says it is in use (%1)</source>
        <translation>laut libvirt in Verwendung (%1)</translation>
    </message>
    <message>
        <source>“%1” is no longer there</source>
        <translation>„%1“ ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>“%1” is another VM now than the one listed</source>
        <translation>„%1“ ist jetzt eine andere VM als die aufgelistete</translation>
    </message>
    <message>
        <source>“%1” was started after Airlock listed what it would remove; list it again</source>
        <translation>„%1“ wurde gestartet, nachdem Airlock aufgelistet hatte, was es entfernen würde; erstellen Sie die Liste erneut</translation>
    </message>
    <message>
        <source>Turned off “%1”.</source>
        <translation>„%1“ ausgeschaltet.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>the other VMs on this connection could not be listed (%1)</source>
        <translation>die anderen VMs dieser Verbindung konnten nicht aufgelistet werden (%1)</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>nicht versucht: %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>VmSpec</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>ist länger als %n Zeichen</numerusform>
            <numerusform>ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an absolute path (starting with “/”), not “%1”</source>
        <translation>muss ein absoluter Pfad sein (beginnend mit „/“), nicht „%1“</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain “.” or “..” components</source>
        <translation>darf keine Bestandteile „.“ oder „..“ enthalten</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>ist keine bekannte Einstellung</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is far out of range</source>
        <translation>%1 liegt weit außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>must be a file path or {&quot;pool&quot;: …, &quot;volume&quot;: …}</source>
        <translation>muss ein Dateipfad oder {&quot;pool&quot;: …, &quot;volume&quot;: …} sein</translation>
    </message>
    <message>
        <source>must name the ISO volume</source>
        <translation>muss das ISO-Volume nennen</translation>
    </message>
    <message>
        <source>must name the storage pool</source>
        <translation>muss den Speicherpool nennen</translation>
    </message>
    <message>
        <source>must be a list of libvirt node-device names</source>
        <translation>muss eine Liste von libvirt-Gerätenamen sein</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must hold one JSON object ({…})</source>
        <translation>muss genau ein JSON-Objekt enthalten ({…})</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a VM spec (over 1 MiB)</source>
        <translation>„%1“ ist zu groß für eine VM-Spezifikation (über 1 MiB)</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The VM needs a name.</source>
        <translation>Die VM braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name must not start with “.” or “-”.</source>
        <translation>Der Name darf nicht mit „.“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>Der Name darf nur Buchstaben A–Z, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>must be at least %1 MiB (NixOS&apos;s minimum) and at most %2 MiB, not %3</source>
        <translation>muss mindestens %1 MiB (das Minimum von NixOS) und höchstens %2 MiB betragen, nicht %3</translation>
    </message>
    <message>
        <source>%1 MiB is more than the %2 MiB of memory this host has</source>
        <translation>%1 MiB sind mehr als die %2 MiB Arbeitsspeicher dieses Hosts</translation>
    </message>
    <message>
        <source>must be at least %1 GiB (NixOS&apos;s minimum) and at most %2 GiB, not %3</source>
        <translation>muss mindestens %1 GiB (das Minimum von NixOS) und höchstens %2 GiB betragen, nicht %3</translation>
    </message>
    <message>
        <source>needs firmware &quot;uefi&quot;; BIOS has no Secure Boot</source>
        <translation>braucht die Firmware &quot;uefi&quot;; BIOS hat kein Secure Boot</translation>
    </message>
    <message>
        <source>KVM is not available on this host; use &quot;auto&quot; or &quot;tcg&quot;</source>
        <translation>KVM ist auf diesem Host nicht verfügbar; verwenden Sie &quot;auto&quot; oder &quot;tcg&quot;</translation>
    </message>
    <message>
        <source>host-passthrough needs KVM, but this VM will run in emulation (TCG); use &quot;maximum&quot;</source>
        <translation>host-passthrough braucht KVM, aber diese VM läuft in Emulation (TCG); verwenden Sie &quot;maximum&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a valid storage pool name</source>
        <translation>„%1“ ist kein gültiger Name für einen Speicherpool</translation>
    </message>
    <message>
        <source>“%1” is not a valid volume name</source>
        <translation>„%1“ ist kein gültiger Volume-Name</translation>
    </message>
    <message>
        <source>mode &quot;bridge&quot; needs the name of a host bridge, such as &quot;br0&quot;</source>
        <translation>der Modus &quot;bridge&quot; braucht den Namen einer Brücke des Hosts, etwa &quot;br0&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a valid network interface name</source>
        <translation>„%1“ ist kein gültiger Name für eine Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>is only used with mode &quot;bridge&quot;, not &quot;%1&quot;</source>
        <translation>wird nur mit dem Modus &quot;bridge&quot; verwendet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a network; mode is &quot;none&quot;</source>
        <translation>braucht ein Netzwerk; der Modus ist &quot;none&quot;</translation>
    </message>
    <message>
        <source>needs &quot;audio&quot;: the microphone comes through the VM&apos;s sound card</source>
        <translation>braucht &quot;audio&quot;: Das Mikrofon kommt über die Soundkarte der VM</translation>
    </message>
    <message>
        <source>must not be the whole file system (“/”)</source>
        <translation>darf nicht das ganze Dateisystem sein („/“)</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt node-device name</source>
        <translation>„%1“ ist kein libvirt-Gerätename</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must not contain U+%1, which is not a character of text</source>
        <extracomment>%1 is a Unicode code point in hexadecimal, such as FFFF</extracomment>
        <translation>darf U+%1 nicht enthalten, das kein Textzeichen ist</translation>
    </message>
    <message>
        <source>contains %1, half of a surrogate pair, which is not a character; remove it</source>
        <extracomment>%1 is the escape as the JSON file spells it: a backslash, u and four hex digits</extracomment>
        <translation>enthält %1, die Hälfte eines Surrogatpaars, also kein Zeichen; entfernen Sie es</translation>
    </message>
    <message>
        <source>&quot;isolated&quot; is no longer offered: it let the VM reach this computer. Use &quot;none&quot; for a VM that reaches nothing, or &quot;nat&quot; for one that reaches the internet alone</source>
        <translation>&quot;isolated&quot; wird nicht mehr angeboten: Damit erreichte die VM diesen Computer. Verwenden Sie &quot;none&quot; für eine VM, die nichts erreicht, oder &quot;nat&quot; für eine, die nur das Internet erreicht</translation>
    </message>
    <message>
        <source>must be a text string, not %1</source>
        <extracomment>%1 is the value as the file has it, such as 3 or true</extracomment>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <extracomment>%1 is the value as the file has it, such as &quot;yes&quot;</extracomment>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <extracomment>%1 lists the choices, %2 is the value as the file has it</extracomment>
        <translation>muss eines von %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be an object ({…}), not %1</source>
        <extracomment>%1 is the value as the file has it, such as &quot;x&quot; or 3</extracomment>
        <translation>muss ein Objekt ({…}) sein, nicht %1</translation>
    </message>
    <message>
        <source>must not start with “.” or “-”, not “%1”</source>
        <translation>darf nicht mit „.“ oder „-“ beginnen, nicht „%1“</translation>
    </message>
    <message>
        <source>may contain only letters A–Z, digits, “.”, “_” and “-”, not “%1”</source>
        <translation>darf nur die Buchstaben A–Z, Ziffern, „.“, „_“ und „-“ enthalten, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Der Name ist %n Zeichen lang; höchstens %1 sind erlaubt.</numerusform>
            <numerusform>Der Name ist %n Zeichen lang; höchstens %1 sind erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; at most %1 are allowed</source>
        <translation>
            <numerusform>ist %n Zeichen lang; höchstens %1 sind erlaubt</numerusform>
            <numerusform>ist %n Zeichen lang; höchstens %1 sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are more than the %2 this host has</source>
        <extracomment>&quot;2 virtual CPUs are more than the 1 thread this host has&quot;</extracomment>
        <translation>%1 sind mehr als die %2 dieses Hosts</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtuelle CPU</numerusform>
            <numerusform>%n virtuelle CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
</context>
</TS>
