<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Airlock::AirlockWizard</name>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Get NixOS</source>
        <translation>Obtenir NixOS</translation>
    </message>
    <message>
        <source>Size the VM</source>
        <translation>Dimensionner la VM</translation>
    </message>
    <message>
        <source>Choose devices</source>
        <translation>Choisir les périphériques</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier les choix</translation>
    </message>
    <message>
        <source>Create and prove</source>
        <translation>Créer et prouver</translation>
    </message>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close Airlock?</source>
        <translation>Fermer Airlock&#xa0;?</translation>
    </message>
    <message>
        <source>Close Airlock and lose your choices?</source>
        <translation>Fermer Airlock et perdre vos choix&#xa0;?</translation>
    </message>
    <message>
        <source>No VM has been created yet. The choices you made on these pages are not kept: the next time, Airlock starts again from the first page.</source>
        <translation>Aucune VM n’a encore été créée. Les choix faits sur ces pages ne sont pas conservés&#xa0;: la prochaine fois, Airlock repartira de la première page.</translation>
    </message>
    <message>
        <source>Close and lose my choices</source>
        <translation>Fermer et perdre mes choix</translation>
    </message>
    <message>
        <source>Keep my choices</source>
        <translation>Garder mes choix</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditView</name>
    <message>
        <source>Airlock read the running VM&apos;s configuration back from libvirt and compared it with what you chose. Only what was read back is ticked.</source>
        <translation>Airlock a relu auprès de libvirt la configuration de la VM en cours d’exécution et l’a comparée à vos choix. Seul ce qui a été relu est coché.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An audit line: what should hold — what the live XML holds</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) hold: the running VM has what you chose.</source>
        <translation>
            <numerusform>%n vérification satisfaite&#xa0;: la VM en cours d’exécution a ce que vous avez choisi.</numerusform>
            <numerusform>Les %n vérifications sont satisfaites&#xa0;: la VM en cours d’exécution a ce que vous avez choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) fail: the running VM differs from what you chose.</source>
        <translation>
            <numerusform>Vérification en échec&#xa0;: %1 sur %n — la VM en cours d’exécution diffère de vos choix.</numerusform>
            <numerusform>Vérifications en échec&#xa0;: %1 sur %n — la VM en cours d’exécution diffère de vos choix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ChecksumRequests</name>
    <message>
        <source>Airlock cannot find the server %1.</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>Airlock ne trouve pas le serveur %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure address %1 sent Airlock on to an insecure one.</source>
        <translation>L’adresse sécurisée %1 a renvoyé Airlock vers une adresse non sécurisée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Airlock cannot reach %1: %2.</source>
        <translation>Airlock ne peut pas joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What %1 holds is far too large to be a checksum file.</source>
        <translation>Le contenu de %1 est bien trop gros pour être un fichier de somme de contrôle.</translation>
    </message>
    <message>
        <source>What %1 holds is not a checksum file: %2.</source>
        <extracomment>%1 is an address, %2 why it is not a checksum file</extracomment>
        <translation>Le contenu de %1 n’est pas un fichier de somme de contrôle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no file at %1 (HTTP 404).</source>
        <translation>Il n’y a aucun fichier à l’adresse %1 (HTTP 404).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <extracomment>%1 is an HTTP status such as 503, %2 an address</extracomment>
        <translation>Le serveur a répondu HTTP %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>Airlock::Connection</name>
    <message>
        <source>it is not a valid address (libvirt&apos;s look like qemu:///system)</source>
        <translation>ce n’est pas une adresse valide (celles de libvirt ressemblent à qemu:///system)</translation>
    </message>
    <message>
        <source>libvirt has no driver called “%1” (for VMs on this computer it is qemu:///system)</source>
        <extracomment>%1 is the first part of the address, such as &quot;bogus&quot;</extracomment>
        <translation>libvirt n’a pas de pilote nommé «&#xa0;%1&#xa0;» (pour les VM de cet ordinateur, c’est qemu:///system)</translation>
    </message>
    <message>
        <source>libvirt cannot connect over “%1”; it uses unix, ssh, libssh, libssh2, tcp, tls or ext</source>
        <extracomment>%1 is the part after &quot;+&quot;, such as &quot;ftp&quot;; the list is libvirt&apos;s</extracomment>
        <translation>libvirt ne peut pas se connecter via «&#xa0;%1&#xa0;»&#xa0;; il utilise unix, ssh, libssh, libssh2, tcp, tls ou ext</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt connection address: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de connexion libvirt&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>Pas de réponse de %1 en %n seconde. Vérifiez que l’hôte est joignable et que son service libvirt fonctionne.</numerusform>
            <numerusform>Pas de réponse de %1 en %n secondes. Vérifiez que l’hôte est joignable et que son service libvirt fonctionne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ConsoleView</name>
    <message>
        <source>The VM&apos;s screen</source>
        <translation>L’écran de la VM</translation>
    </message>
    <message>
        <source>Your keyboard types into the VM. Press Ctrl+Alt to get it back.</source>
        <translation>Votre clavier tape dans la VM. Appuyez sur Ctrl+Alt pour le récupérer.</translation>
    </message>
    <message>
        <source>Click the screen, or press Enter on it, to type into the VM.</source>
        <translation>Cliquez sur l’écran, ou appuyez sur Entrée quand il est sélectionné, pour taper dans la VM.</translation>
    </message>
</context>
<context>
    <name>Airlock::ConsoleWindow</name>
    <message>
        <source>Send key</source>
        <translation>Envoyer une touche</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>Démarrer la VM</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Arrêter la saisie</translation>
    </message>
    <message>
        <source>%1 — Airlock console</source>
        <extracomment>The console window&apos;s title: the VM&apos;s name, then the app&apos;s</extracomment>
        <translation>%1 — console Airlock</translation>
    </message>
    <message>
        <source>Keys your desktop would keep for itself</source>
        <translation>Touches que votre bureau garderait pour lui</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Retour arrière</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1 … F12</source>
        <extracomment>A submenu: Ctrl+Alt+F1 … Ctrl+Alt+F12 switch the guest&apos;s text consoles</extracomment>
        <translation>Ctrl+Alt+F1 … F12</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Impr. écran</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>La console est fermée.</translation>
    </message>
    <message>
        <source>Connecting to the VM&apos;s screen…</source>
        <translation>Connexion à l’écran de la VM…</translation>
    </message>
    <message>
        <source>Connected to the VM&apos;s screen.</source>
        <translation>Connecté à l’écran de la VM.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;The VM is off.&quot; then &quot;Start it: its screen appears here when it runs.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Typing into the VM…</source>
        <translation>Saisie dans la VM…</translation>
    </message>
    <message numerus="yes">
        <source>Typed %n character(s) into the VM.</source>
        <translation>
            <numerusform>%n caractère tapé dans la VM.</numerusform>
            <numerusform>%n caractères tapés dans la VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typing into the VM: %1 of %n character(s). Leave the VM&apos;s keyboard alone until it is done.</source>
        <extracomment>Shown while Airlock types into the VM: characters typed so far, of all</extracomment>
        <translation>
            <numerusform>Saisie dans la VM&#xa0;: %1 sur %n caractère. Ne touchez pas au clavier de la VM avant la fin.</numerusform>
            <numerusform>Saisie dans la VM&#xa0;: %1 sur %n caractères. Ne touchez pas au clavier de la VM avant la fin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::CreationChecklist</name>
    <message>
        <source>Waiting</source>
        <extracomment>A creation step not started yet</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Already there</source>
        <extracomment>A creation step with nothing to do (e.g. the pool exists)</extracomment>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <source>Removed again</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Could not be removed</source>
        <translation>Impossible à retirer</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <extracomment>Upload progress: &quot;1.2 GiB of 2.6 GiB (45 %)&quot;</extracomment>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Removing what this step made…</source>
        <translation>Retrait de ce que cette étape a créé…</translation>
    </message>
    <message>
        <source>Removed again.</source>
        <translation>Retiré.</translation>
    </message>
    <message>
        <source>Could not be removed; see below for how to remove it by hand.</source>
        <translation>Impossible à retirer&#xa0;; voyez ci-dessous comment le retirer à la main.</translation>
    </message>
</context>
<context>
    <name>Airlock::CreationFailureView</name>
    <message>
        <source>libvirt&apos;s message:</source>
        <translation>Message de libvirt&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>libvirt&apos;s message</source>
        <translation>Message de libvirt</translation>
    </message>
    <message>
        <source>Copy the list and the commands that remove what is left</source>
        <translation>Copier la liste et les commandes qui retirent ce qui reste</translation>
    </message>
    <message>
        <source>Run the creation again from the start</source>
        <translation>Relancer la création depuis le début</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <extracomment>&quot;Start the VM&quot; failed: The VM could not be started.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>À essayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reconnect and try again</source>
        <translation>Se reconnecter et réessayer</translation>
    </message>
    <message>
        <source>Nothing had been made yet, so nothing is left behind.</source>
        <translation>Rien n’avait encore été créé, donc rien ne reste.</translation>
    </message>
    <message>
        <source>Removed again, so nothing of it is left:
%1</source>
        <translation>Retiré, il n’en reste donc rien&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Left behind: Airlock could not remove these. Remove them by hand, or try again once the connection is back:</source>
        <translation>Restes&#xa0;: Airlock n’a pas pu retirer ces éléments. Retirez-les à la main, ou réessayez une fois la connexion rétablie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Airlock::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the VM “%1”?</source>
        <translation>Supprimer la VM «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>These stay:</source>
        <translation>Ces éléments restent&#xa0;:</translation>
    </message>
    <message>
        <source>Reading from libvirt what belongs to “%1”…</source>
        <translation>Lecture auprès de libvirt de ce qui appartient à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Airlock removes the VM and everything it made for it:</source>
        <translation>Airlock supprime la VM et tout ce qu’il a créé pour elle&#xa0;:</translation>
    </message>
    <message>
        <source>This cannot be undone: everything inside the VM is lost, its snapshots too.</source>
        <translation>Cette action est irréversible&#xa0;: tout ce qui se trouve dans la VM est perdu, ses instantanés aussi.</translation>
    </message>
    <message>
        <source>The VM is running: Airlock turns it off first, and anything not saved in it is lost.</source>
        <translation>La VM est en cours d’exécution&#xa0;: Airlock l’éteint d’abord, et tout ce qui n’y est pas enregistré est perdu.</translation>
    </message>
    <message>
        <source>Turn off and delete</source>
        <translation>Éteindre et supprimer</translation>
    </message>
    <message>
        <source>Airlock deletes only the VMs it made. Nothing was changed.</source>
        <translation>Airlock ne supprime que les VM qu’il a créées. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the connection, then try again.</source>
        <translation>Rien n’a été modifié. Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Removing %1 (%2 of %3)…</source>
        <translation>Retrait (%2 sur %3)&#xa0;: %1…</translation>
    </message>
    <message>
        <source>“%1” was deleted</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée</translation>
    </message>
    <message>
        <source>The VM and everything Airlock made for it are gone.</source>
        <translation>La VM et tout ce qu’Airlock a créé pour elle ont disparu.</translation>
    </message>
    <message>
        <source>“%1” was not deleted completely</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été entièrement supprimée</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Retiré&#xa0;:</translation>
    </message>
    <message>
        <source>Airlock could not remove these; each says how to remove it by hand:</source>
        <translation>Airlock n’a pas pu retirer ces éléments&#xa0;; chacun indique comment le retirer à la main&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Airlock::DeviceMap</name>
    <message>
        <source>What the VM may reach on your computer</source>
        <extracomment>Accessible name of the picture of what the VM may reach.</extracomment>
        <translation>Ce que la VM peut atteindre sur votre ordinateur</translation>
    </message>
    <message>
        <source>cut off</source>
        <extracomment>On the wire of a part the VM cannot reach. Not &quot;isolated&quot;: that is a network mode.</extracomment>
        <translation>coupé</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <source>NixOS VM</source>
        <extracomment>Drawn in the VM&apos;s box on the device map; the VM&apos;s name goes under it.</extracomment>
        <translation>VM NixOS</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing to switch here.</source>
        <translation>Rien à activer ici.</translation>
    </message>
    <message>
        <source>Connected to the VM: %1.</source>
        <extracomment>%1 is a risk, e.g. &quot;High risk&quot;.</extracomment>
        <translation>Relié à la VM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cut off from the VM.</source>
        <translation>Coupé de la VM.</translation>
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
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>&amp;Pont&#xa0;:</translation>
    </message>
    <message>
        <source>IPv&amp;6</source>
        <translation>IPv&amp;6</translation>
    </message>
    <message>
        <source>Choose what the VM may touch</source>
        <translation>Choisir ce que la VM peut toucher</translation>
    </message>
    <message>
        <source>Everything the VM can reach on your computer is a way in. By default it reaches nothing but the internet, through a filtered network. Turn on only what you need.</source>
        <translation>Tout ce que la VM peut atteindre sur votre ordinateur est une porte d’entrée. Par défaut, elle n’atteint qu’Internet, par un réseau filtré. N’activez que ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes in the VM&lt;/b&gt;&lt;br&gt;&lt;small&gt;Its configuration, compared with a VM that reaches nothing: + added, − removed.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Ce qui change dans la VM&lt;/b&gt;&lt;br&gt;&lt;small&gt;Sa configuration, comparée à une VM qui n’atteint rien&#xa0;: + ajouté, − retiré.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>What changes in the VM&apos;s configuration</source>
        <translation>Ce qui change dans la configuration de la VM</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the bridge on this computer</source>
        <extracomment>Accessible name of the field for the host&apos;s bridge interface.</extracomment>
        <translation>Nom du pont sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your own choice, kept while you try the presets</source>
        <translation>Votre propre choix, conservé pendant que vous essayez les préréglages</translation>
    </message>
    <message>
        <source>Nothing: the VM gets its disk, the installer and a display, and reaches nothing of your computer.</source>
        <translation>Rien&#xa0;: la VM reçoit son disque, l’installateur et un affichage, et n’atteint rien de votre ordinateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The network mode and the bridge, e.g. &quot;Bridged: br0&quot;.
----------
%1 is a risk (&quot;High risk&quot;), %2 what the VM could do with the device.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>needs a network</source>
        <translation>requiert un réseau</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>Shared: “%1”. %2</source>
        <translation>Partagé&#xa0;: «&#xa0;%1&#xa0;». %2</translation>
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
        <translation>introuvable</translation>
    </message>
    <message>
        <source>The spec hands this device to the VM, but libvirt did not list it on this computer. Switch it off unless you know it will be there.</source>
        <translation>La spécification attribue ce périphérique à la VM, mais libvirt ne l’a pas trouvé sur cet ordinateur. Désactivez-le, sauf si vous savez qu’il sera présent.</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>Airlock is asking libvirt for this computer&apos;s devices.</source>
        <translation>Airlock demande à libvirt les périphériques de cet ordinateur.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>libvirt could not list this computer&apos;s devices, so there is nothing here to hand to the VM.</source>
        <translation>libvirt n’a pas pu lister les périphériques de cet ordinateur&#xa0;: il n’y a donc rien ici à attribuer à la VM.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>libvirt found no such device on this computer, so there is nothing here to hand to the VM.</source>
        <translation>libvirt n’a trouvé aucun périphérique de ce type sur cet ordinateur&#xa0;: il n’y a donc rien ici à attribuer à la VM.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Your own mix of the switches on the map. Pick a preset to start again from it; “Custom” brings your mix back.</source>
        <translation>Votre propre combinaison des interrupteurs de la carte. Choisissez un préréglage pour repartir de celui-ci&#xa0;; «&#xa0;Personnalisé&#xa0;» rétablit votre combinaison.</translation>
    </message>
    <message>
        <source>In the VM: %1</source>
        <translation>Dans la VM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Connected to the VM · %1</source>
        <extracomment>%1 is a risk, e.g. &quot;Medium risk&quot;.</extracomment>
        <translation>Relié à la VM · %1</translation>
    </message>
    <message>
        <source>Airlock could not list this computer&apos;s cameras, Bluetooth adapters and graphics cards, so none can be handed to the VM here; everything else works. libvirt said: %1</source>
        <translation>Airlock n’a pas pu lister les caméras, adaptateurs Bluetooth et cartes graphiques de cet ordinateur&#xa0;: aucun ne peut donc être attribué à la VM ici&#xa0;; tout le reste fonctionne. libvirt a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give this device to the VM?</source>
        <translation>Attribuer ce périphérique à la VM&#xa0;?</translation>
    </message>
    <message>
        <source>Give “%1” to the VM?</source>
        <translation>Attribuer «&#xa0;%1&#xa0;» à la VM&#xa0;?</translation>
    </message>
    <message>
        <source>Give it to the VM</source>
        <translation>L’attribuer à la VM</translation>
    </message>
    <message>
        <source>Keep it isolated</source>
        <translation>Le garder isolé</translation>
    </message>
    <message>
        <source>“%1” is handed to the VM. %2</source>
        <translation>«&#xa0;%1&#xa0;» est attribué à la VM. %2</translation>
    </message>
    <message>
        <source>The host device “%1” is handed to the VM.</source>
        <translation>Le périphérique hôte «&#xa0;%1&#xa0;» est attribué à la VM.</translation>
    </message>
    <message>
        <source>The VM can change and delete the files in “%1”.</source>
        <translation>La VM peut modifier et supprimer les fichiers de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is no risk</source>
        <translation>Coupé de la VM · le relier est sans risque</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is low risk</source>
        <translation>Coupé de la VM · le relier est un risque faible</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is medium risk</source>
        <translation>Coupé de la VM · le relier est un risque moyen</translation>
    </message>
    <message>
        <source>Cut off from the VM · connecting it is high risk</source>
        <translation>Coupé de la VM · le relier est un risque élevé</translation>
    </message>
    <message>
        <source>The VM sits on your local network through “%1”: it can reach every device there, printers, routers and this computer included, and they can reach it.</source>
        <translation>La VM est sur votre réseau local par «&#xa0;%1&#xa0;»&#xa0;: elle peut y atteindre chaque appareil, imprimantes, routeurs et cet ordinateur compris, et eux peuvent l’atteindre.</translation>
    </message>
    <message>
        <source>The VM sits on your local network (bridge “%1”): it can reach every device there and this computer, and they can reach it.</source>
        <translation>La VM est sur votre réseau local (pont «&#xa0;%1&#xa0;»)&#xa0;: elle peut y atteindre chaque appareil ainsi que cet ordinateur, et eux peuvent l’atteindre.</translation>
    </message>
    <message>
        <source>Cut off from the VM · sharing read-only: %1 · read and write: %2</source>
        <extracomment>%1 and %2 are risks, e.g. &quot;Medium risk&quot; and &quot;High risk&quot;.</extracomment>
        <translation>Coupé de la VM · partage en lecture seule&#xa0;: %1 · en lecture et écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a part of your computer on the map to read what it lets the VM do; its switch appears here.</source>
        <translation>Sélectionnez une partie de votre ordinateur sur la carte pour lire ce qu’elle permet à la VM&#xa0;; son interrupteur apparaît ici.</translation>
    </message>
    <message>
        <source>with the microphone</source>
        <extracomment>On the map&apos;s speakers, connected because the microphone needs them.</extracomment>
        <translation>avec le microphone</translation>
    </message>
    <message>
        <source>+ speakers</source>
        <extracomment>On the map&apos;s microphone, kept short: connecting it connects the speakers too.</extracomment>
        <translation>+ son</translation>
    </message>
    <message>
        <source>Choosing it changes:</source>
        <translation>Ce choix modifie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM: choose a folder…</source>
        <translation>&amp;Relier à la VM&#xa0;: choisir un dossier…</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM…</source>
        <translation>&amp;Relier à la VM…</translation>
    </message>
    <message>
        <source>&amp;Connect to the VM</source>
        <translation>&amp;Relier à la VM</translation>
    </message>
    <message>
        <source>Connect %1 to the VM</source>
        <extracomment>The switch beside the map; %1 is the selected part, e.g. &quot;Microphone&quot;.</extracomment>
        <translation>Relier %1 à la VM</translation>
    </message>
    <message>
        <source>Connecting the microphone connects the speakers too: the microphone is an input of the VM&apos;s sound card, which also plays its sound. Cutting the microphone off again cuts them off too.</source>
        <translation>Relier le microphone relie aussi les haut-parleurs&#xa0;: le microphone est une entrée de la carte son de la VM, qui joue aussi son son. Couper de nouveau le microphone les coupe aussi.</translation>
    </message>
    <message>
        <source>The speakers came with the microphone: cutting the microphone off cuts them off too.</source>
        <translation>Les haut-parleurs sont venus avec le microphone&#xa0;: couper le microphone les coupe aussi.</translation>
    </message>
    <message>
        <source>The microphone needs the VM&apos;s sound card: cutting the speakers off cuts the microphone off too.</source>
        <translation>Le microphone a besoin de la carte son de la VM&#xa0;: couper les haut-parleurs coupe aussi le microphone.</translation>
    </message>
    <message>
        <source>Create one in your network settings (with NetworkManager: &lt;code&gt;nmcli connection add type bridge ifname br0&lt;/code&gt;, then make your wired connection a port of it), then type its name here; or choose NAT, which needs none.</source>
        <translation>Créez-en un dans vos paramètres réseau (avec NetworkManager&#xa0;: &lt;code&gt;nmcli connection add type bridge ifname br0&lt;/code&gt;, puis faites de votre connexion filaire un port de ce pont), puis saisissez son nom ici&#xa0;; ou choisissez NAT, qui n’en demande aucun.</translation>
    </message>
    <message>
        <source>libvirt found no bridge on this computer, so the VM could not start on “%1”. %2</source>
        <extracomment>%1 the bridge typed, %2 how to create a bridge.</extracomment>
        <translation>libvirt n’a trouvé aucun pont sur cet ordinateur, la VM n’a donc pas pu démarrer sur «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>libvirt lists no bridge “%1” on this computer, so the VM could not start on it. Choose one it lists: %2.</source>
        <extracomment>%1 the bridge typed, %2 the bridges libvirt listed.</extracomment>
        <translation>libvirt ne liste aucun pont «&#xa0;%1&#xa0;» sur cet ordinateur, la VM n’a donc pas pu y démarrer. Choisissez-en un qu’il liste&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The VM will sit on your local network through a bridge, but Airlock could not ask libvirt for this computer&apos;s bridges (libvirt said: %1). Type the name of the bridge that leads to your local network: %2 lists them.</source>
        <extracomment>%1 libvirt&apos;s error, %2 a command that lists the bridges.</extracomment>
        <translation>La VM sera sur votre réseau local par un pont, mais Airlock n’a pas pu demander à libvirt les ponts de cet ordinateur (libvirt a répondu&#xa0;: %1). Saisissez le nom du pont qui mène à votre réseau local&#xa0;: %2 les liste.</translation>
    </message>
    <message>
        <source>The VM would sit on your local network through a bridge, but libvirt found none on this computer. %1</source>
        <translation>La VM serait sur votre réseau local par un pont, mais libvirt n’en a trouvé aucun sur cet ordinateur. %1</translation>
    </message>
    <message>
        <source>The VM will sit on your local network through a bridge. Airlock is asking libvirt for this computer&apos;s bridges…</source>
        <translation>La VM sera sur votre réseau local par un pont. Airlock demande à libvirt les ponts de cet ordinateur…</translation>
    </message>
    <message>
        <source>The VM will sit on your local network. Choose the bridge on this computer that leads to it.</source>
        <translation>La VM sera sur votre réseau local. Choisissez le pont de cet ordinateur qui y mène.</translation>
    </message>
    <message>
        <source>type the bridge&apos;s name</source>
        <translation>saisissez le nom du pont</translation>
    </message>
    <message>
        <source>choose a bridge</source>
        <translation>choisissez un pont</translation>
    </message>
    <message>
        <source>Switch to “%1”?</source>
        <translation>Passer à «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Switching to “%1” changes:</source>
        <translation>Passer à «&#xa0;%1&#xa0;» modifie&#xa0;:</translation>
    </message>
    <message>
        <source>Keep sharing what you chose yourself (the preset&apos;s other settings still apply)</source>
        <translation>Garder le partage que vous avez choisi vous-même (les autres réglages du préréglage s’appliquent quand même)</translation>
    </message>
    <message>
        <source>Switch to “%1”</source>
        <translation>Passer à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Keep my settings</source>
        <translation>Garder mes réglages</translation>
    </message>
    <message>
        <source>The speakers were connected too: the microphone is an input of the VM&apos;s sound card, which also plays its sound.</source>
        <translation>Les haut-parleurs ont aussi été reliés&#xa0;: le microphone est une entrée de la carte son de la VM, qui joue aussi son son.</translation>
    </message>
    <message>
        <source>The speakers were cut off too: they came only with the microphone.</source>
        <translation>Les haut-parleurs ont aussi été coupés&#xa0;: ils n’étaient venus qu’avec le microphone.</translation>
    </message>
    <message>
        <source>The microphone was cut off too: it needs the VM&apos;s sound card.</source>
        <translation>Le microphone a aussi été coupé&#xa0;: il a besoin de la carte son de la VM.</translation>
    </message>
</context>
<context>
    <name>Airlock::DownloadJob</name>
    <message>
        <source>The server has no file at %1 (HTTP 404). The release may have moved; choose another release or try again later.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Le serveur n’a aucun fichier à l’adresse %1 (HTTP 404). La version a peut-être été déplacée&#xa0;; choisissez-en une autre ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused access to %1 (HTTP %2).</source>
        <translation>Le serveur a refusé l’accès à %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server failed to answer for %1 (HTTP %2). This is a problem on the server&apos;s side; try again later.</source>
        <translation>Le serveur n’a pas pu répondre pour %1 (HTTP %2). Le problème vient du serveur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Le serveur a répondu HTTP %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>Airlock::DownloadWorker</name>
    <message>
        <source>The checksum file at %1 is far too large to be one.</source>
        <translation>Le fichier de somme de contrôle à l’adresse %1 est bien trop gros pour en être un.</translation>
    </message>
    <message>
        <source>The secure address %1 sent Airlock on to the insecure address %2. Airlock does not follow that: the file could be swapped on the way.</source>
        <extracomment>%1 and %2 are URLs</extracomment>
        <translation>L’adresse sécurisée %1 a renvoyé Airlock vers l’adresse non sécurisée %2. Airlock ne la suit pas&#xa0;: le fichier pourrait être remplacé en chemin.</translation>
    </message>
    <message>
        <source>The server sent the download on to %1, which is not a web address.</source>
        <translation>Le serveur a renvoyé le téléchargement vers %1, qui n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The server sends the download round in a circle (at %1). This is a problem on the server&apos;s side; try again later or use another mirror.</source>
        <translation>Le serveur fait tourner le téléchargement en boucle (à %1). Le problème vient du serveur&#xa0;; réessayez plus tard ou utilisez un autre miroir.</translation>
    </message>
    <message>
        <source>The published checksum at %1 cannot be read: %2. Without it Airlock cannot prove the ISO is genuine.</source>
        <extracomment>%1 is a URL, %2 the reason it was refused</extracomment>
        <translation>La somme de contrôle publiée à l’adresse %1 est illisible&#xa0;: %2. Sans elle, Airlock ne peut pas prouver que l’ISO est authentique.</translation>
    </message>
    <message>
        <source>Airlock cannot create the download folder %1.</source>
        <translation>Airlock ne peut pas créer le dossier de téléchargement %1.</translation>
    </message>
    <message>
        <source>Airlock cannot write the download to %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Airlock ne peut pas écrire le téléchargement dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The ISO needs %1 more, but the disk holding %2 has only %3 free. Free up some space and try again.</source>
        <extracomment>%1 and %3 are sizes such as &quot;2.5 GiB&quot;, %2 a folder</extracomment>
        <translation>L’ISO a besoin de %1 de plus, mais le disque contenant %2 n’a que %3 de libre. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Airlock kept what it has downloaded; free up some space and try again to continue.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Le disque contenant %1 est plein. Airlock a gardé ce qui est déjà téléchargé&#xa0;; libérez de la place et réessayez pour continuer.</translation>
    </message>
    <message>
        <source>The server sent a different part of the file than Airlock asked for.</source>
        <translation>Le serveur a envoyé une autre partie du fichier que celle demandée par Airlock.</translation>
    </message>
    <message>
        <source>The connection closed before the whole file arrived (%1 of %2).</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.2 GiB&quot;</extracomment>
        <translation>La connexion s’est fermée avant l’arrivée du fichier complet (%1 sur %2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. Airlock stopped so nothing could be swapped on the way.</source>
        <extracomment>%1 is a host name, %2 the reason</extracomment>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée&#xa0;: %2. Airlock s’est arrêté pour que rien ne puisse être remplacé en chemin.</translation>
    </message>
    <message>
        <source>Airlock cannot find the server %1. Check that this computer is online.</source>
        <translation>Airlock ne trouve pas le serveur %1. Vérifiez que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <extracomment>%1 is a host name, %2 the network&apos;s own words</extracomment>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Airlock tried %2 times and gave up; try again later.</source>
        <extracomment>%1 is the reason of the last failure, %2 a number of attempts (2 or more)</extracomment>
        <translation>%1 Airlock a essayé %2 fois et a abandonné&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Airlock cannot read the download back: %1.</source>
        <translation>Airlock ne peut pas relire le téléchargement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the checksum NixOS published: it was damaged on the way or altered. Airlock set it aside as %1 and will not use it. Published: %2. Downloaded: %3.</source>
        <extracomment>%1 is a file path, %2 and %3 are SHA-256 checksums</extracomment>
        <translation>Le fichier téléchargé ne correspond pas à la somme de contrôle publiée par NixOS&#xa0;: il a été endommagé en chemin ou modifié. Airlock l’a mis de côté sous %1 et ne l’utilisera pas. Publiée&#xa0;: %2. Téléchargée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the volume holds %1 bytes instead of %2</source>
        <translation>le volume contient %1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>The ISO could not go into the pool “%1” as it downloads: %2. The download goes on; the ISO is copied into the pool when the VM is created. %3</source>
        <extracomment>%1 is a storage pool, %2 libvirt&apos;s reason, %3 what to do</extracomment>
        <translation>L’ISO n’a pas pu aller dans le pool «&#xa0;%1&#xa0;» pendant le téléchargement&#xa0;: %2. Le téléchargement continue&#xa0;; l’ISO sera copiée dans le pool à la création de la VM. %3</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected the download more than %n time(s).</source>
        <translation>
            <numerusform>Le serveur a redirigé le téléchargement plus de %n fois.</numerusform>
            <numerusform>Le serveur a redirigé le téléchargement plus de %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>Aucune donnée n’est arrivée pendant %n seconde.</numerusform>
            <numerusform>Aucune donnée n’est arrivée pendant %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ExposureCatalogue</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>un réseau</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv6 on its network</source>
        <translation>IPv6 sur son réseau</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Presse-papiers partagé</translation>
    </message>
    <message>
        <source>Copy and paste between the VM and your desktop. The VM can read whatever you copy on your computer while its window has focus, passwords included, and can put text into your clipboard.</source>
        <translation>Copier-coller entre la VM et votre bureau. La VM peut lire tout ce que vous copiez sur votre ordinateur tant que sa fenêtre a le focus, mots de passe compris, et peut mettre du texte dans votre presse-papiers.</translation>
    </message>
    <message>
        <source>the SPICE agent channel (com.redhat.spice.0) and copy and paste in the SPICE display</source>
        <translation>le canal de l’agent SPICE (com.redhat.spice.0) et le copier-coller dans l’affichage SPICE</translation>
    </message>
    <message>
        <source>your clipboard</source>
        <translation>votre presse-papiers</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Haut-parleurs</translation>
    </message>
    <message>
        <source>The VM can play sound through your speakers. It can only send sound, not record it, through a small emulated sound card.</source>
        <translation>La VM peut jouer du son sur vos haut-parleurs. Par une petite carte son émulée, elle peut seulement envoyer du son, pas en enregistrer.</translation>
    </message>
    <message>
        <source>an Intel HDA sound card with an output-only codec and SPICE audio (&lt;sound&gt;, &lt;audio type=&apos;spice&apos;&gt;)</source>
        <translation>une carte son Intel HDA avec un codec de sortie seule et l’audio SPICE (&lt;sound&gt;, &lt;audio type=&apos;spice&apos;&gt;)</translation>
    </message>
    <message>
        <source>your speakers</source>
        <translation>vos haut-parleurs</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>The VM can record from your microphone while it runs. A compromised VM could listen to the room.</source>
        <translation>La VM peut enregistrer avec votre microphone pendant qu’elle fonctionne. Une VM compromise pourrait écouter la pièce.</translation>
    </message>
    <message>
        <source>a microphone input on the sound card (&lt;codec type=&apos;micro&apos;&gt;)</source>
        <translation>une entrée micro sur la carte son (&lt;codec type=&apos;micro&apos;&gt;)</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>votre microphone</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>Redirection USB</translation>
    </message>
    <message>
        <source>a USB controller and two SPICE USB redirection channels (&lt;controller type=&apos;usb&apos;&gt;, &lt;redirdev&gt;)</source>
        <translation>un contrôleur USB et deux canaux de redirection USB SPICE (&lt;controller type=&apos;usb&apos;&gt;, &lt;redirdev&gt;)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>a virtiofs file system and shared guest memory (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</source>
        <translation>un système de fichiers virtiofs et de la mémoire invitée partagée (&lt;filesystem&gt;, &lt;memoryBacking&gt;)</translation>
    </message>
    <message>
        <source>a folder you share</source>
        <translation>un dossier que vous partagez</translation>
    </message>
    <message>
        <source>3D acceleration</source>
        <translation>Accélération 3D</translation>
    </message>
    <message>
        <source>Draws the VM&apos;s desktop with your computer&apos;s graphics card (virgl). Smoother, but the VM&apos;s drawing commands reach your host&apos;s graphics driver, a large and complex piece of code.</source>
        <translation>Dessine le bureau de la VM avec la carte graphique de votre ordinateur (virgl). Plus fluide, mais les commandes de dessin de la VM atteignent le pilote graphique de votre hôte, un code vaste et complexe.</translation>
    </message>
    <message>
        <source>3D acceleration on the virtio video card and OpenGL in the SPICE display (&lt;acceleration accel3d=&apos;yes&apos;&gt;, &lt;gl enable=&apos;yes&apos;&gt;)</source>
        <translation>l’accélération 3D sur la carte vidéo virtio et OpenGL dans l’affichage SPICE (&lt;acceleration accel3d=&apos;yes&apos;&gt;, &lt;gl enable=&apos;yes&apos;&gt;)</translation>
    </message>
    <message>
        <source>your graphics driver</source>
        <translation>votre pilote graphique</translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation>Agent invité</translation>
    </message>
    <message>
        <source>A private channel through which the host can ask the VM to shut down cleanly, freeze its disks for a snapshot or report its address. The VM gains nothing on the host, but the host gains control inside the VM.</source>
        <translation>Un canal privé par lequel l’hôte peut demander à la VM de s’éteindre proprement, de figer ses disques pour un instantané ou d’indiquer son adresse. La VM ne gagne rien sur l’hôte, mais l’hôte gagne du contrôle dans la VM.</translation>
    </message>
    <message>
        <source>the QEMU guest agent channel (org.qemu.guest_agent.0)</source>
        <translation>le canal de l’agent invité QEMU (org.qemu.guest_agent.0)</translation>
    </message>
    <message>
        <source>a guest agent</source>
        <translation>un agent invité</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>An emulated TPM 2.0 chip for disk encryption and measured boot inside the VM. It runs as a separate process on your computer (swtpm) and holds only the VM&apos;s own keys, never your computer&apos;s.</source>
        <translation>Une puce TPM 2.0 émulée pour le chiffrement de disque et le démarrage mesuré dans la VM. Elle fonctionne comme un processus séparé sur votre ordinateur (swtpm) et ne contient que les clés de la VM, jamais celles de votre ordinateur.</translation>
    </message>
    <message>
        <source>an emulated TPM 2.0 (&lt;tpm&gt; with the swtpm emulator)</source>
        <translation>un TPM 2.0 émulé (&lt;tpm&gt; avec l’émulateur swtpm)</translation>
    </message>
    <message>
        <source>an emulated TPM</source>
        <translation>un TPM émulé</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>Périphériques de l’hôte</translation>
    </message>
    <message>
        <source>Hands a real device of your computer to the VM: a webcam, a Bluetooth adapter, a graphics card. The VM drives the hardware directly and your computer cannot use it meanwhile; a PCI device can reach your computer&apos;s memory unless the IOMMU confines it.</source>
        <translation>Attribue un vrai périphérique de votre ordinateur à la VM&#xa0;: une webcam, un adaptateur Bluetooth, une carte graphique. La VM pilote le matériel directement et votre ordinateur ne peut pas l’utiliser pendant ce temps&#xa0;; un périphérique PCI peut atteindre la mémoire de votre ordinateur sauf si l’IOMMU le confine.</translation>
    </message>
    <message>
        <source>one &lt;hostdev&gt; per device (and a USB controller for USB devices)</source>
        <translation>un &lt;hostdev&gt; par périphérique (et un contrôleur USB pour les périphériques USB)</translation>
    </message>
    <message>
        <source>the devices you hand over</source>
        <translation>les périphériques que vous attribuez</translation>
    </message>
    <message>
        <source>How the VM reaches other computers. With NAT it reaches the internet alone, through your computer on Airlock&apos;s own network: Airlock&apos;s traffic filter keeps it away from your computer, your local network and your other VMs, and stops it from faking its address. Bridged puts it on your local network, where it can reach every device and every device can reach it.</source>
        <translation>Comment la VM atteint d’autres ordinateurs. Avec NAT, elle n’atteint qu’Internet, par votre ordinateur sur le propre réseau d’Airlock&#xa0;: le filtre de trafic d’Airlock la tient à l’écart de votre ordinateur, de votre réseau local et de vos autres VM, et l’empêche de falsifier son adresse. En mode pont, elle est sur votre réseau local, où elle peut atteindre chaque appareil et chaque appareil peut l’atteindre.</translation>
    </message>
    <message>
        <source>an IPv6 subnet with NAT on Airlock&apos;s network, and the filter&apos;s IPv6 rules (airlock-internet-ipv6, or airlock-bridged-ipv6 on a bridge)</source>
        <translation>un sous-réseau IPv6 avec NAT sur le réseau d’Airlock, et les règles IPv6 du filtre (airlock-internet-ipv6, ou airlock-bridged-ipv6 sur un pont)</translation>
    </message>
    <message>
        <source>a virtio network card with a fixed MAC and IP address on the chosen network, and Airlock&apos;s traffic filter built on libvirt&apos;s clean-traffic (&lt;interface&gt; with &lt;filterref&gt;); your computer&apos;s addresses outside the private ranges are those Airlock saw on this computer when the VM was made (on a remote libvirt host, none)</source>
        <translation>une carte réseau virtio avec une adresse MAC et IP fixe sur le réseau choisi, et le filtre de trafic d’Airlock, bâti sur clean-traffic de libvirt (&lt;interface&gt; avec &lt;filterref&gt;)&#xa0;; les adresses de votre ordinateur hors des plages privées sont celles qu’Airlock a vues sur cet ordinateur à la création de la VM (aucune sur un hôte libvirt distant)</translation>
    </message>
    <message>
        <source>Lets the VM use IPv6 as well as IPv4. On Airlock&apos;s network it is translated (NAT) like IPv4, and the same filter keeps it away from your computer and your local network. Off by default: the VM&apos;s IPv6 address is not fixed like its IPv4 address, only held to its network&apos;s range (on a bridge, not at all), so a VM could take over another VM&apos;s IPv6 address on the same network. The VM may not announce itself as a router or run a DHCPv6 server.</source>
        <translation>Permet à la VM d’utiliser IPv6 en plus d’IPv4. Sur le réseau d’Airlock, IPv6 est traduit (NAT) comme IPv4, et le même filtre tient la VM à l’écart de votre ordinateur et de votre réseau local. Désactivé par défaut&#xa0;: l’adresse IPv6 de la VM n’est pas fixée comme son adresse IPv4, seulement limitée à la plage de son réseau (sur un pont, pas du tout)&#xa0;; une VM pourrait donc prendre l’adresse IPv6 d’une autre VM du même réseau. La VM n’a pas le droit de s’annoncer comme routeur ni d’exécuter un serveur DHCPv6.</translation>
    </message>
    <message>
        <source>A folder of your computer appears inside the VM (virtiofs). The VM can read every file in it and, unless it is read-only, change or delete them, and its administrator can leave programs in it that run with an administrator&apos;s rights on your computer (set-uid) and device files that open your computer&apos;s disks: never run or open what the VM leaves there. Airlock never lets a VM write to your system&apos;s folders, your home folder itself or its hidden folders.</source>
        <translation>Un dossier de votre ordinateur apparaît dans la VM (virtiofs). La VM peut lire chaque fichier qu’il contient et, sauf s’il est en lecture seule, les modifier ou les supprimer, et son administrateur peut y laisser des programmes qui s’exécutent avec les droits d’administrateur sur votre ordinateur (set-uid) et des fichiers de périphériques qui ouvrent les disques de votre ordinateur&#xa0;: n’exécutez et n’ouvrez jamais ce que la VM y laisse. Airlock ne laisse jamais une VM écrire dans les dossiers de votre système, dans votre dossier personnel lui-même ni dans ses dossiers cachés.</translation>
    </message>
    <message>
        <source>Lets a viewer on your computer (virt-viewer or virt-manager, not Airlock&apos;s own console) hand USB devices to the VM. Airlock&apos;s console cannot pass USB devices: inside its Flatpak that would need access to all of your computer&apos;s devices, which secureblue&apos;s audit rejects. A redirected device belongs to the VM: it can read a USB stick, rewrite a device&apos;s firmware, or attack bugs in the host&apos;s USB code.</source>
        <translation>Permet à une visionneuse sur votre ordinateur (virt-viewer ou virt-manager, pas la console d’Airlock) de confier des périphériques USB à la VM. La console d’Airlock ne peut pas transmettre de périphériques USB&#xa0;: dans son Flatpak, il lui faudrait un accès à tous les périphériques de votre ordinateur, ce que l’audit de secureblue refuse. Un périphérique redirigé appartient à la VM&#xa0;: elle peut lire une clé USB, réécrire le micrologiciel d’un périphérique ou exploiter des bogues du code USB de l’hôte.</translation>
    </message>
    <message>
        <source>USB devices you hand over from a viewer on your computer</source>
        <translation>Périphériques USB que vous confiez depuis une visionneuse sur votre ordinateur</translation>
    </message>
</context>
<context>
    <name>Airlock::FirstBoot</name>
    <message>
        <source>The installer finished, but the installed system could not be started: %1 Start the VM again; it boots from its disk.</source>
        <translation>L’installation est terminée, mais le système installé n’a pas pu être démarré&#xa0;: %1 Démarrez à nouveau la VM&#xa0;; elle démarre depuis son disque.</translation>
    </message>
    <message>
        <source>The installer finished and the VM was started again, but it does not run from its own definition: its CD drive still holds an ISO. Shut the VM down and start it again from Airlock.</source>
        <translation>L’installation est terminée et la VM a redémarré, mais elle ne fonctionne pas selon sa propre définition&#xa0;: son lecteur de CD contient encore une ISO. Éteignez la VM et redémarrez-la depuis Airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::HomeWindow</name>
    <message>
        <source>Your VMs</source>
        <translation>Vos VM</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>Nouvelle VM</translation>
    </message>
    <message>
        <source>Made by Airlock</source>
        <translation>Créée par Airlock</translation>
    </message>
    <message>
        <source>Not made by Airlock: check its isolation</source>
        <translation>Non créée par Airlock&#xa0;: vérifiez son isolation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>Opens the wizard that makes a new, isolated NixOS VM</source>
        <translation>Ouvre l’assistant qui crée une nouvelle VM NixOS isolée</translation>
    </message>
    <message>
        <source>There are no VMs on this connection yet. Choose “New VM” to make one: Airlock walks you through it and proves its isolation at the end.</source>
        <translation>Il n’y a pas encore de VM sur cette connexion. Choisissez «&#xa0;Nouvelle VM&#xa0;» pour en créer une&#xa0;: Airlock vous guide pas à pas et prouve son isolation à la fin.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>URI de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to libvirt at %1…</source>
        <translation>Connexion à libvirt sur %1…</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt at %1. Check that the libvirt daemon runs, then choose Retry; or choose another connection under Advanced.
libvirt said: %2</source>
        <extracomment>%1 is the connection URI, %2 libvirt&apos;s own words</extracomment>
        <translation>Airlock n’a pas pu se connecter à libvirt sur %1. Vérifiez que le service libvirt fonctionne, puis choisissez Réessayer&#xa0;; ou choisissez une autre connexion sous Avancé.
libvirt a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Airlock lost its connection to libvirt: %1 Your VMs are not affected. Choose Retry to connect again.</source>
        <translation>Airlock a perdu sa connexion à libvirt&#xa0;: %1 Vos VM ne sont pas touchées. Choisissez Réessayer pour vous reconnecter.</translation>
    </message>
    <message>
        <source>“%1” did not start: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be asked to shut down: %2</source>
        <translation>Impossible de demander à «&#xa0;%1&#xa0;» de s’éteindre&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asked “%1” to shut down, as its power button does. If it does not stop, open it to force it off.</source>
        <translation>Airlock a demandé à «&#xa0;%1&#xa0;» de s’éteindre, comme le fait son bouton d’alimentation. Si elle ne s’arrête pas, ouvrez-la pour forcer l’arrêt.</translation>
    </message>
</context>
<context>
    <name>Airlock::HostCheckRow</name>
    <message>
        <source>Fix:</source>
        <extracomment>Host check details: the command that fixes what was found
----------
Host check details: what to do by hand, outside the running system</extracomment>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Opens a host check&apos;s evidence, source and fix.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Found:</source>
        <extracomment>Host check details: the value Airlock read</extracomment>
        <translation>Trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>Read from:</source>
        <extracomment>Host check details: where the value was read</extracomment>
        <translation>Lu dans&#xa0;:</translation>
    </message>
    <message>
        <source>Details for %1</source>
        <translation>Détails sur %1</translation>
    </message>
    <message>
        <source>Command that fixes %1</source>
        <translation>Commande qui corrige %1</translation>
    </message>
    <message>
        <source>Copy the command that fixes %1</source>
        <translation>Copier la commande qui corrige %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for a moment after the command was copied</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Accepting the risk under “%1” above accepts this one too: they have the same cause.</source>
        <extracomment>%1 is the title of another host check, such as &quot;SELinux&quot;</extracomment>
        <translation>Accepter le risque sous «&#xa0;%1&#xa0;» ci-dessus accepte aussi celui-ci&#xa0;: ils ont la même cause.</translation>
    </message>
    <message>
        <source>Check by hand:</source>
        <extracomment>Host check details: a command that only shows what was found, changing nothing</extracomment>
        <translation>Vérifier à la main&#xa0;:</translation>
    </message>
    <message>
        <source>Command that shows %1, changing nothing</source>
        <translation>Commande qui affiche %1, sans rien modifier</translation>
    </message>
    <message>
        <source>Copy the command that shows %1</source>
        <translation>Copier la commande qui affiche %1</translation>
    </message>
    <message>
        <source>Read:</source>
        <extracomment>Host check details: a web page to read about what was found</extracomment>
        <translation>À lire&#xa0;:</translation>
    </message>
    <message>
        <source>Page about %1</source>
        <translation>Page sur %1</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l’adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the address of the page about %1</source>
        <translation>Copier l’adresse de la page sur %1</translation>
    </message>
    <message>
        <source>How to fix %1</source>
        <translation>Comment corriger %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <extracomment>The button that copies a web address</extracomment>
        <translation>Copier le lien</translation>
    </message>
</context>
<context>
    <name>Airlock::HostDevice</name>
    <message>
        <source>“%1” is neither a USB device nor a PCI device</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un périphérique USB ni un périphérique PCI</translation>
    </message>
</context>
<context>
    <name>Airlock::HostFacts</name>
    <message>
        <source>libvirt&apos;s capabilities could not be read: %1</source>
        <translation>Les capacités de libvirt n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::HostPage</name>
    <message>
        <source>Re-check</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Your computer will be the wall between the VM and everything you care about. Airlock checks that the wall is sound: SELinux, Secure Boot, hardware virtualization and libvirt. Each finding shows what was read, where, and the command that fixes it.</source>
        <translation>Votre ordinateur sera le mur entre la VM et tout ce qui compte pour vous. Airlock vérifie que ce mur est solide&#xa0;: SELinux, Secure Boot, virtualisation matérielle et libvirt. Chaque constat montre ce qui a été lu, où, et la commande qui le corrige.</translation>
    </message>
    <message>
        <source>Run every check again, for example after you fixed something</source>
        <translation>Relancer toutes les vérifications, par exemple après avoir corrigé quelque chose</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Expands the less common settings: the libvirt connection</extracomment>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>libvirt connection:</source>
        <translation>Connexion libvirt&#xa0;:</translation>
    </message>
    <message>
        <source>Point Airlock at another computer&apos;s libvirt, for example qemu+ssh://user@host/system. The VM then runs there, and the checks that read this computer&apos;s files say so.</source>
        <translation>Dirigez Airlock vers le libvirt d’un autre ordinateur, par exemple qemu+ssh://utilisateur@hote/system. La VM s’exécute alors là-bas, et les vérifications qui lisent les fichiers de cet ordinateur l’indiquent.</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt URI. Enter one such as qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URI libvirt. Saisissez-en une comme qemu:///system ou qemu+ssh://utilisateur@hote/system.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <source>%1 of %2 checks done.</source>
        <translation>%1 vérifications sur %2 effectuées.</translation>
    </message>
    <message>
        <source>Not ready</source>
        <extracomment>The Host page&apos;s verdict when something fails</extracomment>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Airlock cannot reach libvirt, and nothing after this page works without it. Fix that first, then Re-check.</source>
        <translation>Airlock n’atteint pas libvirt, et rien après cette page ne fonctionne sans lui. Corrigez cela d’abord, puis revérifiez.</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <extracomment>The Host page&apos;s verdict when nothing fails but something deserves a look</extracomment>
        <translation>Prêt, avec des avertissements</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>The Host page&apos;s verdict when every check passes</extracomment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>This computer is fit to be the VM&apos;s wall.</source>
        <translation>Cet ordinateur peut servir de mur à la VM.</translation>
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
            <numerusform>%n problème trouvé&#xa0;: %1. Corrigez-le et revérifiez, ou acceptez son risque ci-dessous pour continuer.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;: %1. Corrigez-les et revérifiez, ou acceptez chaque risque ci-dessous pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) still need an answer: %1. Fix them and Re-check, or accept each risk below to go on.</source>
        <extracomment>%1 lists the titles of the failed checks whose risk is not accepted yet</extracomment>
        <translation>
            <numerusform>%n problème attend encore une réponse&#xa0;: %1. Corrigez-le et revérifiez, ou acceptez son risque ci-dessous pour continuer.</numerusform>
            <numerusform>%n problèmes attendent encore une réponse&#xa0;: %1. Corrigez-les et revérifiez, ou acceptez chaque risque ci-dessous pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n accepted risk(s)</source>
        <extracomment>The Host page&apos;s verdict when every failure&apos;s risk was accepted</extracomment>
        <translation>
            <numerusform>Prêt, avec %n risque accepté</numerusform>
            <numerusform>Prêt, avec %n risques acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1. The Summary repeats the accepted risk(s) before the VM is created.</source>
        <extracomment>%1 lists the titles of the checks whose risk the user accepted</extracomment>
        <translation>
            <numerusform>Accepté&#xa0;: %1. La page «&#xa0;Vérifier les choix&#xa0;» rappelle ce risque avant la création de la VM.</numerusform>
            <numerusform>Acceptés&#xa0;: %1. La page «&#xa0;Vérifier les choix&#xa0;» rappelle ces risques avant la création de la VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stops you; %n finding(s) below deserve a look.</source>
        <translation>
            <numerusform>Rien ne vous arrête&#xa0;; %n constat ci-dessous mérite un coup d’œil.</numerusform>
            <numerusform>Rien ne vous arrête&#xa0;; %n constats ci-dessous méritent un coup d’œil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::HostReading</name>
    <message>
        <source>Airlock is not connected to %1.</source>
        <translation>Airlock n’est pas connecté à %1.</translation>
    </message>
    <message>
        <source>libvirt did not answer within %1 seconds.</source>
        <translation>libvirt n’a pas répondu en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>Airlock::Hypervisor</name>
    <message>
        <source>The libvirt daemon closed the connection.</source>
        <translation>Le service libvirt a fermé la connexion.</translation>
    </message>
    <message>
        <source>The libvirt daemon stopped answering.</source>
        <translation>Le service libvirt ne répond plus.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon broke.</source>
        <translation>La connexion au service libvirt a été rompue.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon was closed.</source>
        <translation>La connexion au service libvirt a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the host is reachable and that its libvirt daemon is running.</source>
        <translation>
            <numerusform>Pas de réponse de %1 en %n seconde. Vérifiez que l’hôte est joignable et que son service libvirt fonctionne.</numerusform>
            <numerusform>Pas de réponse de %1 en %n secondes. Vérifiez que l’hôte est joignable et que son service libvirt fonctionne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::InstallerGuide</name>
    <message>
        <source>Take the known-good snapshot</source>
        <translation>Prendre l’instantané de référence</translation>
    </message>
    <message>
        <source>Type the hardening command</source>
        <translation>Taper la commande de durcissement</translation>
    </message>
    <message>
        <source>Airlock types as a US keyboard would. If NixOS uses another keyboard layout, switch it to English (US) first, or the symbols come out wrong.</source>
        <translation>Airlock tape comme un clavier américain (US). Si NixOS utilise une autre disposition de clavier, passez d’abord en Anglais (US), sinon les symboles seront faux.</translation>
    </message>
    <message>
        <source>Type the hardening command into the VM</source>
        <translation>Taper la commande de durcissement dans la VM</translation>
    </message>
    <message>
        <source>Types the hardening command into the terminal open in the VM</source>
        <translation>Tape la commande de durcissement dans le terminal ouvert dans la VM</translation>
    </message>
    <message>
        <source>Choose your language, your region and your keyboard layout.</source>
        <translation>Choisissez votre langue, votre région et votre disposition de clavier.</translation>
    </message>
    <message>
        <source>Partitions: choose “Erase disk” (it erases only the VM&apos;s own empty disk) and tick “Encrypt system”. Choose a strong passphrase you will not forget: without it nobody, you included, can read this disk.</source>
        <translation>Partitions&#xa0;: choisissez «&#xa0;Effacer le disque&#xa0;» (cela n’efface que le disque vide propre à la VM) et cochez «&#xa0;Chiffrer le système&#xa0;». Choisissez une phrase de passe solide que vous n’oublierez pas&#xa0;: sans elle, personne, pas même vous, ne peut lire ce disque.</translation>
    </message>
    <message>
        <source>Users: create your user with a strong password. This user is the VM&apos;s administrator and may use sudo.</source>
        <translation>Utilisateurs&#xa0;: créez votre utilisateur avec un mot de passe solide. Cet utilisateur est l’administrateur de la VM et peut utiliser sudo.</translation>
    </message>
    <message>
        <source>Leave out what you do not need: no extra software, and leave “Allow unfree software” off unless a program you need requires it. You can add both later.</source>
        <translation>Laissez de côté ce dont vous n’avez pas besoin&#xa0;: pas de logiciels supplémentaires, et laissez «&#xa0;Autoriser les logiciels non libres&#xa0;» désactivé, sauf si un programme dont vous avez besoin l’exige. Vous pourrez ajouter les deux plus tard.</translation>
    </message>
    <message>
        <source>Click Install. When it has finished, tick “Restart now” and click Done: Airlock then starts NixOS from the VM&apos;s own disk, without the installer.</source>
        <translation>Cliquez sur «&#xa0;Installer&#xa0;». Une fois l’installation terminée, cochez «&#xa0;Redémarrer maintenant&#xa0;» et cliquez sur «&#xa0;Terminé&#xa0;»&#xa0;: Airlock démarre alors NixOS depuis le disque propre à la VM, sans l’installateur.</translation>
    </message>
    <message>
        <source>Take the known-good snapshot now: the fresh system to come back to if anything goes wrong later.</source>
        <translation>Prenez maintenant l’instantané de référence&#xa0;: le système tout neuf où revenir si quelque chose tourne mal plus tard.</translation>
    </message>
    <message>
        <source>Log in, open a terminal in NixOS (GNOME: Console; Plasma: Konsole) and click into it.</source>
        <translation>Connectez-vous, ouvrez un terminal dans NixOS (GNOME&#xa0;: Console&#xa0;; Plasma&#xa0;: Konsole) et cliquez dedans.</translation>
    </message>
    <message>
        <source>Harden NixOS: click “Type the hardening command”. Airlock types it into the terminal, as if you did; nothing else reaches the VM.</source>
        <translation>Durcissez NixOS&#xa0;: cliquez sur «&#xa0;Taper la commande de durcissement&#xa0;». Airlock la tape dans le terminal, comme si vous le faisiez&#xa0;; rien d’autre n’atteint la VM.</translation>
    </message>
    <message>
        <source>Type your password when sudo asks for it. Then run this command, and restart NixOS when it has finished:</source>
        <translation>Tapez votre mot de passe quand sudo le demande. Lancez ensuite cette commande, puis redémarrez NixOS quand elle est terminée&#xa0;:</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The number of a step in the installer guide: &quot;1.&quot;, &quot;2.&quot;, …</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The NixOS installer is running</source>
        <translation>L’installateur NixOS est en cours d’exécution</translation>
    </message>
    <message>
        <source>NixOS is installed</source>
        <translation>NixOS est installé</translation>
    </message>
    <message>
        <source>It started by itself in the VM. Follow it in the console; these are the choices that matter.</source>
        <translation>Il a démarré tout seul dans la VM. Suivez-le dans la console&#xa0;; voici les choix qui comptent.</translation>
    </message>
    <message>
        <source>It now starts from the VM&apos;s own disk. These steps make it the safe place you set out to have.</source>
        <translation>Il démarre désormais depuis le disque propre à la VM. Ces étapes en font le lieu sûr que vous vouliez.</translation>
    </message>
</context>
<context>
    <name>Airlock::InterruptedCreations</name>
    <message>
        <source>Finish it to make the VM after all, or undo it to remove what it made.</source>
        <translation>Terminez-la pour créer la VM malgré tout, ou annulez-la pour retirer ce qu’elle a créé.</translation>
    </message>
    <message>
        <source>Finish it</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Makes the VM with the same choices, keeping its disk and ISO</source>
        <translation>Crée la VM avec les mêmes choix, en gardant son disque et son ISO</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Removes exactly what this creation had made</source>
        <translation>Retire exactement ce que cette création avait créé</translation>
    </message>
    <message>
        <source>Finishing the creation of “%1”…</source>
        <translation>Fin de la création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Undoing the creation of “%1”…</source>
        <translation>Annulation de la création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Finishing the creation of “%1”: %2…</source>
        <translation>Fin de la création de «&#xa0;%1&#xa0;»&#xa0;: %2…</translation>
    </message>
</context>
<context>
    <name>Airlock::LabelPartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::LabelView</name>
    <message>
        <source>SELinux user</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>utilisateur SELinux</translation>
    </message>
    <message>
        <source>role</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>rôle</translation>
    </message>
    <message>
        <source>type</source>
        <extracomment>A part of an SELinux label</extracomment>
        <translation>type</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <extracomment>A part of an SELinux label (MLS/MCS level)</extracomment>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>categories</source>
        <extracomment>A part of an SELinux label (MCS categories)</extracomment>
        <translation>catégories</translation>
    </message>
    <message>
        <source>user ID</source>
        <extracomment>A part of a Unix owner label (user:group)</extracomment>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>group ID</source>
        <extracomment>A part of a Unix owner label (user:group)</extracomment>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>libvirt reports “%1”, which is neither an SELinux label (user:role:type:level) nor a Unix owner (user:group).</source>
        <translation>libvirt indique «&#xa0;%1&#xa0;», qui n’est ni une étiquette SELinux (utilisateur:rôle:type:niveau) ni un propriétaire Unix (utilisateur:groupe).</translation>
    </message>
    <message>
        <source>Point at a part of the label, or Tab to it, to see what it means.</source>
        <translation>Pointez une partie de l’étiquette, ou atteignez-la avec Tab, pour voir ce qu’elle signifie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <extracomment>%1 is a part of a label (&quot;svirt_t&quot;), %2 its name (&quot;type&quot;), %3 what it means.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Airlock::LaunchPage</name>
    <message>
        <source>Stop and undo</source>
        <translation>Arrêter et annuler</translation>
    </message>
    <message>
        <source>Your VM and its proof of isolation</source>
        <translation>Votre VM et la preuve de son isolation</translation>
    </message>
    <message>
        <source>Airlock creates the VM step by step, then reads back from libvirt how the running VM is confined, so that what you see here is a fact, not a promise.</source>
        <translation>Airlock crée la VM étape par étape, puis relit auprès de libvirt comment la VM en cours d’exécution est confinée&#xa0;: ce que vous voyez ici est un fait, pas une promesse.</translation>
    </message>
    <message>
        <source>Show the creation steps</source>
        <translation>Afficher les étapes de création</translation>
    </message>
    <message>
        <source>Stop creating the VM and remove everything made so far</source>
        <translation>Arrêter la création de la VM et retirer tout ce qui a été créé jusqu’ici</translation>
    </message>
    <message>
        <source>Airlock closes as soon as the snapshot operation has finished.</source>
        <translation>Airlock se ferme dès que l’opération sur l’instantané est terminée.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Undoing: removing what was made so far…</source>
        <translation>Annulation&#xa0;: retrait de ce qui a été créé jusqu’ici…</translation>
    </message>
    <message>
        <source>Some of what Airlock made could still not be removed.</source>
        <translation>Une partie de ce qu’Airlock a créé n’a toujours pas pu être retirée.</translation>
    </message>
    <message>
        <source>Stopping: Airlock removes what it made so far…</source>
        <translation>Arrêt&#xa0;: Airlock retire ce qu’il a créé jusqu’ici…</translation>
    </message>
    <message>
        <source>Creation was cancelled before it began.</source>
        <translation>La création a été annulée avant de commencer.</translation>
    </message>
    <message>
        <source>Creating “%1”: step %2 of %3, %4…</source>
        <extracomment>Creating &quot;nixos&quot;: step 3 of 7, Create the VM&apos;s disk</extracomment>
        <translation>Création de «&#xa0;%1&#xa0;»&#xa0;: étape %2 sur %3, %4…</translation>
    </message>
    <message>
        <source>Go back to “%1”</source>
        <translation>Revenir à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message>
        <source>Creation stopped. Everything Airlock had made was removed again.</source>
        <translation>Création arrêtée. Tout ce qu’Airlock avait créé a été retiré.</translation>
    </message>
    <message>
        <source>Creation stopped, but Airlock could not remove everything it had made.</source>
        <translation>Création arrêtée, mais Airlock n’a pas pu retirer tout ce qu’il avait créé.</translation>
    </message>
    <message>
        <source>“%1” could not be created. Nothing was left behind.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créée. Rien n’est resté.</translation>
    </message>
    <message>
        <source>“%1” could not be created, and some of what Airlock made is left behind.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créée, et une partie de ce qu’Airlock a créé est restée.</translation>
    </message>
    <message>
        <source>Connecting to libvirt again…</source>
        <translation>Nouvelle connexion à libvirt…</translation>
    </message>
    <message>
        <source>Removing what the lost connection left behind…</source>
        <translation>Retrait de ce que la connexion perdue a laissé…</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt.</source>
        <translation>Airlock n’a pas pu se connecter à libvirt.</translation>
    </message>
    <message>
        <source>Check that the libvirt daemon runs, then try again.</source>
        <translation>Vérifiez que le service libvirt fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>Still no connection to libvirt: %1</source>
        <translation>Toujours pas de connexion à libvirt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide the creation steps</source>
        <translation>Masquer les étapes de création</translation>
    </message>
    <message>
        <source>The installer finished. NixOS now starts from its disk; the installer ISO is removed.</source>
        <translation>L’installation est terminée. NixOS démarre maintenant depuis son disque&#xa0;; l’ISO d’installation est retirée.</translation>
    </message>
    <message>
        <source>“%1” was already created and started when you pressed Stop. The NixOS installer is running in the VM: open the console to follow it.</source>
        <translation>«&#xa0;%1&#xa0;» était déjà créée et démarrée quand vous avez appuyé sur Arrêter. L’installateur NixOS s’exécute dans la VM&#xa0;: ouvrez la console pour le suivre.</translation>
    </message>
    <message>
        <source>Stop creating the VM?</source>
        <translation>Arrêter la création de la VM&#xa0;?</translation>
    </message>
    <message>
        <source>A VM is being created. Stop and undo it?</source>
        <translation>Une VM est en cours de création. L’arrêter et l’annuler&#xa0;?</translation>
    </message>
    <message>
        <source>If you stop, Airlock removes everything it has made for “%1” so far, then closes. If you keep creating, nothing changes.</source>
        <translation>Si vous arrêtez, Airlock retire tout ce qu’il a créé jusqu’ici pour «&#xa0;%1&#xa0;», puis se ferme. Si vous poursuivez la création, rien ne change.</translation>
    </message>
    <message>
        <source>Keep creating</source>
        <translation>Poursuivre la création</translation>
    </message>
    <message>
        <source>under a second</source>
        <extracomment>How long creating the VM took: &quot;created and started in under a second&quot;</extracomment>
        <translation>moins d’une seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;2 minutes and 5 seconds&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>“%1” was created and started in %2. The NixOS installer is running in the VM: open the console to follow it.</source>
        <translation>«&#xa0;%1&#xa0;» a été créée et démarrée en %2. L’installateur NixOS tourne dans la VM&#xa0;: ouvrez la console pour le suivre.</translation>
    </message>
</context>
<context>
    <name>Airlock::LibvirtError</name>
    <message>
        <source>libvirt reported a failure without saying why</source>
        <translation>libvirt a signalé un échec sans en donner la raison</translation>
    </message>
</context>
<context>
    <name>Airlock::MediaPage</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Use an ISO file I already have…</source>
        <translation>Utiliser un fichier ISO que j’ai déjà…</translation>
    </message>
    <message>
        <source>Use an ISO from a storage pool…</source>
        <translation>Utiliser une ISO d’un pool de stockage…</translation>
    </message>
    <message>
        <source>Get NixOS</source>
        <translation>Obtenir NixOS</translation>
    </message>
    <message>
        <source>The VM installs NixOS from its official ISO image. Airlock downloads it, checks its SHA-256 fingerprint against the one NixOS publishes, and hands it to libvirt so the VM can read it.</source>
        <translation>La VM installe NixOS depuis son image ISO officielle. Airlock la télécharge, compare son empreinte SHA-256 à celle publiée par NixOS, et la confie à libvirt pour que la VM puisse la lire.</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>NixOS release</source>
        <translation>Version de NixOS</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>The newest stable NixOS with a desktop, for this computer.</source>
        <translation>Le NixOS stable le plus récent, avec un bureau, pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Published by NixOS:</source>
        <translation>Publiée par NixOS&#xa0;:</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Ce fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Already have a NixOS ISO?</source>
        <translation>Vous avez déjà une ISO NixOS&#xa0;?</translation>
    </message>
    <message>
        <source>Saved in %1. Stopping is safe: the next download continues where this one left off, and a verified ISO is reused.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Enregistré dans %1. Arrêter est sans risque&#xa0;: le prochain téléchargement reprend là où celui-ci s’est arrêté, et une ISO vérifiée est réutilisée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a release such as &quot;NixOS 25.11 “Xantusia”&quot;, %2 &quot;Graphical installer&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No NixOS release is published for this computer&apos;s architecture (%1). Use an ISO you already have.</source>
        <translation>Aucune version de NixOS n’est publiée pour l’architecture de cet ordinateur (%1). Utilisez une ISO que vous avez déjà.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>The newest stable NixOS, with a desktop you choose when it starts (GNOME or Plasma). A download of about 3 GB.</source>
        <translation>Le NixOS stable le plus récent, avec un bureau que vous choisissez au démarrage (GNOME ou Plasma). Un téléchargement d’environ 3 Go.</translation>
    </message>
    <message>
        <source>Text only: installs NixOS without a desktop. A smaller download.</source>
        <translation>Texte seul&#xa0;: installe NixOS sans bureau. Un téléchargement plus petit.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <extracomment>%1 is a release such as &quot;NixOS 25.11 “Xantusia”&quot;</extracomment>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Asking NixOS for the published SHA-256 fingerprint…</source>
        <translation>Demande à NixOS de l’empreinte SHA-256 publiée…</translation>
    </message>
    <message>
        <source>Checking the ISO downloaded earlier…</source>
        <translation>Vérification de l’ISO téléchargée précédemment…</translation>
    </message>
    <message>
        <source>Comparing the fingerprint with the published one…</source>
        <translation>Comparaison de l’empreinte avec celle publiée…</translation>
    </message>
    <message>
        <source>Paused. What has arrived is kept; Resume continues from there.</source>
        <translation>En pause. Ce qui est arrivé est conservé&#xa0;; Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Download stopped. What has arrived is kept, so the next download continues from there.</source>
        <translation>Téléchargement arrêté. Ce qui est arrivé est conservé&#xa0;: le prochain téléchargement reprendra à partir de là.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Revérifiée&#xa0;: cette ISO a toujours l’empreinte enregistrée lors de son téléchargement. Airlock n’a pas pu joindre NixOS pour chercher une version plus récente.</translation>
    </message>
    <message>
        <source>Verified: the ISO downloaded earlier is exactly the one NixOS publishes. Nothing needed downloading.</source>
        <translation>Vérifiée&#xa0;: l’ISO téléchargée précédemment est exactement celle que publie NixOS. Rien n’a dû être téléchargé.</translation>
    </message>
    <message>
        <source>Verified: this ISO is exactly the one NixOS publishes.</source>
        <translation>Vérifiée&#xa0;: cette ISO est exactement celle que publie NixOS.</translation>
    </message>
    <message>
        <source>The download does not match the fingerprint NixOS published: it was damaged on the way or altered. Airlock set it aside as “%1” and will not use it. Download it again; if this repeats, try another network.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Le téléchargement ne correspond pas à l’empreinte publiée par NixOS&#xa0;: il a été endommagé en chemin ou modifié. Airlock l’a mis de côté sous «&#xa0;%1&#xa0;» et ne l’utilisera pas. Téléchargez-le à nouveau&#xa0;; si cela se répète, essayez un autre réseau.</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Télécharger à nouveau</translation>
    </message>
    <message>
        <source>(not available offline)</source>
        <translation>(indisponible hors ligne)</translation>
    </message>
    <message>
        <source>(computed as the file arrives)</source>
        <translation>(calculée pendant l’arrivée du fichier)</translation>
    </message>
    <message>
        <source>Choose a NixOS ISO</source>
        <translation>Choisir une ISO NixOS</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>Images ISO (*.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Airlock cannot read “%1”. Choose another file.</source>
        <translation>Airlock ne peut pas lire «&#xa0;%1&#xa0;». Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO image (it lacks the ISO 9660 signature). Choose the .iso file NixOS published.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image ISO (la signature ISO 9660 manque). Choisissez le fichier .iso publié par NixOS.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Choose an ISO volume</source>
        <translation>Choisir un volume ISO</translation>
    </message>
    <message>
        <source>ISO images already in libvirt&apos;s storage pools:</source>
        <translation>Images ISO déjà présentes dans les pools de stockage de libvirt&#xa0;:</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>libvirt could not list the pools: %1</source>
        <translation>libvirt n’a pas pu lister les pools&#xa0;: %1</translation>
    </message>
    <message>
        <source>No pool holds an ISO volume.</source>
        <translation>Aucun pool ne contient de volume ISO.</translation>
    </message>
    <message>
        <source>%1 (pool “%2”)</source>
        <extracomment>%1 is a volume name, %2 a storage pool</extracomment>
        <translation>%1 (pool «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Airlock cannot reach libvirt: %1</source>
        <translation>Airlock n’atteint pas libvirt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Using the ISO volume “%1” from the storage pool “%2”. Airlock does not check what is in it.</source>
        <translation>Utilisation du volume ISO «&#xa0;%1&#xa0;» du pool de stockage «&#xa0;%2&#xa0;». Airlock ne vérifie pas son contenu.</translation>
    </message>
    <message>
        <source>The storage pool “%1” has no volume “%2”. Download the ISO or choose another.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n’a pas de volume «&#xa0;%2&#xa0;». Téléchargez l’ISO ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The ISO “%1” named in the spec does not exist. Download it or choose another.</source>
        <translation>L’ISO «&#xa0;%1&#xa0;» indiquée dans la spécification n’existe pas. Téléchargez-la ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The VM will install from the volume &lt;b&gt;%1&lt;/b&gt; in the storage pool &lt;b&gt;%2&lt;/b&gt;.</source>
        <extracomment>%1 is a volume name, %2 a storage pool</extracomment>
        <translation>La VM s’installera depuis le volume &lt;b&gt;%1&lt;/b&gt; du pool de stockage &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The VM will install from &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>La VM s’installera depuis &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Paste the SHA-256 published for this ISO, or the whole line of its .sha256 file</source>
        <translation>Collez l’empreinte SHA-256 publiée pour cette ISO, ou la ligne entière de son fichier .sha256</translation>
    </message>
    <message>
        <source>Published SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 publiée</translation>
    </message>
    <message>
        <source>NixOS publishes the fingerprint of each ISO beside it: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>The link opens NixOS&apos;s download page in the browser.</extracomment>
        <translation>NixOS publie l’empreinte de chaque ISO à côté d’elle&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Asking %1 which NixOS releases it has…</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>Demande à %1 des versions de NixOS disponibles…</translation>
    </message>
    <message>
        <source>These are the releases %1 has right now.</source>
        <extracomment>%1 is a server such as &quot;channels.nixos.org&quot;</extracomment>
        <translation>Voici les versions que %1 propose actuellement.</translation>
    </message>
    <message>
        <source>%1 These are the releases Airlock knew of when it was built; a newer one may be out.</source>
        <extracomment>%1 is why the mirror&apos;s list could not be used (a sentence)</extracomment>
        <translation>%1 Voici les versions qu’Airlock connaissait lors de sa compilation&#xa0;; une plus récente est peut-être sortie.</translation>
    </message>
    <message>
        <source>%1 (no longer supported)</source>
        <extracomment>a release in the list whose support has ended; %1 is its name</extracomment>
        <translation>%1 (plus prise en charge)</translation>
    </message>
    <message>
        <source>Unstable can break from one day to the next. Choose it only if you need something newer than the stable release.</source>
        <translation>Unstable peut cesser de fonctionner d’un jour à l’autre. Ne choisissez unstable que si vous avez besoin de quelque chose de plus récent que la version stable.</translation>
    </message>
    <message>
        <source>Do not install this one: it no longer gets security fixes.</source>
        <translation>N’installez pas celle-ci&#xa0;: elle ne reçoit plus de correctifs de sécurité.</translation>
    </message>
    <message>
        <source>An older stable release, still supported for a while.</source>
        <translation>Une version stable plus ancienne, encore prise en charge pendant un temps.</translation>
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
        <translation>Le téléchargement arrêté de %1 est conservé pour plus tard. %2 est un autre fichier&#xa0;: son téléchargement repart du début.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Choose another volume…</source>
        <translation>Choisir un autre volume…</translation>
    </message>
    <message>
        <source>Fetch the published fingerprint of %1</source>
        <extracomment>%1 is a release such as &quot;NixOS 26.05 “Yarara”&quot;</extracomment>
        <translation>Récupérer l’empreinte publiée de %1</translation>
    </message>
    <message>
        <source>The SHA-256 NixOS publishes for the latest %1 (%2), from %3</source>
        <extracomment>%1 is a release such as &quot;NixOS 26.05 “Yarara”&quot;, %2 &quot;Graphical installer&quot;, %3 an address</extracomment>
        <translation>L’empreinte SHA-256 publiée par NixOS pour la dernière image de %1 (%2), à l’adresse %3</translation>
    </message>
    <message>
        <source>Airlock could not read “%1” to compute its fingerprint: %2. Choose another file.</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>Airlock n’a pas pu lire «&#xa0;%1&#xa0;» pour calculer son empreinte&#xa0;: %2. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Airlock cannot use what you pasted: %1. Paste the 64 hexadecimal digits of the SHA-256 fingerprint, or the whole line of the .sha256 file.</source>
        <extracomment>%1 says what is wrong with the pasted text</extracomment>
        <translation>Airlock ne peut pas utiliser ce que vous avez collé&#xa0;: %1. Collez les 64 chiffres hexadécimaux de l’empreinte SHA-256, ou la ligne entière du fichier .sha256.</translation>
    </message>
    <message>
        <source>Airlock could not fetch the fingerprint NixOS publishes: %1 Paste it below instead.</source>
        <extracomment>%1 says what went wrong (a sentence)</extracomment>
        <translation>Airlock n’a pas pu récupérer l’empreinte publiée par NixOS&#xa0;: %1 Collez-la plutôt ci-dessous.</translation>
    </message>
    <message>
        <source>Using your own ISO. Airlock does not know yet whether it is genuine: fetch or paste the SHA-256 fingerprint NixOS publishes for it below, and Airlock compares the two.</source>
        <translation>Utilisation de votre propre ISO. Airlock ne sait pas encore si elle est authentique&#xa0;: récupérez ou collez ci-dessous l’empreinte SHA-256 que NixOS publie pour elle, et Airlock comparera les deux.</translation>
    </message>
    <message>
        <source>Computing the fingerprint of “%1”; Airlock compares it with the published value as soon as it is done.</source>
        <translation>Calcul de l’empreinte de «&#xa0;%1&#xa0;»&#xa0;; Airlock la compare à la valeur publiée dès que le calcul est terminé.</translation>
    </message>
    <message>
        <source>Verified against the value you pasted: “%1” has exactly that SHA-256 fingerprint.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Vérifiée par rapport à la valeur que vous avez collée&#xa0;: «&#xa0;%1&#xa0;» a exactement cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Verified against the value fetched from NixOS: “%1” has exactly that SHA-256 fingerprint.</source>
        <translation>Vérifiée par rapport à la valeur récupérée auprès de NixOS&#xa0;: «&#xa0;%1&#xa0;» a exactement cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>The value you pasted is for “%1”, and your file is “%2”: another build, so the value cannot vouch for it. Paste the value published for “%2”.</source>
        <extracomment>%1 is the file the value was published for, %2 the user&apos;s file</extracomment>
        <translation>La valeur que vous avez collée est celle de «&#xa0;%1&#xa0;», et votre fichier est «&#xa0;%2&#xa0;»&#xa0;: il s’agit d’une autre image, cette valeur ne peut donc pas en garantir l’authenticité. Collez la valeur publiée pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>NixOS publishes “%1” for the release selected above, and your file is “%2”: another build, so the fetched value cannot vouch for it. Paste the value published for “%2”.</source>
        <translation>NixOS publie «&#xa0;%1&#xa0;» pour la version choisie ci-dessus, et votre fichier est «&#xa0;%2&#xa0;»&#xa0;: il s’agit d’une autre image, la valeur récupérée ne peut donc pas en garantir l’authenticité. Collez la valeur publiée pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not the file with the fingerprint you pasted. Check that you copied the value published for this ISO; if you did, the file was damaged or altered: do not use it. Download NixOS above or choose another file.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas le fichier dont vous avez collé l’empreinte. Vérifiez que vous avez copié la valeur publiée pour cette ISO&#xa0;; si c’est le cas, le fichier a été endommagé ou modifié&#xa0;: ne l’utilisez pas. Téléchargez NixOS ci-dessus ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is not the file NixOS publishes under that name: their fingerprints differ, so it was damaged or altered. Do not use it: download NixOS above or choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le fichier que NixOS publie sous ce nom&#xa0;: leurs empreintes diffèrent, il a donc été endommagé ou modifié. Ne l’utilisez pas&#xa0;: téléchargez NixOS ci-dessus ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 It is already in the storage pool “%2” as “%3”, ready for the VM.</source>
        <extracomment>%1 is the verdict (a sentence), %2 a storage pool, %3 a volume name</extracomment>
        <translation>%1 Elle est déjà dans le pool de stockage «&#xa0;%2&#xa0;» sous le nom «&#xa0;%3&#xa0;», prête pour la VM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <extracomment>%1 is what went wrong</extracomment>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MemorySpinBox</name>
    <message>
        <source>%1 MiB</source>
        <extracomment>An amount of memory in mebibytes.</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>An amount of memory in gibibytes.</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <extracomment>An amount of memory in tebibytes.</extracomment>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>Type an amount of memory, for example 4 GiB.</source>
        <translation>Saisissez une quantité de mémoire, par exemple 4 Gio.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of memory. Type one such as 4 GiB or 512 MiB.</source>
        <extracomment>%1 is what the user typed in the memory box</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité de mémoire. Saisissez-en une comme 4 Gio ou 512 Mio.</translation>
    </message>
    <message>
        <source>Add a unit, for example %1.</source>
        <extracomment>%1 is the number the user typed, with a unit added</extracomment>
        <translation>Ajoutez une unité, par exemple %1.</translation>
    </message>
    <message>
        <source>Airlock does not know the unit “%1”. Use GiB or MiB, for example 4 GiB.</source>
        <extracomment>%1 is the unit the user typed, such as &quot;KiB&quot;</extracomment>
        <translation>Airlock ne connaît pas l’unité «&#xa0;%1&#xa0;». Utilisez Gio ou Mio, par exemple 4 Gio.</translation>
    </message>
    <message>
        <source>%1 is more memory than any computer has.</source>
        <translation>%1 dépasse la mémoire de tout ordinateur.</translation>
    </message>
    <message>
        <source>%1 is more than this box takes: at most %2.</source>
        <translation>%1 dépasse ce que cette case accepte&#xa0;: %2 au plus.</translation>
    </message>
    <message>
        <source>%1 is less than this box takes: at least %2.</source>
        <translation>%1 est en dessous de ce que cette case accepte&#xa0;: %2 au moins.</translation>
    </message>
</context>
<context>
    <name>Airlock::NoticeLabel</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <extracomment>%1 is a verdict word (&quot;Warning&quot;), %2 the sentence it introduces.</extracomment>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Spoken by screen readers: %1 is a verdict word (&quot;Warning&quot;), %2 the sentence.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::ProofView</name>
    <message>
        <source>“%1” (enforcing: %2)</source>
        <extracomment>A label as libvirt reported it, with its enforcing flag</extracomment>
        <translation>«&#xa0;%1&#xa0;» (enforcing&#xa0;: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>What libvirt reported, word for word</source>
        <translation>Ce que libvirt a indiqué, mot pour mot</translation>
    </message>
    <message>
        <source>The SELinux label QEMU runs with, for this VM only:</source>
        <translation>L’étiquette SELinux avec laquelle QEMU s’exécute, pour cette VM seulement&#xa0;:</translation>
    </message>
    <message>
        <source>QEMU runs as this Unix user and group (there is no SELinux label):</source>
        <translation>QEMU s’exécute sous cet utilisateur et ce groupe Unix (il n’y a pas d’étiquette SELinux)&#xa0;:</translation>
    </message>
    <message>
        <source>The label libvirt reports for QEMU:</source>
        <translation>L’étiquette que libvirt indique pour QEMU&#xa0;:</translation>
    </message>
    <message>
        <source>libvirt reported no label for this VM&apos;s QEMU.</source>
        <translation>libvirt n’a indiqué aucune étiquette pour le QEMU de cette VM.</translation>
    </message>
    <message>
        <source>The label on the VM&apos;s disk:</source>
        <translation>L’étiquette du disque de la VM&#xa0;:</translation>
    </message>
    <message>
        <source>The VM&apos;s disk belongs to:</source>
        <translation>Le disque de la VM appartient à&#xa0;:</translation>
    </message>
    <message>
        <source>That is the user every VM&apos;s QEMU runs as: Unix permissions do not keep other VMs from this disk.</source>
        <translation>C’est l’utilisateur sous lequel s’exécute le QEMU de chaque VM&#xa0;: les droits Unix n’écartent pas les autres VM de ce disque.</translation>
    </message>
    <message>
        <source>No categories to compare with other VMs: without its own SELinux categories, nothing keeps this VM apart from them.</source>
        <translation>Aucune catégorie à comparer avec les autres VM&#xa0;: sans ses propres catégories SELinux, rien ne sépare cette VM des autres.</translation>
    </message>
    <message>
        <source>libvirt&apos;s answers disagree: %1</source>
        <translation>Les réponses de libvirt se contredisent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read from libvirt at %1.</source>
        <translation>Lu auprès de libvirt à %1.</translation>
    </message>
    <message>
        <source>Host security driver (virNodeGetSecurityModel): %1, DOI %2</source>
        <translation>Pilote de sécurité de l’hôte (virNodeGetSecurityModel)&#xa0;: %1, DOI %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Label API (virDomainGetSecurityLabelList): %1</source>
        <translation>API des étiquettes (virDomainGetSecurityLabelList)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Label API: virDomainGetSecurityLabelList is not supported; virDomainGetSecurityLabel says: %1</source>
        <translation>API des étiquettes&#xa0;: virDomainGetSecurityLabelList n’est pas pris en charge&#xa0;; virDomainGetSecurityLabel indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live XML: no &lt;seclabel&gt; element.</source>
        <translation>XML actif&#xa0;: aucun élément &lt;seclabel&gt;.</translation>
    </message>
    <message>
        <source>Live XML &lt;seclabel&gt;: model %1, type %2, relabel %3, label %4, image label %5</source>
        <translation>XML actif &lt;seclabel&gt;&#xa0;: modèle %1, type %2, relabel %3, étiquette %4, étiquette d’image %5</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Other running VMs with an SELinux label: none.</source>
        <translation>Autres VM en cours d’exécution avec une étiquette SELinux&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Other running VM %1: %2 (can open this VM&apos;s files)</source>
        <translation>Autre VM en cours d’exécution %1&#xa0;: %2 (peut ouvrir les fichiers de cette VM)</translation>
    </message>
    <message>
        <source>Other running VM %1: %2 (kept apart)</source>
        <translation>Autre VM en cours d’exécution %1&#xa0;: %2 (tenue à l’écart)</translation>
    </message>
    <message>
        <source>Host policy for %1: %2</source>
        <translation>Politique de l’hôte pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Disk %1 (%2): file labelled %3</source>
        <extracomment>%1 a disk such as vda, %2 its volume or file, %3 the label of the file</extracomment>
        <translation>Disque %1 (%2)&#xa0;: fichier étiqueté %3</translation>
    </message>
</context>
<context>
    <name>Airlock::ReleaseDiscovery</name>
    <message>
        <source>%1 serves none of the releases Airlock looked for (%2).</source>
        <extracomment>%1 is a server, %2 a list of channels such as &quot;nixos-26.11, nixos-26.05&quot;</extracomment>
        <translation>%1 ne propose aucune des versions recherchées par Airlock (%2).</translation>
    </message>
</context>
<context>
    <name>Airlock::ResourcesPage</name>
    <message>
        <source>Size the VM</source>
        <translation>Dimensionner la VM</translation>
    </message>
    <message>
        <source>How much of this computer the VM may use. Airlock suggests what NixOS needs and what this computer can spare; change it if you know better.</source>
        <translation>Quelle part de cet ordinateur la VM peut utiliser. Airlock propose ce dont NixOS a besoin et ce que cet ordinateur peut céder&#xa0;; modifiez-le si vous savez mieux.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>Nom de la VM</translation>
    </message>
    <message>
        <source>How libvirt and virt-manager list the VM; its disk is named after it.</source>
        <translation>Le nom sous lequel libvirt et virt-manager listent la VM&#xa0;; son disque est nommé d’après lui.</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>Processeurs virtuels</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Taille du disque</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit after the disk size in its spin box, with a leading space.</extracomment>
        <translation> Gio</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;Processeurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>&amp;Disque&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: CPU mode and firmware</source>
        <translation>A&amp;vancé&#xa0;: mode du processeur et micrologiciel</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>The older firmware; for when UEFI is not available.</source>
        <translation>L’ancien micrologiciel, pour quand UEFI n’est pas disponible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPU mode&lt;/b&gt;: what the VM sees of this computer&apos;s processor</source>
        <translation>&lt;b&gt;Mode du processeur&lt;/b&gt;&#xa0;: ce que la VM voit du processeur de cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware&lt;/b&gt;: what starts the VM before NixOS</source>
        <translation>&lt;b&gt;Micrologiciel&lt;/b&gt;&#xa0;: ce qui démarre la VM avant NixOS</translation>
    </message>
    <message>
        <source>Run in &amp;emulation instead</source>
        <translation>S’exécuter en &amp;émulation à la place</translation>
    </message>
    <message>
        <source>Turn Secure Boot &amp;off</source>
        <translation>&amp;Désactiver Secure Boot</translation>
    </message>
    <message>
        <source>Connecting to libvirt…</source>
        <translation>Connexion à libvirt…</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s capacity from libvirt…</source>
        <translation>Lecture de la capacité de cet ordinateur auprès de libvirt…</translation>
    </message>
    <message>
        <source>Airlock could not ask libvirt about this computer: %1 The suggestions below are NixOS&apos;s own, and this computer&apos;s limits are not checked.</source>
        <translation>Airlock n’a pas pu interroger libvirt sur cet ordinateur&#xa0;: %1 Les suggestions ci-dessous sont celles de NixOS, et les limites de cet ordinateur ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>suggested</source>
        <extracomment>Under the CPU slider, below Airlock&apos;s suggested number of CPUs.</extracomment>
        <translation>suggéré</translation>
    </message>
    <message>
        <source>NixOS recommends</source>
        <extracomment>Under the memory and disk sliders, below NixOS&apos;s recommended amount.</extracomment>
        <translation>NixOS recommande</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A CPU mode&apos;s explanation, then why it cannot be used.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fastest. The VM sees this computer&apos;s exact processor model and features, which lets software inside it recognise your hardware.</source>
        <translation>Le plus rapide. La VM voit le modèle exact et les fonctions du processeur de cet ordinateur, ce qui permet aux logiciels qu’elle contient de reconnaître votre matériel.</translation>
    </message>
    <message>
        <source>Nearly as fast. The VM sees a standard processor model close to this one, which shows less of the exact hardware.</source>
        <translation>Presque aussi rapide. La VM voit un modèle de processeur standard proche de celui-ci, qui montre moins du matériel exact.</translation>
    </message>
    <message>
        <source>Every feature the hypervisor can offer: much like the host CPU with KVM, the most capable emulated processor without it.</source>
        <translation>Toutes les fonctions que l’hyperviseur peut offrir&#xa0;: avec KVM, proche du processeur de l’hôte&#xa0;; sans KVM, le processeur émulé le plus complet.</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot on (from the spec)</source>
        <translation>UEFI, Secure Boot activé (selon la spécification)</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off</source>
        <translation>UEFI, Secure Boot désactivé</translation>
    </message>
    <message>
        <source>The modern firmware NixOS installs with, but with Secure Boot on the NixOS installer will not start: it is not signed for Secure Boot.</source>
        <translation>Le micrologiciel moderne avec lequel NixOS s’installe, mais avec Secure Boot activé l’installateur NixOS ne démarrera pas&#xa0;: il n’est pas signé pour Secure Boot.</translation>
    </message>
    <message>
        <source>The modern firmware NixOS installs with. Secure Boot stays off because the NixOS installer is not signed for it; this computer&apos;s own Secure Boot is not affected.</source>
        <translation>Le micrologiciel moderne avec lequel NixOS s’installe. Secure Boot reste désactivé car l’installateur NixOS n’est pas signé pour lui&#xa0;; le Secure Boot de cet ordinateur n’est pas touché.</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot on</source>
        <translation>UEFI, Secure Boot activé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Beside the folded &quot;Advanced&quot; section: the CPU mode and firmware chosen.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A control&apos;s name, then what is wrong with its value.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::SharedFolderDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Read-only: the VM can read the files but not change them (recommended)</source>
        <translation>Lecture seule&#xa0;: la VM peut lire les fichiers mais pas les modifier (recommandé)</translation>
    </message>
    <message>
        <source>Share a folder with the VM</source>
        <translation>Partager un dossier avec la VM</translation>
    </message>
    <message>
        <source>Share this folder</source>
        <translation>Partager ce dossier</translation>
    </message>
    <message>
        <source>&lt;p&gt;The folder appears inside the VM through &lt;b&gt;virtiofs&lt;/b&gt;, a file system that passes file operations from the VM to a small helper program on your computer. The VM sees this folder and nothing above or beside it.&lt;/p&gt;&lt;p&gt;In NixOS, mount it with &lt;code&gt;mount -t virtiofs airlock-share /mnt&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le dossier apparaît dans la VM grâce à &lt;b&gt;virtiofs&lt;/b&gt;, un système de fichiers qui transmet les opérations sur les fichiers de la VM à un petit programme auxiliaire sur votre ordinateur. La VM voit ce dossier et rien au-dessus ni à côté.&lt;/p&gt;&lt;p&gt;Dans NixOS, montez-le avec &lt;code&gt;mount -t virtiofs airlock-share /mnt&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <extracomment>Accessible name of the folder path field.</extracomment>
        <translation>Dossier à partager</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>Choisissez un dossier, ou saisissez son chemin complet.</translation>
    </message>
    <message>
        <source>“%1” is not a full path: it must start with “/”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin complet&#xa0;: il doit commencer par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>There is no folder “%1” on this computer.</source>
        <translation>Il n’y a pas de dossier «&#xa0;%1&#xa0;» sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Folder to share with the VM</source>
        <translation>Dossier à partager avec la VM</translation>
    </message>
    <message>
        <source>This shares your whole home folder, with your documents, keys and browser profiles. Share a folder made for the VM instead.</source>
        <translation>Cela partage tout votre dossier personnel, avec vos documents, vos clés et vos profils de navigateur. Partagez plutôt un dossier créé pour la VM.</translation>
    </message>
    <message>
        <source>The VM can change and delete every file in this folder. Its administrator can also leave programs here that run with an administrator&apos;s rights on this computer (set-uid) and device files that open this computer&apos;s disks: never run or open what the VM leaves in it. Read-only keeps both out.</source>
        <translation>La VM peut modifier et supprimer chaque fichier de ce dossier. Son administrateur peut aussi y laisser des programmes qui s’exécutent avec les droits d’administrateur sur cet ordinateur (set-uid) et des fichiers de périphériques qui ouvrent les disques de cet ordinateur&#xa0;: n’exécutez et n’ouvrez jamais ce que la VM y laisse. La lecture seule écarte les deux.</translation>
    </message>
</context>
<context>
    <name>Airlock::SnapshotPanel</name>
    <message>
        <source>Revert to this snapshot…</source>
        <translation>Revenir à cet instantané…</translation>
    </message>
    <message>
        <source>Revert now</source>
        <translation>Revenir maintenant</translation>
    </message>
    <message>
        <source>Keep the VM as it is</source>
        <translation>Garder la VM telle quelle</translation>
    </message>
    <message>
        <source>A snapshot keeps the VM as it is now, so you can come back to it. Take one right after NixOS is installed and set up: a known-good state to return to if something goes wrong later.</source>
        <translation>Un instantané fige la VM telle qu’elle est maintenant, pour que vous puissiez y revenir. Prenez-en un juste après avoir installé et configuré NixOS&#xa0;: un état sain où revenir si quelque chose tourne mal plus tard.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Snapshots of this VM</source>
        <translation>Instantanés de cette VM</translation>
    </message>
    <message>
        <source>The snapshots could not be listed: %1</source>
        <translation>Les instantanés n’ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taking a known-good snapshot…</source>
        <translation>Prise d’un instantané de référence…</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>L’instantané n’a pas pu être pris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Took “%1” as a disk-only snapshot: libvirt refuses a full one for this VM (“%2”).</source>
        <translation>«&#xa0;%1&#xa0;» pris comme instantané du disque seul&#xa0;: libvirt refuse un instantané complet pour cette VM («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Revert the VM to “%1”, taken %2?</source>
        <translation>Ramener la VM à «&#xa0;%1&#xa0;», pris le %2&#xa0;?</translation>
    </message>
    <message>
        <source>Reverting to “%1”…</source>
        <translation>Retour à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The VM could not be reverted to “%1”: %2</source>
        <translation>La VM n’a pas pu être ramenée à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The VM is back at “%1”.</source>
        <translation>La VM est revenue à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>It was turned off for this and runs again.</source>
        <translation>Elle a été éteinte pour cela et fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>It did not start again: %1</source>
        <translation>Elle n’a pas redémarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Retiré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A snapshot libvirt marks as the one the VM last came from</extracomment>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Choose a snapshot to see what reverting to it does.</source>
        <translation>Choisissez un instantané pour voir ce que fait le retour à celui-ci.</translation>
    </message>
    <message>
        <source>Took “%1”: disk only (an overlay file).</source>
        <translation>«&#xa0;%1&#xa0;» pris&#xa0;: disque seul (un fichier de recouvrement).</translation>
    </message>
    <message>
        <source>Took “%1”: disk and memory.</source>
        <translation>«&#xa0;%1&#xa0;» pris&#xa0;: disque et mémoire.</translation>
    </message>
    <message>
        <source>Took “%1”: disk (inside the disk file).</source>
        <translation>«&#xa0;%1&#xa0;» pris&#xa0;: disque (dans le fichier du disque).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the kind of snapshot (&quot;Disk and memory&quot;), %2 what reverting to it does.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Take it anyway</source>
        <translation>Prendre quand même</translation>
    </message>
    <message>
        <source>Wait until NixOS is installed</source>
        <translation>Attendre que NixOS soit installé</translation>
    </message>
    <message>
        <source>The NixOS installer is still running, so a snapshot now would keep the installer, not your installed NixOS: going back to it would undo the installation. It is worth taking once NixOS is installed, has started from its disk and is set up. Take one now anyway?</source>
        <translation>L’installateur NixOS est encore en cours d’exécution&#xa0;: un instantané pris maintenant garderait l’installateur, pas votre NixOS installé, et y revenir annulerait l’installation. Mieux vaut en prendre un une fois NixOS installé, démarré depuis son disque et configuré. En prendre un maintenant quand même&#xa0;?</translation>
    </message>
    <message>
        <source>A snapshot keeps the VM as it is now, so you can come back to it. The NixOS installer is still running: take the known-good snapshot once NixOS is installed, has started from its disk and is set up.</source>
        <translation>Un instantané fige la VM telle qu’elle est maintenant, pour que vous puissiez y revenir. L’installateur NixOS est encore en cours d’exécution&#xa0;: prenez l’instantané de référence une fois NixOS installé, démarré depuis son disque et configuré.</translation>
    </message>
    <message>
        <source>Take known-good snapshot now</source>
        <translation>Prendre un instantané de référence maintenant</translation>
    </message>
    <message>
        <source>Delete this snapshot…</source>
        <translation>Supprimer cet instantané…</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep the snapshot</source>
        <translation>Garder l’instantané</translation>
    </message>
    <message>
        <source>The VM is running: it will be turned off first, as after a power cut.</source>
        <translation>La VM est en cours d’exécution&#xa0;: elle sera d’abord éteinte, comme après une coupure de courant.</translation>
    </message>
    <message>
        <source>Its firmware settings are back to their defaults.</source>
        <translation>Ses réglages du micrologiciel sont revenus à leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>Its firmware settings could not be reset: %1</source>
        <translation>Ses réglages du micrologiciel n’ont pas pu être réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”, taken %2? You can no longer go back to it. The VM itself stays as it is now.</source>
        <translation>Supprimer l’instantané «&#xa0;%1&#xa0;», pris le %2&#xa0;? Vous ne pourrez plus y revenir. La VM elle-même reste telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The snapshot “%1” could not be deleted: %2</source>
        <translation>L’instantané «&#xa0;%1&#xa0;» n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The snapshot “%1” is deleted; the VM is as it was.</source>
        <translation>L’instantané «&#xa0;%1&#xa0;» est supprimé&#xa0;; la VM est telle qu’elle était.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Conservé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No snapshots yet. “Take known-good snapshot now” takes one.</source>
        <translation>Pas encore d’instantané. «&#xa0;Prendre un instantané de référence maintenant&#xa0;» en prend un.</translation>
    </message>
</context>
<context>
    <name>Airlock::SpiceSession</name>
    <message>
        <source>The connection to libvirt was lost, and with it the VM&apos;s screen.</source>
        <translation>La connexion à libvirt a été perdue, et avec elle l’écran de la VM.</translation>
    </message>
    <message>
        <source>Reconnect to libvirt, then open the console again.</source>
        <translation>Reconnectez-vous à libvirt, puis rouvrez la console.</translation>
    </message>
    <message>
        <source>This VM has a sound card, but the console plays no sound: Airlock has no access to your computer&apos;s sound server.</source>
        <translation>Cette VM a une carte son, mais la console ne joue aucun son&#xa0;: Airlock n’a pas accès au serveur de son de votre ordinateur.</translation>
    </message>
    <message>
        <source>Clipboard sharing was chosen for this VM, but this console does not carry the clipboard: nothing you copy reaches the VM, and nothing it copies reaches you.</source>
        <translation>Le presse-papiers partagé a été choisi pour cette VM, mais cette console ne transporte pas le presse-papiers&#xa0;: rien de ce que vous copiez n’atteint la VM, et rien de ce qu’elle copie ne vous atteint.</translation>
    </message>
    <message>
        <source>Airlock is not connected to libvirt.</source>
        <translation>Airlock n’est pas connecté à libvirt.</translation>
    </message>
    <message>
        <source>libvirt could not start the VM: %1</source>
        <translation>libvirt n’a pas pu démarrer la VM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read libvirt&apos;s reason above, fix it, then start the VM again.</source>
        <translation>Lisez la raison donnée par libvirt ci-dessus, corrigez le problème, puis démarrez à nouveau la VM.</translation>
    </message>
    <message>
        <source>Check that the libvirt service is running, then open the console again.</source>
        <translation>Vérifiez que le service libvirt fonctionne, puis rouvrez la console.</translation>
    </message>
    <message>
        <source>libvirt could not hand over the VM&apos;s screen: %1</source>
        <translation>libvirt n’a pas pu transmettre l’écran de la VM&#xa0;: %1</translation>
    </message>
    <message>
        <source>The VM&apos;s screen could not be opened.</source>
        <translation>L’écran de la VM n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Close the console and open it again.</source>
        <translation>Fermez la console et rouvrez-la.</translation>
    </message>
    <message>
        <source>The VM&apos;s screen closed while the VM still runs.</source>
        <translation>L’écran de la VM s’est fermé alors que la VM fonctionne encore.</translation>
    </message>
    <message>
        <source>The VM is off.</source>
        <translation>La VM est éteinte.</translation>
    </message>
    <message>
        <source>Start it: its screen appears here when it runs.</source>
        <translation>Démarrez-la&#xa0;: son écran apparaît ici quand elle fonctionne.</translation>
    </message>
    <message>
        <source>The VM %1 no longer exists in libvirt.</source>
        <translation>La VM %1 n’existe plus dans libvirt.</translation>
    </message>
    <message>
        <source>Close this console; the VM was removed outside it.</source>
        <translation>Fermez cette console&#xa0;; la VM a été supprimée en dehors de la console.</translation>
    </message>
    <message>
        <source>Open the console again. If that fails too, restart the VM.</source>
        <translation>Rouvrez la console. Si cela échoue aussi, redémarrez la VM.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt did not hand over the VM&apos;s screen within %n second(s).</source>
        <translation>
            <numerusform>libvirt n’a pas transmis l’écran de la VM en %n seconde.</numerusform>
            <numerusform>libvirt n’a pas transmis l’écran de la VM en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::StepList</name>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Étape %1 sur %2, en cours&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Airlock::SummaryGroup</name>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <extracomment>Accessible name of the Change link of a Summary group; %1 is the group (&quot;Size&quot;).</extracomment>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go back to the page where you chose this</source>
        <translation>Revenir à la page où vous avez fait ce choix</translation>
    </message>
</context>
<context>
    <name>Airlock::SummaryPage</name>
    <message>
        <source>“%1”</source>
        <extracomment>A name in quotation marks, as the rest of the wizard writes it.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Save XML…</source>
        <translation>&amp;Enregistrer le XML…</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>Créer et démarrer</translation>
    </message>
    <message>
        <source>Everything you chose, in one place. Nothing has been created yet: Create and start makes the VM&apos;s disk, network and definition, and starts it.</source>
        <translation>Tous vos choix, au même endroit. Rien n’a encore été créé&#xa0;: «&#xa0;Créer et démarrer&#xa0;» crée le disque, le réseau et la définition de la VM, puis la démarre.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>Confinement:</source>
        <translation>Confinement&#xa0;:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>S’exécute avec&#xa0;:</translation>
    </message>
    <message>
        <source>Installs:</source>
        <translation>Installe&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>When creating:</source>
        <translation>À la création&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>Processeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disque&#xa0;:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Micrologiciel&#xa0;:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Also given:</source>
        <translation>Reçoit aussi&#xa0;:</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>En bref&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings you accepted on the way</source>
        <translation>Avertissements que vous avez acceptés en chemin</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Create and start will do:&lt;/b&gt; %1. If a step fails, Airlock undoes the steps before it; nothing that was on this computer before is changed.</source>
        <extracomment>%1 is the list of creation steps, joined by arrows.</extracomment>
        <translation>&lt;b&gt;Ce que fera «&#xa0;Créer et démarrer&#xa0;»&#xa0;:&lt;/b&gt; %1. Si une étape échoue, Airlock annule les étapes précédentes&#xa0;; rien de ce qui était déjà sur cet ordinateur n’est modifié.</translation>
    </message>
    <message>
        <source>Show the e&amp;xact configuration</source>
        <translation>Afficher la configuration e&amp;xacte</translation>
    </message>
    <message>
        <source>Save the XML in front to a file, to read or keep</source>
        <translation>Enregistrer le XML affiché dans un fichier, pour le lire ou le garder</translation>
    </message>
    <message>
        <source>The VM&apos;s exact configuration (domain XML)</source>
        <translation>La configuration exacte de la VM (XML du domaine)</translation>
    </message>
    <message>
        <source>The network&apos;s exact configuration (network XML)</source>
        <translation>La configuration exacte du réseau (XML du réseau)</translation>
    </message>
    <message>
        <source>none was chosen. Download it, or choose an ISO you have, on “Get NixOS”.</source>
        <translation>aucune choisie. Téléchargez-la, ou choisissez une ISO que vous avez, dans «&#xa0;Obtenir NixOS&#xa0;».</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <extracomment>The disk&apos;s size in the headline, e.g. &quot;32 GiB disk&quot;.</extracomment>
        <translation>disque de %1</translation>
    </message>
    <message>
        <source>custom devices</source>
        <translation>périphériques personnalisés</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the headline&apos;s parts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Ready to create “%1”: %2</source>
        <translation>Prêt à créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not yet ready to create “%1”: %2</source>
        <translation>Pas encore prêt à créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 réussies</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>1 could not be checked</source>
        <translation>1 n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 n’ont pas pu être vérifiées</translation>
    </message>
    <message>
        <source>1 risk accepted</source>
        <translation>1 risque accepté</translation>
    </message>
    <message>
        <source>%1 risks accepted</source>
        <translation>%1 risques acceptés</translation>
    </message>
    <message>
        <source>All %1 passed</source>
        <translation>Les %1 réussies</translation>
    </message>
    <message>
        <source>checking this host…</source>
        <translation>vérification de cet hôte…</translation>
    </message>
    <message>
        <source>SELinux assumed; this host could not be asked</source>
        <translation>SELinux supposé&#xa0;; cet hôte n’a pas pu être interrogé</translation>
    </message>
    <message>
        <source>SELinux (sVirt) gives the VM&apos;s process a label of its own</source>
        <translation>SELinux (sVirt) donne au processus de la VM sa propre étiquette</translation>
    </message>
    <message>
        <source>Not confined by SELinux: libvirt on this host does not offer it</source>
        <translation>Non confinée par SELinux&#xa0;: libvirt ne le propose pas sur cet hôte</translation>
    </message>
    <message>
        <source>KVM, the processor&apos;s virtualization</source>
        <translation>KVM, la virtualisation du processeur</translation>
    </message>
    <message>
        <source>Emulation (TCG), as chosen: slower than KVM</source>
        <translation>Émulation (TCG), comme choisi&#xa0;: plus lente que KVM</translation>
    </message>
    <message>
        <source>Emulation (TCG): KVM is not available here, so the VM runs slower</source>
        <translation>Émulation (TCG)&#xa0;: KVM n’est pas disponible ici, la VM sera donc plus lente</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>the volume %1 in the storage pool %2</source>
        <translation>le volume %1 du pool de stockage %2</translation>
    </message>
    <message>
        <source>copied into the storage pool %1, where the VM reads it</source>
        <translation>copiée dans le pool de stockage %1, où la VM la lit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;2 CPUs&quot;, %2 a CPU mode (&quot;Host CPU (host-passthrough)&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in the storage pool %2; it takes only the space NixOS writes</source>
        <translation>%1 dans le pool de stockage %2&#xa0;; n’occupe que la place écrite par NixOS</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI avec Secure Boot</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off (the NixOS installer is not signed for it)</source>
        <translation>UEFI, Secure Boot désactivé (l’installateur NixOS n’est pas signé pour lui)</translation>
    </message>
    <message>
        <source>Custom: your own choice</source>
        <translation>Personnalisé&#xa0;: votre propre choix</translation>
    </message>
    <message>
        <source>%1 with IPv6, on Airlock&apos;s network %2 · %3</source>
        <translation>%1 avec IPv6, sur le réseau d’Airlock %2 · %3</translation>
    </message>
    <message>
        <source>%1, on Airlock&apos;s network %2 · %3</source>
        <translation>%1, sur le réseau d’Airlock %2 · %3</translation>
    </message>
    <message>
        <source>%1 with IPv6, on the bridge %2 · %3</source>
        <translation>%1 avec IPv6, sur le pont %2 · %3</translation>
    </message>
    <message>
        <source>%1, on the bridge %2 · %3</source>
        <translation>%1, sur le pont %2 · %3</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(pas encore nommé)</translation>
    </message>
    <message>
        <source>Shared folder %1, %2 · %3</source>
        <extracomment>%1 folder path, %2 &quot;read-only&quot; or &quot;read and write&quot;, %3 risk.</extracomment>
        <translation>Dossier partagé %1, %2 · %3</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>%1, handed over · %2</source>
        <extracomment>%1 a device of the host (&quot;Logitech webcam&quot;), %2 risk.</extracomment>
        <translation>%1, attribué · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 an exposure (&quot;Speakers&quot;), %2 its risk (&quot;Low risk&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing else of your computer</source>
        <translation>rien d’autre de votre ordinateur</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(%2)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Réseau %1</translation>
    </message>
    <message>
        <source>Airlock could not ask this host what it offers (%1), so this is written for a hardened host with KVM and SELinux. Create and start asks the host again and writes what it offers.</source>
        <translation>Airlock n’a pas pu demander à cet hôte ce qu’il offre (%1)&#xa0;: ceci est donc écrit pour un hôte durci avec KVM et SELinux. «&#xa0;Créer et démarrer&#xa0;» interroge à nouveau l’hôte et écrit ce qu’il offre.</translation>
    </message>
    <message>
        <source>Checking this host…</source>
        <translation>Vérification de cet hôte…</translation>
    </message>
    <message>
        <source>Exactly what Create and start hands to libvirt, written for this host.</source>
        <translation>Exactement ce que «&#xa0;Créer et démarrer&#xa0;» transmet à libvirt, écrit pour cet hôte.</translation>
    </message>
    <message>
        <source>What Create and start would hand to libvirt on a hardened host.</source>
        <translation>Ce que «&#xa0;Créer et démarrer&#xa0;» transmettrait à libvirt sur un hôte durci.</translation>
    </message>
    <message>
        <source>The ISO is first copied into the storage pool %1 as %2 (with a number added if another file has that name); the VM reads it from there.</source>
        <translation>L’ISO est d’abord copiée dans le pool de stockage %1 sous le nom %2 (avec un numéro ajouté si un autre fichier porte ce nom)&#xa0;; la VM la lit depuis là.</translation>
    </message>
    <message>
        <source>The configuration cannot be written yet:
%1</source>
        <translation>La configuration ne peut pas encore être écrite&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A setting (&quot;Memory&quot;), then what is wrong with it, in the model&apos;s words.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Airlock cannot create this VM yet.&lt;br&gt;%1</source>
        <translation>Airlock ne peut pas encore créer cette VM.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a group of the Summary (&quot;Size&quot;).</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Hide the e&amp;xact configuration</source>
        <translation>Masquer la configuration e&amp;xacte</translation>
    </message>
    <message>
        <source>There is nothing to save yet: Airlock is still asking this host. Try again in a moment.</source>
        <translation>Rien à enregistrer pour l’instant&#xa0;: Airlock interroge encore cet hôte. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is nothing to save: the configuration cannot be written until the problem above is fixed.</source>
        <translation>Rien à enregistrer&#xa0;: la configuration ne peut pas être écrite tant que le problème ci-dessus n’est pas corrigé.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or name and try again.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Choisissez un autre dossier ou un autre nom et réessayez.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the exact configuration</source>
        <translation>Enregistrer la configuration exacte</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>Fichiers XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Airlock&apos;s own network, defined and started when it does not exist yet; one that exists is used only when it is exactly what Airlock makes, and never changed. If %1 is taken on this computer, Airlock picks the next free range when creating. The VM&apos;s own MAC and IP address are reserved on it then, so the VM&apos;s XML shows them only once it is created.</source>
        <translation>Le propre réseau d’Airlock, défini et démarré s’il n’existe pas encore&#xa0;; un réseau existant n’est utilisé que s’il est exactement celui qu’Airlock crée, et n’est jamais modifié. Si %1 est déjà pris sur cet ordinateur, Airlock choisit la plage libre suivante à la création. Les adresses MAC et IP propres à la VM y sont alors réservées&#xa0;: le XML de la VM ne les montre donc qu’une fois la VM créée.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n processeur virtuel</numerusform>
            <numerusform>%n processeurs virtuels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TypingJob</name>
    <message>
        <source>Nothing was typed: the console is not connected to the VM&apos;s screen.</source>
        <translation>Rien n’a été tapé&#xa0;: la console n’est pas connectée à l’écran de la VM.</translation>
    </message>
    <message numerus="yes">
        <source>Typing stopped after %1 of %n character(s).</source>
        <translation>
            <numerusform>La saisie s’est arrêtée après %1 sur %n caractère.</numerusform>
            <numerusform>La saisie s’est arrêtée après %1 sur %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console lost the VM&apos;s screen after %1 of %n character(s); nothing more was typed. Clear what was typed in the VM&apos;s terminal (Ctrl+C) before typing it again.</source>
        <translation>
            <numerusform>La console a perdu l’écran de la VM après %1 sur %n caractère&#xa0;; rien de plus n’a été saisi. Effacez ce qui a été saisi dans le terminal de la VM (Ctrl+C) avant de le saisir à nouveau.</numerusform>
            <numerusform>La console a perdu l’écran de la VM après %1 sur %n caractères&#xa0;; rien de plus n’a été saisi. Effacez ce qui a été saisi dans le terminal de la VM (Ctrl+C) avant de le saisir à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::VmPanel</name>
    <message>
        <source>Start the VM</source>
        <translation>Démarrer la VM</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>Force off…</source>
        <translation>Forcer l’arrêt…</translation>
    </message>
    <message>
        <source>Eject the installer</source>
        <translation>Éjecter l’installateur</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Forcer l’arrêt</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Laisser tourner</translation>
    </message>
    <message>
        <source>Type it into the VM…</source>
        <translation>Taper dans la VM…</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>Copier l’extrait</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Take known-good snapshot</source>
        <translation>Prendre un instantané de référence</translation>
    </message>
    <message>
        <source>Copy label</source>
        <translation>Copier l’étiquette</translation>
    </message>
    <message>
        <source>Save live XML…</source>
        <translation>Enregistrer le XML actif…</translation>
    </message>
    <message>
        <source>Reads the proof and the audit from libvirt again, now</source>
        <translation>Relit maintenant la preuve et l’audit auprès de libvirt</translation>
    </message>
    <message>
        <source>Asks NixOS to shut down, as the power button does</source>
        <translation>Demande à NixOS de s’éteindre, comme le fait le bouton d’alimentation</translation>
    </message>
    <message>
        <source>Stops the VM at once, like pulling the plug</source>
        <translation>Arrête la VM immédiatement, comme si on la débranchait</translation>
    </message>
    <message>
        <source>Empties the VM&apos;s CD drive, now and for its next start</source>
        <translation>Vide le lecteur de CD de la VM, maintenant et pour son prochain démarrage</translation>
    </message>
    <message>
        <source>For after NixOS is installed: these settings harden it to match what you chose, each with why in the comment above it. Your computer&apos;s clipboard does not reach the VM unless you chose clipboard sharing, so Airlock types them into the VM from its console: open a terminal in NixOS, then choose “Type it into the VM”.</source>
        <translation>Pour après l’installation de NixOS&#xa0;: ces réglages le durcissent selon vos choix, chacun avec sa raison dans le commentaire au-dessus. Le presse-papiers de votre ordinateur n’atteint pas la VM, sauf si vous avez choisi le presse-papiers partagé&#xa0;; Airlock les tape donc dans la VM depuis sa console&#xa0;: ouvrez un terminal dans NixOS, puis choisissez «&#xa0;Taper dans la VM&#xa0;».</translation>
    </message>
    <message>
        <source>NixOS hardening snippet</source>
        <translation>Extrait de durcissement NixOS</translation>
    </message>
    <message>
        <source>Opens the console at the hardening step, where Airlock types the settings into a terminal in the VM</source>
        <translation>Ouvre la console à l’étape de durcissement, où Airlock tape les réglages dans un terminal de la VM</translation>
    </message>
    <message>
        <source>Isolation</source>
        <extracomment>Tabs of the Launch page&apos;s proof</extracomment>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Inside NixOS</source>
        <translation>Dans NixOS</translation>
    </message>
    <message>
        <source>Copied the NixOS snippet.</source>
        <translation>Extrait NixOS copié.</translation>
    </message>
    <message>
        <source>Copied the NixOS snippet. The VM does not share your clipboard: to get it there, use “Type it into the VM”.</source>
        <translation>Extrait NixOS copié. La VM ne partage pas votre presse-papiers&#xa0;: pour l’y faire parvenir, utilisez «&#xa0;Taper dans la VM&#xa0;».</translation>
    </message>
    <message>
        <source>State: Running the NixOS installer (from the ISO)</source>
        <extracomment>The VM&apos;s live state while it runs from the install-time definition</extracomment>
        <translation>État&#xa0;: installateur NixOS en cours d’exécution (depuis l’ISO)</translation>
    </message>
    <message>
        <source>State: Running NixOS from its disk</source>
        <extracomment>The VM&apos;s live state once it runs from its persistent definition</extracomment>
        <translation>État&#xa0;: NixOS en cours d’exécution depuis son disque</translation>
    </message>
    <message>
        <source>State: %1</source>
        <extracomment>The VM&apos;s live state, e.g. &quot;State: Running&quot;</extracomment>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteinte</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Plantée</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>The VM was removed from libvirt (not by Airlock)</extracomment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The proof could not be read from libvirt: %1</source>
        <translation>La preuve n’a pas pu être lue auprès de libvirt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read live at %1</source>
        <extracomment>When the proof and audit shown were read from libvirt, e.g. &quot;Read live at 14:05:12&quot;</extracomment>
        <translation>Lu en direct à %1</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1</source>
        <translation>La reconnexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Airlock lost its connection to libvirt: %1 The VM itself is not affected, but this page can no longer follow it; what it shows may be out of date.</source>
        <translation>Airlock a perdu sa connexion à libvirt&#xa0;: %1 La VM elle-même n’est pas touchée, mais cette page ne peut plus la suivre&#xa0;; ce qu’elle affiche peut être périmé.</translation>
    </message>
    <message>
        <source>State: unknown (connection lost)</source>
        <translation>État&#xa0;: inconnu (connexion perdue)</translation>
    </message>
    <message>
        <source>The VM shut down.</source>
        <translation>La VM s’est éteinte.</translation>
    </message>
    <message>
        <source>The VM is paused. Its label stays as shown until it stops.</source>
        <translation>La VM est en pause. Son étiquette reste celle affichée jusqu’à son arrêt.</translation>
    </message>
    <message>
        <source>The VM is not running. What follows was read while it ran; libvirt gives it a new label when it starts again, and this page then shows that one.</source>
        <translation>La VM ne fonctionne pas. Ce qui suit a été lu pendant qu’elle fonctionnait&#xa0;; libvirt lui donne une nouvelle étiquette quand elle redémarre, et cette page affiche alors celle-ci.</translation>
    </message>
    <message>
        <source>The VM is not running: it has no label now. Start it, and Airlock reads its proof as soon as it runs.</source>
        <translation>La VM ne fonctionne pas&#xa0;: elle n’a pas d’étiquette pour l’instant. Démarrez-la, et Airlock lit sa preuve dès qu’elle fonctionne.</translation>
    </message>
    <message>
        <source>The VM was removed from libvirt outside Airlock. What follows was read while it existed.</source>
        <translation>La VM a été supprimée de libvirt en dehors d’Airlock. Ce qui suit a été lu quand elle existait.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what did not happen, %2 is libvirt&apos;s reason</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The VM did not start:</source>
        <translation>La VM n’a pas démarré&#xa0;:</translation>
    </message>
    <message>
        <source>The VM could not be asked to shut down:</source>
        <translation>Impossible de demander à la VM de s’éteindre&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Asked NixOS to shut down, as the power button does. If it has not stopped within %n seconds, Airlock offers to force it off.</source>
        <translation>
            <numerusform>Airlock a demandé à NixOS de s’éteindre, comme le fait le bouton d’alimentation. Si la VM ne s’est pas arrêtée d’ici %n seconde, Airlock propose de forcer l’arrêt.</numerusform>
            <numerusform>Airlock a demandé à NixOS de s’éteindre, comme le fait le bouton d’alimentation. Si la VM ne s’est pas arrêtée d’ici %n secondes, Airlock propose de forcer l’arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM did not shut down in time: NixOS may be busy or may be ignoring the power button. Wait longer, or force it off.</source>
        <translation>La VM ne s’est pas éteinte à temps&#xa0;: NixOS est peut-être occupé, ou ignore le bouton d’alimentation. Attendez encore, ou forcez l’arrêt.</translation>
    </message>
    <message>
        <source>Force off “%1”? It stops at once, like pulling the plug: work not saved inside the VM is lost.</source>
        <translation>Forcer l’arrêt de «&#xa0;%1&#xa0;»&#xa0;? Elle s’arrête immédiatement, comme si on la débranchait&#xa0;: le travail non enregistré dans la VM est perdu.</translation>
    </message>
    <message>
        <source>The VM could not be forced off:</source>
        <translation>L’arrêt de la VM n’a pas pu être forcé&#xa0;:</translation>
    </message>
    <message>
        <source>The VM was forced off.</source>
        <translation>L’arrêt de la VM a été forcé.</translation>
    </message>
    <message>
        <source>The installer could not be ejected: %1</source>
        <translation>L’installateur n’a pas pu être éjecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ejected the installer, now and for the VM&apos;s next start.</source>
        <translation>Installateur éjecté, maintenant et pour le prochain démarrage de la VM.</translation>
    </message>
    <message>
        <source>Ejected the installer. The VM&apos;s next start boots from its disk.</source>
        <translation>Installateur éjecté. Au prochain démarrage, la VM démarre sur son disque.</translation>
    </message>
    <message>
        <source>Copied the label %1.</source>
        <translation>Étiquette %1 copiée.</translation>
    </message>
    <message>
        <source>The XML could not be saved to %1: %2</source>
        <translation>Le XML n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the live XML, as read at %1, to %2.</source>
        <translation>Le XML actif, lu à %1, a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>The live XML could not be read: %1</source>
        <translation>Le XML actif n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the live XML</source>
        <translation>Enregistrer le XML actif</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>Fichiers XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Airlock::VmRow</name>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>Check its isolation</source>
        <translation>Vérifier son isolation</translation>
    </message>
    <message>
        <source>Opens the VM&apos;s window: its proof, snapshots and actions</source>
        <translation>Ouvre la fenêtre de la VM&#xa0;: sa preuve, ses instantanés et ses actions</translation>
    </message>
    <message>
        <source>Opens the VM&apos;s proof against Maximum isolation; Airlock does not change this VM</source>
        <translation>Ouvre la preuve de la VM par rapport à «&#xa0;Isolation maximale&#xa0;»&#xa0;; Airlock ne modifie pas cette VM</translation>
    </message>
    <message>
        <source>Not made by Airlock: check its isolation</source>
        <translation>Non créée par Airlock&#xa0;: vérifiez son isolation</translation>
    </message>
    <message>
        <source>Shut off: checked when it runs</source>
        <translation>Éteinte&#xa0;: vérifiée quand elle fonctionne</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Confined by SELinux</source>
        <translation>Confinée par SELinux</translation>
    </message>
    <message>
        <source>Not confined: SELinux only logs</source>
        <translation>Non confinée&#xa0;: SELinux ne fait que journaliser</translation>
    </message>
    <message>
        <source>Confinement could not be read</source>
        <translation>Le confinement n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Not confined</source>
        <translation>Non confinée</translation>
    </message>
    <message>
        <source>Running the installer</source>
        <translation>Installateur en cours d’exécution</translation>
    </message>
    <message>
        <source>Installer removed</source>
        <translation>Installateur retiré</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>vérifiée à l’instant</translation>
    </message>
    <message>
        <source>checked at %1</source>
        <extracomment>When the VM&apos;s proof was read, e.g. &quot;checked at 14:05&quot;</extracomment>
        <translation>vérifiée à %1</translation>
    </message>
</context>
<context>
    <name>Airlock::VmWindow</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Removes the VM and what Airlock made for it, after asking</source>
        <translation>Supprime la VM et ce qu’Airlock a créé pour elle, après confirmation</translation>
    </message>
    <message>
        <source>%1 — Airlock</source>
        <extracomment>The VM window&apos;s title; %1 is the VM&apos;s name</extracomment>
        <translation>%1 — Airlock</translation>
    </message>
    <message>
        <source>Made by Airlock: its isolation is checked against the choices it was made from.</source>
        <translation>Créée par Airlock&#xa0;: son isolation est vérifiée par rapport aux choix à partir desquels elle a été créée.</translation>
    </message>
    <message>
        <source>Not made by Airlock: its isolation is checked against Maximum isolation. Airlock only looks at this VM and never changes it.</source>
        <translation>Non créée par Airlock&#xa0;: son isolation est vérifiée par rapport à «&#xa0;Isolation maximale&#xa0;». Airlock se contente d’examiner cette VM et ne la modifie jamais.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>the checksum file is %1 bytes long, too long to be one</source>
        <translation>le fichier de somme de contrôle fait %1 octets, trop long pour en être un</translation>
    </message>
    <message>
        <source>the checksum file is empty</source>
        <translation>le fichier de somme de contrôle est vide</translation>
    </message>
    <message>
        <source>the checksum “%1” contains “%2”, which is not a hexadecimal digit</source>
        <translation>la somme de contrôle «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui n’est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>the checksum has %1 hexadecimal digits; a SHA-256 checksum has 64</source>
        <translation>la somme de contrôle a %1 chiffres hexadécimaux&#xa0;; une somme SHA-256 en a 64</translation>
    </message>
    <message>
        <source>the checksum file lists several different checksums</source>
        <translation>le fichier de somme de contrôle donne plusieurs sommes différentes</translation>
    </message>
    <message>
        <source>the checksum file names “%1”, which is not a plain file name</source>
        <translation>le fichier de somme de contrôle nomme «&#xa0;%1&#xa0;», qui n’est pas un simple nom de fichier</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>[%1] %2: %3</source>
        <extracomment>--check-host output: &quot;[Passed] SELinux: SELinux is enforcing.&quot;</extracomment>
        <translation>[%1] %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <extracomment>--check-host output, indented under a check: the value read</extracomment>
        <translation>constat&#xa0;: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <extracomment>--check-host output, indented under a check: where it was read</extracomment>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>--check-host output, indented under a check: the command that fixes it</extracomment>
        <translation>correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a hardened NixOS virtual machine and prove its isolation.</source>
        <translation>Créer une machine virtuelle NixOS durcie et prouver son isolation.</translation>
    </message>
    <message>
        <source>The libvirt connection to use (default: qemu:///system).</source>
        <translation>La connexion libvirt à utiliser (par défaut&#xa0;: qemu:///system).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Read the VM&apos;s choices from a JSON spec file.</source>
        <translation>Lire les choix de la VM depuis un fichier de spécification JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print the domain XML for --spec and exit (2 when the spec is invalid).</source>
        <translation>Afficher le XML du domaine pour --spec et quitter (2 si la spécification est invalide).</translation>
    </message>
    <message>
        <source>Run the host checks without a window and exit (1 when a check fails).</source>
        <translation>Lancer les vérifications de l’hôte sans fenêtre et quitter (1 si une vérification échoue).</translation>
    </message>
    <message>
        <source>Download and verify the NixOS ISO into --output without a window; print its path.</source>
        <translation>Télécharger et vérifier l’ISO NixOS dans --output sans fenêtre&#xa0;; afficher son chemin.</translation>
    </message>
    <message>
        <source>Create and start the VM of --spec without a window, then prove its isolation (exit 0: running and proven; 1: creation failed and was undone; 3: running, but the proof falls short).</source>
        <translation>Créer et démarrer la VM de --spec sans fenêtre, puis prouver son isolation (code 0&#xa0;: en cours d’exécution et prouvée&#xa0;; 1&#xa0;: création échouée et annulée&#xa0;; 3&#xa0;: en cours d’exécution, mais la preuve est insuffisante).</translation>
    </message>
    <message>
        <source>With --fetch-iso: the directory to download into.</source>
        <translation>Avec --fetch-iso&#xa0;: le dossier où télécharger.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>With --fetch-iso: the NixOS release, e.g. nixos-25.11 (default: the newest stable).</source>
        <translation>Avec --fetch-iso&#xa0;: la version de NixOS, par ex. nixos-25.11 (par défaut&#xa0;: la stable la plus récente).</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>With --fetch-iso: download from this mirror instead of channels.nixos.org.</source>
        <translation>Avec --fetch-iso&#xa0;: télécharger depuis ce miroir au lieu de channels.nixos.org.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>choose one of %1, not several</source>
        <translation>choisissez une seule option parmi %1, pas plusieurs</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>  Process label: %1 (%2)</source>
        <translation>  Étiquette du processus&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>enforcement not reported</source>
        <translation>application non indiquée</translation>
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
        <translation>  Étiquette de l’image&#xa0;:   %1</translation>
    </message>
    <message>
        <source>  DAC label:     %1</source>
        <translation>  Étiquette DAC&#xa0;:          %1</translation>
    </message>
    <message>
        <source>  ✗ %1</source>
        <translation>  ✗ %1</translation>
    </message>
    <message>
        <source>Audit of the running VM:</source>
        <translation>Audit de la VM en cours d’exécution&#xa0;:</translation>
    </message>
    <message>
        <source>--create needs --spec FILE</source>
        <translation>--create requiert --spec FICHIER</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed again: %1</source>
        <translation>retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>left behind: %1</source>
        <translation>resté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the VM runs, but its proof could not be read: %1</source>
        <translation>la VM s’exécute, mais sa preuve n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1, %2/s, %3 s left</source>
        <extracomment>%1 is the progress so far, %2 a rate such as &quot;48 MB&quot;, %3 seconds left</extracomment>
        <translation>%1, %2/s, %3 s restantes</translation>
    </message>
    <message>
        <source>--fetch-iso needs --output DIR, the folder to download into</source>
        <translation>--fetch-iso requiert --output DOSSIER, le dossier où télécharger</translation>
    </message>
    <message>
        <source>--base-url: “%1” is not an http or https address</source>
        <translation>--base-url&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>warning: %1 is not encrypted; the checksum comes from the same server, so it proves the file arrived whole, not that nobody swapped it</source>
        <translation>avertissement&#xa0;: %1 n’est pas chiffré&#xa0;; la somme de contrôle vient du même serveur, elle prouve donc que le fichier est arrivé entier, pas que personne ne l’a remplacé</translation>
    </message>
    <message>
        <source>--release: no NixOS release “%1”; known: %2</source>
        <translation>--release&#xa0;: aucune version de NixOS «&#xa0;%1&#xa0;»&#xa0;; connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>published SHA-256 of %1: %2</source>
        <translation>SHA-256 publiée de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>checking the ISO downloaded before</source>
        <translation>vérification de l’ISO téléchargée précédemment</translation>
    </message>
    <message>
        <source>verifying the SHA-256 checksum</source>
        <translation>vérification de la somme de contrôle SHA-256</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <extracomment>%1 the reason, %2 seconds, %3 the attempt&apos;s number</extracomment>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>offline: using the ISO verified earlier</source>
        <translation>hors ligne&#xa0;: utilisation de l’ISO vérifiée précédemment</translation>
    </message>
    <message>
        <source>verified: SHA-256 %1</source>
        <translation>vérifiée&#xa0;: SHA-256 %1</translation>
    </message>
    <message>
        <source>fetching %1 (%2) from %3</source>
        <translation>récupération de %1 (%2) depuis %3</translation>
    </message>
    <message>
        <source>--print-xml needs --spec FILE</source>
        <translation>--print-xml requiert --spec FICHIER</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>--document must be one of %1, not “%2”</source>
        <translation>--document doit être l’une des valeurs %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>network.mode “%1” uses no network of Airlock&apos;s: there is no network document to print</source>
        <translation>network.mode «&#xa0;%1&#xa0;» n’utilise aucun réseau d’Airlock&#xa0;: il n’y a pas de document réseau à afficher</translation>
    </message>
    <message>
        <source>Prove the isolation of the VM NAME as it runs now, without a window (exit 0: every check holds; 3: one falls short; 1: it cannot be read). A VM Airlock did not make is held to Maximum isolation.</source>
        <translation>Prouver l’isolation de la VM NOM telle qu’elle s’exécute maintenant, sans fenêtre (code 0&#xa0;: chaque vérification est satisfaite&#xa0;; 3&#xa0;: l’une est insuffisante&#xa0;; 1&#xa0;: elle ne peut pas être lue). Une VM qu’Airlock n’a pas créée est évaluée selon «&#xa0;Isolation maximale&#xa0;».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>cannot read the VM “%1”: %2</source>
        <translation>impossible de lire la VM «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the proof of “%1”: %2</source>
        <translation>impossible de lire la preuve de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”, made by Airlock %2: checked against the choices it was made from.</source>
        <translation>«&#xa0;%1&#xa0;», créée par Airlock %2&#xa0;: vérifiée par rapport aux choix à partir desquels elle a été créée.</translation>
    </message>
    <message>
        <source>“%1” was not made by Airlock: checked against Maximum isolation.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été créée par Airlock&#xa0;: vérifiée par rapport à «&#xa0;Isolation maximale&#xa0;».</translation>
    </message>
    <message>
        <source>With --print-xml: which document to print: domain (the default: the VM as libvirt keeps it, booting its disk), install (the VM as the installation runs: the ISO booted, a reboot stops it), network (Airlock&apos;s network) or filter (Airlock&apos;s traffic filters, in one &lt;filters&gt;).</source>
        <translation>Avec --print-xml&#xa0;: le document à afficher&#xa0;: domain (par défaut&#xa0;: la VM telle que libvirt la conserve, démarrant sur son disque), install (la VM pendant l’installation&#xa0;: l’ISO démarrée, un redémarrage l’arrête), network (le réseau d’Airlock) ou filter (les filtres de trafic d’Airlock, dans un seul &lt;filters&gt;).</translation>
    </message>
    <message>
        <source>List every VM on the connection, Airlock&apos;s first, without a window.</source>
        <translation>Lister chaque VM de la connexion, celles d’Airlock d’abord, sans fenêtre.</translation>
    </message>
    <message>
        <source>List what deleting the VM NAME removes and what stays, without a window; with --yes, remove it. Airlock deletes only VMs it made.</source>
        <translation>Lister ce que la suppression de la VM NOM retire et ce qui reste, sans fenêtre&#xa0;; avec --yes, la supprimer. Airlock ne supprime que les VM qu’il a créées.</translation>
    </message>
    <message>
        <source>With --delete: remove the VM and what Airlock made for it.</source>
        <translation>Avec --delete&#xa0;: supprimer la VM et ce qu’Airlock a créé pour elle.</translation>
    </message>
    <message>
        <source>List the creations on the connection that were interrupted (a crash, a power loss, the daemon going away) and what each had made; with --finish or --undo, resolve them (exit 0: done; 1: not everything could be).</source>
        <translation>Lister les créations de la connexion qui ont été interrompues (un plantage, une coupure de courant, le service qui disparaît) et ce que chacune avait créé&#xa0;; avec --finish ou --undo, les résoudre (code 0&#xa0;: fait&#xa0;; 1&#xa0;: tout n’a pas pu l’être).</translation>
    </message>
    <message>
        <source>With --recover: finish each interrupted creation, keeping its disk and ISO.</source>
        <translation>Avec --recover&#xa0;: terminer chaque création interrompue, en gardant son disque et son ISO.</translation>
    </message>
    <message>
        <source>With --recover: remove exactly what each interrupted creation had made.</source>
        <translation>Avec --recover&#xa0;: retirer exactement ce que chaque création interrompue avait créé.</translation>
    </message>
    <message>
        <source>--yes goes with --delete NAME</source>
        <translation>--yes va avec --delete NOM</translation>
    </message>
    <message>
        <source>choose one of --finish, --undo, not both</source>
        <translation>choisissez l’une des options --finish, --undo, pas les deux</translation>
    </message>
    <message>
        <source>--finish and --undo go with --recover</source>
        <translation>--finish et --undo vont avec --recover</translation>
    </message>
    <message>
        <source>With --check-host, --create, --verify, --list or --delete: print JSON.</source>
        <translation>Avec --check-host, --create, --verify, --list ou --delete&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est supprimée.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted completely; the lines above say how to remove what is left by hand.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être entièrement supprimée&#xa0;; les lignes ci-dessus indiquent comment retirer à la main ce qui reste.</translation>
    </message>
    <message>
        <source>Deleting “%1” would do this:</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» ferait ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was changed. To delete it, run this again with --yes.</source>
        <translation>Rien n’a été modifié. Pour la supprimer, relancez cette commande avec --yes.</translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation> (transitoire)</translation>
    </message>
    <message>
        <source>%1 — %2%3 — not made by Airlock</source>
        <extracomment>%1 the VM&apos;s name, %2 its state (&quot;running&quot;), %3 &quot; (transient)&quot; or nothing</extracomment>
        <translation>%1 — %2%3 — non créée par Airlock</translation>
    </message>
    <message>
        <source>NixOS release unknown</source>
        <translation>version de NixOS inconnue</translation>
    </message>
    <message>
        <source>NixOS %1</source>
        <translation>NixOS %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créée le %1</translation>
    </message>
    <message>
        <source>creation time not recorded</source>
        <translation>date de création non enregistrée</translation>
    </message>
    <message>
        <source>%1 — %2%3 — made by Airlock %4, %5, %6</source>
        <extracomment>%1 name, %2 state, %3 &quot; (transient)&quot; or nothing, %4 Airlock&apos;s version, %5 &quot;NixOS 26.05&quot;, %6 &quot;created 2026-12-01T10:00:00Z&quot;</extracomment>
        <translation>%1 — %2%3 — créée par Airlock %4, %5, %6</translation>
    </message>
    <message>
        <source>cannot list the VMs on %1: %2</source>
        <translation>impossible de lister les VM sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are no VMs on %1.</source>
        <translation>Il n’y a aucune VM sur %1.</translation>
    </message>
    <message>
        <source>No creation on %1 was interrupted.</source>
        <translation>Aucune création n’a été interrompue sur %1.</translation>
    </message>
    <message>
        <source>    journal: %1</source>
        <translation>    journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finish them with airlock --recover --finish, or remove what they made with airlock --recover --undo.</source>
        <translation>Terminez-les avec airlock --recover --finish, ou retirez ce qu’elles ont créé avec airlock --recover --undo.</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No creation on %1 was interrupted; nothing to do.</source>
        <translation>Aucune création n’a été interrompue sur %1&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>cannot read what %1 offers: %2</source>
        <translation>impossible de lire ce que propose %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 See --help for the options.</source>
        <extracomment>%1 is Qt&apos;s sentence, such as &quot;Unknown option &apos;bogus&apos;.&quot;</extracomment>
        <translation>%1 Consultez --help pour connaître les options.</translation>
    </message>
    <message>
        <source>%1 Choosing from the releases Airlock knew of when it was built.</source>
        <extracomment>%1 is why the mirror&apos;s list could not be used (a sentence)</extracomment>
        <translation>%1 Choix parmi les versions qu’Airlock connaissait lors de sa compilation.</translation>
    </message>
    <message>
        <source>no supported stable NixOS release is known for this computer; choose one with --release: %1</source>
        <translation>aucune version stable de NixOS prise en charge n’est connue pour cet ordinateur&#xa0;; choisissez-en une avec --release&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no display to show Airlock&apos;s window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Airlock from your desktop, or see --help for what it does without a window.</source>
        <translation>il n’y a aucun écran où afficher la fenêtre d’Airlock (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez Airlock depuis votre bureau, ou consultez --help pour voir ce qu’il fait sans fenêtre.</translation>
    </message>
    <message>
        <source>check by hand: %1</source>
        <extracomment>--check-host output, indented under a check: a command that only shows what was found</extracomment>
        <translation>vérifier à la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>read: %1</source>
        <extracomment>--check-host output, indented under a check: a web page about it</extracomment>
        <translation>à lire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CreationJournal</name>
    <message>
        <source>Airlock could not write the journal of this creation at “%1” (%2), so it made nothing. Check that the disk is not full and that Airlock may write to %3, then try again.</source>
        <translation>Airlock n’a pas pu écrire le journal de cette création dans «&#xa0;%1&#xa0;» (%2), il n’a donc rien créé. Vérifiez que le disque n’est pas plein et qu’Airlock peut écrire dans %3, puis réessayez.</translation>
    </message>
    <message>
        <source>the storage pool “%1”</source>
        <translation>le pool de stockage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>started the storage pool “%1”</source>
        <translation>pool de stockage «&#xa0;%1&#xa0;» démarré</translation>
    </message>
    <message>
        <source>the disk “%1” in the pool “%2”</source>
        <translation>le disque «&#xa0;%1&#xa0;» du pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the ISO “%1” in the pool “%2”</source>
        <translation>l’ISO «&#xa0;%1&#xa0;» du pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the network “%1”</source>
        <translation>le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>started the network “%1”</source>
        <translation>réseau «&#xa0;%1&#xa0;» démarré</translation>
    </message>
    <message>
        <source>the traffic filter “%1”</source>
        <translation>le filtre de trafic «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the address %1 on “%2”</source>
        <translation>l’adresse %1 sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the VM “%1”</source>
        <translation>la VM «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the running VM “%1”</source>
        <translation>la VM en cours d’exécution «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the directory cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>A creation of “%1” on this connection is running now (its journal is %2). Wait for it to end, or choose another name.</source>
        <translation>Une création de «&#xa0;%1&#xa0;» est en cours sur cette connexion (son journal est %2). Attendez qu’elle se termine, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>An earlier creation of “%1” on this connection was interrupted and is not finished (its journal is %2). Finish it or undo it first: airlock --recover --finish, or airlock --recover --undo, or from Airlock&apos;s home window.</source>
        <translation>Une création précédente de «&#xa0;%1&#xa0;» sur cette connexion a été interrompue et n’est pas terminée (son journal est %2). Terminez-la ou annulez-la d’abord&#xa0;: airlock --recover --finish, ou airlock --recover --undo, ou depuis la fenêtre d’accueil d’Airlock.</translation>
    </message>
    <message>
        <source>The creation of journal %1 is running now; wait for it to end.</source>
        <translation>La création du journal %1 est en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened (%2).</source>
        <translation>Le journal %1 ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: it is missing or not a journal Airlock wrote. Remove it by hand if it is no longer needed.</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: il est absent ou n’est pas un journal écrit par Airlock. Retirez-le à la main s’il n’est plus utile.</translation>
    </message>
    <message>
        <source>Airlock could not write the journal of this creation at “%1” (%2). Check that the disk is not full, then try again.</source>
        <translation>Airlock n’a pas pu écrire le journal de cette création dans «&#xa0;%1&#xa0;» (%2). Vérifiez que le disque n’est pas plein, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CreationPlan</name>
    <message>
        <source>kept the storage pool “%1”: it holds volumes Airlock did not make (%2)</source>
        <translation>pool de stockage «&#xa0;%1&#xa0;» conservé&#xa0;: il contient des volumes qu’Airlock n’a pas créés (%2)</translation>
    </message>
    <message>
        <source>kept the network “%1”: another VM is connected to it</source>
        <translation>réseau «&#xa0;%1&#xa0;» conservé&#xa0;: une autre VM y est connectée</translation>
    </message>
    <message>
        <source>Check that everything is ready</source>
        <translation>Vérifier que tout est prêt</translation>
    </message>
    <message>
        <source>Prepare the storage pool</source>
        <translation>Préparer le pool de stockage</translation>
    </message>
    <message>
        <source>Create the VM&apos;s disk</source>
        <translation>Créer le disque de la VM</translation>
    </message>
    <message>
        <source>Put the NixOS ISO into the pool</source>
        <translation>Mettre l’ISO NixOS dans le pool</translation>
    </message>
    <message>
        <source>Prepare the network</source>
        <translation>Préparer le réseau</translation>
    </message>
    <message>
        <source>Define the VM</source>
        <translation>Définir la VM</translation>
    </message>
    <message>
        <source>Start the VM</source>
        <translation>Démarrer la VM</translation>
    </message>
    <message>
        <source>Airlock cannot create this VM yet.</source>
        <translation>Airlock ne peut pas encore créer cette VM.</translation>
    </message>
    <message>
        <source>No installer ISO was chosen.</source>
        <translation>Aucune ISO d’installation n’a été choisie.</translation>
    </message>
    <message>
        <source>Go back to “Get NixOS” and download the ISO or choose one you have.</source>
        <translation>Revenez à «&#xa0;Obtenir NixOS&#xa0;» et téléchargez l’ISO ou choisissez-en une que vous avez.</translation>
    </message>
    <message>
        <source>Airlock could not read what this host offers.</source>
        <translation>Airlock n’a pas pu lire ce que cet hôte offre.</translation>
    </message>
    <message>
        <source>Check that the libvirt daemon is running, then try again.</source>
        <translation>Vérifiez que le service libvirt fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The VM&apos;s settings do not fit this host.</source>
        <translation>Les réglages de la VM ne conviennent pas à cet hôte.</translation>
    </message>
    <message>
        <source>Change them on the page the setting belongs to.</source>
        <translation>Modifiez-les sur la page à laquelle le réglage appartient.</translation>
    </message>
    <message>
        <source>A VM named “%1” already exists on this connection.</source>
        <translation>Une VM nommée «&#xa0;%1&#xa0;» existe déjà sur cette connexion.</translation>
    </message>
    <message>
        <source>Choose another name on “Size the VM”. Airlock never changes a VM it did not create.</source>
        <translation>Choisissez un autre nom dans «&#xa0;Dimensionner la VM&#xa0;». Airlock ne modifie jamais une VM qu’il n’a pas créée.</translation>
    </message>
    <message>
        <source>The pool “%1” already holds a volume named “%2”.</source>
        <translation>Le pool «&#xa0;%1&#xa0;» contient déjà un volume nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Choose another VM name on “Size the VM”. Airlock never overwrites a volume.</source>
        <translation>Choisissez un autre nom de VM dans «&#xa0;Dimensionner la VM&#xa0;». Airlock n’écrase jamais un volume.</translation>
    </message>
    <message>
        <source>The storage pool “%1” does not exist.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Create it (for example with virt-manager), or use the pool “default”, which Airlock creates when it is missing.</source>
        <translation>Créez-le (par exemple avec virt-manager), ou utilisez le pool «&#xa0;default&#xa0;», qu’Airlock crée s’il manque.</translation>
    </message>
    <message>
        <source>libvirt&apos;s traffic filter “%1” is missing.</source>
        <translation>Le filtre de trafic «&#xa0;%1&#xa0;» de libvirt est absent.</translation>
    </message>
    <message>
        <source>Start libvirt&apos;s network-filter service (on secureblue: ujust set-libvirt-daemons on), then try again.</source>
        <translation>Démarrez le service de filtrage réseau de libvirt (sur secureblue&#xa0;: ujust set-libvirt-daemons on), puis réessayez.</translation>
    </message>
    <message>
        <source>The ISO “%1” cannot be read.</source>
        <translation>L’ISO «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
    <message>
        <source>Check that the file exists, or choose it again on “Get NixOS”.</source>
        <translation>Vérifiez que le fichier existe, ou choisissez-le à nouveau dans «&#xa0;Obtenir NixOS&#xa0;».</translation>
    </message>
    <message>
        <source>The ISO volume “%1” is not in the pool “%2”.</source>
        <translation>Le volume ISO «&#xa0;%1&#xa0;» n’est pas dans le pool «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the ISO again on “Get NixOS”.</source>
        <translation>Choisissez à nouveau l’ISO dans «&#xa0;Obtenir NixOS&#xa0;».</translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation>Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>A device chosen for the VM is not on this host.</source>
        <translation>Un périphérique choisi pour la VM n’est pas présent sur cet hôte.</translation>
    </message>
    <message>
        <source>Go back to “Choose devices” and choose again.</source>
        <translation>Revenez à «&#xa0;Choisir les périphériques&#xa0;» et choisissez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is free; %n virtual CPU(s) and %2 fit this host.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est libre&#xa0;; %n processeur virtuel et %2 tiennent sur cet hôte.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est libre&#xa0;; %n processeurs virtuels et %2 tiennent sur cet hôte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses the pool “%1”.</source>
        <translation>Utilise le pool «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The storage pool “%1” could not be started.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Check the pool&apos;s directory and permissions.</source>
        <translation>Vérifiez le dossier du pool et ses droits.</translation>
    </message>
    <message>
        <source>Started the pool “%1”.</source>
        <translation>Pool «&#xa0;%1&#xa0;» démarré.</translation>
    </message>
    <message>
        <source>The storage pool “%1” could not be defined.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n’a pas pu être défini.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s storage service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Vérifiez que le service de stockage de libvirt fonctionne (sur secureblue&#xa0;: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>Check that %1 exists and that libvirt may write to it.</source>
        <translation>Vérifiez que %1 existe et que libvirt peut y écrire.</translation>
    </message>
    <message>
        <source>Created the pool “%1” in %2.</source>
        <translation>Pool «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>The storage pool “%1” is not available.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n’est pas disponible.</translation>
    </message>
    <message>
        <source>The disk “%1” could not be created.</source>
        <translation>Le disque «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check the free space in the pool, or choose a smaller disk on “Size the VM”.</source>
        <translation>Vérifiez l’espace libre du pool, ou choisissez un disque plus petit dans «&#xa0;Dimensionner la VM&#xa0;».</translation>
    </message>
    <message>
        <source>%1, up to %2, grows as NixOS writes to it.</source>
        <translation>%1, jusqu’à %2, grandit à mesure que NixOS y écrit.</translation>
    </message>
    <message>
        <source>Already in the pool “%1” as “%2”.</source>
        <translation>Déjà dans le pool «&#xa0;%1&#xa0;» sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The ISO could not be put into the pool “%1”.</source>
        <translation>L’ISO n’a pas pu être mise dans le pool «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The pool already holds this ISO as “%1”; reused.</source>
        <translation>Le pool contient déjà cette ISO sous le nom «&#xa0;%1&#xa0;»&#xa0;; réutilisée.</translation>
    </message>
    <message>
        <source>Uploaded as “%1”.</source>
        <translation>Envoyée sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No network: the VM gets no network card.</source>
        <translation>Pas de réseau&#xa0;: la VM n’a pas de carte réseau.</translation>
    </message>
    <message>
        <source>Uses the host&apos;s bridge “%1”.</source>
        <translation>Utilise le pont «&#xa0;%1&#xa0;» de l’hôte.</translation>
    </message>
    <message>
        <source>Uses Airlock&apos;s network “%1”.</source>
        <translation>Utilise le réseau d’Airlock «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1” could not be started.</source>
        <translation>Le réseau d’Airlock «&#xa0;%1&#xa0;» n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Another network may use its addresses.</source>
        <translation>Un autre réseau utilise peut-être ses adresses.</translation>
    </message>
    <message>
        <source>Started Airlock&apos;s network “%1”.</source>
        <translation>Réseau d’Airlock «&#xa0;%1&#xa0;» démarré.</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1” could not be defined.</source>
        <translation>Le réseau d’Airlock «&#xa0;%1&#xa0;» n’a pas pu être défini.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s network service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Vérifiez que le service réseau de libvirt fonctionne (sur secureblue&#xa0;: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>Created Airlock&apos;s network “%1” on %2.</source>
        <translation>Réseau d’Airlock «&#xa0;%1&#xa0;» créé sur %2.</translation>
    </message>
    <message>
        <source>Check that dnsmasq is installed and that no other network uses the 192.168.150–189 address ranges.</source>
        <translation>Vérifiez que dnsmasq est installé et qu’aucun autre réseau n’utilise les plages d’adresses 192.168.150–189.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration could not be written.</source>
        <translation>La configuration de la VM n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>libvirt refused the VM&apos;s configuration.</source>
        <translation>libvirt a refusé la configuration de la VM.</translation>
    </message>
    <message>
        <source>The message above says which part; the exact XML is on the Summary page.</source>
        <translation>Le message ci-dessus indique quelle partie&#xa0;; le XML exact se trouve sur la page «&#xa0;Vérifier les choix&#xa0;».</translation>
    </message>
    <message>
        <source>libvirt&apos;s message above says why. The VM&apos;s log on the host is /var/log/libvirt/qemu/%1.log.</source>
        <translation>Le message de libvirt ci-dessus dit pourquoi. Le journal de la VM sur l’hôte est /var/log/libvirt/qemu/%1.log.</translation>
    </message>
    <message>
        <source>This host has no matching UEFI firmware: install the OVMF/edk2 package, or choose BIOS on “Size the VM”.</source>
        <translation>Cet hôte n’a pas de micrologiciel UEFI adapté&#xa0;: installez le paquet OVMF/edk2, ou choisissez BIOS dans «&#xa0;Dimensionner la VM&#xa0;».</translation>
    </message>
    <message>
        <source>3D acceleration needs a graphics card the host can render with (/dev/dri/renderD…), and this host has none. Turn 3D acceleration off on “Choose devices”.</source>
        <translation>L’accélération 3D requiert une carte graphique avec laquelle l’hôte peut faire le rendu (/dev/dri/renderD…), et cet hôte n’en a pas. Désactivez l’accélération 3D dans «&#xa0;Choisir les périphériques&#xa0;».</translation>
    </message>
    <message>
        <source>The emulated TPM needs swtpm on the host (package swtpm). Install it or turn the TPM off on “Choose devices”.</source>
        <translation>Le TPM émulé requiert swtpm sur l’hôte (paquet swtpm). Installez-le ou désactivez le TPM dans «&#xa0;Choisir les périphériques&#xa0;».</translation>
    </message>
    <message>
        <source>The VM could not be started.</source>
        <translation>La VM n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Creation was cancelled before “%1”.</source>
        <translation>La création a été annulée avant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>«&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>Creation was cancelled during “%1”.</source>
        <translation>La création a été annulée pendant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Airlock could not remove everything it had made; the list says how to remove each by hand.</source>
        <translation>Airlock n’a pas pu retirer tout ce qu’il avait créé&#xa0;; la liste indique comment retirer chaque élément à la main.</translation>
    </message>
    <message>
        <source>%1 (remove it with: %2)</source>
        <translation>%1 (à retirer avec&#xa0;: %2)</translation>
    </message>
    <message>
        <source>A network named “%1” exists, but it is not what Airlock makes (%2).</source>
        <translation>Un réseau nommé «&#xa0;%1&#xa0;» existe, mais ce n’est pas celui qu’Airlock crée (%2).</translation>
    </message>
    <message>
        <source>Airlock neither changes nor uses a network that differs from its own. If an older Airlock made it, remove it once no VM uses it (virsh net-destroy %1; virsh net-undefine %1); otherwise rename it, or choose another network mode.</source>
        <translation>Airlock ne modifie ni n’utilise un réseau qui diffère du sien. Si une ancienne version d’Airlock l’a créé, supprimez-le dès qu’aucune VM ne l’utilise plus (virsh net-destroy %1; virsh net-undefine %1)&#xa0;; sinon, renommez-le, ou choisissez un autre mode réseau.</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filters could not be defined.</source>
        <translation>Les filtres de trafic d’Airlock n’ont pas pu être définis.</translation>
    </message>
    <message>
        <source>Check that libvirt&apos;s network-filter service runs (on secureblue: ujust set-libvirt-daemons on).</source>
        <translation>Vérifiez que le service de filtrage réseau de libvirt fonctionne (sur secureblue&#xa0;: ujust set-libvirt-daemons on).</translation>
    </message>
    <message>
        <source>kept the traffic filter “%1”: it is in use</source>
        <translation>filtre de trafic «&#xa0;%1&#xa0;» conservé&#xa0;: il est en cours d’utilisation</translation>
    </message>
    <message>
        <source>Defined Airlock&apos;s traffic filters (%1).</source>
        <translation>Filtres de trafic d’Airlock définis (%1).</translation>
    </message>
    <message>
        <source>Brought Airlock&apos;s traffic filters up to date (%1).</source>
        <translation>Filtres de trafic d’Airlock mis à jour (%1).</translation>
    </message>
    <message>
        <source>No address could be reserved for the VM on “%1”.</source>
        <translation>Aucune adresse n’a pu être réservée pour la VM sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Airlock&apos;s network may be full (253 VMs), or another program changed it meanwhile. Try again.</source>
        <translation>Le réseau d’Airlock est peut-être plein (253 VM), ou un autre programme l’a modifié entre-temps. Réessayez.</translation>
    </message>
    <message>
        <source>The VM&apos;s network card could not be given an address.</source>
        <translation>Aucune adresse n’a pu être attribuée à la carte réseau de la VM.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The VM&apos;s network card is %1.</source>
        <translation>La carte réseau de la VM est %1.</translation>
    </message>
    <message>
        <source>Reserved %1 for the VM&apos;s network card %2.</source>
        <translation>Adresse %1 réservée pour la carte réseau %2 de la VM.</translation>
    </message>
    <message>
        <source>libvirt lists no USB device or PCI function “%1” on this host</source>
        <translation>libvirt ne liste aucun périphérique USB ni aucune fonction PCI «&#xa0;%1&#xa0;» sur cet hôte</translation>
    </message>
    <message>
        <source>Airlock does not give a VM what the spec asks for here.</source>
        <translation>Airlock ne donne pas à une VM ce que la spécification demande ici.</translation>
    </message>
    <message>
        <source>libvirt did not say how it defined the VM.</source>
        <translation>libvirt n’a pas indiqué comment il a défini la VM.</translation>
    </message>
    <message>
        <source>Defined “%1”: it boots from its disk once NixOS is installed.</source>
        <translation>«&#xa0;%1&#xa0;» définie&#xa0;: elle démarre depuis son disque une fois NixOS installé.</translation>
    </message>
    <message>
        <source>libvirt did not keep the VM&apos;s definition when it started.</source>
        <translation>libvirt n’a pas conservé la définition de la VM à son démarrage.</translation>
    </message>
    <message>
        <source>The VM was stopped again. Check the connection, then try again.</source>
        <translation>La VM a été arrêtée à nouveau. Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is running the NixOS installer.</source>
        <translation>«&#xa0;%1&#xa0;» exécute l’installateur NixOS.</translation>
    </message>
    <message>
        <source>Airlock stopped before making %1.</source>
        <translation>Airlock s’est arrêté avant de créer %1.</translation>
    </message>
    <message>
        <source>Free some space in Airlock&apos;s data directory, then try again.</source>
        <translation>Libérez de l’espace dans le dossier de données d’Airlock, puis réessayez.</translation>
    </message>
    <message>
        <source>Kept %1, made before the interruption.</source>
        <translation>Airlock a conservé %1, créé avant l’interruption.</translation>
    </message>
    <message>
        <source>Kept the ISO “%1”, uploaded before the interruption.</source>
        <translation>Airlock a conservé l’ISO «&#xa0;%1&#xa0;», envoyée avant l’interruption.</translation>
    </message>
    <message>
        <source>Airlock stopped before “%1”.</source>
        <translation>Airlock s’est arrêté avant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” could not be finished: Airlock could not remove what it has to make again.</source>
        <translation>La création interrompue de «&#xa0;%1&#xa0;» n’a pas pu être terminée&#xa0;: Airlock n’a pas pu retirer ce qu’il doit créer à nouveau.</translation>
    </message>
    <message>
        <source>Copied into the pool as “%1” while it downloaded.</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation>Copiée dans le pool sous le nom «&#xa0;%1&#xa0;» pendant le téléchargement.</translation>
    </message>
</context>
<context>
    <name>CreationRecovery</name>
    <message>
        <source>perhaps %1</source>
        <extracomment>An object whose libvirt call the interruption may have cut short.</extracomment>
        <translation>peut-être %1</translation>
    </message>
    <message>
        <source>The creation of “%1” was interrupted at “%2” (%3), before it made anything.</source>
        <translation>La création de «&#xa0;%1&#xa0;» a été interrompue à l’étape «&#xa0;%2&#xa0;» (%3), avant d’avoir créé quoi que ce soit.</translation>
    </message>
    <message>
        <source>The creation of “%1” was interrupted at “%2” (%3). It had made: %4.</source>
        <translation>La création de «&#xa0;%1&#xa0;» a été interrompue à l’étape «&#xa0;%2&#xa0;» (%3). Elle avait créé&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” is undone: everything it had made is removed.</source>
        <translation>La création interrompue de «&#xa0;%1&#xa0;» est annulée&#xa0;: tout ce qu’elle avait créé est retiré.</translation>
    </message>
    <message>
        <source>Airlock could not remove everything the interrupted creation of “%1” had made; the list says how to remove each by hand, or try again once libvirt answers.</source>
        <translation>Airlock n’a pas pu retirer tout ce que la création interrompue de «&#xa0;%1&#xa0;» avait créé&#xa0;; la liste indique comment retirer chaque élément à la main, ou réessayez une fois que libvirt répond.</translation>
    </message>
    <message>
        <source>The interrupted creation of “%1” is finished: the VM runs.</source>
        <translation>La création interrompue de «&#xa0;%1&#xa0;» est terminée&#xa0;: la VM fonctionne.</translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no &lt;%1&gt;</source>
        <translation>pas de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 × &lt;%2&gt;</source>
        <extracomment>What the live XML holds: %1 a count, %2 an XML element as libvirt writes it (keep it)</extracomment>
        <translation>%1 × &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 sur le port %2</translation>
    </message>
    <message>
        <source>%1 on an automatic port</source>
        <translation>%1 sur un port automatique</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 à l’écoute sur %2</translation>
    </message>
    <message>
        <source>The running VM&apos;s configuration was read back</source>
        <translation>La configuration de la VM en cours d’exécution a été relue</translation>
    </message>
    <message>
        <source>libvirt&apos;s live XML could not be read: %1</source>
        <translation>Le XML actif de libvirt n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a domain</source>
        <translation>pas un domaine</translation>
    </message>
    <message>
        <source>A sound card for the speakers</source>
        <translation>Une carte son pour les haut-parleurs</translation>
    </message>
    <message>
        <source>No sound card</source>
        <translation>Pas de carte son</translation>
    </message>
    <message>
        <source>A microphone input</source>
        <translation>Une entrée micro</translation>
    </message>
    <message>
        <source>No microphone input</source>
        <translation>Pas d’entrée micro</translation>
    </message>
    <message>
        <source>no sound card</source>
        <translation>pas de carte son</translation>
    </message>
    <message>
        <source>codecs: %1</source>
        <translation>codecs&#xa0;: %1</translation>
    </message>
    <message>
        <source>USB redirection channels</source>
        <translation>Canaux de redirection USB</translation>
    </message>
    <message>
        <source>No USB redirection</source>
        <translation>Pas de redirection USB</translation>
    </message>
    <message>
        <source>No devices of this computer passed through</source>
        <translation>Aucun périphérique de cet ordinateur attribué</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of this computer passed through</source>
        <translation>
            <numerusform>%n périphérique de cet ordinateur attribué</numerusform>
            <numerusform>%n périphériques de cet ordinateur attribués</numerusform>
        </translation>
    </message>
    <message>
        <source>no &lt;hostdev&gt;</source>
        <translation>pas de &lt;hostdev&gt;</translation>
    </message>
    <message>
        <source>A USB controller (for the USB you chose)</source>
        <translation>Un contrôleur USB (pour l’USB choisi)</translation>
    </message>
    <message>
        <source>No USB controller at all</source>
        <translation>Aucun contrôleur USB</translation>
    </message>
    <message>
        <source>no USB controller element (libvirt would add one)</source>
        <translation>pas d’élément de contrôleur USB (libvirt en ajouterait un)</translation>
    </message>
    <message>
        <source>USB controller model: %1</source>
        <translation>modèle du contrôleur USB&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only “%1” shared, read-only</source>
        <translation>Seul «&#xa0;%1&#xa0;» partagé, en lecture seule</translation>
    </message>
    <message>
        <source>Only “%1” shared, writable</source>
        <translation>Seul «&#xa0;%1&#xa0;» partagé, en écriture</translation>
    </message>
    <message>
        <source>%1, read-only: %2</source>
        <translation>%1, lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>no &lt;filesystem&gt;</source>
        <translation>pas de &lt;filesystem&gt;</translation>
    </message>
    <message>
        <source>No shared folder</source>
        <translation>Pas de dossier partagé</translation>
    </message>
    <message>
        <source>Clipboard shared with the desktop</source>
        <translation>Presse-papiers partagé avec le bureau</translation>
    </message>
    <message>
        <source>No clipboard sharing</source>
        <translation>Pas de presse-papiers partagé</translation>
    </message>
    <message>
        <source>SPICE agent channel: %1; copy and paste: %2</source>
        <translation>canal de l’agent SPICE&#xa0;: %1&#xa0;; copier-coller&#xa0;: %2</translation>
    </message>
    <message>
        <source>A guest agent channel</source>
        <translation>Un canal d’agent invité</translation>
    </message>
    <message>
        <source>No guest agent channel</source>
        <translation>Pas de canal d’agent invité</translation>
    </message>
    <message>
        <source>guest agent channel: %1</source>
        <translation>canal d’agent invité&#xa0;: %1</translation>
    </message>
    <message>
        <source>An emulated TPM</source>
        <translation>Un TPM émulé</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Pas de TPM</translation>
    </message>
    <message>
        <source>3D acceleration through the host&apos;s GPU</source>
        <translation>Accélération 3D par le GPU de l’hôte</translation>
    </message>
    <message>
        <source>No 3D acceleration</source>
        <translation>Pas d’accélération 3D</translation>
    </message>
    <message>
        <source>3D: %1</source>
        <translation>3D&#xa0;: %1</translation>
    </message>
    <message>
        <source>The display is not reachable over the network</source>
        <translation>L’affichage n’est pas joignable par le réseau</translation>
    </message>
    <message>
        <source>no &lt;graphics&gt;</source>
        <translation>pas de &lt;graphics&gt;</translation>
    </message>
    <message>
        <source>no listening socket; reachable only through libvirt</source>
        <translation>aucun socket à l’écoute&#xa0;; joignable uniquement par libvirt</translation>
    </message>
    <message>
        <source>No network card</source>
        <translation>Pas de carte réseau</translation>
    </message>
    <message>
        <source>One network card on the bridge “%1”</source>
        <translation>Une carte réseau sur le pont «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>One network card on Airlock&apos;s network “%1”</source>
        <translation>Une carte réseau sur le réseau d’Airlock «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no &lt;interface&gt;</source>
        <translation>pas de &lt;interface&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Traffic filter “%1” on the network card</source>
        <translation>Filtre de trafic «&#xa0;%1&#xa0;» sur la carte réseau</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>the network&apos;s live XML could not be read</source>
        <translation>le XML actif du réseau n’a pas pu être lu</translation>
    </message>
    <message>
        <source>IPv6 on the network</source>
        <translation>IPv6 sur le réseau</translation>
    </message>
    <message>
        <source>No IPv6 on the network</source>
        <translation>Pas d’IPv6 sur le réseau</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6&#xa0;: %1</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI avec Secure Boot</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot off (the NixOS ISO is not signed)</source>
        <translation>UEFI, Secure Boot désactivé (l’ISO NixOS n’est pas signée)</translation>
    </message>
    <message>
        <source>UEFI, Secure Boot: %1</source>
        <translation>UEFI, Secure Boot&#xa0;: %1</translation>
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
            <numerusform>%n processeur virtuel et %1 Mio de mémoire</numerusform>
            <numerusform>%n processeurs virtuels et %1 Mio de mémoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s) and %1 MiB</source>
        <translation>
            <numerusform>%n processeur virtuel et %1 Mio</numerusform>
            <numerusform>%n processeurs virtuels et %1 Mio</numerusform>
        </translation>
    </message>
    <message>
        <source>Airlock&apos;s network as Airlock makes it: NAT, VMs kept apart from each other</source>
        <translation>Le réseau d’Airlock tel qu’Airlock le crée&#xa0;: NAT, VM séparées les unes des autres</translation>
    </message>
    <message>
        <source>NAT, isolated ports, no spanning tree</source>
        <translation>NAT, ports isolés, pas de spanning tree</translation>
    </message>
    <message>
        <source>this libvirt has no traffic filters</source>
        <translation>ce libvirt n’a pas de filtres de trafic</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>“%1” differs from Airlock&apos;s</source>
        <translation>«&#xa0;%1&#xa0;» diffère de celui d’Airlock</translation>
    </message>
    <message>
        <source>libvirt&apos;s “%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» de libvirt est absent</translation>
    </message>
    <message>
        <source>The filter&apos;s rules are Airlock&apos;s, read back from libvirt</source>
        <translation>Les règles du filtre sont celles d’Airlock, relues depuis libvirt</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) as Airlock defines them: %1</source>
        <translation>
            <numerusform>%n filtre tel qu’Airlock le définit&#xa0;: %1</numerusform>
            <numerusform>%n filtres tels qu’Airlock les définit&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the running VM has no network port</source>
        <translation>la VM en cours d’exécution n’a pas de port réseau</translation>
    </message>
    <message>
        <source>no filter is applied to %1</source>
        <translation>aucun filtre n’est appliqué à %1</translation>
    </message>
    <message>
        <source>“%1” is applied to %2</source>
        <translation>«&#xa0;%1&#xa0;» est appliqué à %2</translation>
    </message>
    <message>
        <source>“%1” is applied to %2 with other parameters</source>
        <translation>«&#xa0;%1&#xa0;» est appliqué à %2 avec d’autres paramètres</translation>
    </message>
    <message>
        <source>The filter is in force on the running VM&apos;s network port</source>
        <translation>Le filtre est en vigueur sur le port réseau de la VM en cours d’exécution</translation>
    </message>
    <message>
        <source>no address given to the filter: libvirt learns it from the VM</source>
        <translation>aucune adresse donnée au filtre&#xa0;: libvirt l’apprend de la VM</translation>
    </message>
    <message>
        <source>the network has no DHCP entry for %1</source>
        <translation>le réseau n’a pas d’entrée DHCP pour %1</translation>
    </message>
    <message>
        <source>the filter has %1, the network&apos;s DHCP entry %2</source>
        <translation>le filtre a %1, l’entrée DHCP du réseau %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>The VM&apos;s address is fixed by Airlock, not taken from its packets</source>
        <translation>L’adresse de la VM est fixée par Airlock, et non tirée de ses paquets</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filter on the network card</source>
        <translation>Filtre de trafic d’Airlock sur la carte réseau</translation>
    </message>
    <message>
        <source>%1 is “%2”, not “%3”</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not Airlock&apos;s</source>
        <translation>%1 ne vient pas d’Airlock</translation>
    </message>
    <message>
        <source>“%1” is applied to %2, but %3</source>
        <translation>«&#xa0;%1&#xa0;» est appliqué à %2, mais %3</translation>
    </message>
    <message numerus="yes">
        <source>the filter is given %n address(es) for the VM</source>
        <translation>
            <numerusform>le filtre reçoit %n adresse pour la VM</numerusform>
            <numerusform>le filtre reçoit %n adresses pour la VM</numerusform>
        </translation>
    </message>
    <message>
        <source>the network card&apos;s port is not isolated from other VMs</source>
        <translation>le port de la carte réseau n’est pas isolé des autres VM</translation>
    </message>
    <message>
        <source>listening on TCP %1</source>
        <extracomment>Where a serial port or channel ends on the host; follows a device such as &quot;a serial port&quot;. %1: address:port</extracomment>
        <translation>à l’écoute sur TCP %1</translation>
    </message>
    <message>
        <source>connected to TCP %1</source>
        <extracomment>Where a device ends on the host; %1 is address:port of a server it connects to</extracomment>
        <translation>vers le serveur TCP %1</translation>
    </message>
    <message>
        <source>sending UDP to %1</source>
        <extracomment>Where a device ends on the host; %1 is address:port</extracomment>
        <translation>envoyant en UDP vers %1</translation>
    </message>
    <message>
        <source>on a socket of the host</source>
        <extracomment>Where a device ends on the host: a Unix socket whose path libvirt chose</extracomment>
        <translation>sur un socket de l’hôte</translation>
    </message>
    <message>
        <source>on the host&apos;s socket %1</source>
        <translation>sur le socket %1 de l’hôte</translation>
    </message>
    <message>
        <source>writing to the host&apos;s file %1</source>
        <extracomment>Where a device ends on the host; %1 is a file path</extracomment>
        <translation>écrivant dans le fichier %1 de l’hôte</translation>
    </message>
    <message>
        <source>on the host&apos;s %1 %2</source>
        <extracomment>Where a device ends on the host; %1 is &quot;dev&quot; or &quot;pipe&quot;, %2 its path</extracomment>
        <translation>sur %1 %2 de l’hôte</translation>
    </message>
    <message>
        <source>on a terminal of the host</source>
        <extracomment>Where a device ends on the host: a pseudo-terminal (pty)</extracomment>
        <translation>sur un terminal de l’hôte</translation>
    </message>
    <message>
        <source>through the SPICE display</source>
        <extracomment>Where a device ends: in the SPICE viewer, not on the host</extracomment>
        <translation>par l’affichage SPICE</translation>
    </message>
    <message>
        <source>of type “%1”</source>
        <extracomment>%1 is libvirt&apos;s name of a character device type, such as &quot;nmdm&quot;</extracomment>
        <translation>de type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a second CD drive</source>
        <extracomment>Found in the running VM and not chosen: another, empty CD drive</extracomment>
        <translation>un deuxième lecteur de CD</translation>
    </message>
    <message>
        <source>a CD drive with %1</source>
        <translation>un lecteur de CD avec %1</translation>
    </message>
    <message>
        <source>a %1 drive on %2</source>
        <extracomment>%1 is libvirt&apos;s disk device kind (floppy, lun), %2 the file or device behind it</extracomment>
        <translation>un lecteur %1 sur %2</translation>
    </message>
    <message>
        <source>a disk without a source</source>
        <extracomment>Found in the running VM and not chosen: a disk with no file behind it</extracomment>
        <translation>un disque sans source</translation>
    </message>
    <message>
        <source>a second disk on %1</source>
        <extracomment>Found in the running VM besides its own disk; %1 is the file, device or pool/volume</extracomment>
        <translation>un deuxième disque sur %1</translation>
    </message>
    <message>
        <source>a disk on %1</source>
        <translation>un disque sur %1</translation>
    </message>
    <message>
        <source>a USB controller (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the controller model</extracomment>
        <translation>un contrôleur USB (%1)</translation>
    </message>
    <message>
        <source>a %1 controller (%2)</source>
        <extracomment>%1 is the controller&apos;s bus (scsi, ide, pci, …), %2 its model</extracomment>
        <translation>un contrôleur %1 (%2)</translation>
    </message>
    <message>
        <source>a second network card (%1 “%2”)</source>
        <translation>une deuxième carte réseau (%1 «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>a network card (%1 “%2”)</source>
        <translation>une carte réseau (%1 «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>an input device of the host passed through: %1</source>
        <extracomment>Found in the running VM: a keyboard or mouse of this computer; %1 its /dev/input path</extracomment>
        <translation>un périphérique d’entrée de l’hôte attribué à la VM&#xa0;: %1</translation>
    </message>
    <message>
        <source>an input device (%1 on %2)</source>
        <extracomment>%1 is the kind of input device (mouse, keyboard, tablet), %2 its bus</extracomment>
        <translation>un périphérique d’entrée (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 graphics listening on %2</source>
        <extracomment>Found in the running VM: a display reachable over the network. %1 protocol (spice, vnc), %2 addresses</extracomment>
        <translation>affichage %1 à l’écoute sur %2</translation>
    </message>
    <message>
        <source>%1 graphics on the host&apos;s socket %2</source>
        <extracomment>Found in the running VM: a display on a Unix socket; %1 protocol, %2 path</extracomment>
        <translation>affichage %1 sur le socket %2 de l’hôte</translation>
    </message>
    <message>
        <source>%1 graphics on port %2</source>
        <extracomment>Found in the running VM: a display on a TCP port; %1 protocol, %2 port number</extracomment>
        <translation>affichage %1 sur le port %2</translation>
    </message>
    <message>
        <source>%1 graphics on an automatic port</source>
        <extracomment>Found in the running VM: a display on a TCP port libvirt picks; %1 protocol</extracomment>
        <translation>affichage %1 sur un port automatique</translation>
    </message>
    <message>
        <source>%1 graphics that Airlock did not write</source>
        <extracomment>Found in the running VM: a display not chosen; %1 protocol (spice, vnc, sdl, …)</extracomment>
        <translation>affichage %1 qu’Airlock n’a pas écrit</translation>
    </message>
    <message>
        <source>a sound backend (%1)</source>
        <extracomment>%1 is libvirt&apos;s audio backend (pulseaudio, pipewire, alsa, file, …)</extracomment>
        <translation>un backend audio (%1)</translation>
    </message>
    <message>
        <source>a sound card (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the sound card model</extracomment>
        <translation>une carte son (%1)</translation>
    </message>
    <message>
        <source>a video card (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 is the video model</extracomment>
        <translation>une carte vidéo (%1)</translation>
    </message>
    <message>
        <source>a channel “%1” %2</source>
        <extracomment>%1 is the channel&apos;s name, such as org.qemu.guest_agent.0; %2 where it ends on the host</extracomment>
        <translation>un canal «&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>a shared folder “%1”, read-only</source>
        <extracomment>Found in the running VM and not chosen; %1 is a folder of this computer</extracomment>
        <translation>un dossier partagé «&#xa0;%1&#xa0;», en lecture seule</translation>
    </message>
    <message>
        <source>a shared folder “%1”, writable</source>
        <translation>un dossier partagé «&#xa0;%1&#xa0;», en écriture</translation>
    </message>
    <message>
        <source>the host&apos;s TPM %1 passed through</source>
        <extracomment>Found in the running VM: this computer&apos;s own TPM; %1 its device path</extracomment>
        <translation>le TPM %1 de l’hôte, attribué à la VM</translation>
    </message>
    <message>
        <source>a TPM (%1, %2)</source>
        <extracomment>%1 is the TPM&apos;s model, %2 its backend (emulator, external, …)</extracomment>
        <translation>un TPM (%1, %2)</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <extracomment>Found in the running VM and not chosen; %1 says where it ends, e.g. &quot;listening on TCP …&quot;</extracomment>
        <translation>redirection USB %1</translation>
    </message>
    <message>
        <source>the host&apos;s %1 device %2 passed through</source>
        <extracomment>%1 is the kind (storage, misc, net), %2 the host&apos;s device such as /dev/sda</extracomment>
        <translation>le périphérique %1 %2 de l’hôte, attribué à la VM</translation>
    </message>
    <message>
        <source>a USB device %1 that you did not choose</source>
        <extracomment>Found in the running VM: a USB device of this computer; %1 vendor:product id</extracomment>
        <translation>un périphérique USB %1 que vous n’avez pas choisi</translation>
    </message>
    <message>
        <source>a host device %1 that you did not choose</source>
        <extracomment>Found in the running VM: a PCI device of this computer; %1 its address, e.g. 0000:00:1f.3</extracomment>
        <translation>un périphérique de l’hôte %1 que vous n’avez pas choisi</translation>
    </message>
    <message>
        <source>a %1 device of the host that you did not choose</source>
        <extracomment>%1 is the kind of host device (scsi, scsi_host, mdev)</extracomment>
        <translation>un périphérique %1 de l’hôte que vous n’avez pas choisi</translation>
    </message>
    <message>
        <source>a random-number source %1</source>
        <extracomment>Found in the running VM; %1 says where it ends, e.g. &quot;connected to TCP …&quot;</extracomment>
        <translation>une source de nombres aléatoires %1</translation>
    </message>
    <message>
        <source>a random-number source (%1 %2)</source>
        <extracomment>%1 is the backend (random, builtin), %2 the host&apos;s file it reads</extracomment>
        <translation>une source de nombres aléatoires (%1 %2)</translation>
    </message>
    <message>
        <source>a memory balloon (%1)</source>
        <extracomment>%1 is the balloon&apos;s model, such as virtio</extracomment>
        <translation>un ballon mémoire (%1)</translation>
    </message>
    <message>
        <source>the emulator %1, not one QEMU program</source>
        <extracomment>Found in the running VM: a program other than QEMU runs it; %1 its path</extracomment>
        <translation>l’émulateur %1, et non un programme QEMU</translation>
    </message>
    <message>
        <source>a watchdog (%1, %2)</source>
        <extracomment>%1 is the watchdog&apos;s model, %2 what it does when it fires (reset, dump, …)</extracomment>
        <translation>un chien de garde (%1, %2)</translation>
    </message>
    <message>
        <source>a serial port %1</source>
        <extracomment>%1 says where it ends on the host, e.g. &quot;listening on TCP 0.0.0.0:4555&quot;</extracomment>
        <translation>un port série %1</translation>
    </message>
    <message>
        <source>a parallel port %1</source>
        <extracomment>Found in the running VM; %1 says where it ends on the host</extracomment>
        <translation>un port parallèle %1</translation>
    </message>
    <message>
        <source>a console %1</source>
        <extracomment>Found in the running VM; %1 says where it ends on the host</extracomment>
        <translation>une console %1</translation>
    </message>
    <message>
        <source>an ivshmem shared-memory region “%1”</source>
        <extracomment>ivshmem: memory the VM shares with programs on the host or other VMs</extracomment>
        <translation>une zone de mémoire partagée ivshmem «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a vsock: a socket between the VM and programs on the host</source>
        <extracomment>Found in the running VM and not chosen (virtio vsock)</extracomment>
        <translation>un vsock&#xa0;: un socket entre la VM et des programmes de l’hôte</translation>
    </message>
    <message>
        <source>a memory device (%1) backed by %2</source>
        <extracomment>Found in the running VM; %1 model (dimm, nvdimm), %2 a file of the host</extracomment>
        <translation>un périphérique mémoire (%1) adossé à %2</translation>
    </message>
    <message>
        <source>a memory device (%1)</source>
        <translation>un périphérique mémoire (%1)</translation>
    </message>
    <message>
        <source>the host&apos;s smartcard reader</source>
        <translation>le lecteur de cartes à puce de l’hôte</translation>
    </message>
    <message>
        <source>a smartcard (%1)</source>
        <translation>une carte à puce (%1)</translation>
    </message>
    <message>
        <source>a USB hub</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>un concentrateur USB</translation>
    </message>
    <message>
        <source>a filter for USB redirection</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>un filtre pour la redirection USB</translation>
    </message>
    <message>
        <source>a lock lease</source>
        <extracomment>Found in the running VM and not chosen (libvirt &lt;lease&gt;)</extracomment>
        <translation>un bail de verrouillage</translation>
    </message>
    <message>
        <source>a panic notifier (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>un notificateur de panique (%1)</translation>
    </message>
    <message>
        <source>an IOMMU (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>une IOMMU (%1)</translation>
    </message>
    <message>
        <source>an NVRAM device</source>
        <extracomment>Found in the running VM and not chosen</extracomment>
        <translation>un périphérique NVRAM</translation>
    </message>
    <message>
        <source>a crypto device (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its model</extracomment>
        <translation>un périphérique cryptographique (%1)</translation>
    </message>
    <message>
        <source>a persistent store (%1)</source>
        <extracomment>Found in the running VM and not chosen; %1 its backend</extracomment>
        <translation>un stockage persistant (%1)</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; that Airlock does not know</source>
        <extracomment>Found in the running VM&apos;s XML; %1 is the element&apos;s name, keep it as it is</extracomment>
        <translation>un élément &lt;%1&gt; qu’Airlock ne connaît pas</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; of the namespace %2</source>
        <extracomment>Found in the running VM&apos;s XML; %1 element name, %2 its XML namespace URI</extracomment>
        <translation>un élément &lt;%1&gt; de l’espace de noms %2</translation>
    </message>
    <message numerus="yes">
        <source>%n × QEMU program: the emulator libvirt runs for the VM</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × programme QEMU&#xa0;: l’émulateur que libvirt exécute pour la VM</numerusform>
            <numerusform>%n × programme QEMU&#xa0;: les émulateurs que libvirt exécute pour la VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCI Express root: the q35 machine&apos;s own bus</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count; q35 is the machine type</extracomment>
        <translation>
            <numerusform>%n × racine PCI Express&#xa0;: le bus propre de la machine q35</numerusform>
            <numerusform>%n × racine PCI Express&#xa0;: les bus propres de la machine q35</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × port racine PCIe&#xa0;: libvirt en ajoute sur q35 pour qu’on puisse y brancher des périphériques</numerusform>
            <numerusform>%n × port racine PCIe&#xa0;: libvirt en ajoute sur q35 pour qu’on puisse y brancher des périphériques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SATA controller: part of the q35 chipset; it carries the installer&apos;s drive</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × contrôleur SATA&#xa0;: élément du chipset q35&#xa0;; il porte le lecteur de l’installateur</numerusform>
            <numerusform>%n × contrôleur SATA&#xa0;: élément du chipset q35&#xa0;; l’un d’eux porte le lecteur de l’installateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 mouse: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × souris PS/2&#xa0;: libvirt l’ajoute parce que le chipset q35 a un port PS/2&#xa0;; elle n’atteint rien sur l’hôte</numerusform>
            <numerusform>%n × souris PS/2&#xa0;: libvirt les ajoute parce que le chipset q35 a un port PS/2&#xa0;; elles n’atteignent rien sur l’hôte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a PS/2 port; it reaches nothing on the host</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × clavier PS/2&#xa0;: libvirt l’ajoute parce que le chipset q35 a un port PS/2&#xa0;; il n’atteint rien sur l’hôte</numerusform>
            <numerusform>%n × clavier PS/2&#xa0;: libvirt les ajoute parce que le chipset q35 a un port PS/2&#xa0;; ils n’atteignent rien sur l’hôte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × virtio-serial controller: libvirt adds it to carry the VM&apos;s channels</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × contrôleur virtio-serial&#xa0;: libvirt l’ajoute pour transporter les canaux de la VM</numerusform>
            <numerusform>%n × contrôleur virtio-serial&#xa0;: libvirt les ajoute pour transporter les canaux de la VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × SPICE sound backend: libvirt pairs it with the SPICE display; without a sound card nothing plays through it</source>
        <extracomment>Expected, added by libvirt: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × backend audio SPICE&#xa0;: libvirt l’associe à l’affichage SPICE&#xa0;; sans carte son, aucun son n’y passe</numerusform>
            <numerusform>%n × backend audio SPICE&#xa0;: libvirt les associe à l’affichage SPICE&#xa0;; sans carte son, aucun son n’y passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × iTCO watchdog: part of the q35 chipset; it can only reset the VM</source>
        <extracomment>Expected, part of the chipset: title of a passing check with a count</extracomment>
        <translation>
            <numerusform>%n × chien de garde iTCO&#xa0;: élément du chipset q35&#xa0;; il ne peut que réinitialiser la VM</numerusform>
            <numerusform>%n × chien de garde iTCO&#xa0;: élément du chipset q35&#xa0;; ils ne peuvent que réinitialiser la VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attached that you did not choose</source>
        <extracomment>Title of a failed check; the details name the device found</extracomment>
        <translation>Rien n’est branché sans que vous l’ayez choisi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A passed-through host device: %1 its id or address, %2 libvirt&apos;s name for it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1, non choisi</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <extracomment>A chosen host device not in the running VM; %1 libvirt&apos;s name for it</extracomment>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>libvirt does not describe “%1”</source>
        <extracomment>A chosen host device libvirt cannot read; %1 its name</extracomment>
        <translation>libvirt ne décrit pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>QEMU arguments added by hand (qemu:commandline): %1</source>
        <extracomment>%1 lists the arguments as they are in the VM&apos;s XML</extracomment>
        <translation>arguments QEMU ajoutés à la main (qemu:commandline)&#xa0;: %1</translation>
    </message>
    <message>
        <source>QEMU features switched on or off by hand (qemu:capabilities)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:capabilities&quot;</extracomment>
        <translation>fonctions QEMU activées ou désactivées à la main (qemu:capabilities)</translation>
    </message>
    <message>
        <source>QEMU device properties overridden by hand (qemu:override)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:override&quot;</extracomment>
        <translation>propriétés de périphériques QEMU remplacées à la main (qemu:override)</translation>
    </message>
    <message>
        <source>QEMU&apos;s deprecated features allowed by hand (qemu:deprecation)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;qemu:deprecation&quot;</extracomment>
        <translation>fonctions obsolètes de QEMU autorisées à la main (qemu:deprecation)</translation>
    </message>
    <message>
        <source>an element &lt;%1&gt; of libvirt&apos;s QEMU namespace</source>
        <extracomment>Found in the running VM&apos;s XML; %1 the element&apos;s name</extracomment>
        <translation>un élément &lt;%1&gt; de l’espace de noms QEMU de libvirt</translation>
    </message>
    <message>
        <source>system information handed to the VM (sysinfo, %1)</source>
        <extracomment>%1 is the kind (smbios, fwcfg)</extracomment>
        <translation>informations système transmises à la VM (sysinfo, %1)</translation>
    </message>
    <message>
        <source>a launch security setting (%1)</source>
        <extracomment>Found in the running VM&apos;s XML; %1 its kind (sev, s390-pv, …)</extracomment>
        <translation>un réglage de sécurité au lancement (%1)</translation>
    </message>
    <message>
        <source>a map of the VM&apos;s user and group IDs to the host&apos;s (idmap)</source>
        <extracomment>Found in the running VM&apos;s XML; keep &quot;idmap&quot;</extracomment>
        <translation>une correspondance entre les ID utilisateur et de groupe de la VM et ceux de l’hôte (idmap)</translation>
    </message>
    <message>
        <source>a boot setting &lt;%1&gt; that Airlock does not write: %2</source>
        <extracomment>%1 is an element of &lt;os&gt; such as kernel, initrd, dtb, acpi, cmdline</extracomment>
        <translation>un réglage de démarrage &lt;%1&gt; qu’Airlock n’écrit pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>the host&apos;s own SMBIOS identity (maker, model, serial number) shown to the VM</source>
        <extracomment>Found in the running VM&apos;s XML: &lt;smbios mode=&apos;host&apos;&gt; shows the VM this computer&apos;s identity</extracomment>
        <translation>l’identité SMBIOS propre de l’hôte (fabricant, modèle, numéro de série) montrée à la VM</translation>
    </message>
    <message>
        <source>guest memory in the host&apos;s huge pages</source>
        <extracomment>Found in the running VM&apos;s memory settings and not asked for</extracomment>
        <translation>mémoire invitée dans les pages géantes (huge pages) de l’hôte</translation>
    </message>
    <message>
        <source>guest memory locked into the host&apos;s RAM</source>
        <extracomment>Found in the running VM&apos;s memory settings and not asked for</extracomment>
        <translation>mémoire invitée verrouillée dans la RAM de l’hôte</translation>
    </message>
    <message>
        <source>guest memory backed by %1</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the kind (file, anonymous, memfd)</extracomment>
        <translation>mémoire invitée reposant sur %1</translation>
    </message>
    <message>
        <source>guest memory accessed as %1 by other programs on the host</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the access mode (shared, private)</extracomment>
        <translation>mémoire invitée accessible en mode %1 par d’autres programmes de l’hôte</translation>
    </message>
    <message>
        <source>a memory setting &lt;%1&gt; that Airlock did not ask for</source>
        <extracomment>Found in the running VM&apos;s memory settings; %1 the element&apos;s name</extracomment>
        <translation>un réglage mémoire &lt;%1&gt; qu’Airlock n’a pas demandé</translation>
    </message>
    <message>
        <source>a second security label for %1</source>
        <extracomment>Found in the running VM&apos;s XML; %1 the security model (selinux, dac)</extracomment>
        <translation>une deuxième étiquette de sécurité pour %1</translation>
    </message>
    <message>
        <source>a second &lt;%1&gt;</source>
        <extracomment>Found in the running VM&apos;s XML: an element that may appear only once; %1 its name</extracomment>
        <translation>un deuxième &lt;%1&gt;</translation>
    </message>
    <message>
        <source>QEMU&apos;s VMware port is off</source>
        <extracomment>Title of a check: QEMU&apos;s emulated VMware backdoor I/O port (vmport) is switched off</extracomment>
        <translation>Le port VMware de QEMU est désactivé</translation>
    </message>
    <message>
        <source>no &lt;vmport&gt;: QEMU&apos;s default is on</source>
        <extracomment>What the live XML holds; keep &lt;vmport&gt;</extracomment>
        <translation>pas de &lt;vmport&gt;&#xa0;: par défaut, QEMU l’active</translation>
    </message>
    <message>
        <source>vmport: %1</source>
        <translation>vmport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its memory is never merged with another VM&apos;s (no KSM)</source>
        <extracomment>Title of a check; KSM is the kernel&apos;s merging of identical memory pages</extracomment>
        <translation>Sa mémoire n’est jamais fusionnée avec celle d’une autre VM (pas de KSM)</translation>
    </message>
    <message>
        <source>&lt;nosharepages/&gt;: the host merges none of its pages</source>
        <extracomment>What the live XML holds; keep &lt;nosharepages/&gt;</extracomment>
        <translation>&lt;nosharepages/&gt;&#xa0;: l’hôte ne fusionne aucune de ses pages</translation>
    </message>
    <message>
        <source>no &lt;nosharepages/&gt;: KSM may merge its pages with other VMs&apos;</source>
        <translation>pas de &lt;nosharepages/&gt;&#xa0;: KSM peut fusionner ses pages avec celles d’autres VM</translation>
    </message>
    <message>
        <source>Nothing in the VM&apos;s configuration widens its reach</source>
        <extracomment>Title of a failed check; the details name what was found</extracomment>
        <translation>Rien dans la configuration de la VM n’étend sa portée</translation>
    </message>
    <message>
        <source>Installer removed</source>
        <extracomment>Title of a passing check: the NixOS installer ISO is out of the VM&apos;s CD drive</extracomment>
        <translation>Installateur retiré</translation>
    </message>
    <message>
        <source>the CD drive is empty</source>
        <extracomment>What the live XML holds: the CD drive holds no disc</extracomment>
        <translation>le lecteur de CD est vide</translation>
    </message>
    <message>
        <source>Installer attached (read-only)</source>
        <extracomment>Title of a check: the NixOS installer ISO is in the VM&apos;s CD drive, which the VM cannot write</extracomment>
        <translation>Installateur inséré (lecture seule)</translation>
    </message>
    <message>
        <source>the CD drive holds %1, read-only</source>
        <extracomment>What the live XML holds; %1 is the ISO file or pool/volume</extracomment>
        <translation>le lecteur de CD contient %1, en lecture seule</translation>
    </message>
    <message>
        <source>the CD drive holds %1 and the VM may write to it</source>
        <extracomment>What the live XML holds; %1 is the ISO file or pool/volume</extracomment>
        <translation>le lecteur de CD contient %1 et la VM peut y écrire</translation>
    </message>
</context>
<context>
    <name>DomainControl</name>
    <message>
        <source>No CD-ROM drive of “%1” holds the installer.</source>
        <translation>Aucun lecteur de CD-ROM de «&#xa0;%1&#xa0;» ne contient l’installateur.</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>libvirt&apos;s capabilities could not be read: %1</source>
        <translation>Les capacités de libvirt n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>the host has no device called “%1”, or it is not a USB or PCI device</source>
        <translation>l’hôte n’a pas de périphérique nommé «&#xa0;%1&#xa0;», ou ce n’est pas un périphérique USB ou PCI</translation>
    </message>
    <message>
        <source>NixOS (made by Airlock)</source>
        <translation>NixOS (créée par Airlock)</translation>
    </message>
    <message>
        <source>Created by Airlock %1. Its isolation was chosen in the wizard; see the metadata for every choice.</source>
        <translation>Créée par Airlock %1. Son isolation a été choisie dans l’assistant&#xa0;; chaque choix figure dans les métadonnées.</translation>
    </message>
</context>
<context>
    <name>ExposureCatalogue</name>
    <message>
        <source>Maximum isolation</source>
        <translation>Isolation maximale</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Confort</translation>
    </message>
    <message>
        <source>Nothing of your computer reaches the VM except the internet through a filtered network. The safest choice, and the default.</source>
        <translation>Rien de votre ordinateur n’atteint la VM, sauf Internet par un réseau filtré. Le choix le plus sûr, et celui par défaut.</translation>
    </message>
    <message>
        <source>Adds sound, clipboard sharing and a TPM: pleasant for daily use, still no microphone, USB or files.</source>
        <translation>Ajoute le son, le presse-papiers partagé et un TPM&#xa0;: agréable au quotidien, toujours sans microphone, USB ni fichiers.</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Aucun risque</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Pas de réseau</translation>
    </message>
    <message>
        <source>NAT (internet through your computer)</source>
        <translation>NAT (Internet par votre ordinateur)</translation>
    </message>
    <message>
        <source>Bridged (on your local network)</source>
        <translation>Pont (sur votre réseau local)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Network mode, short: no network card.</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Bridged</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>The VM has no network card at all: it can reach nothing and nothing can reach it.</source>
        <translation>La VM n’a aucune carte réseau&#xa0;: elle n’atteint rien et rien ne l’atteint.</translation>
    </message>
    <message>
        <source>the internet through your computer</source>
        <translation>Internet par votre ordinateur</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Haut-parleurs</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>USB ports</source>
        <translation>Ports USB</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Carte graphique</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Security chip</source>
        <translation>Puce de sécurité</translation>
    </message>
    <message>
        <source>Control channel</source>
        <translation>Canal de contrôle</translation>
    </message>
    <message>
        <source>The VM can see through this camera whenever it likes, without the light your desktop would show.</source>
        <translation>La VM peut voir par cette caméra quand elle veut, sans le voyant que votre bureau afficherait.</translation>
    </message>
    <message>
        <source>The VM can record from this device: a compromised VM could listen to the room.</source>
        <translation>La VM peut enregistrer avec ce périphérique&#xa0;: une VM compromise pourrait écouter la pièce.</translation>
    </message>
    <message>
        <source>The VM can pair with and talk to Bluetooth devices around you: headsets, keyboards, phones.</source>
        <translation>La VM peut s’appairer et communiquer avec les appareils Bluetooth autour de vous&#xa0;: casques, claviers, téléphones.</translation>
    </message>
    <message>
        <source>The VM drives this graphics card directly. A PCI device can read and write your computer&apos;s memory unless the IOMMU confines it, and a screen on it goes dark for your desktop.</source>
        <translation>La VM pilote cette carte graphique directement. Un périphérique PCI peut lire et écrire la mémoire de votre ordinateur sauf si l’IOMMU le confine, et un écran branché dessus s’éteint pour votre bureau.</translation>
    </message>
    <message>
        <source>The VM sends and receives through this network adapter directly, past Airlock&apos;s traffic filter.</source>
        <translation>La VM envoie et reçoit directement par cet adaptateur réseau, en contournant le filtre de trafic d’Airlock.</translation>
    </message>
    <message>
        <source>The VM can read, change and delete everything on this drive.</source>
        <translation>La VM peut lire, modifier et supprimer tout ce qui se trouve sur ce lecteur.</translation>
    </message>
    <message>
        <source>The VM receives everything typed or clicked on this device.</source>
        <translation>La VM reçoit tout ce qui est tapé ou cliqué sur ce périphérique.</translation>
    </message>
    <message>
        <source>The VM drives this device directly: it can read what the device holds and rewrite its firmware.</source>
        <translation>La VM pilote ce périphérique directement&#xa0;: elle peut lire ce qu’il contient et réécrire son micrologiciel.</translation>
    </message>
    <message>
        <source>%1 While the VM runs, your computer cannot use the device.</source>
        <extracomment>%1 is what the VM could do with the device (one sentence).</extracomment>
        <translation>%1 Tant que la VM fonctionne, votre ordinateur ne peut pas utiliser le périphérique.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of a list but the last, e.g. &quot;your speakers, your clipboard&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;your speakers, your clipboard and a folder&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 (with IPv6)</source>
        <translation>%1 (avec IPv6)</translation>
    </message>
    <message>
        <source>the folder “%1” (read-only)</source>
        <translation>le dossier «&#xa0;%1&#xa0;» (lecture seule)</translation>
    </message>
    <message>
        <source>the folder “%1” (read and write)</source>
        <translation>le dossier «&#xa0;%1&#xa0;» (lecture et écriture)</translation>
    </message>
    <message>
        <source>This VM can reach nothing on your computer and has no network.</source>
        <translation>Cette VM n’atteint rien sur votre ordinateur et n’a pas de réseau.</translation>
    </message>
    <message>
        <source>This VM can reach %1, and has no network.</source>
        <extracomment>%1 is a list, e.g. &quot;your speakers and your clipboard&quot;.</extracomment>
        <translation>Cette VM peut atteindre %1, et n’a pas de réseau.</translation>
    </message>
    <message>
        <source>This VM can reach %1, and nothing else on your computer.</source>
        <extracomment>%1 is how the VM reaches the network, e.g. &quot;the internet through your computer&quot;.</extracomment>
        <translation>Cette VM peut atteindre %1, et rien d’autre sur votre ordinateur.</translation>
    </message>
    <message>
        <source>This VM can reach %1.</source>
        <extracomment>%1 is a list, e.g. &quot;the internet through your computer and your speakers&quot;.</extracomment>
        <translation>Cette VM peut atteindre %1.</translation>
    </message>
    <message>
        <source>%1 It also has %2.</source>
        <extracomment>%1 is the sentence before; %2 a list such as &quot;an emulated TPM and a guest agent&quot;.</extracomment>
        <translation>%1 Elle a aussi %2.</translation>
    </message>
    <message>
        <source>your local network, your computer and the internet</source>
        <translation>votre réseau local, votre ordinateur et Internet</translation>
    </message>
    <message>
        <source>The VM reaches the internet through your computer, and nothing else: Airlock&apos;s traffic filter keeps it away from your computer&apos;s own services, your local network (router, printers, other computers) and your other VMs, and none of them can reach it. It cannot fake its IPv4 address or hand out addresses to others.</source>
        <translation>La VM atteint Internet via votre ordinateur, et rien d’autre&#xa0;: le filtre de trafic d’Airlock la tient à l’écart des services de votre ordinateur, de votre réseau local (routeur, imprimantes, autres ordinateurs) et de vos autres VM, et aucun d’eux ne peut l’atteindre. Elle ne peut pas falsifier son adresse IPv4 ni attribuer des adresses à d’autres.</translation>
    </message>
    <message>
        <source>The VM joins your local network like another computer: it can reach every device there (printers, routers, other computers) and your computer, and they can all reach it. A traffic filter still stops it from faking its IPv4 address, from acting as a DHCP server and from announcing itself as a router.</source>
        <translation>La VM rejoint votre réseau local comme un autre ordinateur&#xa0;: elle atteint chaque appareil qui s’y trouve (imprimantes, routeurs, autres ordinateurs) ainsi que votre ordinateur, et tous peuvent l’atteindre. Un filtre de trafic l’empêche tout de même de falsifier son adresse IPv4, de jouer le rôle de serveur DHCP et de s’annoncer comme routeur.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A network mode and its bridge: &quot;Bridged (on your local network), br0&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Network: %1 instead of %2</source>
        <extracomment>%1 the network mode a preset sets, %2 the one it replaces.</extracomment>
        <translation>Réseau&#xa0;: %1 au lieu de %2</translation>
    </message>
    <message>
        <source>IPv6: on; the VM may use IPv6 too</source>
        <translation>IPv6&#xa0;: activé&#xa0;; la VM peut aussi utiliser IPv6</translation>
    </message>
    <message>
        <source>IPv6: off; the VM uses IPv4 only</source>
        <translation>IPv6&#xa0;: désactivé&#xa0;; la VM n’utilise qu’IPv4</translation>
    </message>
    <message>
        <source>Traffic filter: “%1” instead of “%2”</source>
        <extracomment>%1 and %2 are names of traffic filters, e.g. &quot;airlock-internet-ipv6&quot;.</extracomment>
        <translation>Filtre de trafic&#xa0;: «&#xa0;%1&#xa0;» au lieu de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1&#xa0;: relié</translation>
    </message>
    <message>
        <source>%1: cut off</source>
        <translation>%1&#xa0;: coupé</translation>
    </message>
    <message>
        <source>Shared folder “%1”: stays shared</source>
        <translation>Dossier partagé «&#xa0;%1&#xa0;»&#xa0;: reste partagé</translation>
    </message>
    <message>
        <source>Shared folder “%1”: no longer shared</source>
        <translation>Dossier partagé «&#xa0;%1&#xa0;»&#xa0;: n’est plus partagé</translation>
    </message>
    <message>
        <source>Host device “%1”: stays with the VM</source>
        <translation>Périphérique hôte «&#xa0;%1&#xa0;»&#xa0;: reste attribué à la VM</translation>
    </message>
    <message>
        <source>Host device “%1”: taken back from the VM</source>
        <translation>Périphérique hôte «&#xa0;%1&#xa0;»&#xa0;: repris à la VM</translation>
    </message>
    <message>
        <source>Adds the microphone, USB redirection (for a viewer on your computer), 3D acceleration, the guest agent and IPv6, whose traffic filter lets IPv6 through too. The VM can then reach much more of your computer.</source>
        <translation>Ajoute le microphone, la redirection USB (pour une visionneuse sur votre ordinateur), l’accélération 3D, l’agent invité et IPv6, dont le filtre de trafic laisse aussi passer IPv6. La VM peut alors atteindre une bien plus grande part de votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>FwupdSecureBoot</name>
    <message>
        <source>fwupd does not report %1</source>
        <translation>fwupd n’indique pas %1</translation>
    </message>
    <message>
        <source>The system D-Bus is not reachable: %1</source>
        <translation>Le D-Bus système n’est pas joignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>fwupd did not answer: %1</source>
        <translation>fwupd n’a pas répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GuestHardening</name>
    <message>
        <source>Every program uses hardened_malloc, which turns many memory bugs into crashes instead of exploits (secureblue&apos;s own allocator). If a browser flickers or crashes, switch this line off first.</source>
        <translation>Chaque programme utilise hardened_malloc, qui transforme beaucoup de bogues mémoire en plantages plutôt qu’en failles exploitables (l’allocateur de secureblue). Si un navigateur scintille ou plante, désactivez d’abord cette ligne.</translation>
    </message>
    <message>
        <source>The guest&apos;s firewall drops connections nobody asked for.</source>
        <translation>Le pare-feu de l’invité rejette les connexions que personne n’a demandées.</translation>
    </message>
    <message>
        <source>No remote logins into the VM.</source>
        <translation>Aucune connexion à distance dans la VM.</translation>
    </message>
    <message>
        <source>The SPICE agent runs: it carries the clipboard you chose to share.</source>
        <translation>L’agent SPICE fonctionne&#xa0;: il transporte le presse-papiers que vous avez choisi de partager.</translation>
    </message>
    <message>
        <source>No SPICE agent: the VM has no clipboard channel, so nothing needs to listen for one.</source>
        <translation>Pas d’agent SPICE&#xa0;: la VM n’a pas de canal de presse-papiers, donc rien n’a besoin d’en écouter un.</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers the host on the channel you chose.</source>
        <translation>L’agent invité QEMU répond à l’hôte sur le canal que vous avez choisi.</translation>
    </message>
    <message>
        <source>No QEMU guest agent: the host has no channel into the VM.</source>
        <translation>Pas d’agent invité QEMU&#xa0;: l’hôte n’a aucun canal vers la VM.</translation>
    </message>
    <message>
        <source>IPv6 off inside the VM as well, matching its network.</source>
        <translation>IPv6 désactivé aussi dans la VM, comme sur son réseau.</translation>
    </message>
    <message>
        <source>The guest uses the emulated TPM (for example for disk encryption).</source>
        <translation>L’invité utilise le TPM émulé (par exemple pour le chiffrement du disque).</translation>
    </message>
    <message>
        <source>Mounts the shared folder %1 at /mnt/airlock-share, without device files, set-uid programs or executables.</source>
        <translation>Monte le dossier partagé %1 sur /mnt/airlock-share, sans fichiers de périphériques, programmes set-uid ni exécutables.</translation>
    </message>
    <message>
        <source>Only administrators (group wheel) may even run sudo.</source>
        <translation>Seuls les administrateurs (groupe wheel) peuvent même lancer sudo.</translation>
    </message>
    <message>
        <source>Only administrators may talk to the Nix daemon.</source>
        <translation>Seuls les administrateurs peuvent parler au démon Nix.</translation>
    </message>
    <message>
        <source># Hardening for the NixOS guest “%1”, made by Airlock from your choices.
# Paste inside the { … } of /etc/nixos/configuration.nix, then run:
#   sudo nixos-rebuild switch
</source>
        <translation># Durcissement de l’invité NixOS «&#xa0;%1&#xa0;», créé par Airlock selon vos choix.
# À coller dans les { … } de /etc/nixos/configuration.nix, puis lancez&#xa0;:
#   sudo nixos-rebuild switch
</translation>
    </message>
    <message>
        <source>Nobody can swap the running kernel for another without a reboot (no kexec, no hibernation).</source>
        <translation>Personne ne peut remplacer le noyau en cours d’exécution par un autre sans redémarrage (pas de kexec, pas d’hibernation).</translation>
    </message>
    <message>
        <source>Only administrators may read the kernel&apos;s log, and nobody sees the kernel&apos;s addresses, which exploits look for.</source>
        <translation>Seuls les administrateurs peuvent lire le journal du noyau, et personne ne voit les adresses du noyau, que recherchent les exploits.</translation>
    </message>
    <message>
        <source>Only administrators may load BPF programs into the kernel, and those are compiled with hardening.</source>
        <translation>Seuls les administrateurs peuvent charger des programmes BPF dans le noyau, et ceux-ci sont compilés avec durcissement.</translation>
    </message>
    <message>
        <source>A program may only inspect its own children, so one compromised program cannot read another&apos;s memory. Debuggers then need sudo to attach.</source>
        <translation>Un programme ne peut inspecter que ses propres enfants&#xa0;: un programme compromis ne peut donc pas lire la mémoire d’un autre. Les débogueurs ont alors besoin de sudo pour s’attacher.</translation>
    </message>
    <message>
        <source>Rare network protocols that have had kernel bugs are not loaded on demand.</source>
        <translation>Les protocoles réseau rares qui ont eu des bogues dans le noyau ne sont pas chargés à la demande.</translation>
    </message>
    <message>
        <source>The VM ignores ICMP redirects, which could otherwise reroute its traffic.</source>
        <translation>La VM ignore les redirections ICMP, qui pourraient sinon détourner son trafic.</translation>
    </message>
</context>
<context>
    <name>HashPipeline</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>“%1” is shorter than expected</source>
        <translation>«&#xa0;%1&#xa0;» est plus court que prévu</translation>
    </message>
    <message>
        <source>cannot read “%1” back</source>
        <translation>impossible de relire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HostCheck</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>(empty)</source>
        <extracomment>Evidence when a file was read but held nothing</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (binary, length %2)</source>
        <extracomment>A value that is not text: its first bytes in hex, then its length</extracomment>
        <translation>%1 (binaire, longueur %2)</translation>
    </message>
    <message>
        <source>The VM will run on %1; Airlock can only read this computer&apos;s files. Check it on that host.</source>
        <translation>La VM s’exécutera sur %1&#xa0;; Airlock ne peut lire que les fichiers de cet ordinateur. Vérifiez-le sur cet hôte-là.</translation>
    </message>
    <message>
        <source>connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <source>%1 (DOI %2)</source>
        <translation>%1 (DOI %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>libvirt capabilities (secmodel)</source>
        <translation>capacités de libvirt (secmodel)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
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
        <translation>Virtualisation matérielle</translation>
    </message>
    <message>
        <source>libvirt</source>
        <extracomment>libvirt is the virtualization service Airlock talks to; a name, not translated.</extracomment>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>SELinux confinement of VMs (sVirt)</source>
        <translation>Confinement SELinux des VM (sVirt)</translation>
    </message>
    <message>
        <source>libvirt group</source>
        <translation>Groupe libvirt</translation>
    </message>
    <message>
        <source>Processors, memory and disk</source>
        <translation>Processeurs, mémoire et disque</translation>
    </message>
    <message>
        <source>UEFI firmware</source>
        <translation>Micrologiciel UEFI</translation>
    </message>
    <message>
        <source>hardened_malloc</source>
        <extracomment>hardened_malloc is the name of a memory allocator; not translated.</extracomment>
        <translation>hardened_malloc</translation>
    </message>
    <message>
        <source>No answer within %1 seconds; Re-check to try again.</source>
        <translation>Aucune réponse en %1 secondes&#xa0;; revérifiez pour réessayer.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>fwupd over the system D-Bus</source>
        <translation>fwupd par le D-Bus système</translation>
    </message>
    <message>
        <source>libvirt connection to %1</source>
        <translation>connexion libvirt à %1</translation>
    </message>
    <message>
        <source>libvirt does not answer: no reply within %1 seconds.</source>
        <translation>libvirt ne répond pas&#xa0;: aucune réponse en %1 secondes.</translation>
    </message>
    <message>
        <source>No os-release file could be read, so the system is not known.</source>
        <translation>Aucun fichier os-release n’a pu être lu&#xa0;: le système est donc inconnu.</translation>
    </message>
    <message>
        <source>none of the files could be read</source>
        <translation>aucun des fichiers n’a pu être lu</translation>
    </message>
    <message>
        <source>no ID field</source>
        <translation>pas de champ ID</translation>
    </message>
    <message>
        <source>This computer runs secureblue, a hardened host.</source>
        <translation>Cet ordinateur exécute secureblue, un hôte durci.</translation>
    </message>
    <message>
        <source>This computer runs secureblue (%1), a hardened host.</source>
        <translation>Cet ordinateur exécute secureblue (%1), un hôte durci.</translation>
    </message>
    <message>
        <source>%1 is Fedora Atomic: it works, with fewer hardening defaults than secureblue.</source>
        <translation>%1 est une Fedora Atomic&#xa0;: cela fonctionne, avec moins de durcissement par défaut que secureblue.</translation>
    </message>
    <message>
        <source>%1 works, but Airlock is made for secureblue, which hardens the host for you.</source>
        <translation>%1 fonctionne, mais Airlock est conçu pour secureblue, qui durcit l’hôte pour vous.</translation>
    </message>
    <message>
        <source>SELinux is enforcing.</source>
        <translation>SELinux est en mode enforcing.</translation>
    </message>
    <message>
        <source>I understand SELinux only logs on this computer, so nothing contains the VM if it breaks out</source>
        <translation>Je comprends que SELinux ne fait ici que journaliser&#xa0;: rien ne retient la VM si elle s’échappe</translation>
    </message>
    <message>
        <source>SELinux is permissive: it logs violations but stops none, so it would not contain a VM that breaks out.</source>
        <translation>SELinux est en mode permissive&#xa0;: il journalise les violations mais n’en bloque aucune, il ne retiendrait donc pas une VM qui s’échappe.</translation>
    </message>
    <message>
        <source>SELinux&apos;s mode could not be read: the file holds something unexpected.</source>
        <translation>Le mode de SELinux n’a pas pu être lu&#xa0;: le fichier contient quelque chose d’inattendu.</translation>
    </message>
    <message>
        <source>SELinux on the VM&apos;s host could not be read, and libvirt could not be asked.</source>
        <translation>SELinux sur l’hôte de la VM n’a pas pu être lu, et libvirt n’a pas pu être interrogé.</translation>
    </message>
    <message>
        <source>SELinux&apos;s mode is not visible here, and libvirt could not be asked.</source>
        <translation>Le mode de SELinux n’est pas visible ici, et libvirt n’a pas pu être interrogé.</translation>
    </message>
    <message>
        <source>%1 not readable</source>
        <translation>%1 illisible</translation>
    </message>
    <message>
        <source>security models: %1</source>
        <translation>modèles de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>SELinux is on (libvirt uses it), but whether it enforces cannot be seen from here.</source>
        <translation>SELinux est actif (libvirt l’utilise), mais on ne peut pas voir d’ici s’il applique la politique.</translation>
    </message>
    <message>
        <source>I understand SELinux is not active on the VM&apos;s host, so nothing contains the VM if it breaks out</source>
        <translation>Je comprends que, sans SELinux sur l’hôte, rien ne retient la VM si elle s’échappe</translation>
    </message>
    <message>
        <source>SELinux is not active on the VM&apos;s host: libvirt offers no SELinux security model.</source>
        <translation>SELinux n’est pas actif sur l’hôte de la VM&#xa0;: libvirt ne propose aucun modèle de sécurité SELinux.</translation>
    </message>
    <message>
        <source>Secure Boot is off: a tampered boot loader or kernel would start unnoticed. Enroll secureblue&apos;s key, then turn Secure Boot on in the firmware setup.</source>
        <translation>Secure Boot est désactivé&#xa0;: un chargeur d’amorçage ou un noyau altéré démarrerait sans être remarqué. Enregistrez la clé de secureblue, puis activez Secure Boot dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>Secure Boot is off: a tampered boot loader or kernel would start unnoticed. Turn it on in the firmware setup.</source>
        <translation>Secure Boot est désactivé&#xa0;: un chargeur d’amorçage ou un noyau altéré démarrerait sans être remarqué. Activez-le dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>I understand this computer starts without Secure Boot, so a tampered kernel would go unnoticed</source>
        <translation>Je comprends que, sans Secure Boot, un noyau altéré passerait inaperçu</translation>
    </message>
    <message>
        <source>EFI variable SecureBoot (%1)</source>
        <translation>variable EFI SecureBoot (%1)</translation>
    </message>
    <message>
        <source>SecureBoot = %1 (bytes: %2)</source>
        <translation>SecureBoot = %1 (octets&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Secure Boot is on: only signed boot loaders and kernels start.</source>
        <translation>Secure Boot est activé&#xa0;: seuls les chargeurs d’amorçage et noyaux signés démarrent.</translation>
    </message>
    <message>
        <source>%1; SetupMode = %2 (%3)</source>
        <translation>%1&#xa0;; SetupMode = %2 (%3)</translation>
    </message>
    <message>
        <source>no keys enrolled</source>
        <translation>aucune clé enregistrée</translation>
    </message>
    <message>
        <source>keys enrolled</source>
        <translation>clés enregistrées</translation>
    </message>
    <message>
        <source>This computer started in legacy BIOS mode, which has no Secure Boot. Switching the firmware to UEFI usually means reinstalling.</source>
        <translation>Cet ordinateur a démarré en mode BIOS ancien, qui n’a pas de Secure Boot. Passer le micrologiciel en UEFI implique en général de réinstaller.</translation>
    </message>
    <message>
        <source>/sys/firmware/efi does not exist</source>
        <translation>/sys/firmware/efi n’existe pas</translation>
    </message>
    <message>
        <source>SecureBoot: %1</source>
        <translation>SecureBoot&#xa0;: %1</translation>
    </message>
    <message>
        <source>SecureBoot variable not visible</source>
        <translation>variable SecureBoot non visible</translation>
    </message>
    <message>
        <source>fwupd host security attributes (D-Bus)</source>
        <translation>attributs de sécurité de l’hôte selon fwupd (D-Bus)</translation>
    </message>
    <message>
        <source>Secure Boot is on (fwupd says so): only signed boot loaders and kernels start.</source>
        <translation>Secure Boot est activé (selon fwupd)&#xa0;: seuls les chargeurs d’amorçage et noyaux signés démarrent.</translation>
    </message>
    <message>
        <source>Secure Boot cannot be seen from here: the EFI variable does not answer and neither does fwupd.</source>
        <translation>Secure Boot n’est pas visible d’ici&#xa0;: la variable EFI ne répond pas, fwupd non plus.</translation>
    </message>
    <message>
        <source>The SecureBoot variable has an unexpected form, so Secure Boot&apos;s state is not known.</source>
        <translation>La variable SecureBoot a une forme inattendue&#xa0;: l’état de Secure Boot est donc inconnu.</translation>
    </message>
    <message>
        <source>Secure Boot cannot be seen from here: the EFI variables are not visible.</source>
        <translation>Secure Boot n’est pas visible d’ici&#xa0;: les variables EFI ne sont pas visibles.</translation>
    </message>
    <message>
        <source>libvirt offers: %1</source>
        <translation>libvirt offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>libvirt capabilities</source>
        <translation>capacités de libvirt</translation>
    </message>
    <message>
        <source>CPU flag vmx</source>
        <translation>drapeau CPU vmx</translation>
    </message>
    <message>
        <source>CPU flag svm</source>
        <translation>drapeau CPU svm</translation>
    </message>
    <message>
        <source>no vmx/svm CPU flag</source>
        <translation>aucun drapeau CPU vmx/svm</translation>
    </message>
    <message>
        <source>/dev/kvm present</source>
        <translation>/dev/kvm présent</translation>
    </message>
    <message>
        <source>/dev/kvm missing</source>
        <translation>/dev/kvm absent</translation>
    </message>
    <message>
        <source>KVM is available: the VM runs on the processor directly.</source>
        <translation>KVM est disponible&#xa0;: la VM s’exécute directement sur le processeur.</translation>
    </message>
    <message>
        <source>Whether KVM is available cannot be seen from here, and libvirt could not be asked.</source>
        <translation>On ne peut pas voir d’ici si KVM est disponible, et libvirt n’a pas pu être interrogé.</translation>
    </message>
    <message>
        <source>The processor and kernel offer KVM (libvirt was not asked).</source>
        <translation>Le processeur et le noyau offrent KVM (libvirt n’a pas été interrogé).</translation>
    </message>
    <message>
        <source>I understand the VM will be emulated, many times slower</source>
        <translation>Je comprends que la VM sera émulée, donc bien plus lente</translation>
    </message>
    <message>
        <source>libvirt on the VM&apos;s host does not offer KVM: the VM would be emulated, many times slower.</source>
        <translation>libvirt sur l’hôte de la VM n’offre pas KVM&#xa0;: la VM serait émulée, donc bien plus lente.</translation>
    </message>
    <message>
        <source>The processor&apos;s virtualization (Intel VT-x) is off or missing: turn on “Intel Virtualization Technology” in the firmware setup.</source>
        <translation>La virtualisation du processeur (Intel VT-x) est désactivée ou absente&#xa0;: activez «&#xa0;Intel Virtualization Technology&#xa0;» dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>The processor&apos;s virtualization (AMD-V) is off or missing: turn on “SVM Mode” in the firmware setup.</source>
        <translation>La virtualisation du processeur (AMD-V) est désactivée ou absente&#xa0;: activez «&#xa0;SVM Mode&#xa0;» dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>The processor offers no hardware virtualization: turn it on in the firmware setup, if it has it.</source>
        <translation>Le processeur n’offre pas de virtualisation matérielle&#xa0;: activez-la dans la configuration du micrologiciel, s’il en dispose.</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but the kvm module is not loaded.</source>
        <translation>Le processeur prend en charge la virtualisation, mais le module kvm n’est pas chargé.</translation>
    </message>
    <message>
        <source>libvirt does not offer KVM, so the VM would be emulated, many times slower.</source>
        <translation>libvirt n’offre pas KVM&#xa0;: la VM serait donc émulée, bien plus lente.</translation>
    </message>
    <message>
        <source>Connected, but libvirt would not describe the host: %1</source>
        <translation>Connecté, mais libvirt n’a pas voulu décrire l’hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>polkit did not allow Airlock to manage VMs. Re-check and approve the password prompt; only an administrator can.</source>
        <translation>polkit n’a pas autorisé Airlock à gérer des VM. Revérifiez et validez la demande de mot de passe&#xa0;; seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>No libvirt daemon answers: the daemons are off, or this sandbox cannot see /run/libvirt.</source>
        <translation>Aucun service libvirt ne répond&#xa0;: les services sont arrêtés, ou ce bac à sable ne voit pas /run/libvirt.</translation>
    </message>
    <message>
        <source>No libvirt daemon answers: the daemons are off.</source>
        <translation>Aucun service libvirt ne répond&#xa0;: les services sont arrêtés.</translation>
    </message>
    <message>
        <source>Airlock could not reach libvirt on %1.</source>
        <translation>Airlock n’a pas pu joindre libvirt sur %1.</translation>
    </message>
    <message>
        <source>Airlock could not connect to libvirt.</source>
        <translation>Airlock n’a pas pu se connecter à libvirt.</translation>
    </message>
    <message>
        <source>libvirt could not be asked how it confines VMs.</source>
        <translation>libvirt n’a pas pu être interrogé sur la façon dont il confine les VM.</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <source>Each VM runs in its own SELinux domain with its own categories.</source>
        <translation>Chaque VM s’exécute dans son propre domaine SELinux avec ses propres catégories.</translation>
    </message>
    <message>
        <source>I understand this VM will not be confined by SELinux</source>
        <translation>Je comprends que cette VM ne sera pas confinée par SELinux</translation>
    </message>
    <message>
        <source>VMs would run without SELinux confinement.</source>
        <translation>Les VM s’exécuteraient sans confinement SELinux.</translation>
    </message>
    <message>
        <source>your groups: %1</source>
        <translation>vos groupes&#xa0;: %1</translation>
    </message>
    <message>
        <source>your groups could not be read</source>
        <translation>vos groupes n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>libvirt = group %1; %2</source>
        <translation>libvirt = groupe %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>You are in the libvirt group: any program you run can control VMs as root without asking. Leave it and log in again; polkit will ask you instead.</source>
        <translation>Vous êtes dans le groupe libvirt&#xa0;: tout programme que vous lancez peut contrôler des VM en tant que root sans demander. Quittez ce groupe et reconnectez-vous&#xa0;; polkit vous demandera alors.</translation>
    </message>
    <message>
        <source>Your account is listed in the libvirt group (from your next login on): any program you run could control VMs as root. Leave it; polkit will ask you instead.</source>
        <translation>Votre compte figure dans le groupe libvirt (à partir de votre prochaine connexion)&#xa0;: tout programme que vous lancez pourrait contrôler des VM en tant que root. Quittez ce groupe&#xa0;; polkit vous demandera alors.</translation>
    </message>
    <message>
        <source>%1; members: %2</source>
        <translation>%1&#xa0;; membres&#xa0;: %2</translation>
    </message>
    <message>
        <source>You are not in the libvirt group: libvirt asks polkit, which asks you.</source>
        <translation>Vous n’êtes pas dans le groupe libvirt&#xa0;: libvirt demande à polkit, qui vous demande.</translation>
    </message>
    <message>
        <source>no libvirt group visible; %1</source>
        <translation>aucun groupe libvirt visible&#xa0;; %1</translation>
    </message>
    <message>
        <source>The sandbox hides your groups. Check by hand: if “libvirt” is listed, leave that group.</source>
        <translation>Le bac à sable cache vos groupes. Vérifiez à la main&#xa0;: si «&#xa0;libvirt&#xa0;» apparaît, quittez ce groupe.</translation>
    </message>
    <message>
        <source>There is no libvirt group on this computer: libvirt asks polkit, which asks you.</source>
        <translation>Il n’y a pas de groupe libvirt sur cet ordinateur&#xa0;: libvirt demande à polkit, qui vous demande.</translation>
    </message>
    <message>
        <source>libvirt could not be asked about this host&apos;s processors, memory and disk.</source>
        <translation>libvirt n’a pas pu être interrogé sur les processeurs, la mémoire et le disque de cet hôte.</translation>
    </message>
    <message>
        <source>no node information</source>
        <translation>aucune information sur le nœud</translation>
    </message>
    <message>
        <source>libvirt node info</source>
        <translation>informations libvirt sur le nœud</translation>
    </message>
    <message>
        <source>logical processors: %1</source>
        <translation>processeurs logiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (nosmt: simultaneous multithreading is off, halving them)</source>
        <translation>%1 (nosmt&#xa0;: le multithreading simultané est désactivé, ce qui les réduit de moitié)</translation>
    </message>
    <message>
        <source>Only one logical processor: the VM and this computer would share it.</source>
        <translation>Un seul processeur logique&#xa0;: la VM et cet ordinateur devraient le partager.</translation>
    </message>
    <message>
        <source>memory: %1 available of %2</source>
        <translation>mémoire&#xa0;: %1 disponibles sur %2</translation>
    </message>
    <message>
        <source>Only %1 of memory is available; NixOS needs at least %2.</source>
        <translation>Seulement %1 de mémoire disponibles&#xa0;; NixOS a besoin d’au moins %2.</translation>
    </message>
    <message>
        <source>%1 of memory is available; NixOS recommends %2. Close programs you do not need.</source>
        <translation>%1 de mémoire disponibles&#xa0;; NixOS recommande %2. Fermez les programmes dont vous n’avez pas besoin.</translation>
    </message>
    <message>
        <source>storage pool “%1”</source>
        <translation>pool de stockage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>pool “%1” will be created at %2</source>
        <translation>le pool «&#xa0;%1&#xa0;» sera créé dans %2</translation>
    </message>
    <message>
        <source>pool “%1” is not running; Airlock starts it</source>
        <translation>le pool «&#xa0;%1&#xa0;» n’est pas démarré&#xa0;; Airlock le démarre</translation>
    </message>
    <message>
        <source>disk: %1 free in pool “%2”</source>
        <translation>disque&#xa0;: %1 libres dans le pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Only %1 free for disks; NixOS needs at least %2 plus the ISO.</source>
        <translation>Seulement %1 libres pour les disques&#xa0;; NixOS a besoin d’au moins %2 plus l’ISO.</translation>
    </message>
    <message>
        <source>%1 free for disks; NixOS recommends %2 plus the ISO.</source>
        <translation>%1 libres pour les disques&#xa0;; NixOS recommande %2 plus l’ISO.</translation>
    </message>
    <message>
        <source>Enough processors, memory and disk for NixOS.</source>
        <translation>Assez de processeurs, de mémoire et de disque pour NixOS.</translation>
    </message>
    <message>
        <source>I understand this computer may be too small or too busy to run NixOS well</source>
        <translation>Je comprends que cet ordinateur est peut-être trop petit ou trop chargé pour NixOS</translation>
    </message>
    <message>
        <source>No UEFI firmware for VMs: the VM will start with legacy BIOS instead, without UEFI&apos;s protections.</source>
        <translation>Aucun micrologiciel UEFI pour les VM&#xa0;: la VM démarrera plutôt avec un BIOS ancien, sans les protections d’UEFI.</translation>
    </message>
    <message>
        <source>libvirt domain capabilities</source>
        <translation>capacités de domaine de libvirt</translation>
    </message>
    <message>
        <source>firmware: %1</source>
        <translation>micrologiciel&#xa0;: %1</translation>
    </message>
    <message>
        <source>The VM can start with UEFI firmware.</source>
        <translation>La VM peut démarrer avec un micrologiciel UEFI.</translation>
    </message>
    <message>
        <source>libvirt did not say which firmware the VM&apos;s host offers.</source>
        <translation>libvirt n’a pas indiqué quel micrologiciel l’hôte de la VM offre.</translation>
    </message>
    <message>
        <source>no domain capabilities</source>
        <translation>aucune capacité de domaine</translation>
    </message>
    <message>
        <source>QEMU firmware descriptors (%1)</source>
        <translation>descripteurs de micrologiciel QEMU (%1)</translation>
    </message>
    <message>
        <source>UEFI firmware for VMs is installed.</source>
        <translation>Un micrologiciel UEFI pour les VM est installé.</translation>
    </message>
    <message>
        <source>Which firmware the host offers cannot be seen from here.</source>
        <translation>On ne peut pas voir d’ici quel micrologiciel l’hôte offre.</translation>
    </message>
    <message>
        <source>no firmware descriptors visible</source>
        <translation>aucun descripteur de micrologiciel visible</translation>
    </message>
    <message>
        <source>no UEFI firmware descriptor</source>
        <translation>aucun descripteur de micrologiciel UEFI</translation>
    </message>
    <message>
        <source>hardened_malloc is not preloaded here; nothing to note.</source>
        <translation>hardened_malloc n’est pas préchargé ici&#xa0;; rien à signaler.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>hardened_malloc is active: it hardens memory allocation, and secureblue notes it can make browsers flicker inside a VM.</source>
        <translation>hardened_malloc est actif&#xa0;: il durcit l’allocation mémoire, et secureblue signale qu’il peut faire scintiller les navigateurs dans une VM.</translation>
    </message>
    <message>
        <source>VMs would run without SELinux confinement, since SELinux is not active on the VM&apos;s host.</source>
        <translation>Les VM s’exécuteraient sans confinement SELinux, car SELinux n’est pas actif sur l’hôte de la VM.</translation>
    </message>
    <message>
        <source>The connection address %1 is not one libvirt knows. Start Airlock with --connect qemu:///system, or leave --connect out.</source>
        <translation>L’adresse de connexion %1 n’est pas connue de libvirt. Lancez Airlock avec --connect qemu:///system, ou omettez --connect.</translation>
    </message>
    <message>
        <source>Prints SELinux&apos;s mode: “Enforcing” is what Airlock needs; “Permissive” or “Disabled” means SELinux would not contain the VM.</source>
        <translation>Affiche le mode de SELinux&#xa0;: «&#xa0;Enforcing&#xa0;» est ce dont Airlock a besoin&#xa0;; «&#xa0;Permissive&#xa0;» ou «&#xa0;Disabled&#xa0;» signifie que SELinux ne confinerait pas la VM.</translation>
    </message>
    <message>
        <source>Asks libvirt the same by hand; its answer gives the full error.</source>
        <translation>Pose la même question à libvirt à la main&#xa0;; sa réponse donne l’erreur complète.</translation>
    </message>
    <message>
        <source>Restarts this computer into its UEFI firmware setup. There, %1, then save and exit.</source>
        <extracomment>%1 is what to change there, such as &quot;turn Secure Boot on&quot;</extracomment>
        <translation>Redémarre cet ordinateur dans la configuration de son micrologiciel UEFI. Là, %1, puis enregistrez et quittez.</translation>
    </message>
    <message>
        <source>Restart this computer and, as it powers on, press the key that opens the BIOS setup (often F2, F10, Del or Esc; the first screen names it). There, %1, then save and exit.</source>
        <extracomment>%1 is what to change there, such as &quot;turn on “SVM Mode”&quot;</extracomment>
        <translation>Redémarrez cet ordinateur et, à l’allumage, appuyez sur la touche qui ouvre la configuration du BIOS (souvent F2, F10, Suppr ou Échap&#xa0;; le premier écran l’indique). Là, %1, puis enregistrez et quittez.</translation>
    </message>
    <message>
        <source>secureblue&apos;s installation guide: a host with SELinux enforcing and hardened for you.</source>
        <translation>Le guide d’installation de secureblue&#xa0;: un hôte avec SELinux en mode enforcing, durci pour vous.</translation>
    </message>
    <message>
        <source>Prints whether Secure Boot is on.</source>
        <translation>Affiche si Secure Boot est activé.</translation>
    </message>
    <message>
        <source>Shows which system that host runs.</source>
        <translation>Affiche le système que fait tourner cet hôte.</translation>
    </message>
    <message>
        <source>Shows which system this computer runs.</source>
        <translation>Affiche le système que fait tourner cet ordinateur.</translation>
    </message>
    <message>
        <source>Enrolls secureblue&apos;s key; then turn Secure Boot on in the firmware setup.</source>
        <translation>Enregistre la clé de secureblue&#xa0;; activez ensuite Secure Boot dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>turn Secure Boot on</source>
        <translation>activez Secure Boot</translation>
    </message>
    <message>
        <source>switch the boot mode to UEFI if it is offered; the system usually has to be installed again afterwards</source>
        <translation>passez le mode de démarrage en UEFI s’il est proposé&#xa0;; le système doit en général être réinstallé ensuite</translation>
    </message>
    <message>
        <source>Shows whether the KVM device is there.</source>
        <translation>Affiche si le périphérique KVM est présent.</translation>
    </message>
    <message>
        <source>turn on “Intel Virtualization Technology” (VT-x)</source>
        <translation>activez «&#xa0;Intel Virtualization Technology&#xa0;» (VT-x)</translation>
    </message>
    <message>
        <source>turn on “SVM Mode” (AMD-V)</source>
        <translation>activez «&#xa0;SVM Mode&#xa0;» (AMD-V)</translation>
    </message>
    <message>
        <source>turn on hardware virtualization, if it is offered</source>
        <translation>activez la virtualisation matérielle, si elle est proposée</translation>
    </message>
    <message>
        <source>Asks libvirt on this computer by hand, at the usual address.</source>
        <translation>Interroge libvirt sur cet ordinateur à la main, à l’adresse habituelle.</translation>
    </message>
    <message>
        <source>Lists your groups there: if “libvirt” is among them, leave it.</source>
        <translation>Liste vos groupes là-bas&#xa0;: si «&#xa0;libvirt&#xa0;» en fait partie, quittez-le.</translation>
    </message>
    <message>
        <source>Lists your groups: if “libvirt” is among them, leave it.</source>
        <translation>Liste vos groupes&#xa0;: si «&#xa0;libvirt&#xa0;» en fait partie, quittez-le.</translation>
    </message>
    <message>
        <source>Shows how much memory is in use and how much is available.</source>
        <translation>Affiche la mémoire utilisée et la mémoire disponible.</translation>
    </message>
    <message>
        <source>memory: %1 in all; libvirt does not say how much is available</source>
        <translation>mémoire&#xa0;: %1 au total&#xa0;; libvirt n’indique pas combien est disponible</translation>
    </message>
    <message>
        <source>memory: %1 free of %2 (libvirt does not count the caches the host could reclaim)</source>
        <translation>mémoire&#xa0;: %1 libres sur %2 (libvirt ne compte pas les caches que l’hôte pourrait récupérer)</translation>
    </message>
    <message>
        <source>libvirt free memory</source>
        <translation>mémoire libre selon libvirt</translation>
    </message>
    <message>
        <source>libvirt node memory statistics</source>
        <translation>statistiques de mémoire du nœud libvirt</translation>
    </message>
    <message>
        <source>This host has only %1 of memory in all; NixOS needs at least %2.</source>
        <translation>Cet hôte n’a que %1 de mémoire au total&#xa0;; NixOS a besoin d’au moins %2.</translation>
    </message>
    <message>
        <source>libvirt reports %1 of memory free, not counting caches the host could reclaim; NixOS recommends %2. If the VM is slow, close programs you do not need.</source>
        <translation>libvirt indique %1 de mémoire libres, sans compter les caches que l’hôte pourrait récupérer&#xa0;; NixOS recommande %2. Si la VM est lente, fermez les programmes dont vous n’avez pas besoin.</translation>
    </message>
    <message>
        <source>Shows how much space is left where the VM&apos;s disk goes.</source>
        <translation>Affiche l’espace restant là où va le disque de la VM.</translation>
    </message>
    <message>
        <source>Lists the firmware the host offers VMs.</source>
        <translation>Liste les micrologiciels que l’hôte propose aux VM.</translation>
    </message>
</context>
<context>
    <name>HostDeviceRule</name>
    <message>
        <source>a host bridge, the processor&apos;s link to every other device</source>
        <translation>un pont hôte, le lien du processeur avec tous les autres périphériques</translation>
    </message>
    <message>
        <source>an ISA bridge, which holds the firmware and the clock</source>
        <translation>un pont ISA, qui porte le micrologiciel et l’horloge</translation>
    </message>
    <message>
        <source>a PCI bridge, behind which other devices sit</source>
        <translation>un pont PCI, derrière lequel se trouvent d’autres périphériques</translation>
    </message>
    <message>
        <source>a USB controller, with every USB device behind it</source>
        <translation>un contrôleur USB, avec tous les périphériques USB qui en dépendent</translation>
    </message>
    <message>
        <source>an SMBus controller, which reads the memory&apos;s and the sensors&apos; settings</source>
        <translation>un contrôleur SMBus, qui lit les réglages de la mémoire et des capteurs</translation>
    </message>
    <message>
        <source>a disk controller, with the drives behind it</source>
        <translation>un contrôleur de disques, avec les lecteurs qui en dépendent</translation>
    </message>
    <message>
        <source>a network controller</source>
        <translation>un contrôleur réseau</translation>
    </message>
    <message>
        <source>a sound controller</source>
        <translation>un contrôleur audio</translation>
    </message>
    <message>
        <source>a memory controller</source>
        <translation>un contrôleur mémoire</translation>
    </message>
    <message>
        <source>a bridge between the computer&apos;s buses</source>
        <translation>un pont entre les bus de l’ordinateur</translation>
    </message>
    <message>
        <source>a system peripheral (interrupts, timers, IOMMU)</source>
        <translation>un périphérique système (interruptions, minuteurs, IOMMU)</translation>
    </message>
    <message>
        <source>a bus controller</source>
        <translation>un contrôleur de bus</translation>
    </message>
    <message>
        <source>a PCI function of class %1</source>
        <extracomment>%1 is a PCI class code in hexadecimal, e.g. 0x0b4000.</extracomment>
        <translation>une fonction PCI de classe %1</translation>
    </message>
    <message>
        <source>“%1” is a USB root hub, part of this computer&apos;s USB controller: handing it over would take every USB device behind it away from this computer. Airlock hands a VM single USB devices only.</source>
        <extracomment>%1 is libvirt&apos;s name of the device, e.g. usb_usb1.</extracomment>
        <translation>«&#xa0;%1&#xa0;» est un concentrateur USB racine, une partie du contrôleur USB de cet ordinateur&#xa0;: l’attribuer retirerait à cet ordinateur tous les périphériques USB qui en dépendent. Airlock n’attribue à une VM que des périphériques USB individuels.</translation>
    </message>
    <message>
        <source>“%1” (%2) is %3. A PCI function other than a graphics card holds this computer together, and a VM that drives it can take the computer down or read its memory through it: Airlock hands a VM only a PCI graphics card.</source>
        <extracomment>%1 is libvirt&apos;s name of the device, %2 its description, %3 what it is (&quot;a PCI bridge, behind which other devices sit&quot;).</extracomment>
        <translation>«&#xa0;%1&#xa0;» (%2) est %3. Une fonction PCI autre qu’une carte graphique fait partie de l’ossature de cet ordinateur, et une VM qui la pilote peut, par elle, faire planter l’ordinateur ou lire sa mémoire&#xa0;: Airlock n’attribue à une VM qu’une carte graphique PCI.</translation>
    </message>
    <message>
        <source>“%1” does not name a USB device (“usb_1_4”) or a PCI function (“pci_0000_01_00_0”), the only host devices Airlock hands to a VM.</source>
        <extracomment>%1 is the name the spec gives, e.g. &quot;net_eth0_00_11_22_33_44_55&quot;.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne désigne ni un périphérique USB («&#xa0;usb_1_4&#xa0;») ni une fonction PCI («&#xa0;pci_0000_01_00_0&#xa0;»), les seuls périphériques de l’hôte qu’Airlock attribue à une VM.</translation>
    </message>
</context>
<context>
    <name>IsoName</name>
    <message>
        <source>no installer chosen</source>
        <translation>aucun installateur choisi</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A file name in quotation marks, as the rest of the wizard writes it.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>graphical</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>graphical (GNOME)</source>
        <translation>graphique (GNOME)</translation>
    </message>
    <message>
        <source>graphical (Plasma)</source>
        <translation>graphique (Plasma)</translation>
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
        <translation>la copie de l’ISO dans le pool de stockage a été annulée</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” changed since it was verified: its SHA-256 is now %2, not %3. Download it again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé depuis sa vérification&#xa0;: son SHA-256 est maintenant %2, et non %3. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>the volume gave %1 bytes instead of %2</source>
        <translation>le volume a fourni %1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>the ISO “%1” does not exist or cannot be read</source>
        <translation>l’ISO «&#xa0;%1&#xa0;» n’existe pas ou est illisible</translation>
    </message>
    <message>
        <source>the storage pool “%1” has no free name for “%2”</source>
        <translation>le pool de stockage «&#xa0;%1&#xa0;» n’a plus de nom libre pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The partly copied volume “%1” is still in the pool “%2” (remove it with: %3).</source>
        <extracomment>%3 is the command that removes the volume.</extracomment>
        <translation>Le volume partiellement copié «&#xa0;%1&#xa0;» est toujours dans le pool «&#xa0;%2&#xa0;» (à retirer avec&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The libvirt daemon stopped answering. Start it again (on secureblue: ujust set-libvirt-daemons on), then try again.</source>
        <translation>Le démon libvirt ne répond plus. Redémarrez-le (sur secureblue&#xa0;: ujust set-libvirt-daemons on), puis réessayez.</translation>
    </message>
    <message>
        <source>The pool “%1” is of a type that cannot take uploads. Choose a directory pool, such as “default”.</source>
        <extracomment>%1 is a storage pool</extracomment>
        <translation>Le pool «&#xa0;%1&#xa0;» est d’un type qui n’accepte pas les envois. Choisissez un pool de type répertoire, comme «&#xa0;default&#xa0;».</translation>
    </message>
    <message>
        <source>The pool “%1” is missing or not running. Start it (%2) or choose another pool.</source>
        <extracomment>%1 is a storage pool, %2 the command that starts it</extracomment>
        <translation>Le pool «&#xa0;%1&#xa0;» est absent ou arrêté. Démarrez-le (%2) ou choisissez un autre pool.</translation>
    </message>
    <message>
        <source>The pool “%1” has not enough free space: the ISO needs %2. Free some space there, or choose another pool.</source>
        <extracomment>%1 is a storage pool, %2 a size such as &quot;2.5 GiB&quot;</extracomment>
        <translation>Le pool «&#xa0;%1&#xa0;» n’a pas assez d’espace libre&#xa0;: l’ISO a besoin de %2. Libérez-y de la place ou choisissez un autre pool.</translation>
    </message>
    <message>
        <source>libvirt may not write into the pool “%1”. Check the owner and permissions of the pool&apos;s directory, or choose another pool.</source>
        <translation>libvirt n’a pas le droit d’écrire dans le pool «&#xa0;%1&#xa0;». Vérifiez le propriétaire et les droits du répertoire du pool, ou choisissez un autre pool.</translation>
    </message>
    <message>
        <source>libvirt said: “%1”. Check the pool “%2” (virsh pool-info %3), then try again.</source>
        <extracomment>%1 is libvirt&apos;s own message, %2 a storage pool</extracomment>
        <translation>libvirt a répondu&#xa0;: «&#xa0;%1&#xa0;». Vérifiez le pool «&#xa0;%2&#xa0;» (virsh pool-info %3), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>IsolationProof</name>
    <message>
        <source>libvirt&apos;s label API reports %1, but the live XML says %2.</source>
        <translation>L’API des étiquettes de libvirt indique %1, mais le XML actif dit %2.</translation>
    </message>
    <message>
        <source>The live XML carries the SELinux label %1, but libvirt&apos;s label API does not report it (it reports: %2; security model: %3).</source>
        <translation>Le XML actif porte l’étiquette SELinux %1, mais l’API des étiquettes de libvirt ne l’indique pas (elle indique&#xa0;: %2&#xa0;; modèle de sécurité&#xa0;: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>libvirt&apos;s label API reports %1, but the live XML has no SELinux &lt;seclabel&gt;.</source>
        <translation>L’API des étiquettes de libvirt indique %1, mais le XML actif n’a pas de &lt;seclabel&gt; SELinux.</translation>
    </message>
    <message>
        <source>libvirt&apos;s label API reports the owner %1, but the live XML says %2.</source>
        <translation>L’API des étiquettes de libvirt indique le propriétaire %1, mais le XML actif dit %2.</translation>
    </message>
    <message>
        <source>The disk&apos;s categories (%1) are not the process&apos;s (%2).</source>
        <translation>Les catégories du disque (%1) ne sont pas celles du processus (%2).</translation>
    </message>
    <message>
        <source>Confined by SELinux (enforcing)</source>
        <translation>Confinée par SELinux (enforcing)</translation>
    </message>
    <message>
        <source>Not confined: SELinux is permissive</source>
        <translation>Non confinée&#xa0;: SELinux est en mode permissive</translation>
    </message>
    <message>
        <source>Not confined by SELinux</source>
        <translation>Non confinée par SELinux</translation>
    </message>
    <message>
        <source>The VM has its SELinux label, but SELinux is in permissive mode: it records what it would forbid and forbids nothing. Turn enforcing on (sudo setenforce 1, and SELINUX=enforcing in /etc/selinux/config), then restart the VM.</source>
        <translation>La VM a son étiquette SELinux, mais SELinux est en mode permissive&#xa0;: il note ce qu’il interdirait et n’interdit rien. Activez le mode enforcing (sudo setenforce 1, et SELINUX=enforcing dans /etc/selinux/config), puis redémarrez la VM.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, which is not libvirt&apos;s confined VM type: SELinux does not hold it to the VM rules.</source>
        <translation>QEMU s’exécute en tant que %1, qui n’est pas le type de VM confiné de libvirt&#xa0;: SELinux ne le soumet pas aux règles des VM.</translation>
    </message>
    <message>
        <source>The live XML names the SELinux label %1, but libvirt does not report it for the running process, so nothing confirms that SELinux enforces it.</source>
        <translation>Le XML actif nomme l’étiquette SELinux %1, mais libvirt ne l’indique pas pour le processus en cours&#xa0;: rien ne confirme donc que SELinux l’applique.</translation>
    </message>
    <message>
        <source>libvirt on this host runs VMs without SELinux (its security driver is “%1”). QEMU runs as %2: Unix file ownership is all that keeps it from your files, and every VM runs as the same user, so one VM&apos;s QEMU could read another&apos;s disk.</source>
        <translation>libvirt exécute les VM de cet hôte sans SELinux (son pilote de sécurité est «&#xa0;%1&#xa0;»). QEMU s’exécute en tant que %2&#xa0;: seule la propriété Unix des fichiers le tient à l’écart de vos fichiers, et chaque VM s’exécute sous le même utilisateur, donc le QEMU d’une VM pourrait lire le disque d’une autre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>an unreported user</source>
        <translation>un utilisateur non indiqué</translation>
    </message>
    <message>
        <source>libvirt gave no description of the volume: %1</source>
        <translation>libvirt n’a fourni aucune description du volume&#xa0;: %1</translation>
    </message>
    <message>
        <source>the disk names no file or volume</source>
        <translation>le disque ne désigne aucun fichier ni volume</translation>
    </message>
    <message>
        <source>it is in no storage pool libvirt knows, so its file&apos;s label cannot be read back</source>
        <translation>il n’est dans aucun pool de stockage connu de libvirt, donc l’étiquette de son fichier ne peut pas être relue</translation>
    </message>
    <message>
        <source>The VM runs on another computer (%1): its SELinux policy cannot be read from here.</source>
        <translation>La VM s’exécute sur un autre ordinateur (%1)&#xa0;: sa politique SELinux ne peut pas être lue d’ici.</translation>
    </message>
    <message>
        <source>QEMU has no SELinux label, so it has no categories.</source>
        <translation>QEMU n’a pas d’étiquette SELinux, donc pas de catégories.</translation>
    </message>
    <message>
        <source>libvirt did not choose the label: the &lt;seclabel&gt; is “%1”, not dynamic, so nothing keeps another VM from being given the same one.</source>
        <translation>libvirt n’a pas choisi l’étiquette&#xa0;: le &lt;seclabel&gt; est «&#xa0;%1&#xa0;», et non «&#xa0;dynamic&#xa0;», donc rien n’empêche qu’une autre VM reçoive la même.</translation>
    </message>
    <message>
        <source>libvirt was told not to relabel the VM&apos;s files (relabel “%1”): its disk does not carry the VM&apos;s categories.</source>
        <translation>libvirt a reçu l’ordre de ne pas réétiqueter les fichiers de la VM (relabel «&#xa0;%1&#xa0;»)&#xa0;: son disque ne porte pas les catégories de la VM.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The level %1 is not one pair of categories: libvirt gives each VM exactly two.</source>
        <extracomment>%1 is an SELinux level such as s0:c0.c1023</extracomment>
        <translation>Le niveau %1 n’est pas une seule paire de catégories&#xa0;: libvirt en donne exactement deux à chaque VM.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The disk %1 is excluded from relabelling (relabel “no”).</source>
        <translation>Le disque %1 est exclu du réétiquetage (relabel «&#xa0;no&#xa0;»).</translation>
    </message>
    <message>
        <source>The label of the disk %1 could not be read: %2.</source>
        <translation>L’étiquette du disque %1 n’a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk %1 has no SELinux label on its file.</source>
        <translation>Le fichier du disque %1 n’a pas d’étiquette SELinux.</translation>
    </message>
    <message>
        <source>The disk %1 is labelled %2, not svirt_image_t with the VM&apos;s categories %3.</source>
        <translation>Le disque %1 est étiqueté %2, et non svirt_image_t avec les catégories %3 de la VM.</translation>
    </message>
    <message>
        <source>The disk %1 is labelled %2, but libvirt&apos;s image label is %3.</source>
        <translation>Le disque %1 est étiqueté %2, mais l’étiquette d’image de libvirt est %3.</translation>
    </message>
    <message>
        <source>The VM has no writable disk whose label could be checked.</source>
        <translation>La VM n’a aucun disque inscriptible dont l’étiquette pourrait être vérifiée.</translation>
    </message>
    <message>
        <source>Not confined: SELinux does not enforce %1</source>
        <extracomment>%1 is an SELinux type such as svirt_t</extracomment>
        <translation>Non confinée&#xa0;: SELinux n’applique pas %1</translation>
    </message>
    <message>
        <source>Not verified: whether SELinux enforces %1 is unknown</source>
        <translation>Non vérifiée&#xa0;: on ne sait pas si SELinux applique %1</translation>
    </message>
    <message>
        <source>QEMU runs as %1 with a pair of categories of its own (%2), and the host&apos;s policy enforces %1. If the VM took QEMU over, SELinux would still keep it from other VMs&apos; disks and from the files in your home directory: of the files on disk it may write only those libvirt labelled for this VM. It may read the system files every program needs and use the network; the network card&apos;s filter is what limits where it can connect.</source>
        <translation>QEMU s’exécute en tant que %1 avec sa propre paire de catégories (%2), et la politique de l’hôte applique %1. Si la VM prenait le contrôle de QEMU, SELinux la tiendrait toujours à l’écart des disques des autres VM et des fichiers de votre dossier personnel&#xa0;: parmi les fichiers sur disque, elle ne peut écrire que ceux que libvirt a étiquetés pour cette VM. Elle peut lire les fichiers système dont tout programme a besoin et utiliser le réseau&#xa0;; c’est le filtre de la carte réseau qui limite où elle peut se connecter.</translation>
    </message>
    <message>
        <source>SELinux is enforcing, but the host&apos;s policy makes %1 permissive: it records what this VM&apos;s QEMU would be forbidden and forbids nothing. Remove that exception (sudo semanage permissive -d %1, or remove the module that declares it), then restart the VM.</source>
        <translation>SELinux est en mode enforcing, mais la politique de l’hôte met %1 en mode permissive&#xa0;: elle note ce qui serait interdit au QEMU de cette VM et n’interdit rien. Supprimez cette exception (sudo semanage permissive -d %1, ou retirez le module qui la déclare), puis redémarrez la VM.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, but whether the host&apos;s SELinux policy enforces that type or only logs it could not be found out. %2</source>
        <translation>QEMU s’exécute en tant que %1, mais on n’a pas pu savoir si la politique SELinux de l’hôte applique ce type ou se contente de le journaliser. %2</translation>
    </message>
    <message>
        <source>Such a label does not keep this VM apart from other VMs.</source>
        <translation>Une telle étiquette ne sépare pas cette VM des autres VM.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, not as libvirt&apos;s confined VM type.</source>
        <translation>QEMU s’exécute en tant que %1, et non sous le type de VM confiné de libvirt.</translation>
    </message>
    <message>
        <source>libvirt reports no SELinux label for this VM&apos;s QEMU.</source>
        <translation>libvirt n’indique aucune étiquette SELinux pour le QEMU de cette VM.</translation>
    </message>
    <message>
        <source>QEMU runs as %1, libvirt&apos;s confined VM type (virDomainGetSecurityLabelList).</source>
        <translation>QEMU s’exécute en tant que %1, le type de VM confiné de libvirt (virDomainGetSecurityLabelList).</translation>
    </message>
    <message>
        <source>Only the live XML names %1; libvirt&apos;s label API does not report it for the running process.</source>
        <translation>Seul le XML actif nomme %1&#xa0;; l’API des étiquettes de libvirt ne l’indique pas pour le processus en cours.</translation>
    </message>
    <message>
        <source>libvirt does not report whether SELinux enforces this label.</source>
        <translation>libvirt n’indique pas si SELinux applique cette étiquette.</translation>
    </message>
    <message>
        <source>SELinux is permissive: it records what it would forbid and forbids nothing.</source>
        <translation>SELinux est en mode permissive&#xa0;: il note ce qu’il interdirait et n’interdit rien.</translation>
    </message>
    <message>
        <source>SELinux is enforcing: libvirt reports it with the running VM&apos;s label.</source>
        <translation>SELinux est en mode enforcing&#xa0;: libvirt l’indique avec l’étiquette de la VM en cours d’exécution.</translation>
    </message>
    <message>
        <source>Its denials are logged and allowed.</source>
        <translation>Ses refus sont journalisés et autorisés.</translation>
    </message>
    <message>
        <source>Whether the host&apos;s policy enforces %1 was not read.</source>
        <translation>La politique de l’hôte n’a pas été lue&#xa0;: on ne sait pas si elle applique %1.</translation>
    </message>
    <message>
        <source>libvirt gave this VM the category pair %1 when it started.</source>
        <translation>libvirt a donné à cette VM la paire de catégories %1 à son démarrage.</translation>
    </message>
    <message>
        <source>The disk&apos;s file carries the VM&apos;s own categories (%1), read back from its storage volume: no other VM&apos;s QEMU may open it.</source>
        <translation>Le fichier du disque porte les catégories propres à la VM (%1), relues depuis son volume de stockage&#xa0;: le QEMU d’aucune autre VM ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>The installer&apos;s ISO is labelled %1: shared and read-only, every VM may read such a file and none may write it.</source>
        <translation>L’ISO de l’installateur est étiquetée %1&#xa0;: partagée et en lecture seule, chaque VM peut lire un tel fichier et aucune ne peut l’écrire.</translation>
    </message>
    <message>
        <source>These running VMs&apos; labels overlap this VM&apos;s categories %1, so one QEMU could open the other&apos;s files: %2.</source>
        <translation>Les étiquettes de ces VM en cours d’exécution chevauchent les catégories %1 de cette VM, si bien qu’un QEMU pourrait ouvrir les fichiers de l’autre&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No other VM with an SELinux label runs here, so none shares %1.</source>
        <translation>Aucune autre VM avec une étiquette SELinux ne s’exécute ici&#xa0;: aucune ne partage donc %1.</translation>
    </message>
    <message numerus="yes">
        <source>No other running VM&apos;s label overlaps %1 (compared with %n other running VM(s), both ways).</source>
        <translation>
            <numerusform>Aucune étiquette d’une autre VM en cours d’exécution ne chevauche %1 (comparaison dans les deux sens avec %n autre VM en cours d’exécution).</numerusform>
            <numerusform>Aucune étiquette d’une autre VM en cours d’exécution ne chevauche %1 (comparaison dans les deux sens avec %n autres VM en cours d’exécution).</numerusform>
        </translation>
    </message>
    <message>
        <source>libvirt&apos;s answers disagree: %1</source>
        <translation>Les réponses de libvirt se contredisent&#xa0;: %1</translation>
    </message>
    <message>
        <source>These running VMs have no SELinux label, so SELinux does not keep their QEMU from this VM&apos;s files: %1.</source>
        <translation>Ces VM en cours d’exécution n’ont pas d’étiquette SELinux, si bien que SELinux n’empêche pas leur QEMU d’ouvrir les fichiers de cette VM&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>KeyTyping</name>
    <message>
        <source>%1%2 at character %3 has no key on a US keyboard, so Airlock cannot type it into the VM.</source>
        <extracomment>%1 the character in quotation marks (or nothing when it cannot be shown), %2 its Unicode number (&quot;U+00E9&quot;), %3 its position</extracomment>
        <translation>%1%2 à la position %3 n’a pas de touche sur un clavier américain (US)&#xa0;: Airlock ne peut donc pas le taper dans la VM.</translation>
    </message>
    <message>
        <source>“%1” </source>
        <translation>«&#xa0;%1&#xa0;» </translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>no free MAC address was found</source>
        <translation>aucune adresse MAC libre n’a été trouvée</translation>
    </message>
    <message>
        <source>the network has no free address</source>
        <translation>le réseau n’a pas d’adresse libre</translation>
    </message>
</context>
<context>
    <name>NetworkShape</name>
    <message>
        <source>forwarding</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>IPv6 NAT</source>
        <translation>NAT IPv6</translation>
    </message>
    <message>
        <source>forwarding through</source>
        <translation>transfert par</translation>
    </message>
    <message>
        <source>spanning tree</source>
        <translation>spanning tree</translation>
    </message>
    <message>
        <source>isolated ports</source>
        <translation>ports isolés</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>DNS entries</source>
        <translation>entrées DNS</translation>
    </message>
    <message>
        <source>%1 DHCP</source>
        <translation>DHCP %1</translation>
    </message>
    <message>
        <source>other settings</source>
        <translation>autres réglages</translation>
    </message>
    <message>
        <source>its XML could not be read</source>
        <translation>son XML n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Airlock has no network for this choice</source>
        <translation>Airlock n’a pas de réseau pour ce choix</translation>
    </message>
    <message>
        <source>%1: %2, Airlock&apos;s: %3</source>
        <extracomment>How an existing network differs: &quot;spanning tree: on, Airlock&apos;s: off&quot;.</extracomment>
        <translation>%1&#xa0;: %2, chez Airlock&#xa0;: %3</translation>
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
        <translation>NixOS %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Graphical installer</source>
        <translation>Installateur graphique</translation>
    </message>
    <message>
        <source>Minimal installer, no desktop</source>
        <translation>Installateur minimal, sans bureau</translation>
    </message>
    <message>
        <source>Unstable is not a release: it changes every few days and is never supported as one.</source>
        <translation>Unstable n’est pas une version&#xa0;: cette branche change tous les deux ou trois jours et n’est jamais prise en charge comme une version.</translation>
    </message>
    <message>
        <source>Airlock does not know until when NixOS supports this release.</source>
        <translation>Airlock ne sait pas jusqu’à quand NixOS prend en charge cette version.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How a day is written in a sentence (Qt&apos;s date format): &quot;31 December 2026&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>No longer supported: NixOS stopped fixing security problems in it on %1.</source>
        <extracomment>%1 is a date such as &quot;31 December 2026&quot;</extracomment>
        <translation>Fin de prise en charge&#xa0;: NixOS a cessé d’y corriger les problèmes de sécurité le %1.</translation>
    </message>
    <message>
        <source>Supported with security fixes until %1.</source>
        <extracomment>%1 is a date such as &quot;31 December 2026&quot;</extracomment>
        <translation>Prise en charge avec correctifs de sécurité jusqu’au %1.</translation>
    </message>
</context>
<context>
    <name>PoolStream</name>
    <message>
        <source>the storage pool “%1” is not active</source>
        <translation>le pool de stockage «&#xa0;%1&#xa0;» n’est pas actif</translation>
    </message>
</context>
<context>
    <name>ProofBaseline</name>
    <message>
        <source>libvirt&apos;s description of the VM could not be read.</source>
        <translation>La description de la VM par libvirt n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The VM was made by Airlock %1, but the choices it recorded cannot be read: %2</source>
        <extracomment>%1 the Airlock version that made the VM, %2 what is wrong with the spec it recorded</extracomment>
        <translation>La VM a été créée par Airlock %1, mais les choix qu’elle a enregistrés sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
</context>
<context>
    <name>ReleaseCatalogue</name>
    <message>
        <source>the release catalogue is not a JSON object: %1</source>
        <translation>le catalogue des versions n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the release catalogue has no valid baseUrl and isoPath</source>
        <translation>le catalogue des versions n’a pas de baseUrl et d’isoPath valides</translation>
    </message>
    <message>
        <source>a release in the catalogue has no channel or version</source>
        <translation>une version du catalogue n’a ni canal ni numéro de version</translation>
    </message>
    <message>
        <source>the release catalogue lists no releases</source>
        <translation>le catalogue des versions ne contient aucune version</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>Turns off “%1” first: it is running, and it stops at once, as if its power were cut.</source>
        <translation>Éteint d’abord «&#xa0;%1&#xa0;»&#xa0;: elle est en cours d’exécution, et elle s’arrête immédiatement, comme lors d’une coupure de courant.</translation>
    </message>
    <message>
        <source>Removes %1.</source>
        <translation>Retire %1.</translation>
    </message>
    <message>
        <source>Keeps %1: %2.</source>
        <translation>Conserve %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SecurityLabel</name>
    <message>
        <source>“%1” is not an MLS sensitivity such as s0</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une sensibilité MLS comme s0</translation>
    </message>
    <message>
        <source>“%1” is not an MCS category such as c383</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie MCS comme c383</translation>
    </message>
    <message>
        <source>“%1” is outside c0…c1023</source>
        <translation>«&#xa0;%1&#xa0;» est hors de c0…c1023</translation>
    </message>
    <message>
        <source>it has neither the user:role:type form of SELinux nor the owner:group form of DAC</source>
        <translation>elle n’a ni la forme utilisateur:rôle:type de SELinux ni la forme propriétaire:groupe de DAC</translation>
    </message>
    <message>
        <source>“%1” is not an SELinux identifier</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant SELinux</translation>
    </message>
    <message>
        <source>it ends in “:” where the MLS level such as s0 belongs</source>
        <translation>elle se termine par «&#xa0;:&#xa0;» là où doit figurer le niveau MLS comme s0</translation>
    </message>
    <message>
        <source>in the range “%1”, the high level does not include the low one</source>
        <translation>dans la plage «&#xa0;%1&#xa0;», le niveau haut n’inclut pas le niveau bas</translation>
    </message>
    <message>
        <source>The file&apos;s owner: only this user ID (and root) may write the VM&apos;s disk.</source>
        <translation>Le propriétaire du fichier&#xa0;: seul cet ID utilisateur (et root) peut écrire sur le disque de la VM.</translation>
    </message>
    <message>
        <source>The user ID QEMU runs as. Unix permissions alone keep it from your files; every VM runs as the same user.</source>
        <translation>L’ID utilisateur sous lequel QEMU s’exécute. Seuls les droits Unix le tiennent à l’écart de vos fichiers&#xa0;; chaque VM s’exécute sous le même utilisateur.</translation>
    </message>
    <message>
        <source>The file&apos;s group.</source>
        <translation>Le groupe du fichier.</translation>
    </message>
    <message>
        <source>The group ID QEMU runs as.</source>
        <translation>L’ID de groupe sous lequel QEMU s’exécute.</translation>
    </message>
    <message>
        <source>The SELinux user. system_u marks system objects, not a person&apos;s account.</source>
        <translation>L’utilisateur SELinux. system_u désigne les objets du système, pas le compte d’une personne.</translation>
    </message>
    <message>
        <source>The role. Files always carry object_r.</source>
        <translation>Le rôle. Les fichiers portent toujours object_r.</translation>
    </message>
    <message>
        <source>The role: what the process may act as. system_r is for system services.</source>
        <translation>Le rôle&#xa0;: en tant que quoi le processus peut agir. system_r est pour les services système.</translation>
    </message>
    <message>
        <source>Not svirt_image_t: this file is not labelled as a VM&apos;s disk.</source>
        <translation>Pas svirt_image_t&#xa0;: ce fichier n’est pas étiqueté comme disque de VM.</translation>
    </message>
    <message>
        <source>Not a confined VM type: SELinux does not hold this process to the VM rules.</source>
        <translation>Pas un type de VM confiné&#xa0;: SELinux ne soumet pas ce processus aux règles des VM.</translation>
    </message>
    <message>
        <source>The sensitivity. Fedora&apos;s policy uses s0 everywhere; the categories are what keep VMs apart.</source>
        <translation>La sensibilité. La politique de Fedora utilise s0 partout&#xa0;; ce sont les catégories qui séparent les VM.</translation>
    </message>
    <message>
        <source>Every category: a process with this clearance may open the files of every VM.</source>
        <translation>Toutes les catégories&#xa0;: un processus avec cette habilitation peut ouvrir les fichiers de chaque VM.</translation>
    </message>
    <message>
        <source>The disk carries the same pair as its VM&apos;s process, so only that one QEMU may open it.</source>
        <translation>Le disque porte la même paire que le processus de sa VM&#xa0;: seul ce QEMU-là peut donc l’ouvrir.</translation>
    </message>
    <message>
        <source>No categories: nothing sets this process apart from other VMs.</source>
        <translation>Aucune catégorie&#xa0;: rien ne sépare ce processus des autres VM.</translation>
    </message>
    <message>
        <source>The type of a running VM&apos;s disk. Other VMs&apos; disks carry it too, each with its own categories: the categories decide which QEMU may open which disk.</source>
        <translation>Le type du disque d’une VM en cours d’exécution. Les disques des autres VM le portent aussi, chacun avec ses propres catégories&#xa0;: ce sont les catégories qui décident quel QEMU peut ouvrir quel disque.</translation>
    </message>
    <message>
        <source>The type: libvirt&apos;s confined QEMU domain. The policy lets it write only files labelled for VMs (svirt_image_t) and keeps it out of your home directory and other programs&apos; data. Like any program it may read shared system files (libraries, much of /usr and /etc) and use the network, which the network card&apos;s filter limits.</source>
        <translation>Le type&#xa0;: le domaine QEMU confiné de libvirt. La politique ne le laisse écrire que les fichiers étiquetés pour les VM (svirt_image_t) et le tient à l’écart de votre dossier personnel et des données des autres programmes. Comme tout programme, il peut lire les fichiers système partagés (bibliothèques, une grande partie de /usr et /etc) et utiliser le réseau, que limite le filtre de la carte réseau.</translation>
    </message>
    <message>
        <source>The MCS categories, a pair libvirt chose at random for this VM when it started. Of the files labelled for VMs, this QEMU may open only those with the same pair (and shared read-only ones such as the ISO): no other VM can open this VM&apos;s disk, and this VM cannot open theirs.</source>
        <translation>Les catégories MCS, une paire que libvirt a choisie au hasard pour cette VM à son démarrage. Parmi les fichiers étiquetés pour les VM, ce QEMU ne peut ouvrir que ceux qui ont la même paire (et ceux partagés en lecture seule comme l’ISO)&#xa0;: aucune autre VM ne peut ouvrir le disque de cette VM, et cette VM ne peut pas ouvrir les leurs.</translation>
    </message>
</context>
<context>
    <name>SelinuxPolicy</name>
    <message>
        <source>The host&apos;s SELinux policy (%1) could not be read: %2.</source>
        <extracomment>%1 is a file such as /sys/fs/selinux/policy, %2 the system&apos;s reason</extracomment>
        <translation>La politique SELinux de l’hôte (%1) n’a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to read the SELinux policy.</source>
        <translation>Il n’y a pas assez de mémoire pour lire la politique SELinux.</translation>
    </message>
    <message>
        <source>%1 is not an SELinux policy libsepol can read: %2.</source>
        <extracomment>%1 is a file such as /sys/fs/selinux/policy, %2 libsepol&apos;s message (English)</extracomment>
        <translation>%1 n’est pas une politique SELinux que libsepol peut lire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) defines no type %2.</source>
        <translation>La politique SELinux de l’hôte (%1) ne définit aucun type %2.</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) makes %2 permissive.</source>
        <translation>La politique SELinux de l’hôte (%1) met %2 en mode permissive.</translation>
    </message>
    <message>
        <source>The host&apos;s SELinux policy (%1) does not make %2 permissive.</source>
        <translation>La politique SELinux de l’hôte (%1) ne met pas %2 en mode permissive.</translation>
    </message>
</context>
<context>
    <name>SharedFolderRule</name>
    <message>
        <source>this computer&apos;s configuration: its users, services and who may use sudo</source>
        <translation>la configuration de cet ordinateur&#xa0;: ses utilisateurs, ses services et qui peut utiliser sudo</translation>
    </message>
    <message>
        <source>the programs and libraries this computer runs</source>
        <translation>les programmes et bibliothèques que cet ordinateur exécute</translation>
    </message>
    <message>
        <source>the kernel and boot loader this computer starts</source>
        <translation>le noyau et le chargeur d’amorçage que cet ordinateur démarre</translation>
    </message>
    <message>
        <source>the administrator&apos;s home, whose start-up files run as root</source>
        <translation>le dossier personnel de l’administrateur, dont les fichiers de démarrage s’exécutent en tant que root</translation>
    </message>
    <message>
        <source>the device files of this computer&apos;s disks, memory and hardware</source>
        <translation>les fichiers de périphériques des disques, de la mémoire et du matériel de cet ordinateur</translation>
    </message>
    <message>
        <source>the running kernel&apos;s settings</source>
        <translation>les réglages du noyau en cours d’exécution</translation>
    </message>
    <message>
        <source>the sockets and state of the running services, libvirt&apos;s among them</source>
        <translation>les sockets et l’état des services en cours d’exécution, dont ceux de libvirt</translation>
    </message>
    <message>
        <source>programs installed beside the system&apos;s</source>
        <translation>des programmes installés à côté de ceux du système</translation>
    </message>
    <message>
        <source>the Nix store, the programs of a Nix system</source>
        <translation>le store Nix, les programmes d’un système Nix</translation>
    </message>
    <message>
        <source>the data, logs and queues of this computer&apos;s services</source>
        <translation>les données, journaux et files d’attente des services de cet ordinateur</translation>
    </message>
    <message>
        <source>the state of this computer&apos;s services, the disks of its VMs among them</source>
        <translation>l’état des services de cet ordinateur, dont les disques de ses VM</translation>
    </message>
    <message>
        <source>the data of every service this computer offers</source>
        <translation>les données de chaque service que cet ordinateur propose</translation>
    </message>
    <message>
        <source>the temporary files and sockets of every user and program</source>
        <translation>les fichiers temporaires et les sockets de chaque utilisateur et programme</translation>
    </message>
    <message>
        <source>every user&apos;s home directory</source>
        <translation>le dossier personnel de chaque utilisateur</translation>
    </message>
    <message>
        <source>a home directory: its keys and passwords, and the files that start programs when its user logs in</source>
        <translation>un dossier personnel&#xa0;: ses clés et mots de passe, et les fichiers qui lancent des programmes quand son utilisateur se connecte</translation>
    </message>
    <message>
        <source>a program&apos;s settings, keys or start-up files (a hidden folder of a home, like ~/.ssh, ~/.config, ~/.local or ~/.gnupg)</source>
        <translation>les réglages, clés ou fichiers de démarrage d’un programme (un dossier caché d’un dossier personnel, comme ~/.ssh, ~/.config, ~/.local ou ~/.gnupg)</translation>
    </message>
    <message>
        <source>programs its user starts by name (it is on the PATH)</source>
        <translation>des programmes que son utilisateur lance par leur nom (il est dans le PATH)</translation>
    </message>
    <message>
        <source>“%1” holds %2. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 what it holds.</extracomment>
        <translation>«&#xa0;%1&#xa0;» contient %2. Une VM qui peut y écrire peut prendre le contrôle de cet ordinateur&#xa0;: partagez un dossier créé pour la VM, ou partagez celui-ci en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2”, which holds %3. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 the protected folder it lies in, %3 what that holds.</extracomment>
        <translation>«&#xa0;%1&#xa0;» se trouve dans «&#xa0;%2&#xa0;», qui contient %3. Une VM qui peut y écrire peut prendre le contrôle de cet ordinateur&#xa0;: partagez un dossier créé pour la VM, ou partagez celui-ci en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which holds %3. A VM that may write there can take this computer over: share a folder made for the VM, or share this one read-only.</source>
        <extracomment>%1 the folder, %2 a protected folder in it, %3 what that holds.</extracomment>
        <translation>«&#xa0;%1&#xa0;» renferme «&#xa0;%2&#xa0;», qui contient %3. Une VM qui peut y écrire peut prendre le contrôle de cet ordinateur&#xa0;: partagez un dossier créé pour la VM, ou partagez celui-ci en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” leads to “%2”: %3</source>
        <extracomment>%1 the folder as given, %2 where its symbolic links lead, %3 why that is refused.</extracomment>
        <translation>«&#xa0;%1&#xa0;» mène à «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Sizing</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a name inside a sentence.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This host&apos;s number of threads is not known. Airlock suggests %1.</source>
        <translation>Le nombre de threads de cet hôte est inconnu. Airlock suggère %1.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host: simultaneous multithreading is off, so each core counts once. Airlock suggests %2.</source>
        <translation>Jusqu’à %1 disponibles sur cet hôte&#xa0;: le multithreading simultané est désactivé, chaque cœur compte donc une fois. Airlock suggère %2.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host. Airlock suggests %2.</source>
        <translation>Jusqu’à %1 disponibles sur cet hôte. Airlock suggère %2.</translation>
    </message>
    <message>
        <source>This host&apos;s memory is not known. NixOS recommends %1.</source>
        <translation>La mémoire de cet hôte est inconnue. NixOS recommande %1.</translation>
    </message>
    <message>
        <source>Up to %1 available on this host. NixOS recommends %2.</source>
        <translation>Jusqu’à %1 disponibles sur cet hôte. NixOS recommande %2.</translation>
    </message>
    <message>
        <source>Up to %1 free in the storage pool %2. NixOS recommends %3; the disk takes only the space NixOS actually writes.</source>
        <translation>Jusqu’à %1 libres dans le pool de stockage %2. NixOS recommande %3&#xa0;; le disque n’occupe que la place réellement écrite par NixOS.</translation>
    </message>
    <message>
        <source>The free space for the disk is not known yet. NixOS recommends %1; the disk takes only the space NixOS actually writes.</source>
        <translation>L’espace libre pour le disque n’est pas encore connu. NixOS recommande %1&#xa0;; le disque n’occupe que la place réellement écrite par NixOS.</translation>
    </message>
    <message>
        <source>Host CPU (host-passthrough)</source>
        <extracomment>CPU mode; the part in parentheses is libvirt&apos;s name and stays as is.</extracomment>
        <translation>Processeur de l’hôte (host-passthrough)</translation>
    </message>
    <message>
        <source>Similar model (host-model)</source>
        <extracomment>CPU mode; the part in parentheses is libvirt&apos;s name and stays as is.</extracomment>
        <translation>Modèle similaire (host-model)</translation>
    </message>
    <message>
        <source>Maximum</source>
        <extracomment>CPU mode (libvirt&apos;s &quot;maximum&quot;): every feature the hypervisor can offer.</extracomment>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Needs KVM, which this VM cannot use here.</source>
        <translation>Requiert KVM, que cette VM ne peut pas utiliser ici.</translation>
    </message>
    <message>
        <source>libvirt reports that this host does not support it.</source>
        <translation>libvirt indique que cet hôte ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>A VM called %1 already exists on this connection. Choose another name: Airlock never changes or replaces an existing VM.</source>
        <translation>Une VM nommée %1 existe déjà sur cette connexion. Choisissez un autre nom&#xa0;: Airlock ne modifie ni ne remplace jamais une VM existante.</translation>
    </message>
    <message>
        <source>The storage pool %1 already holds a disk called %2. Choose another name: Airlock never overwrites an existing disk.</source>
        <translation>Le pool de stockage %1 contient déjà un disque nommé %2. Choisissez un autre nom&#xa0;: Airlock n’écrase jamais un disque existant.</translation>
    </message>
    <message>
        <source> The kernel runs with “nosmt”: simultaneous multithreading is off, so each core runs one thread instead of two, and only those are counted.</source>
        <translation> Le noyau s’exécute avec «&#xa0;nosmt&#xa0;»&#xa0;: le multithreading simultané est désactivé, chaque cœur exécute donc un thread au lieu de deux, et seuls ceux-ci sont comptés.</translation>
    </message>
    <message>
        <source> Simultaneous multithreading is off on this host, so each core runs one thread instead of two, and only those are counted.</source>
        <translation> Le multithreading simultané est désactivé sur cet hôte&#xa0;: chaque cœur exécute donc un thread au lieu de deux, et seuls ceux-ci sont comptés.</translation>
    </message>
    <message>
        <source>The VM cannot have more virtual CPUs (%1) than this host has threads online (%2).%3</source>
        <translation>La VM ne peut pas avoir plus de processeurs virtuels (%1) que cet hôte n’a de threads en ligne (%2).%3</translation>
    </message>
    <message>
        <source>The VM gets every thread this host has (%1). While it is busy, the host has none to spare and may stutter; one fewer leaves it room.</source>
        <translation>La VM reçoit tous les threads de cet hôte (%1). Quand elle est occupée, l’hôte n’en a plus aucun de libre et peut saccader&#xa0;; un de moins lui laisse de la marge.</translation>
    </message>
    <message>
        <source>NixOS needs at least %1 of memory to install; %2 is too little.</source>
        <translation>NixOS a besoin d’au moins %1 de mémoire pour s’installer&#xa0;; %2, c’est trop peu.</translation>
    </message>
    <message>
        <source>NixOS recommends %1 for its graphical desktop; with %2 it installs and runs, but slowly.</source>
        <translation>NixOS recommande %1 pour son bureau graphique&#xa0;; avec %2, il s’installe et fonctionne, mais lentement.</translation>
    </message>
    <message>
        <source>Only %1 of this host&apos;s memory is free right now. The VM can still start, but the host then has to take memory back from its caches and programs, and may slow down.</source>
        <translation>Seulement %1 de la mémoire de cet hôte sont libres en ce moment. La VM peut quand même démarrer, mais l’hôte doit alors reprendre de la mémoire à ses caches et à ses programmes, et peut ralentir.</translation>
    </message>
    <message>
        <source>NixOS needs at least %1 of disk to install; %2 is too little.</source>
        <translation>NixOS a besoin d’au moins %1 de disque pour s’installer&#xa0;; %2, c’est trop peu.</translation>
    </message>
    <message>
        <source>NixOS recommends %1 of disk; with %2 updates soon run short of room, because NixOS keeps earlier system generations until you delete them.</source>
        <translation>NixOS recommande %1 de disque&#xa0;; avec %2, la place manquera vite lors des mises à jour, car NixOS garde les générations précédentes du système jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>The storage pool %1 has only %2 free. The disk is a thin qcow2 file: it starts small and grows as NixOS writes, so it fits for now, but if the pool fills up, the VM is paused until space is freed.</source>
        <translation>Le pool de stockage %1 n’a que %2 de libre. Le disque est un fichier qcow2 à allocation dynamique&#xa0;: il commence petit et grandit à mesure que NixOS écrit, il tient donc pour l’instant, mais si le pool se remplit, la VM est mise en pause jusqu’à ce que de la place soit libérée.</translation>
    </message>
    <message>
        <source>The storage pool %1 does not exist yet: Airlock creates it in %2 together with the VM, so its free space cannot be checked before then.</source>
        <translation>Le pool de stockage %1 n’existe pas encore&#xa0;: Airlock le crée dans %2 avec la VM, son espace libre ne peut donc pas être vérifié avant.</translation>
    </message>
    <message>
        <source>There is no storage pool %1 on this connection, so the disk has nowhere to go. Define the pool in libvirt first, or leave “storagePool” out of the spec to use %2, which Airlock creates when needed.</source>
        <translation>Il n’y a pas de pool de stockage %1 sur cette connexion&#xa0;: le disque n’a donc nulle part où aller. Définissez d’abord le pool dans libvirt, ou retirez «&#xa0;storagePool&#xa0;» de la spécification pour utiliser %2, qu’Airlock crée si besoin.</translation>
    </message>
    <message>
        <source>The storage pool %1 is not running, so neither its free space nor the disks already in it can be read.</source>
        <translation>Le pool de stockage %1 n’est pas démarré&#xa0;: ni son espace libre ni les disques qu’il contient ne peuvent donc être lus.</translation>
    </message>
    <message>
        <source>The spec asks for KVM, which this host does not offer. Set “accelerator” to “auto” in the spec to run the VM in emulation instead.</source>
        <translation>La spécification demande KVM, que cet hôte n’offre pas. Mettez «&#xa0;accelerator&#xa0;» à «&#xa0;auto&#xa0;» dans la spécification pour exécuter la VM en émulation à la place.</translation>
    </message>
    <message>
        <source>The spec asks for emulation (TCG): the VM works, but much more slowly than with KVM, and cannot use the host CPU directly.</source>
        <translation>La spécification demande l’émulation (TCG)&#xa0;: la VM fonctionne, mais bien plus lentement qu’avec KVM, et ne peut pas utiliser directement le processeur de l’hôte.</translation>
    </message>
    <message>
        <source>This host offers no KVM, so the VM runs in emulation (TCG): it works, but much more slowly, and cannot use the host CPU directly.</source>
        <translation>Cet hôte n’offre pas KVM&#xa0;: la VM s’exécute donc en émulation (TCG). Elle fonctionne, mais bien plus lentement, et ne peut pas utiliser directement le processeur de l’hôte.</translation>
    </message>
    <message>
        <source>%1 needs KVM, but this VM runs in emulation. Choose %2 instead.</source>
        <translation>%1 requiert KVM, mais cette VM s’exécute en émulation. Choisissez plutôt %2.</translation>
    </message>
    <message>
        <source>libvirt reports that this host does not support the CPU mode %1; the VM may fail to start. %2 works everywhere.</source>
        <translation>libvirt indique que cet hôte ne prend pas en charge le mode de processeur %1&#xa0;; la VM risque de ne pas démarrer. %2 fonctionne partout.</translation>
    </message>
    <message>
        <source>libvirt lists no UEFI firmware on this host, so the VM may fail to start. Choose BIOS, or install the UEFI firmware for virtual machines (edk2-ovmf on Fedora, ovmf on Debian) and start Airlock again.</source>
        <translation>libvirt ne liste aucun micrologiciel UEFI sur cet hôte&#xa0;: la VM risque de ne pas démarrer. Choisissez BIOS, ou installez le micrologiciel UEFI pour machines virtuelles (edk2-ovmf sur Fedora, ovmf sur Debian) et relancez Airlock.</translation>
    </message>
    <message>
        <source>The spec turns Secure Boot on. The NixOS installer is not signed for Secure Boot, so the VM will refuse to start it; set “secureBoot” to false.</source>
        <translation>La spécification active Secure Boot. L’installateur NixOS n’est pas signé pour Secure Boot, la VM refusera donc de le démarrer&#xa0;; mettez «&#xa0;secureBoot&#xa0;» à false.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>An amount of memory or disk in mebibytes.</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>An amount of memory or disk in gibibytes.</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <extracomment>An amount of memory or disk in tebibytes.
----------
An amount of disk in tebibytes.</extracomment>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>%1 is more than this host has (%2 in all). Choose %2 or less.</source>
        <translation>%1 dépasse ce que cet hôte possède (%2 au total). Choisissez %2 ou moins.</translation>
    </message>
    <message>
        <source>Only %1 of this host&apos;s memory is available right now. The VM can still start, but the host then has to take memory back from its programs, and may slow down.</source>
        <translation>Seulement %1 de la mémoire de cet hôte sont disponibles en ce moment. La VM peut quand même démarrer, mais l’hôte doit alors reprendre de la mémoire à ses programmes, et peut ralentir.</translation>
    </message>
    <message>
        <source>Up to %1 on this host, %2 of it available right now. NixOS recommends %3.</source>
        <translation>Jusqu’à %1 sur cet hôte, dont %2 disponibles en ce moment. NixOS recommande %3.</translation>
    </message>
    <message>
        <source>Up to %1 on this host, %2 of it free right now (libvirt does not count the caches the host could reclaim). NixOS recommends %3.</source>
        <translation>Jusqu’à %1 sur cet hôte, dont %2 libres en ce moment (libvirt ne compte pas les caches que l’hôte pourrait récupérer). NixOS recommande %3.</translation>
    </message>
</context>
<context>
    <name>SnapshotInfo</name>
    <message>
        <source>Disk only (an overlay file)</source>
        <translation>Disque seul (un fichier de recouvrement)</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Disque et mémoire</translation>
    </message>
    <message>
        <source>Disk (inside the disk file)</source>
        <translation>Disque (dans le fichier du disque)</translation>
    </message>
    <message>
        <source>Reverting turns the VM off, throws away everything written to its disk since this snapshot, and starts it again from the disk as it was then, as after a power cut.</source>
        <translation>Revenir éteint la VM, jette tout ce qui a été écrit sur son disque depuis cet instantané, et la redémarre depuis le disque tel qu’il était alors, comme après une coupure de courant.</translation>
    </message>
    <message>
        <source>Reverting returns the VM to exactly this moment, running, with what was in its memory. Everything since is lost.</source>
        <translation>Revenir ramène la VM exactement à ce moment, en cours d’exécution, avec ce qu’elle avait en mémoire. Tout ce qui a suivi est perdu.</translation>
    </message>
    <message>
        <source>Reverting returns the disk to this moment. Everything written since is lost.</source>
        <translation>Revenir ramène le disque à ce moment. Tout ce qui a été écrit depuis est perdu.</translation>
    </message>
    <message>
        <source>A revert brings back the VM&apos;s disk as it was when this snapshot was taken, and the VM running where it was, with what was in its memory.</source>
        <translation>Revenir ramène le disque de la VM tel qu’il était quand cet instantané a été pris, et la VM en cours d’exécution là où elle en était, avec ce qu’elle avait en mémoire.</translation>
    </message>
    <message>
        <source>A revert brings back the VM&apos;s disk exactly as it was when this snapshot was taken.</source>
        <translation>Revenir ramène le disque de la VM exactement tel qu’il était quand cet instantané a été pris.</translation>
    </message>
    <message>
        <source>The firmware settings (UEFI variables, such as the boot order) are reset to their defaults; NixOS still starts, from the fallback boot loader it installs on its disk.</source>
        <translation>Les réglages du micrologiciel (variables UEFI, comme l’ordre de démarrage) sont remis à leurs valeurs par défaut&#xa0;; NixOS démarre quand même, depuis le chargeur d’amorçage de secours qu’il installe sur son disque.</translation>
    </message>
    <message>
        <source>Anything saved in the VM after the snapshot is gone. Files outside the VM, such as a shared folder, are not changed.</source>
        <translation>Tout ce qui a été enregistré dans la VM après l’instantané disparaît. Les fichiers hors de la VM, comme un dossier partagé, ne sont pas modifiés.</translation>
    </message>
</context>
<context>
    <name>SnapshotKindOffer</name>
    <message>
        <source>Airlock asks this host&apos;s libvirt for a full snapshot of this VM and takes a disk-only one where libvirt refuses it.</source>
        <translation>Airlock demande à la libvirt de cet hôte un instantané complet de cette VM, et prend un instantané du disque seul là où libvirt le refuse.</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt takes full snapshots of this VM, inside its disk file.</source>
        <translation>La libvirt de cet hôte prend des instantanés complets de cette VM, dans son fichier de disque.</translation>
    </message>
    <message>
        <source>Snapshots of this VM are disk-only (an overlay file on the disk as it was): this host&apos;s libvirt refused a full one (“%1”).</source>
        <translation>Les instantanés de cette VM portent sur le disque seul (un fichier de recouvrement sur le disque tel qu’il était)&#xa0;: la libvirt de cet hôte a refusé un instantané complet («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Snapshots of this VM are disk-only (an overlay file on the disk as it was): this host&apos;s libvirt refused a full one when the first was taken, and the disk now sits on that overlay.</source>
        <translation>Les instantanés de cette VM portent sur le disque seul (un fichier de recouvrement sur le disque tel qu’il était)&#xa0;: la libvirt de cet hôte a refusé un instantané complet lors du premier, et le disque repose désormais sur ce fichier de recouvrement.</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>The disk “%1” has no source.</source>
        <translation>Le disque «&#xa0;%1&#xa0;» n’a pas de source.</translation>
    </message>
    <message>
        <source>The file %1 is in no storage pool, so Airlock cannot place a disk file beside it.</source>
        <translation>Le fichier %1 n’est dans aucun pool de stockage&#xa0;: Airlock ne peut donc pas placer de fichier de disque à côté.</translation>
    </message>
    <message>
        <source>The VM has no hard disk to snapshot.</source>
        <translation>La VM n’a pas de disque dur à capturer.</translation>
    </message>
    <message>
        <source>A known-good state, taken with Airlock</source>
        <extracomment>The description stored with a snapshot taken from the Launch page.</extracomment>
        <translation>Un état sain connu, pris avec Airlock</translation>
    </message>
    <message>
        <source>libvirt took the snapshot “%1” but does not list it.</source>
        <translation>libvirt a pris l’instantané «&#xa0;%1&#xa0;» mais ne le liste pas.</translation>
    </message>
    <message>
        <source>The snapshot “%1” does not say which disk file it froze.</source>
        <translation>L’instantané «&#xa0;%1&#xa0;» n’indique pas quel fichier de disque il a figé.</translation>
    </message>
    <message>
        <source>The disk as it was at “%1” (%2) is gone, so the snapshot cannot be restored.</source>
        <translation>Le disque tel qu’il était à «&#xa0;%1&#xa0;» (%2) a disparu&#xa0;: l’instantané ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>The VM has no disk “%1” any more.</source>
        <translation>La VM n’a plus de disque «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The VM&apos;s disk “%1” could not be rewritten.</source>
        <translation>Le disque «&#xa0;%1&#xa0;» de la VM n’a pas pu être réécrit.</translation>
    </message>
    <message>
        <source>the overlay “%1” with what was written since</source>
        <translation>le fichier de recouvrement «&#xa0;%1&#xa0;» avec ce qui a été écrit depuis</translation>
    </message>
    <message>
        <source>the snapshot “%1”, whose disk state is gone</source>
        <translation>l’instantané «&#xa0;%1&#xa0;», dont l’état du disque a disparu</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot reset the firmware settings (“%1”).</source>
        <translation>La libvirt de cet hôte ne peut pas réinitialiser les réglages du micrologiciel («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the overlay “%1”, which nothing uses any more</source>
        <translation>le fichier de recouvrement «&#xa0;%1&#xa0;», que plus rien n’utilise</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot reset the firmware settings of a running VM on a revert.</source>
        <translation>La libvirt de cet hôte ne peut pas réinitialiser les réglages du micrologiciel d’une VM en cours d’exécution lors d’un retour à un instantané.</translation>
    </message>
    <message>
        <source>the file “%1” with the disk as it was: the VM&apos;s disk, or a newer snapshot, is built on it</source>
        <translation>le fichier «&#xa0;%1&#xa0;» avec le disque tel qu’il était&#xa0;: le disque de la VM, ou un instantané plus récent, repose dessus</translation>
    </message>
</context>
<context>
    <name>SpecSections</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>NixOS installer</source>
        <translation>Installateur NixOS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Devices and network</source>
        <translation>Périphériques et réseau</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The Summary page, where everything chosen is reviewed.</extracomment>
        <translation>Vérifier les choix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>Mode du processeur</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>Pool de stockage</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
</context>
<context>
    <name>StatusIcon</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>VmList</name>
    <message>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
</context>
<context>
    <name>VmRemoval</name>
    <message>
        <source>%1 uses it</source>
        <extracomment>%1 the names of the other VMs, quoted</extracomment>
        <translation>encore utile à %1</translation>
    </message>
    <message>
        <source>the running VM “%1”</source>
        <translation>la VM en cours d’exécution «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the VM “%1”, with its UEFI variables (%2) and its TPM state</source>
        <translation>la VM «&#xa0;%1&#xa0;», avec ses variables UEFI (%2) et l’état de son TPM</translation>
    </message>
    <message>
        <source>the VM “%1”, with its UEFI variables (%2)</source>
        <translation>la VM «&#xa0;%1&#xa0;», avec ses variables UEFI (%2)</translation>
    </message>
    <message>
        <source>the VM “%1”, with its TPM state</source>
        <translation>la VM «&#xa0;%1&#xa0;», avec l’état de son TPM</translation>
    </message>
    <message>
        <source>the VM “%1”</source>
        <translation>la VM «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the snapshot “%1”</source>
        <translation>l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the snapshot overlay “%1” in the pool “%2”</source>
        <translation>le fichier de recouvrement d’instantané «&#xa0;%1&#xa0;» du pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the disk “%1” in the pool “%2”</source>
        <translation>le disque «&#xa0;%1&#xa0;» du pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the ISO “%1” in the pool “%2”</source>
        <translation>l’ISO «&#xa0;%1&#xa0;» du pool «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it is no longer there</source>
        <translation>l’élément n’est plus là</translation>
    </message>
    <message>
        <source>Airlock&apos;s network “%1”</source>
        <translation>le réseau d’Airlock «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the address %1 reserved for “%2” on the network “%3”</source>
        <translation>l’adresse %1 réservée pour «&#xa0;%2&#xa0;» sur le réseau «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Airlock&apos;s traffic filter “%1”</source>
        <translation>le filtre de trafic d’Airlock «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the traffic filter “%1” builds on it</source>
        <translation>le filtre de trafic «&#xa0;%1&#xa0;» s’appuie dessus</translation>
    </message>
    <message>
        <source>the storage pool “%1”</source>
        <translation>le pool de stockage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Airlock never removes a storage pool</source>
        <translation>Airlock ne retire jamais un pool de stockage</translation>
    </message>
    <message>
        <source>the ISO, the network and the traffic filters this VM used</source>
        <translation>l’ISO, le réseau et les filtres de trafic qu’utilisait cette VM</translation>
    </message>
    <message>
        <source>the Airlock that made it (version %1) did not record what it made for it, so Airlock cannot tell them from yours</source>
        <translation>l’Airlock qui l’a créée (version %1) n’a pas noté ce qu’il a créé pour elle&#xa0;: Airlock ne peut donc pas les distinguer des vôtres</translation>
    </message>
    <message>
        <source>it was there before Airlock made this VM, and no other VM of Airlock&apos;s recorded it</source>
        <translation>l’élément existait avant qu’Airlock crée cette VM, et aucune autre VM d’Airlock ne l’a noté</translation>
    </message>
    <message>
        <source>the network “%1”</source>
        <translation>le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>Airlock a conservé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1 (%2). To remove it by hand: %3</source>
        <translation>Impossible de retirer %1 (%2). Pour le retirer à la main&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no VM named “%1” on this connection.</source>
        <translation>Il n’y a pas de VM nommée «&#xa0;%1&#xa0;» sur cette connexion.</translation>
    </message>
    <message>
        <source>Airlock could not read the VM “%1”: %2</source>
        <translation>Airlock n’a pas pu lire la VM «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not made by Airlock: it carries none of Airlock&apos;s metadata, and Airlock never removes a VM it did not make. Remove it with virt-manager or virsh if you mean to.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été créée par Airlock&#xa0;: elle ne porte aucune des métadonnées d’Airlock, et Airlock ne supprime jamais une VM qu’il n’a pas créée. Supprimez-la avec virt-manager ou virsh si c’est votre intention.</translation>
    </message>
    <message>
        <source>Airlock could not list the other VMs on this connection: %1</source>
        <translation>Airlock n’a pas pu lister les autres VM de cette connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>another VM is connected to it</source>
        <translation>une autre VM y est connectée</translation>
    </message>
    <message>
        <source>libvirt says it is in use (%1)</source>
        <translation>libvirt signale une utilisation en cours (%1)</translation>
    </message>
    <message>
        <source>“%1” is no longer there</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus là</translation>
    </message>
    <message>
        <source>“%1” is another VM now than the one listed</source>
        <translation>«&#xa0;%1&#xa0;» est désormais une autre VM que celle listée</translation>
    </message>
    <message>
        <source>“%1” was started after Airlock listed what it would remove; list it again</source>
        <translation>«&#xa0;%1&#xa0;» a été démarrée après qu’Airlock a listé ce qu’il retirerait&#xa0;; listez-la à nouveau</translation>
    </message>
    <message>
        <source>Turned off “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été éteinte.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Retiré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the other VMs on this connection could not be listed (%1)</source>
        <translation>les autres VM de cette connexion n’ont pas pu être listées (%1)</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>non tenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>impossible de retirer %1</translation>
    </message>
</context>
<context>
    <name>VmSpec</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>dépasse %n caractère</numerusform>
            <numerusform>dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an absolute path (starting with “/”), not “%1”</source>
        <translation>doit être un chemin absolu (commençant par «&#xa0;/&#xa0;»), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>must not contain U+%1, which is not a character of text</source>
        <extracomment>%1 is a Unicode code point in hexadecimal, such as FFFF</extracomment>
        <translation>ne doit pas contenir U+%1, qui n’est pas un caractère de texte</translation>
    </message>
    <message>
        <source>must not contain “.” or “..” components</source>
        <translation>ne doit pas contenir de composants «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>n’est pas un réglage connu</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>%1 is far out of range</source>
        <translation>%1 est très loin de la plage autorisée</translation>
    </message>
    <message>
        <source>must be a file path or {&quot;pool&quot;: …, &quot;volume&quot;: …}</source>
        <translation>doit être un chemin de fichier ou {&quot;pool&quot;: …, &quot;volume&quot;: …}</translation>
    </message>
    <message>
        <source>must name the ISO volume</source>
        <translation>doit nommer le volume ISO</translation>
    </message>
    <message>
        <source>must name the storage pool</source>
        <translation>doit nommer le pool de stockage</translation>
    </message>
    <message>
        <source>must be a list of libvirt node-device names</source>
        <translation>doit être une liste de noms de périphériques de nœud libvirt</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n’est pas du JSON valide&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>must hold one JSON object ({…})</source>
        <translation>doit contenir un seul objet JSON ({…})</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a VM spec (over 1 MiB)</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros pour être une spécification de VM (plus de 1 Mio)</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The VM needs a name.</source>
        <translation>La VM a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The name must not start with “.” or “-”.</source>
        <translation>Le nom ne doit pas commencer par «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>Le nom ne peut contenir que les lettres A–Z, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>doit être entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>must be at least %1 MiB (NixOS&apos;s minimum) and at most %2 MiB, not %3</source>
        <translation>doit être d’au moins %1 Mio (le minimum de NixOS) et d’au plus %2 Mio, pas %3</translation>
    </message>
    <message>
        <source>%1 MiB is more than the %2 MiB of memory this host has</source>
        <translation>%1 Mio, c’est plus que les %2 Mio de mémoire de cet hôte</translation>
    </message>
    <message>
        <source>must be at least %1 GiB (NixOS&apos;s minimum) and at most %2 GiB, not %3</source>
        <translation>doit être d’au moins %1 Gio (le minimum de NixOS) et d’au plus %2 Gio, pas %3</translation>
    </message>
    <message>
        <source>needs firmware &quot;uefi&quot;; BIOS has no Secure Boot</source>
        <translation>requiert le micrologiciel &quot;uefi&quot;&#xa0;; le BIOS n’a pas de Secure Boot</translation>
    </message>
    <message>
        <source>KVM is not available on this host; use &quot;auto&quot; or &quot;tcg&quot;</source>
        <translation>KVM n’est pas disponible sur cet hôte&#xa0;; utilisez &quot;auto&quot; ou &quot;tcg&quot;</translation>
    </message>
    <message>
        <source>host-passthrough needs KVM, but this VM will run in emulation (TCG); use &quot;maximum&quot;</source>
        <translation>host-passthrough requiert KVM, mais cette VM s’exécutera en émulation (TCG)&#xa0;; utilisez &quot;maximum&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a valid storage pool name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de pool de stockage valide</translation>
    </message>
    <message>
        <source>“%1” is not a valid volume name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de volume valide</translation>
    </message>
    <message>
        <source>mode &quot;bridge&quot; needs the name of a host bridge, such as &quot;br0&quot;</source>
        <translation>le mode &quot;bridge&quot; requiert le nom d’un pont de l’hôte, comme &quot;br0&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a valid network interface name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’interface réseau valide</translation>
    </message>
    <message>
        <source>is only used with mode &quot;bridge&quot;, not &quot;%1&quot;</source>
        <translation>ne sert qu’avec le mode &quot;bridge&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a network; mode is &quot;none&quot;</source>
        <translation>requiert un réseau&#xa0;; le mode est &quot;none&quot;</translation>
    </message>
    <message>
        <source>needs &quot;audio&quot;: the microphone comes through the VM&apos;s sound card</source>
        <translation>requiert &quot;audio&quot;&#xa0;: le microphone passe par la carte son de la VM</translation>
    </message>
    <message>
        <source>must not be the whole file system (“/”)</source>
        <translation>ne doit pas être tout le système de fichiers («&#xa0;/&#xa0;»)</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt node-device name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de périphérique de nœud libvirt</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» est listé deux fois</translation>
    </message>
    <message>
        <source>contains %1, half of a surrogate pair, which is not a character; remove it</source>
        <extracomment>%1 is the escape as the JSON file spells it: a backslash, u and four hex digits</extracomment>
        <translation>contient %1, une moitié de paire de substitution, qui n’est pas un caractère&#xa0;; supprimez-la</translation>
    </message>
    <message>
        <source>&quot;isolated&quot; is no longer offered: it let the VM reach this computer. Use &quot;none&quot; for a VM that reaches nothing, or &quot;nat&quot; for one that reaches the internet alone</source>
        <translation>&quot;isolated&quot; n’est plus proposé&#xa0;: il permettait à la VM d’atteindre cet ordinateur. Utilisez &quot;none&quot; pour une VM qui n’atteint rien, ou &quot;nat&quot; pour une VM qui n’atteint qu’Internet</translation>
    </message>
    <message>
        <source>must be a text string, not %1</source>
        <extracomment>%1 is the value as the file has it, such as 3 or true</extracomment>
        <translation>doit être une chaîne de texte, pas %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <extracomment>%1 is the value as the file has it, such as &quot;yes&quot;</extracomment>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <extracomment>%1 lists the choices, %2 is the value as the file has it</extracomment>
        <translation>doit être l’une des valeurs %1, pas %2</translation>
    </message>
    <message>
        <source>must be an object ({…}), not %1</source>
        <extracomment>%1 is the value as the file has it, such as &quot;x&quot; or 3</extracomment>
        <translation>doit être un objet ({…}), pas %1</translation>
    </message>
    <message>
        <source>must not start with “.” or “-”, not “%1”</source>
        <translation>ne doit pas commencer par «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>may contain only letters A–Z, digits, “.”, “_” and “-”, not “%1”</source>
        <translation>ne peut contenir que les lettres A–Z, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Le nom fait %n caractère&#xa0;; %1 au plus sont permis.</numerusform>
            <numerusform>Le nom fait %n caractères&#xa0;; %1 au plus sont permis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; at most %1 are allowed</source>
        <translation>
            <numerusform>fait %n caractère&#xa0;; %1 au plus sont permis</numerusform>
            <numerusform>fait %n caractères&#xa0;; %1 au plus sont permis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are more than the %2 this host has</source>
        <extracomment>&quot;2 virtual CPUs are more than the 1 thread this host has&quot;</extracomment>
        <translation>%1, c’est plus que les %2 de cet hôte</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n processeur virtuel</numerusform>
            <numerusform>%n processeurs virtuels</numerusform>
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
