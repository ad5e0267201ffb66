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
</context>
<context>
    <name>Airlock::ExposureCatalogue</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>How the VM reaches other computers. With NAT it reaches the internet through your computer on Airlock's own network, and libvirt's clean-traffic filter stops it from faking its address. Bridged puts it on your local network, where it can reach every device and every device can reach it.</source>
        <translation>Wie die VM andere Computer erreicht. Mit NAT erreicht sie das Internet über Ihren Computer in Airlocks eigenem Netzwerk, und der clean-traffic-Filter von libvirt hindert sie daran, ihre Adresse zu fälschen. Eine Netzwerkbrücke stellt sie in Ihr lokales Netzwerk, wo sie jedes Gerät erreicht und jedes Gerät sie.</translation>
    </message>
    <message>
        <source>a virtio network card on the chosen network, with a libvirt traffic filter (&lt;interface&gt; with &lt;filterref&gt;)</source>
        <translation>eine virtio-Netzwerkkarte im gewählten Netzwerk mit einem libvirt-Verkehrsfilter (&lt;interface&gt; mit &lt;filterref&gt;)</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Gives the VM IPv6 addresses on Airlock's network. Off by default: libvirt's clean-traffic filter drops all IPv6, so with IPv6 on the VM is only stopped from faking its hardware (MAC) address, not its IP address. IPv6 to the internet usually needs a bridged network.</source>
        <translation>Gibt der VM IPv6-Adressen in Airlocks Netzwerk. Standardmäßig aus: Der clean-traffic-Filter von libvirt verwirft jeglichen IPv6-Verkehr, daher wird die VM mit IPv6 nur am Fälschen ihrer Hardware-Adresse (MAC) gehindert, nicht ihrer IP-Adresse. IPv6 ins Internet braucht meist eine Netzwerkbrücke.</translation>
    </message>
    <message>
        <source>an IPv6 subnet on Airlock's network and the no-mac-spoofing filter in place of clean-traffic</source>
        <translation>ein IPv6-Subnetz in Airlocks Netzwerk und den Filter no-mac-spoofing anstelle von clean-traffic</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Gemeinsame Zwischenablage</translation>
    </message>
    <message>
        <source>Copy and paste between the VM and your desktop. The VM can read whatever you copy on your computer while its window has focus, passwords included, and can put text into your clipboard.</source>
        <translation>Kopieren und Einfügen zwischen der VM und Ihrem Desktop. Die VM kann alles lesen, was Sie auf Ihrem Computer kopieren, während ihr Fenster den Fokus hat – auch Passwörter –, und kann Text in Ihre Zwischenablage legen.</translation>
    </message>
    <message>
        <source>the SPICE agent channel (com.redhat.spice.0) and copy and paste in the SPICE display</source>
        <translation>den SPICE-Agent-Kanal (com.redhat.spice.0) und Kopieren und Einfügen in der SPICE-Anzeige</translation>
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
        <source>an Intel HDA sound card with an output-only codec and SPICE audio (&lt;sound&gt;, &lt;audio type='spice'&gt;)</source>
        <translation>eine Intel-HDA-Soundkarte mit reinem Ausgabe-Codec und SPICE-Audio (&lt;sound&gt;, &lt;audio type='spice'&gt;)</translation>
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
        <source>a microphone input on the sound card (&lt;codec type='micro'&gt;)</source>
        <translation>einen Mikrofoneingang an der Soundkarte (&lt;codec type='micro'&gt;)</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>USB-Umleitung</translation>
    </message>
    <message>
        <source>Lets you hand USB devices from your computer to the VM from the console window. A redirected device belongs to the VM: it can read a USB stick, rewrite a device's firmware, or attack bugs in the host's USB code.</source>
        <translation>Damit können Sie USB-Geräte Ihres Computers im Konsolenfenster an die VM übergeben. Ein umgeleitetes Gerät gehört der VM: Sie kann einen USB-Stick lesen, die Firmware eines Geräts überschreiben oder Fehler im USB-Code des Hosts angreifen.</translation>
    </message>
    <message>
        <source>a USB controller and two SPICE USB redirection channels (&lt;controller type='usb'&gt;, &lt;redirdev&gt;)</source>
        <translation>einen USB-Controller und zwei SPICE-USB-Umleitungskanäle (&lt;controller type='usb'&gt;, &lt;redirdev&gt;)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>A folder of your computer appears inside the VM (virtiofs). The VM can read every file in it and, unless it is read-only, change or delete them.</source>
        <translation>Ein Ordner Ihres Computers erscheint in der VM (virtiofs). Die VM kann jede Datei darin lesen und, sofern er nicht schreibgeschützt ist, ändern oder löschen.</translation>
    </message>
    <message>
        <source>a virtiofs file system and shared guest memory (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</source>
        <translation>ein virtiofs-Dateisystem und gemeinsam genutzten Gastspeicher (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</translation>
    </message>
    <message>
        <source>3D acceleration</source>
        <translation>3D-Beschleunigung</translation>
    </message>
    <message>
        <source>Draws the VM's desktop with your computer's graphics card (virgl). Smoother, but the VM's drawing commands reach your host's graphics driver, a large and complex piece of code.</source>
        <translation>Zeichnet den Desktop der VM mit der Grafikkarte Ihres Computers (virgl). Flüssiger, aber die Zeichenbefehle der VM erreichen den Grafiktreiber Ihres Hosts, ein großes und komplexes Stück Code.</translation>
    </message>
    <message>
        <source>3D acceleration on the virtio video card and OpenGL in the SPICE display (&lt;acceleration accel3d='yes'&gt;, &lt;gl enable='yes'&gt;)</source>
        <translation>3D-Beschleunigung der virtio-Grafikkarte und OpenGL in der SPICE-Anzeige (&lt;acceleration accel3d='yes'&gt;, &lt;gl enable='yes'&gt;)</translation>
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
        <translation>den Kanal des QEMU-Gastagenten (org.qemu.guest_agent.0)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>An emulated TPM 2.0 chip for disk encryption and measured boot inside the VM. It runs as a separate process on your computer (swtpm) and holds only the VM's own keys, never your computer's.</source>
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
        <source>Hands a real device of your computer to the VM: a webcam, a Bluetooth adapter, a graphics card. The VM drives the hardware directly and your computer cannot use it meanwhile; a PCI device can reach your computer's memory unless the IOMMU confines it.</source>
        <translation>Übergibt ein echtes Gerät Ihres Computers an die VM: eine Webcam, einen Bluetooth-Adapter, eine Grafikkarte. Die VM steuert die Hardware direkt, und Ihr Computer kann sie währenddessen nicht nutzen; ein PCI-Gerät kann auf den Speicher Ihres Computers zugreifen, sofern die IOMMU es nicht einschränkt.</translation>
    </message>
    <message>
        <source>one &lt;hostdev&gt; per device (and a USB controller for USB devices)</source>
        <translation>ein &lt;hostdev&gt; pro Gerät (und einen USB-Controller für USB-Geräte)</translation>
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
    <name>Airlock::HostPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>Your computer will be the wall between the VM and everything you care about. Airlock checks that the wall is sound: SELinux, Secure Boot, hardware virtualization and libvirt. Each finding shows what was read, where, and the command that fixes it.</source>
        <translation>Ihr Computer wird die Mauer zwischen der VM und allem, was Ihnen wichtig ist. Airlock prüft, ob die Mauer hält: SELinux, Secure Boot, Hardware-Virtualisierung und libvirt. Jeder Befund zeigt, was wo gelesen wurde, und den Befehl, der ihn behebt.</translation>
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
    <message>
        <source>No answer from %1 within %2 seconds. Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 Sekunden. Prüfen Sie, ob der Host erreichbar ist und sein libvirt-Dienst läuft.</translation>
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
        <source>Everything you chose, in one place. Nothing has been created yet: Create and start makes the VM's disk, network and definition, and starts it.</source>
        <translation>Alles, was Sie gewählt haben, an einem Ort. Noch wurde nichts erstellt: „Erstellen und starten“ legt Festplatte, Netzwerk und Definition der VM an und startet sie.</translation>
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
        <source>Read the VM's choices from a JSON spec file.</source>
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
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>libvirt's capabilities could not be read: %1</source>
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
        <source>Adds the microphone, USB redirection, 3D acceleration, the guest agent and IPv6. The VM can then reach much more of your computer.</source>
        <translation>Fügt Mikrofon, USB-Umleitung, 3D-Beschleunigung, den Gastagenten und IPv6 hinzu. Die VM erreicht dann deutlich mehr von Ihrem Computer.</translation>
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
        <source>Isolated</source>
        <translation>Isoliert</translation>
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
        <source>The VM can talk to your computer only, on Airlock's own network without forwarding: no internet, no local network.</source>
        <translation>Die VM kann nur mit Ihrem Computer sprechen, in Airlocks eigenem Netzwerk ohne Weiterleitung: kein Internet, kein lokales Netzwerk.</translation>
    </message>
    <message>
        <source>The VM reaches the internet through your computer on Airlock's own network. Devices on your local network cannot reach it, and a traffic filter stops it from faking its address.</source>
        <translation>Die VM erreicht das Internet über Ihren Computer in Airlocks eigenem Netzwerk. Geräte in Ihrem lokalen Netzwerk erreichen sie nicht, und ein Verkehrsfilter hindert sie daran, ihre Adresse zu fälschen.</translation>
    </message>
    <message>
        <source>The VM joins your local network like another computer: it can reach every device there (printers, routers, other computers) and they can reach it.</source>
        <translation>Die VM tritt Ihrem lokalen Netzwerk wie ein weiterer Computer bei: Sie erreicht jedes Gerät dort (Drucker, Router, andere Computer), und diese erreichen sie.</translation>
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
        <translation><numerusform>ist länger als %n Zeichen</numerusform><numerusform>ist länger als %n Zeichen</numerusform></translation>
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
        <source>must be a text string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
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
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1, not "%2"</source>
        <translation>muss eines von %1 sein, nicht "%2"</translation>
    </message>
    <message>
        <source>must be an object ({…})</source>
        <translation>muss ein Objekt sein ({…})</translation>
    </message>
    <message>
        <source>must be a file path or {"pool": …, "volume": …}</source>
        <translation>muss ein Dateipfad oder {"pool": …, "volume": …} sein</translation>
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
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
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
        <source>%1 virtual CPUs is more than the %2 threads this host has</source>
        <translation>%1 virtuelle CPUs sind mehr als die %2 Threads dieses Hosts</translation>
    </message>
    <message>
        <source>must be at least %1 MiB (NixOS's minimum) and at most %2 MiB, not %3</source>
        <translation>muss mindestens %1 MiB (das Minimum von NixOS) und höchstens %2 MiB betragen, nicht %3</translation>
    </message>
    <message>
        <source>%1 MiB is more than the %2 MiB of memory this host has</source>
        <translation>%1 MiB sind mehr als die %2 MiB Arbeitsspeicher dieses Hosts</translation>
    </message>
    <message>
        <source>must be at least %1 GiB (NixOS's minimum) and at most %2 GiB, not %3</source>
        <translation>muss mindestens %1 GiB (das Minimum von NixOS) und höchstens %2 GiB betragen, nicht %3</translation>
    </message>
    <message>
        <source>needs firmware "uefi"; BIOS has no Secure Boot</source>
        <translation>braucht die Firmware "uefi"; BIOS hat kein Secure Boot</translation>
    </message>
    <message>
        <source>KVM is not available on this host; use "auto" or "tcg"</source>
        <translation>KVM ist auf diesem Host nicht verfügbar; verwenden Sie "auto" oder "tcg"</translation>
    </message>
    <message>
        <source>host-passthrough needs KVM, but this VM will run in emulation (TCG); use "maximum"</source>
        <translation>host-passthrough braucht KVM, aber diese VM läuft in Emulation (TCG); verwenden Sie "maximum"</translation>
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
        <source>mode "bridge" needs the name of a host bridge, such as "br0"</source>
        <translation>der Modus "bridge" braucht den Namen einer Brücke des Hosts, etwa "br0"</translation>
    </message>
    <message>
        <source>“%1” is not a valid network interface name</source>
        <translation>„%1“ ist kein gültiger Name für eine Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>is only used with mode "bridge", not "%1"</source>
        <translation>wird nur mit dem Modus "bridge" verwendet, nicht "%1"</translation>
    </message>
    <message>
        <source>needs a network; mode is "none"</source>
        <translation>braucht ein Netzwerk; der Modus ist "none"</translation>
    </message>
    <message>
        <source>needs "audio": the microphone comes through the VM's sound card</source>
        <translation>braucht "audio": Das Mikrofon kommt über die Soundkarte der VM</translation>
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
</context>
</TS>
