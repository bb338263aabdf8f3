<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveStore</name>
    <message>
        <source>No archive file was given</source>
        <translation>Es wurde keine Archivdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive; for a layout folder use oci:</source>
        <translation>%1 ist ein Ordner, kein Archiv; für einen Layout-Ordner oci: verwenden</translation>
    </message>
    <message>
        <source>There is no archive at %1</source>
        <translation>Unter %1 gibt es kein Archiv</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ArtifactActions</name>
    <message>
        <source>Save Files To…</source>
        <translation>Dateien speichern unter …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Copy To…</source>
        <translation>Kopieren nach …</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Tag hinzufügen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Save Blob…</source>
        <translation>Blob speichern …</translation>
    </message>
    <message>
        <source>Save Files of %1 To</source>
        <translation>Dateien von %1 speichern unter</translation>
    </message>
    <message>
        <source>Save Here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <source>Save Blob %1</source>
        <translation>Blob %1 speichern</translation>
    </message>
</context>
<context>
    <name>ArtifactClass</name>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>Multi-platform image</source>
        <translation>Multi-Plattform-Image</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
    <message>
        <source>Cosign signature</source>
        <translation>Cosign-Signatur</translation>
    </message>
    <message>
        <source>Cosign attestation</source>
        <translation>Cosign-Attestierung</translation>
    </message>
    <message>
        <source>Cosign SBOM</source>
        <translation>Cosign-SBOM</translation>
    </message>
    <message>
        <source>Sigstore bundle</source>
        <translation>Sigstore-Bundle</translation>
    </message>
    <message>
        <source>Notation signature</source>
        <translation>Notation-Signatur</translation>
    </message>
    <message>
        <source>SPDX SBOM</source>
        <translation>SPDX-SBOM</translation>
    </message>
    <message>
        <source>CycloneDX SBOM</source>
        <translation>CycloneDX-SBOM</translation>
    </message>
    <message>
        <source>In-toto attestation</source>
        <translation>In-toto-Attestierung</translation>
    </message>
    <message>
        <source>WebAssembly module</source>
        <translation>WebAssembly-Modul</translation>
    </message>
    <message>
        <source>Apptainer image (SIF)</source>
        <translation>Apptainer-Image (SIF)</translation>
    </message>
    <message>
        <source>OPA policy bundle</source>
        <translation>OPA-Richtlinienbündel</translation>
    </message>
    <message>
        <source>AI model (ModelPack)</source>
        <translation>KI-Modell (ModelPack)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>BuildKit attestations</source>
        <translation>BuildKit-Attestierungen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>ArtifactDetector</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Chart.yaml is not a YAML mapping this reader understands</source>
        <translation>Chart.yaml ist keine YAML-Zuordnung, die dieser Leser versteht</translation>
    </message>
    <message>
        <source>Chart.yaml has no name or no version</source>
        <translation>In Chart.yaml fehlt der Name oder die Version</translation>
    </message>
    <message>
        <source>Choose at least one file or folder to push</source>
        <translation>Wählen Sie mindestens eine Datei oder einen Ordner zum Hochladen</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;: %3</source>
        <translation>%1 in „%2“: %3</translation>
    </message>
    <message>
        <source>Helm chart %1 %2</source>
        <translation>Helm-Chart %1 %2</translation>
    </message>
    <message>
        <source>WebAssembly component %1</source>
        <translation>WebAssembly-Komponente %1</translation>
    </message>
    <message>
        <source>WebAssembly module %1</source>
        <translation>WebAssembly-Modul %1</translation>
    </message>
    <message>
        <source>Apptainer image %1</source>
        <translation>Apptainer-Image %1</translation>
    </message>
    <message>
        <source>OPA bundle %1</source>
        <translation>OPA-Bundle %1</translation>
    </message>
    <message numerus="yes">
        <source>OPA policies (%n Rego file(s))</source>
        <translation>
            <numerusform>OPA-Richtlinien (%n Rego-Datei)</numerusform>
            <numerusform>OPA-Richtlinien (%n Rego-Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>SPDX SBOM %1</source>
        <translation>SPDX-SBOM %1</translation>
    </message>
    <message>
        <source>CycloneDX SBOM %1</source>
        <translation>CycloneDX-SBOM %1</translation>
    </message>
    <message>
        <source>DSSE envelope %1</source>
        <translation>DSSE-Umschlag %1</translation>
    </message>
    <message>
        <source>Sigstore bundle %1</source>
        <translation>Sigstore-Bundle %1</translation>
    </message>
    <message>
        <source>Notation signature %1</source>
        <translation>Notation-Signatur %1</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Signatur %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>ArtifactPacker</name>
    <message>
        <source>Packing was cancelled</source>
        <translation>Das Packen wurde abgebrochen</translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <source>Cannot start the archiver</source>
        <translation>Das Archivierungsprogramm kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot pack %1: only files, folders and symbolic links can be packed</source>
        <translation>%1 kann nicht gepackt werden: Nur Dateien, Ordner und symbolische Links lassen sich packen</translation>
    </message>
    <message>
        <source>%1 changed while it was being packed; pack it again when it is no longer being written</source>
        <translation>%1 hat sich beim Packen geändert; erneut packen, sobald nicht mehr hineingeschrieben wird</translation>
    </message>
    <message>
        <source>Cannot create the work folder %1</source>
        <translation>Der Arbeitsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Packing folder %1</source>
        <translation>Packe Ordner %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist; check the path of the file or folder to push</source>
        <translation>„%1“ existiert nicht; den Pfad der hochzuladenden Datei oder des Ordners prüfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file or folder, so it cannot be pushed</source>
        <translation>„%1“ ist weder Datei noch Ordner und kann daher nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no name to store it under; push the files inside it instead</source>
        <translation>„%1“ hat keinen Namen, unter dem es gespeichert werden könnte; stattdessen die Dateien darin hochladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are both named &quot;%3&quot;; an artifact holds one file per name, so rename or leave out one of them</source>
        <translation>„%1“ und „%2“ heißen beide „%3“; ein Artefakt enthält pro Name nur eine Datei, also eine davon umbenennen oder weglassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media type; an artifact type looks like application/vnd.example.thing</source>
        <translation>„%1“ ist kein Medientyp; ein Artefakttyp sieht aus wie application/vnd.example.thing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; given for %2 is not a media type</source>
        <translation>Das für %2 angegebene „%1“ ist kein Medientyp</translation>
    </message>
    <message>
        <source>The config file &quot;%1&quot; does not exist or is not a file</source>
        <translation>Die Config-Datei „%1“ existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media type for the config</source>
        <translation>„%1“ ist kein Medientyp für die Config</translation>
    </message>
    <message>
        <source>The manifest would be over 4 MiB, which registries refuse; push fewer files or smaller annotations</source>
        <translation>Das Manifest wäre größer als 4 MiB, was Registrys ablehnen; weniger Dateien oder kürzere Annotationen hochladen</translation>
    </message>
    <message>
        <source>The push was cancelled</source>
        <translation>Das Hochladen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ArtifactUnpacker</name>
    <message>
        <source>The pull was cancelled</source>
        <translation>Das Herunterladen wurde abgebrochen</translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <source>Cannot start the archive reader</source>
        <translation>Das Archiv-Leseprogramm kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not match its recorded content digest (expected %2, got %3); the artifact is damaged, push it again</source>
        <translation>Der Ordner „%1“ passt nicht zu seinem hinterlegten Inhalts-Digest (erwartet %2, erhalten %3); das Artefakt ist beschädigt, bitte erneut hochladen</translation>
    </message>
    <message>
        <source>The folder archive &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Ordnerarchiv „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refused the archive entry &quot;%1&quot; of &quot;%2&quot;: %3</source>
        <translation>Der Archiveintrag „%1“ aus „%2“ wurde abgelehnt: %3</translation>
    </message>
    <message>
        <source>it is not inside the folder &quot;%1&quot; the layer is named for</source>
        <translation>er liegt nicht im Ordner „%1“, nach dem der Layer benannt ist</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot extract &quot;%1&quot;: a folder of that name is already at %2; remove it and pull again</source>
        <translation>„%1“ kann nicht entpackt werden: Unter %2 gibt es bereits einen Ordner dieses Namens; ihn entfernen und erneut herunterladen</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: it is not a file, folder or link</source>
        <translation>„%1“ übersprungen: Es ist weder Datei, Ordner noch Link</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a symbolic link without a target</source>
        <translation>er ist ein symbolischer Link ohne Ziel</translation>
    </message>
    <message>
        <source>it is a symbolic link to the absolute path &quot;%1&quot;</source>
        <translation>er ist ein symbolischer Link auf den absoluten Pfad „%1“</translation>
    </message>
    <message>
        <source>it is a symbolic link to &quot;%1&quot;, outside the target folder</source>
        <translation>er ist ein symbolischer Link auf „%1“ außerhalb des Zielordners</translation>
    </message>
    <message>
        <source>Cannot create the symbolic link %1</source>
        <translation>Der symbolische Link %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which is not a file extracted before it</source>
        <translation>er ist ein harter Link auf „%1“, das keine zuvor entpackte Datei ist</translation>
    </message>
    <message>
        <source>Cannot create %1 as a copy of %2</source>
        <translation>%1 kann nicht als Kopie von %2 angelegt werden</translation>
    </message>
    <message>
        <source>This is an index of several manifests; choose one of them to pull its files</source>
        <translation>Dies ist ein Index mehrerer Manifeste; eines davon auswählen, um seine Dateien herunterzuladen</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Two layers are both titled &quot;%1&quot;; the artifact cannot be pulled as files</source>
        <translation>Zwei Layer tragen beide den Titel „%1“; das Artefakt kann nicht als Dateien heruntergeladen werden</translation>
    </message>
    <message>
        <source>The folder layer &quot;%1&quot; has an invalid content digest annotation: %2</source>
        <translation>Der Ordner-Layer „%1“ hat eine ungültige Annotation für den Inhalts-Digest: %2</translation>
    </message>
    <message>
        <source>Cannot write the file &quot;%1&quot;: a folder of that name is already at %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: Unter %2 gibt es bereits einen Ordner dieses Namens</translation>
    </message>
    <message>
        <source>Extracting %1</source>
        <translation>Entpacke %1</translation>
    </message>
    <message>
        <source>The index has no manifest for %1; choose one of its platforms</source>
        <translation>Der Index enthält kein Manifest für %1; wählen Sie eine seiner Plattformen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manifest annotation KEY=VALUE (repeatable)</source>
        <translation>Manifest-Annotation KEY=VALUE (mehrfach möglich)</translation>
    </message>
    <message>
        <source>The artifact type (a media type)</source>
        <translation>Der Artefakttyp (ein Medientyp)</translation>
    </message>
    <message>
        <source>The annotation &quot;%1&quot; is not KEY=VALUE</source>
        <translation>Die Annotation „%1“ hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>List the repositories of a registry, all pages</source>
        <translation>Die Repositorys einer Registry auflisten, alle Seiten</translation>
    </message>
    <message>
        <source>List the tags of a repository or layout, all pages</source>
        <translation>Die Tags eines Repositorys oder Layouts auflisten, alle Seiten</translation>
    </message>
    <message>
        <source>Print the digest of a manifest</source>
        <translation>Den Digest eines Manifests ausgeben</translation>
    </message>
    <message>
        <source>Print the exact manifest bytes</source>
        <translation>Die Bytes eines Manifests unverändert ausgeben</translation>
    </message>
    <message>
        <source>List the referrers (signatures, SBOMs, …) of a manifest</source>
        <translation>Die Referrer (Signaturen, SBOMs, …) eines Manifests auflisten</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Push files and folders as an artifact</source>
        <translation>Dateien und Ordner als Artefakt hochladen</translation>
    </message>
    <message>
        <source>A config file, optionally with its media type</source>
        <translation>Eine Config-Datei, wahlweise mit ihrem Medientyp</translation>
    </message>
    <message>
        <source>Push files as a referrer of SUBJECT</source>
        <translation>Dateien als Referrer von SUBJECT hochladen</translation>
    </message>
    <message>
        <source>Save an artifact&apos;s files (by title) to a folder</source>
        <translation>Die Dateien eines Artefakts (nach Titel) in einem Ordner speichern</translation>
    </message>
    <message>
        <source>The output folder</source>
        <translation>Der Ausgabeordner</translation>
    </message>
    <message>
        <source>For a multi-platform index: os/arch[/variant]</source>
        <translation>Bei einem Multi-Plattform-Index: os/arch[/variant]</translation>
    </message>
    <message>
        <source>Copy between any registries and layouts</source>
        <translation>Zwischen beliebigen Registrys und Layouts kopieren</translation>
    </message>
    <message>
        <source>Copy referrers too, recursively</source>
        <translation>Auch die Referrer kopieren, rekursiv</translation>
    </message>
    <message>
        <source>Write an OCI layout folder or tar</source>
        <translation>Einen OCI-Layout-Ordner oder ein OCI-Layout-Tar schreiben</translation>
    </message>
    <message>
        <source>The layout folder to write</source>
        <translation>Der zu schreibende Layout-Ordner</translation>
    </message>
    <message>
        <source>The layout tar to write</source>
        <translation>Das zu schreibende Layout-Tar</translation>
    </message>
    <message>
        <source>Export referrers too</source>
        <translation>Auch die Referrer exportieren</translation>
    </message>
    <message>
        <source>Add tags to a manifest</source>
        <translation>Einem Manifest Tags hinzufügen</translation>
    </message>
    <message>
        <source>Delete a manifest; lists every tag that goes with it</source>
        <translation>Ein Manifest löschen; nennt jedes Tag, das mit ihm verschwindet</translation>
    </message>
    <message>
        <source>Only show what would be deleted</source>
        <translation>Nur anzeigen, was gelöscht würde</translation>
    </message>
    <message>
        <source>Store credentials in the OS keychain</source>
        <translation>Zugangsdaten im Schlüsselbund des Betriebssystems speichern</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Read the password or token from standard input</source>
        <translation>Das Passwort oder Token von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Remove stored credentials</source>
        <translation>Gespeicherte Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>Usage: lading COMMAND [OPTIONS] ARGUMENTS

Locations: host[:port]/repo[:tag][@digest], oci:PATH[:tag|@digest], oci-archive:FILE.tar[:tag]

Commands:
</source>
        <translation>Aufruf: lading BEFEHL [OPTIONEN] ARGUMENTE

Orte: host[:port]/repo[:tag][@digest], oci:PFAD[:tag|@digest], oci-archive:DATEI.tar[:tag]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;lading COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
„lading BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run &quot;lading --help&quot;</source>
        <translation>„%1“ ist kein Befehl; „lading --help“ zeigt alle</translation>
    </message>
    <message>
        <source>Allow plain HTTP to the registries named here (insecure)</source>
        <translation>Unverschlüsseltes HTTP zu den hier genannten Registrys erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Trust this CA bundle (PEM) for TLS</source>
        <translation>Diesem CA-Bundle (PEM) für TLS vertrauen</translation>
    </message>
    <message>
        <source>Blobs transferred at once (default 4)</source>
        <translation>Gleichzeitig übertragene Blobs (Standard: 4)</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>catalog takes one registry, for example: lading catalog localhost:5000</source>
        <translation>catalog erwartet eine Registry, zum Beispiel: lading catalog localhost:5000</translation>
    </message>
    <message>
        <source>tags takes one repository, for example: lading tags localhost:5000/app</source>
        <translation>tags erwartet ein Repository, zum Beispiel: lading tags localhost:5000/app</translation>
    </message>
    <message>
        <source>resolve takes one location</source>
        <translation>resolve erwartet einen Ort</translation>
    </message>
    <message>
        <source>manifest takes one location</source>
        <translation>manifest erwartet einen Ort</translation>
    </message>
    <message>
        <source>referrers takes one location</source>
        <translation>referrers erwartet einen Ort</translation>
    </message>
    <message>
        <source>push takes a location and at least one file or folder</source>
        <translation>push erwartet einen Ort und mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>push needs a tag, not a digest: the digest is computed from the content</source>
        <translation>push braucht ein Tag, keinen Digest: Der Digest wird aus dem Inhalt berechnet</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>attach takes a subject and at least one file</source>
        <translation>attach erwartet ein Subjekt und mindestens eine Datei</translation>
    </message>
    <message>
        <source>attach needs --artifact-type, for example application/spdx+json</source>
        <translation>attach braucht --artifact-type, zum Beispiel application/spdx+json</translation>
    </message>
    <message>
        <source>pull takes one location and -o DIR</source>
        <translation>pull erwartet einen Ort und -o ORDNER</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>lading: skipped %n layer(s) without a title annotation</source>
        <translation>
            <numerusform>lading: %n Layer ohne Titel-Annotation übersprungen</numerusform>
            <numerusform>lading: %n Layer ohne Titel-Annotation übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>copy takes a source and a destination</source>
        <translation>copy erwartet eine Quelle und ein Ziel</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>export takes one location</source>
        <translation>export erwartet einen Ort</translation>
    </message>
    <message>
        <source>export needs exactly one of --oci-layout DIR and --oci-archive FILE</source>
        <translation>export braucht genau eine der Optionen --oci-layout ORDNER und --oci-archive DATEI</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>tag takes a location and at least one new tag</source>
        <translation>tag erwartet einen Ort und mindestens ein neues Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>„%1“ ist kein gültiges Tag</translation>
    </message>
    <message>
        <source>delete takes one location</source>
        <translation>delete erwartet einen Ort</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>würde %1 löschen</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>lösche %1</translation>
    </message>
    <message>
        <source>  tag %1</source>
        <translation>  Tag %1</translation>
    </message>
    <message>
        <source>  orphans referrer %1 (%2)</source>
        <translation>  verwaister Referrer %1 (%2)</translation>
    </message>
    <message>
        <source>login takes a registry and -u USER; the password comes from --password-stdin</source>
        <translation>login erwartet eine Registry und -u BENUTZER; das Passwort kommt über --password-stdin</translation>
    </message>
    <message>
        <source>pass the password on standard input with --password-stdin (never on the command line)</source>
        <translation>das Passwort mit --password-stdin über die Standardeingabe übergeben (niemals auf der Befehlszeile)</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>Kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Login succeeded; the credential is in the OS keychain</source>
        <translation>Anmeldung erfolgreich; die Zugangsdaten liegen im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>logout takes a registry</source>
        <translation>logout erwartet eine Registry</translation>
    </message>
    <message>
        <source>Removed the credential for %1</source>
        <translation>Die Zugangsdaten für %1 wurden entfernt</translation>
    </message>
    <message>
        <source>Open the window at LOCATION (no arguments: just the window)</source>
        <translation>Das Fenster bei LOCATION öffnen (ohne Argumente: nur das Fenster)</translation>
    </message>
    <message>
        <source>Detect the artifact kind (Helm chart, WASM, SIF, OPA, SBOM, signature) and fill in its media types, config and tag; explicit types and --config still win</source>
        <translation>Die Art des Artefakts erkennen (Helm-Chart, WASM, SIF, OPA, SBOM, Signatur) und Medientypen, Config und Tag ausfüllen; ausdrücklich angegebene Typen und --config haben Vorrang</translation>
    </message>
    <message>
        <source>Also delete the referrers that would be orphaned (deepest first)</source>
        <translation>Auch die Referrer löschen, die verwaist wären (die tiefsten zuerst)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Cannot write the generated config to %1</source>
        <translation>Die erzeugte Config kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>  referrer %1 (%2)</source>
        <translation>  Referrer %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigSummary</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>Chart-Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Chart-Typ</translation>
    </message>
    <message>
        <source>Helm API</source>
        <translation>Helm-API</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Runtime interface</source>
        <translation>Laufzeitschnittstelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Component target</source>
        <translation>Komponentenziel</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>The credential helper %1 failed to %2: %3</source>
        <translation>Der Credential-Helper %1 scheiterte beim %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid credential helper name; fix credsStore or credHelpers in the Docker configuration</source>
        <translation>„%1“ ist kein gültiger Name für einen Credential-Helper; credsStore oder credHelpers in der Docker-Konfiguration korrigieren</translation>
    </message>
    <message>
        <source>The credential helper %1 is not installed (not found in PATH); install it or remove it from credsStore/credHelpers in the Docker configuration</source>
        <translation>Der Credential-Helper %1 ist nicht installiert (nicht im PATH gefunden); ihn installieren oder aus credsStore/credHelpers in der Docker-Konfiguration entfernen</translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Der Credential-Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds; check that it works with &quot;%1 %3&quot;</source>
        <translation>Der Credential-Helper %1 hat nicht innerhalb von %2 Sekunden geantwortet; mit „%1 %3“ prüfen, ob er funktioniert</translation>
    </message>
    <message>
        <source>The credential helper %1 wrote more than 1 MiB; it is not a working credential helper</source>
        <translation>Der Credential-Helper %1 hat mehr als 1 MiB ausgegeben; er ist kein funktionierender Credential-Helper</translation>
    </message>
    <message>
        <source>The credential helper %1 crashed</source>
        <translation>Der Credential-Helper %1 ist abgestürzt</translation>
    </message>
    <message>
        <source>get credentials</source>
        <translation>Abrufen der Zugangsdaten</translation>
    </message>
    <message>
        <source>The credential helper %1 answered something that is not JSON credentials</source>
        <translation>Der Credential-Helper %1 hat etwas anderes als Zugangsdaten in JSON geantwortet</translation>
    </message>
    <message>
        <source>A credential helper can store a user name and password or an identity token only</source>
        <translation>Ein Credential-Helper kann nur Benutzername und Passwort oder ein Identity-Token speichern</translation>
    </message>
    <message>
        <source>store credentials</source>
        <translation>Speichern der Zugangsdaten</translation>
    </message>
    <message>
        <source>erase credentials</source>
        <translation>Löschen der Zugangsdaten</translation>
    </message>
    <message>
        <source>list credentials</source>
        <translation>Auflisten der Zugangsdaten</translation>
    </message>
    <message>
        <source>The credential helper %1 answered a list that is not a JSON object</source>
        <translation>Der Credential-Helper %1 hat eine Liste geantwortet, die kein JSON-Objekt ist</translation>
    </message>
</context>
<context>
    <name>DeletePlanner</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 does not allow deleting manifests (deletion is disabled there)</source>
        <translation>%1 erlaubt kein Löschen von Manifesten (das Löschen ist dort abgeschaltet)</translation>
    </message>
</context>
<context>
    <name>Descriptor</name>
    <message>
        <source>A descriptor has no digest</source>
        <translation>Ein Deskriptor hat keinen Digest</translation>
    </message>
    <message>
        <source>A descriptor has an invalid digest: %1</source>
        <translation>Ein Deskriptor hat einen ungültigen Digest: %1</translation>
    </message>
    <message>
        <source>The descriptor of %1 has no valid size</source>
        <translation>Der Deskriptor von %1 hat keine gültige Größe</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The config is %1, too large to show here.</source>
        <translation>Die Config ist %1 groß, zu groß, um sie hier zu zeigen.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>&quot;%1&quot; is not a digest; expected algorithm:hex, for example sha256:0123…</source>
        <translation>„%1“ ist kein Digest; erwartet wird algorithmus:hex, zum Beispiel sha256:0123…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest: it needs exactly 64 lower-case hex characters</source>
        <translation>„%1“ ist kein gültiger %2-Digest: Er braucht genau 64 kleingeschriebene Hex-Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sha512 digest: it needs exactly 128 lower-case hex characters</source>
        <translation>„%1“ ist kein gültiger sha512-Digest: Er braucht genau 128 kleingeschriebene Hex-Zeichen</translation>
    </message>
</context>
<context>
    <name>Digester</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DockerConfig</name>
    <message>
        <source>The &quot;auth&quot; value for %1 in %2 is not base64 of user:password; log in again or fix the file</source>
        <translation>Der „auth“-Wert für %1 in %2 ist nicht user:password in Base64; erneut anmelden oder die Datei korrigieren</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3); fix it or remove it</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Offset %3); die Datei korrigieren oder entfernen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; it is not a credentials file</source>
        <translation>%1 ist größer als 16 MiB; das ist keine Datei mit Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>GraphCopier</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ImageConfig</name>
    <message>
        <source>The image config is not a JSON object (%1)</source>
        <translation>Die Image-Config ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The OS keychain is not available (%1); install and start gnome-keyring or another Secret Service with an unlocked login keyring, or use a Docker credential helper</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1); gnome-keyring oder einen anderen Secret Service mit entsperrtem Anmelde-Schlüsselbund installieren und starten oder einen Docker-Credential-Helper verwenden</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet</translation>
    </message>
    <message>
        <source>The OS keychain refused access to the entry for %1 (%2); unlock the keychain and try again</source>
        <translation>Der Schlüsselbund des Betriebssystems hat den Zugriff auf den Eintrag für %1 verweigert (%2); den Schlüsselbund entsperren und es erneut versuchen</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the entry for %1 (%2); remove it with the keychain&apos;s own tool</source>
        <translation>Der Schlüsselbund des Betriebssystems konnte den Eintrag für %1 nicht löschen (%2); ihn mit dem Werkzeug des Schlüsselbunds entfernen</translation>
    </message>
    <message>
        <source>The OS keychain failed for %1: %2</source>
        <translation>Der Schlüsselbund des Betriebssystems ist bei %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>turned off by LADING_NO_KEYCHAIN</source>
        <translation>abgeschaltet durch LADING_NO_KEYCHAIN</translation>
    </message>
    <message>
        <source>no D-Bus session: DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>keine D-Bus-Sitzung: DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no D-Bus session at %1</source>
        <translation>keine D-Bus-Sitzung unter %1</translation>
    </message>
    <message>
        <source>The keychain entry is not a Lading credential; log in again to replace it</source>
        <translation>Der Schlüsselbund-Eintrag enthält keine Lading-Zugangsdaten; erneut anmelden, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>The OS keychain has not answered an earlier request (is it waiting to be unlocked?); unlock it or restart Lading</source>
        <translation>Der Schlüsselbund des Betriebssystems hat eine frühere Anfrage nicht beantwortet (wartet er darauf, entsperrt zu werden?); ihn entsperren oder Lading neu starten</translation>
    </message>
    <message>
        <source>the application is shutting down</source>
        <translation>die Anwendung wird beendet</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used from its own thread</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht aus seinem eigenen Thread verwendet werden</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 seconds; unlock it and try again</source>
        <translation>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %1 Sekunden geantwortet; ihn entsperren und es erneut versuchen</translation>
    </message>
</context>
<context>
    <name>LayoutArchive</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The archive %1 was refused at the entry &quot;%2&quot;: %3</source>
        <translation>Das Archiv %1 wurde beim Eintrag „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no archive at %1</source>
        <translation>Unter %1 gibt es kein Archiv</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read %1 as a tar archive: %2</source>
        <translation>%1 kann nicht als Tar-Archiv gelesen werden: %2</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, outside the layout</source>
        <translation>er ist ein harter Link auf „%1“ außerhalb des Layouts</translation>
    </message>
    <message>
        <source>The archive %1 has a hard link &quot;%2&quot; to &quot;%3&quot;, which it does not contain</source>
        <translation>Das Archiv %1 hat einen harten Link „%2“ auf „%3“, das es nicht enthält</translation>
    </message>
    <message>
        <source>The archive %1 holds a damaged blob %2: it does not match its name</source>
        <translation>Das Archiv %1 enthält einen beschädigten Blob %2: Er passt nicht zu seinem Namen</translation>
    </message>
    <message>
        <source>it is a symbolic link to &quot;%1&quot;, outside the layout</source>
        <translation>er ist ein symbolischer Link auf „%1“ außerhalb des Layouts</translation>
    </message>
    <message>
        <source>it is a symbolic link, but blobs must be plain files</source>
        <translation>er ist ein symbolischer Link, Blobs müssen aber gewöhnliche Dateien sein</translation>
    </message>
    <message>
        <source>it is a special file, but blobs must be plain files</source>
        <translation>er ist eine Spezialdatei, Blobs müssen aber gewöhnliche Dateien sein</translation>
    </message>
    <message>
        <source>The archive %1 holds a damaged blob %2: %3</source>
        <translation>Das Archiv %1 enthält einen beschädigten Blob %2: %3</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout archive: it has no oci-layout file</source>
        <translation>%1 ist kein OCI-Layout-Archiv: Es hat keine oci-layout-Datei</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout archive: it has no index.json</source>
        <translation>%1 ist kein OCI-Layout-Archiv: Es hat keine index.json</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: it has no %2</source>
        <translation>%1 ist kein OCI-Layout: Es hat keine %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being archived</source>
        <translation>%1 hat sich beim Archivieren geändert</translation>
    </message>
</context>
<context>
    <name>LayoutStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file %1 has %2 bytes but its descriptor states %3: the layout is damaged</source>
        <translation>Die Datei %1 hat %2 Bytes, ihr Deskriptor nennt aber %3: Das Layout ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot verify %1: the digest algorithm is not supported</source>
        <translation>%1 kann nicht geprüft werden: Der Digest-Algorithmus wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The file %1 does not match its digest (got %2): the layout is damaged</source>
        <translation>Die Datei %1 passt nicht zu ihrem Digest (erhalten %2): Das Layout ist beschädigt</translation>
    </message>
    <message>
        <source>No folder was given for the OCI layout</source>
        <translation>Für das OCI-Layout wurde kein Ordner angegeben</translation>
    </message>
    <message>
        <source>There is no OCI layout at %1</source>
        <translation>Unter %1 gibt es kein OCI-Layout</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is a file, not an OCI layout folder; for a tar archive use oci-archive:</source>
        <translation>%1 ist eine Datei, kein OCI-Layout-Ordner; für ein Tar-Archiv oci-archive: verwenden</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: it has no oci-layout file</source>
        <translation>%1 ist kein OCI-Layout: Es hat keine oci-layout-Datei</translation>
    </message>
    <message>
        <source>%1 is not empty and is not an OCI layout; choose a new or empty folder</source>
        <translation>%1 ist nicht leer und kein OCI-Layout; einen neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid oci-layout file: it has no imageLayoutVersion</source>
        <translation>%1 ist keine gültige oci-layout-Datei: Sie hat keine imageLayoutVersion</translation>
    </message>
    <message>
        <source>The layout at %1 uses image-layout version %2; only version 1.x is supported</source>
        <translation>Das Layout unter %1 verwendet die Image-Layout-Version %2; unterstützt wird nur Version 1.x</translation>
    </message>
    <message>
        <source>%1 is not a complete OCI layout: it has no index.json</source>
        <translation>%1 ist kein vollständiges OCI-Layout: Es hat keine index.json</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; it cannot be a sane index</source>
        <translation>%1 ist größer als 64 MiB; das kann kein vernünftiger Index sein</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); the layout is damaged</source>
        <translation>%1 ist kein gültiges JSON (%2); das Layout ist beschädigt</translation>
    </message>
    <message>
        <source>%1 has a &quot;manifests&quot; field that is not a list; the layout is damaged</source>
        <translation>%1 hat ein „manifests“-Feld, das keine Liste ist; das Layout ist beschädigt</translation>
    </message>
    <message>
        <source>The descriptor has no digest</source>
        <translation>Der Deskriptor hat keinen Digest</translation>
    </message>
    <message>
        <source>The manifest %1 is not in %2</source>
        <translation>Das Manifest %1 ist nicht in %2</translation>
    </message>
    <message>
        <source>The manifest %1 is %2 bytes, over the 4 MiB limit</source>
        <translation>Das Manifest %1 hat %2 Bytes und überschreitet die Grenze von 4 MiB</translation>
    </message>
    <message>
        <source>No tag or digest was given</source>
        <translation>Es wurde weder Tag noch Digest angegeben</translation>
    </message>
    <message>
        <source>There is no tag or manifest &quot;%1&quot; in %2</source>
        <translation>In %2 gibt es kein Tag und kein Manifest „%1“</translation>
    </message>
    <message>
        <source>The blob %1 is %2 bytes, over the %3 bytes allowed here</source>
        <translation>Der Blob %1 hat %2 Bytes, mehr als die hier erlaubten %3 Bytes</translation>
    </message>
    <message>
        <source>The blob %1 is not in %2</source>
        <translation>Der Blob %1 ist nicht in %2</translation>
    </message>
    <message>
        <source>The copy of %1 was cancelled</source>
        <translation>Das Kopieren von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag for an OCI layout; use letters, digits and . _ - : @ +</source>
        <translation>„%1“ ist kein gültiges Tag für ein OCI-Layout; Buchstaben, Ziffern und . _ - : @ + verwenden</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>&quot;%1&quot; has an empty tag after &apos;:&apos;</source>
        <translation>„%1“ hat nach „:“ ein leeres Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no path; expected oci:PATH[:tag]</source>
        <translation>„%1“ nennt keinen Pfad; erwartet wird oci:PFAD[:tag]</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>The manifest is %1 bytes, over the 4 MiB limit</source>
        <translation>Das Manifest hat %1 Bytes und überschreitet die Grenze von 4 MiB</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object (%1)</source>
        <translation>Das Manifest ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>The manifest says it is %1 but was served as %2</source>
        <translation>Das Manifest gibt sich als %1 aus, wurde aber als %2 ausgeliefert</translation>
    </message>
    <message>
        <source>This is a Docker schema 1 manifest, which is obsolete and not supported</source>
        <translation>Dies ist ein Manifest nach Docker-Schema 1; es ist veraltet und wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a manifest or index media type</source>
        <translation>„%1“ ist kein Medientyp für ein Manifest oder einen Index</translation>
    </message>
    <message>
        <source>The manifest has schemaVersion %1; only 2 is supported</source>
        <translation>Das Manifest hat schemaVersion %1; unterstützt wird nur 2</translation>
    </message>
    <message>
        <source>The manifest&apos;s subject is invalid: %1</source>
        <translation>Das Subjekt des Manifests ist ungültig: %1</translation>
    </message>
    <message>
        <source>The index has no &quot;manifests&quot; list</source>
        <translation>Der Index hat keine „manifests“-Liste</translation>
    </message>
    <message>
        <source>An index entry is invalid: %1</source>
        <translation>Ein Indexeintrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>The image manifest has no config descriptor</source>
        <translation>Das Image-Manifest hat keinen Config-Deskriptor</translation>
    </message>
    <message>
        <source>The config descriptor is invalid: %1</source>
        <translation>Der Config-Deskriptor ist ungültig: %1</translation>
    </message>
    <message>
        <source>A layer descriptor is invalid: %1</source>
        <translation>Ein Layer-Deskriptor ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>PagedLister</name>
    <message>
        <source>%1 sent the same page twice while listing</source>
        <translation>%1 hat beim Auflisten dieselbe Seite zweimal geschickt</translation>
    </message>
    <message>
        <source>%1 does not list its repositories (no catalog); name a repository directly</source>
        <translation>%1 listet seine Repositorys nicht auf (kein Katalog); ein Repository direkt angeben</translation>
    </message>
    <message>
        <source>Listing the tags of %1/%2</source>
        <translation>Auflisten der Tags von %1/%2</translation>
    </message>
    <message>
        <source>Listing the repositories of %1</source>
        <translation>Auflisten der Repositorys von %1</translation>
    </message>
    <message>
        <source>%1 answered the listing with invalid JSON</source>
        <translation>%1 hat beim Auflisten mit ungültigem JSON geantwortet</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>&quot;%1&quot; is not a platform; expected os/arch[/variant], for example linux/arm64</source>
        <translation>„%1“ ist keine Plattform; erwartet wird os/arch[/variant], zum Beispiel linux/arm64</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>„%1“ ist kein gültiger Registry-Host</translation>
    </message>
    <message>
        <source>A registry host is needed, for example localhost:5000</source>
        <translation>Ein Registry-Host wird benötigt, zum Beispiel localhost:5000</translation>
    </message>
    <message>
        <source>An empty reference; expected host/repository:tag</source>
        <translation>Eine leere Referenz; erwartet wird host/repository:tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, at most 128, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiges Tag: Buchstaben, Ziffern, „_“, „.“ und „-“ verwenden, höchstens 128 Zeichen, nicht mit „.“ oder „-“ beginnend</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no repository; expected host/repository[:tag]</source>
        <translation>„%1“ nennt kein Repository; erwartet wird host/repository[:tag]</translation>
    </message>
    <message>
        <source> (repository names are lower-case)</source>
        <translation> (Repository-Namen werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid repository name%2</source>
        <translation>„%1“ ist kein gültiger Repository-Name%2</translation>
    </message>
    <message>
        <source>The repository name is longer than 255 characters</source>
        <translation>Der Repository-Name ist länger als 255 Zeichen</translation>
    </message>
</context>
<context>
    <name>RegistryCapabilities</name>
    <message>
        <source>%1 does not speak the OCI distribution API (/v2/ answered 404)</source>
        <translation>%1 spricht die OCI-Distribution-API nicht (/v2/ antwortete mit 404)</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Kontaktaufnahme mit %1</translation>
    </message>
    <message>
        <source>Listing the repositories of %1</source>
        <translation>Auflisten der Repositorys von %1</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>TLS connection to %1 failed (%2); for a private CA pass --ca-file, for a registry without TLS mark it insecure with --plain-http</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2); bei einer eigenen CA --ca-file angeben, eine Registry ohne TLS mit --plain-http als unsicher kennzeichnen</translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused; is the registry running?</source>
        <translation>Keine Verbindung zu %1: Verbindung abgelehnt; läuft die Registry?</translation>
    </message>
    <message>
        <source>Cannot find the host %1; check the registry name</source>
        <translation>Der Host %1 wurde nicht gefunden; den Namen der Registry prüfen</translation>
    </message>
    <message>
        <source>%1 stopped answering (timed out)</source>
        <translation>%1 antwortet nicht mehr (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 asked for a token from an invalid address &quot;%2&quot;</source>
        <translation>%1 verlangt ein Token von der ungültigen Adresse „%2“</translation>
    </message>
    <message>
        <source>%1 requires a login: run &quot;lading login %1&quot;</source>
        <translation>%1 verlangt eine Anmeldung: „lading login %1“ ausführen</translation>
    </message>
    <message>
        <source>%1 refused the request (401) without saying how to authenticate</source>
        <translation>%1 hat die Anfrage abgelehnt (401), ohne zu sagen, wie man sich authentifiziert</translation>
    </message>
    <message>
        <source>%1 wants credentials sent to %2 over plain HTTP; refusing. Mark the registry insecure (--plain-http) only if you trust the network</source>
        <translation>%1 will Zugangsdaten unverschlüsselt per HTTP an %2 geschickt haben; abgelehnt. Die Registry nur dann als unsicher kennzeichnen (--plain-http), wenn Sie dem Netzwerk vertrauen</translation>
    </message>
    <message>
        <source>%1 rejected the credentials; log in again with &quot;lading login %1&quot;</source>
        <translation>%1 hat die Zugangsdaten abgelehnt; mit „lading login %1“ erneut anmelden</translation>
    </message>
    <message>
        <source>Getting a token from %1</source>
        <translation>Abrufen eines Tokens von %1</translation>
    </message>
    <message>
        <source>The token service of %1 answered without a token</source>
        <translation>Der Token-Dienst von %1 hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>Cannot rewind the upload to retry it</source>
        <translation>Der Upload kann für einen neuen Versuch nicht zurückgespult werden</translation>
    </message>
    <message>
        <source>%1 asks for credentials over plain HTTP; refusing to send them. Mark the registry insecure only if you trust the network</source>
        <translation>%1 verlangt Zugangsdaten über unverschlüsseltes HTTP; sie werden nicht gesendet. Die Registry nur dann als unsicher kennzeichnen, wenn Sie dem Netzwerk vertrauen</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than %2 bytes; refusing it</source>
        <translation>Die Antwort von %1 ist größer als %2 Bytes; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 redirected to an invalid address</source>
        <translation>%1 hat auf eine ungültige Adresse umgeleitet</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP; refusing</source>
        <translation>%1 hat von HTTPS auf unverschlüsseltes HTTP umgeleitet; abgelehnt</translation>
    </message>
    <message>
        <source>Cannot rewind the upload to follow a redirect</source>
        <translation>Der Upload kann nicht zurückgespult werden, um einer Umleitung zu folgen</translation>
    </message>
    <message>
        <source>%1 redirected too many times</source>
        <translation>%1 hat zu oft umgeleitet</translation>
    </message>
    <message>
        <source>%1 does not speak the OCI distribution API (/v2/ answered 404)</source>
        <translation>%1 spricht die OCI-Distribution-API nicht (/v2/ antwortete mit 404)</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Kontaktaufnahme mit %1</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes</source>
        <translation>Die Verbindung zu %1 wurde nach %2 von %3 Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>log in with &quot;lading login&quot; or check your credentials</source>
        <translation>mit „lading login“ anmelden oder die Zugangsdaten prüfen</translation>
    </message>
    <message>
        <source>your account is not allowed to do this</source>
        <translation>Ihr Konto darf das nicht</translation>
    </message>
    <message>
        <source>the registry does not allow this operation (deletion may be disabled)</source>
        <translation>die Registry erlaubt diesen Vorgang nicht (vielleicht ist das Löschen abgeschaltet)</translation>
    </message>
    <message>
        <source>the registry refuses content this large</source>
        <translation>die Registry lehnt so große Inhalte ab</translation>
    </message>
    <message>
        <source>the registry is rate-limiting requests; try again later</source>
        <translation>die Registry begrenzt die Anfragerate; später erneut versuchen</translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation>die Registry hat einen Fehler; später erneut versuchen</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2</source>
        <translation>%1 fehlgeschlagen: HTTP %2</translation>
    </message>
</context>
<context>
    <name>RemoteRepository</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Resolving %1 in</source>
        <translation>Auflösen von %1 in</translation>
    </message>
    <message>
        <source>%1 answered for %2 with another digest, %3</source>
        <translation>%1 hat für %2 mit einem anderen Digest geantwortet, %3</translation>
    </message>
    <message>
        <source>Fetching the manifest %1 of</source>
        <translation>Abrufen des Manifests %1 von</translation>
    </message>
    <message>
        <source>The manifest %1 of %2 is over the 4 MiB limit; refusing it</source>
        <translation>Das Manifest %1 von %2 überschreitet die Grenze von 4 MiB; es wird abgelehnt</translation>
    </message>
    <message>
        <source>The manifest served for %1 does not match that digest; refusing it</source>
        <translation>Das für %1 ausgelieferte Manifest passt nicht zu diesem Digest; es wird abgelehnt</translation>
    </message>
    <message>
        <source>The manifest of %1 does not match the digest the registry states (%2); refusing it</source>
        <translation>Das Manifest von %1 passt nicht zu dem Digest, den die Registry nennt (%2); es wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed here</source>
        <translation>%1 hat %2 Bytes, mehr als die hier erlaubten %3</translation>
    </message>
    <message>
        <source>Fetching %1 from</source>
        <translation>Abrufen von %1 aus</translation>
    </message>
    <message>
        <source>%1 has %2 bytes but its descriptor states %3</source>
        <translation>%1 hat %2 Bytes, sein Deskriptor nennt aber %3</translation>
    </message>
    <message>
        <source>The content of %1 does not match its digest</source>
        <translation>Der Inhalt von %1 passt nicht zu seinem Digest</translation>
    </message>
    <message>
        <source>Downloading %1 from</source>
        <translation>Herunterladen von %1 aus</translation>
    </message>
    <message>
        <source>Checking %1 in</source>
        <translation>Prüfen von %1 in</translation>
    </message>
    <message>
        <source>Starting an upload to</source>
        <translation>Starten eines Uploads nach</translation>
    </message>
    <message>
        <source>The registry opened an upload without a Location</source>
        <translation>Die Registry hat einen Upload ohne Location geöffnet</translation>
    </message>
    <message>
        <source>Completing the upload of %1 to</source>
        <translation>Abschließen des Uploads von %1 nach</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2 bytes expected)</source>
        <translation>%1 kann nicht gelesen werden (%2 Bytes erwartet)</translation>
    </message>
    <message>
        <source>Uploading %1 to</source>
        <translation>Hochladen von %1 nach</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The upload session of %1 expired; push again</source>
        <translation>Die Upload-Sitzung von %1 ist abgelaufen; erneut hochladen</translation>
    </message>
    <message>
        <source>Resuming the upload to</source>
        <translation>Fortsetzen des Uploads nach</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2</source>
        <translation>Setze %1 bei Byte %2 fort</translation>
    </message>
    <message>
        <source>Storing the manifest %1 in</source>
        <translation>Speichern des Manifests %1 in</translation>
    </message>
    <message>
        <source>The registry stored the manifest under another digest (%1)</source>
        <translation>Die Registry hat das Manifest unter einem anderen Digest gespeichert (%1)</translation>
    </message>
    <message>
        <source>Tagging %1 as %2 in</source>
        <translation>Taggen von %1 als %2 in</translation>
    </message>
    <message>
        <source>%1 does not allow deleting manifests (deletion is disabled on this registry)</source>
        <translation>%1 erlaubt das Löschen von Manifesten nicht (Löschen ist in dieser Registry abgeschaltet)</translation>
    </message>
    <message>
        <source>Deleting %1 from</source>
        <translation>Löschen von %1 aus</translation>
    </message>
    <message>
        <source>Too many pages of referrers</source>
        <translation>Zu viele Seiten mit Referrern</translation>
    </message>
    <message>
        <source>Listing referrers in</source>
        <translation>Auflisten der Referrer in</translation>
    </message>
    <message>
        <source>No referrers API</source>
        <translation>Keine Referrers-API</translation>
    </message>
    <message>
        <source>The referrers tag %1 holds something other than an index; not touching it</source>
        <translation>Das Referrers-Tag %1 enthält etwas anderes als einen Index; es bleibt unangetastet</translation>
    </message>
    <message>
        <source>Updating the referrers index %1 in</source>
        <translation>Aktualisieren des Referrers-Index %1 in</translation>
    </message>
    <message>
        <source>%1 answered the download of %2 with a range that was not asked for (%3)</source>
        <translation>%1 hat den Download von %2 mit einem Bereich beantwortet, der nicht angefragt war (%3)</translation>
    </message>
</context>
<context>
    <name>SafePath</name>
    <message>
        <source>Refused the name &quot;%1&quot;: %2</source>
        <translation>Der Name „%1“ wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Refused an empty file name</source>
        <translation>Ein leerer Dateiname wurde abgelehnt</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>er enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>absolute paths are not allowed, only names inside the target folder</source>
        <translation>absolute Pfade sind nicht erlaubt, nur Namen innerhalb des Zielordners</translation>
    </message>
    <message>
        <source>backslashes are not allowed in names</source>
        <translation>Backslashes sind in Namen nicht erlaubt</translation>
    </message>
    <message>
        <source>drive letters are not allowed, only names inside the target folder</source>
        <translation>Laufwerksbuchstaben sind nicht erlaubt, nur Namen innerhalb des Zielordners</translation>
    </message>
    <message>
        <source>it leads outside the target folder</source>
        <translation>er führt aus dem Zielordner hinaus</translation>
    </message>
    <message>
        <source>it does not name anything inside the target folder</source>
        <translation>er bezeichnet nichts innerhalb des Zielordners</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link that leads outside the target folder</source>
        <translation>„%1“ ist ein symbolischer Link, der aus dem Zielordner hinausführt</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>VerifiedFileWriter</name>
    <message>
        <source>Cannot verify %1: the digest algorithm is not supported</source>
        <translation>%1 kann nicht geprüft werden: Der Digest-Algorithmus wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes its descriptor states</source>
        <translation>%1 ist größer als die %2 Bytes, die sein Deskriptor nennt</translation>
    </message>
    <message>
        <source>%1 has %2 bytes but its descriptor states %3</source>
        <translation>%1 hat %2 Bytes, sein Deskriptor nennt aber %3</translation>
    </message>
    <message>
        <source>The content does not match its digest: expected %1, got %2</source>
        <translation>Der Inhalt passt nicht zu seinem Digest: erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>lading::ui::AddRegistryDialog</name>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation>Unsicher: unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>registry.example.com, localhost:5000, ghcr.io</source>
        <translation>registry.example.com, localhost:5000, ghcr.io</translation>
    </message>
    <message>
        <source>Plain HTTP sends everything unencrypted, your credentials included, and anyone on the network can change what you download. Use it only for a registry on a network you trust. (Registries on this machine may use plain HTTP without it.)</source>
        <translation>Unverschlüsseltes HTTP überträgt alles im Klartext, auch Ihre Zugangsdaten, und jeder im Netzwerk kann verändern, was Sie herunterladen. Nur für eine Registry in einem Netzwerk verwenden, dem Sie vertrauen. (Registrys auf diesem Rechner dürfen auch ohne diese Einstellung unverschlüsseltes HTTP verwenden.)</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your organisation&apos;s CA</source>
        <translation>Optional: eine PEM-Datei mit der CA Ihrer Organisation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>A registry host, with its port if it is not the standard one. Lading asks it anonymously first and shows what it supports.</source>
        <translation>Ein Registry-Host, mit Port, falls es nicht der Standardport ist. Lading fragt ihn zuerst anonym an und zeigt, was er unterstützt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Registry Settings</source>
        <translation>Registry-Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Type the registry&apos;s host name, for example localhost:5000.</source>
        <translation>Den Host-Namen der Registry eingeben, zum Beispiel localhost:5000.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lading::ui::AnnotationEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The annotation in row %1 has a value but no key: give it a key or remove the row.</source>
        <translation>Die Annotation in Zeile %1 hat einen Wert, aber keinen Schlüssel: Geben Sie einen Schlüssel an oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The annotation “%1” is given twice: remove one of the rows.</source>
        <translation>Die Annotation „%1“ ist doppelt angegeben: Entfernen Sie eine der Zeilen.</translation>
    </message>
</context>
<context>
    <name>lading::ui::BrowserPanel</name>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Repositorys filtern</translation>
    </message>
    <message>
        <source>Repository name, e.g. library/alpine</source>
        <translation>Repository-Name, z. B. library/alpine</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Show signature and referrer tags</source>
        <translation>Signatur- und Referrer-Tags anzeigen</translation>
    </message>
    <message>
        <source>Tags such as sha256-….sig that cosign and the referrers fallback create beside real tags; when shown they are listed after the real tags.</source>
        <translation>Tags wie sha256-….sig, die cosign und der Referrers-Fallback neben echten Tags anlegen; wenn sie angezeigt werden, stehen sie nach den echten Tags.</translation>
    </message>
    <message>
        <source>Repositories on %1</source>
        <translation>Repositorys auf %1</translation>
    </message>
    <message>
        <source>Tags in %1</source>
        <translation>Tags in %1</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>%1 does not list its repositories. Type the name of a repository to browse it; names you type are remembered.</source>
        <translation>%1 listet seine Repositorys nicht auf. Den Namen eines Repositorys eingeben, um es zu durchsuchen; eingegebene Namen werden gemerkt.</translation>
    </message>
    <message>
        <source>Choose a registry or a layout on the left.</source>
        <translation>Links eine Registry oder ein Layout auswählen.</translation>
    </message>
    <message>
        <source>Loading repositories…</source>
        <translation>Repositorys werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n repositories…</source>
        <translation>
            <numerusform>Durchsuche %n Repository…</numerusform>
            <numerusform>Durchsuche %n Repositorys…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no repositories yet.</source>
        <translation>%1 enthält noch keine Repositorys.</translation>
    </message>
    <message>
        <source>No repository contains “%1”.</source>
        <translation>Kein Repository enthält „%1“.</translation>
    </message>
    <message>
        <source>Select a repository to see its tags.</source>
        <translation>Ein Repository auswählen, um seine Tags zu sehen.</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>Tags werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n tags…</source>
        <translation>
            <numerusform>Durchsuche %n Tag…</numerusform>
            <numerusform>Durchsuche %n Tags…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no tags.</source>
        <translation>%1 hat keine Tags.</translation>
    </message>
    <message>
        <source>No tag contains “%1”.</source>
        <translation>Kein Tag enthält „%1“.</translation>
    </message>
    <message>
        <source>Only signature and referrer tags match; turn on “Show signature and referrer tags” to see them.</source>
        <translation>Nur Signatur- und Referrer-Tags passen; „Signatur- und Referrer-Tags anzeigen“ einschalten, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed last</source>
        <translation>
            <numerusform>%n zuletzt aufgeführt</numerusform>
            <numerusform>%n zuletzt aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n ausgeblendet</numerusform>
            <numerusform>%n ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a repository name: use lower-case letters, digits and separators, like library/alpine.</source>
        <translation>„%1“ ist kein Repository-Name: Kleinbuchstaben, Ziffern und Trennzeichen verwenden, etwa library/alpine.</translation>
    </message>
</context>
<context>
    <name>lading::ui::ConfigView</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Stop signal</source>
        <translation>Stoppsignal</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(image default, usually root)</source>
        <translation>(Vorgabe des Images, meist root)</translation>
    </message>
    <message>
        <source>/ (default)</source>
        <translation>/ (Standard)</translation>
    </message>
    <message>
        <source>SIGTERM (default)</source>
        <translation>SIGTERM (Standard)</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>kein Layer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>Labels (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
</context>
<context>
    <name>lading::ui::CopyDialog</name>
    <message>
        <source>Copy To</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <source>Copy %1 to another registry, repository or layout.</source>
        <translation>%1 in eine andere Registry, ein anderes Repository oder Layout kopieren.</translation>
    </message>
    <message>
        <source>registry/repository[:tag], oci:/folder or oci-archive:/file.tar</source>
        <translation>registry/repository[:tag], oci:/ordner oder oci-archive:/datei.tar</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Include referrers (signatures, SBOMs, attestations)</source>
        <translation>Referrer einschließen (Signaturen, SBOMs, Attestierungen)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>At the destination</source>
        <translation>Am Ziel vorhanden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Type where to copy to.</source>
        <translation>Geben Sie ein, wohin kopiert werden soll.</translation>
    </message>
    <message>
        <source>Checking what the destination already has…</source>
        <translation>Es wird geprüft, was am Ziel schon vorhanden ist …</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) (%1 already there), </source>
        <translation>
            <numerusform>%n Manifest (%1 schon vorhanden), </numerusform>
            <numerusform>%n Manifeste (%1 schon vorhanden), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) (%1 already there), </source>
        <translation>
            <numerusform>%n Blob (%1 schon vorhanden), </numerusform>
            <numerusform>%n Blobs (%1 schon vorhanden), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s); </source>
        <translation>
            <numerusform>%n Referrer; </numerusform>
            <numerusform>%n Referrer; </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to move, %2 already at the destination.</source>
        <translation>%1 zu übertragen, %2 schon am Ziel.</translation>
    </message>
    <message>
        <source>The destination does not exist yet and will be created.</source>
        <translation>Das Ziel existiert noch nicht und wird angelegt.</translation>
    </message>
    <message>
        <source>%1 (referrer: %2)</source>
        <translation>%1 (Referrer: %2)</translation>
    </message>
    <message>
        <source>yes, skipped</source>
        <translation>ja, wird übersprungen</translation>
    </message>
    <message>
        <source>no, copied</source>
        <translation>nein, wird kopiert</translation>
    </message>
    <message>
        <source>Manifests (%1)</source>
        <translation>Manifeste (%1)</translation>
    </message>
    <message>
        <source>Blobs (%1)</source>
        <translation>Blobs (%1)</translation>
    </message>
</context>
<context>
    <name>lading::ui::CopyJob</name>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Export %1 to %2</source>
        <translation>%1 nach %2 exportieren</translation>
    </message>
</context>
<context>
    <name>lading::ui::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Working out what deleting %1 takes with it…</source>
        <translation>Es wird ermittelt, was beim Löschen von %1 mitgelöscht wird …</translation>
    </message>
    <message>
        <source>Tags that point at this manifest and are deleted with it:</source>
        <translation>Tags, die auf dieses Manifest zeigen und mitgelöscht werden:</translation>
    </message>
    <message>
        <source>Referrers that would be left without their subject:</source>
        <translation>Referrer, die ohne ihr Subject zurückbleiben würden:</translation>
    </message>
    <message>
        <source>Delete these referrers too</source>
        <translation>Diese Referrer ebenfalls löschen</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete the manifest %1 (%2)?</source>
        <translation>Das Manifest %1 (%2) löschen?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None (the manifest is only reachable by digest)</source>
        <translation>Keine (das Manifest ist nur über seinen Digest erreichbar)</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: deleting would remove %1</source>
        <translation>Probelauf, nichts wurde geändert: Das Löschen würde %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>with %n tag(s)</source>
        <translation>
            <numerusform>mit %n Tag</numerusform>
            <numerusform>mit %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) would be deleted too</source>
        <translation>
            <numerusform>%n Referrer würde mitgelöscht</numerusform>
            <numerusform>%n Referrer würden mitgelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) would be left without a subject</source>
        <translation>
            <numerusform>%n Referrer bliebe ohne Subject zurück</numerusform>
            <numerusform>%n Referrer blieben ohne Subject zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>The registry refuses to delete manifests (deletion is disabled there); nothing was deleted. %1</source>
        <translation>Die Registry verweigert das Löschen von Manifesten (Löschen ist dort abgeschaltet); nichts wurde gelöscht. %1</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::DetailsPanel</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the image config: %1</source>
        <translation>Die Image-Config konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each platform of a multi-platform image has a config of its own: open a platform in the Summary or Tree tab to see it.</source>
        <translation>Jede Plattform eines Multi-Plattform-Images hat eine eigene Config: eine Plattform im Tab „Übersicht“ oder „Baum“ öffnen, um sie zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, as received (indented for reading)</source>
        <translation>%1 · %2 · %3, wie empfangen (zum Lesen eingerückt)</translation>
    </message>
    <message>
        <source>Blob %1 · %2 · %3</source>
        <translation>Blob %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — not JSON, or over 1 MiB: its descriptor is shown.</source>
        <translation>%1 – kein JSON oder größer als 1 MiB: Sein Deskriptor wird gezeigt.</translation>
    </message>
    <message>
        <source>%1 — could not fetch it: %2</source>
        <translation>%1 – konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 — its content is not JSON: its descriptor is shown.</source>
        <translation>%1 – der Inhalt ist kein JSON: Sein Deskriptor wird gezeigt.</translation>
    </message>
    <message>
        <source>Copy Digest</source>
        <translation>Digest kopieren</translation>
    </message>
    <message>
        <source>Show in the JSON Tab</source>
        <translation>Im JSON-Tab zeigen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Select a tag or digest to see what it holds.</source>
        <translation>Ein Tag oder einen Digest auswählen, um den Inhalt zu sehen.</translation>
    </message>
</context>
<context>
    <name>lading::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export %1 as an OCI image layout.</source>
        <translation>%1 als OCI-Image-Layout exportieren.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Tag in the layout:</source>
        <translation>Tag im Layout:</translation>
    </message>
    <message>
        <source>Include referrers (signatures, SBOMs, attestations)</source>
        <translation>Referrer einschließen (Signaturen, SBOMs, Attestierungen)</translation>
    </message>
    <message>
        <source>Choose where to write the layout.</source>
        <translation>Wählen Sie, wohin das Layout geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the tar.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen für das Tar-Archiv.</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder for the layout.</source>
        <translation>%1 ist eine Datei; wählen Sie einen Ordner für das Layout.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag.</source>
        <translation>„%1“ ist kein gültiges Tag.</translation>
    </message>
    <message>
        <source>Export to Tar</source>
        <translation>Als Tar-Archiv exportieren</translation>
    </message>
    <message>
        <source>OCI layout tar (*.tar)</source>
        <translation>OCI-Layout-Tar (*.tar)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>lading::ui::JsonView</name>
    <message>
        <source>Back to the manifest</source>
        <translation>Zurück zum Manifest</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>%1 öffnen (%2)</translation>
    </message>
</context>
<context>
    <name>lading::ui::LocationMenu</name>
    <message>
        <source>Copy reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Digest kopieren</translation>
    </message>
    <message>
        <source>Copy reference with digest</source>
        <translation>Referenz mit Digest kopieren</translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>Als Befehl kopieren</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>Push Files Here…</source>
        <translation>Dateien hierher hochladen …</translation>
    </message>
</context>
<context>
    <name>lading::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Log In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Log in to %1 with your user name and a password or access token.</source>
        <translation>Bei %1 mit Ihrem Benutzernamen und einem Passwort oder Zugriffstoken anmelden.</translation>
    </message>
    <message>
        <source>%1
Log in with your user name and a password or access token.</source>
        <translation>%1
Mit Ihrem Benutzernamen und einem Passwort oder Zugriffstoken anmelden.</translation>
    </message>
    <message>
        <source>Password or access token</source>
        <translation>Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <source>The login will be kept for this session only. %1</source>
        <translation>Die Anmeldung gilt nur für diese Sitzung. %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Type a user name and a password or access token.</source>
        <translation>Einen Benutzernamen und ein Passwort oder Zugriffstoken eingeben.</translation>
    </message>
    <message>
        <source>Checking the login with %1…</source>
        <translation>Die Anmeldung wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. The login is saved in the system keychain.</source>
        <translation>Bei %1 als %2 angemeldet. Die Anmeldung ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 for this session only: %3</source>
        <translation>Bei %1 als %2 nur für diese Sitzung angemeldet: %3</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 for this session only (not saved in the keychain).</source>
        <translation>Bei %1 als %2 nur für diese Sitzung angemeldet (nicht im Schlüsselbund gespeichert).</translation>
    </message>
</context>
<context>
    <name>lading::ui::MainWindow</name>
    <message>
        <source>registry/repository:tag, @digest, oci:PATH:tag</source>
        <translation>registry/repository:tag, @digest, oci:PFAD:tag</translation>
    </message>
    <message>
        <source>Lading</source>
        <translation>Lading</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Add &amp;Registry…</source>
        <translation>&amp;Registry hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open OCI Layout…</source>
        <translation>OCI-Layout ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Ort…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 — Lading</source>
        <translation>%1 — Lading</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Push Files…</source>
        <translation>Dateien &amp;hochladen …</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Dateien &amp;anhängen …</translation>
    </message>
    <message>
        <source>Push files as a referrer of the manifest shown on the right</source>
        <translation>Dateien als Referrer des rechts angezeigten Manifests hochladen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
</context>
<context>
    <name>lading::ui::ManifestTreeModel</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Image manifest</source>
        <translation>Image-Manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Attestations of %1</source>
        <translation>Attestierungen von %1</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestierungen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>lading::ui::PullJob</name>
    <message>
        <source>Save files of %1</source>
        <translation>Dateien von %1 speichern</translation>
    </message>
</context>
<context>
    <name>lading::ui::PushDialog</name>
    <message>
        <source>Push Files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message numerus="yes">
        <source>Push %n item(s): %1</source>
        <translation>
            <numerusform>%n Element hochladen: %1</numerusform>
            <numerusform>%n Elemente hochladen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>registry/repository or oci:PATH</source>
        <translation>Registry/Repository oder oci:PFAD</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <source>Push as a referrer of the selected manifest (its subject), without a tag, into the manifest&apos;s repository.</source>
        <translation>Als Referrer des ausgewählten Manifests (seines Subjects) ohne Tag in das Repository des Manifests hochladen.</translation>
    </message>
    <message>
        <source>Attach to the selected manifest</source>
        <translation>An das ausgewählte Manifest anhängen</translation>
    </message>
    <message>
        <source>Select a manifest in the window to attach files to it.</source>
        <translation>Wählen Sie im Fenster ein Manifest aus, um Dateien daran anzuhängen.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Wird erkannt …</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;Artifact type:</source>
        <translation>&amp;Artefakttyp:</translation>
    </message>
    <message>
        <source>&amp;Config media type:</source>
        <translation>&amp;Medientyp der Konfiguration:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>Not recognised (%1); pushed as plain files.</source>
        <translation>Nicht erkannt (%1); wird als einfache Dateien hochgeladen.</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Dateien werden untersucht …</translation>
    </message>
    <message>
        <source>Looking up the selected manifest…</source>
        <translation>Das ausgewählte Manifest wird nachgeschlagen …</translation>
    </message>
    <message>
        <source>Cannot attach: %1</source>
        <translation>Anhängen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Type where to push: a repository such as localhost:5000/team/app, or oci:PATH.</source>
        <translation>Geben Sie das Ziel ein: ein Repository wie localhost:5000/team/app oder oci:PFAD.</translation>
    </message>
    <message>
        <source>Give the push a tag, such as latest or 1.0.</source>
        <translation>Geben Sie dem Upload ein Tag, etwa latest oder 1.0.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: use up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Tag: Verwenden Sie bis zu 128 Buchstaben, Ziffern, „_“, „.“ und „-“, nicht mit „.“ oder „-“ am Anfang.</translation>
    </message>
    <message>
        <source>Add the repository&apos;s name to “%1”, such as %1team/app.</source>
        <translation>Ergänzen Sie den Namen des Repositorys in „%1“, etwa %1team/app.</translation>
    </message>
    <message>
        <source>Add the repository&apos;s name to “%1”, such as %1/team/app.</source>
        <translation>Ergänzen Sie den Namen des Repositorys in „%1“, etwa %1/team/app.</translation>
    </message>
    <message>
        <source>“%1” already names a tag or digest: type the repository alone.</source>
        <translation>„%1“ enthält schon ein Tag oder einen Digest: Geben Sie nur das Repository ein.</translation>
    </message>
    <message>
        <source>Wait until the files are looked at.</source>
        <translation>Warten Sie, bis die Dateien untersucht sind.</translation>
    </message>
    <message>
        <source>“%1” is not a media type for the artifact type (type/subtype, like application/spdx+json).</source>
        <translation>„%1“ ist kein Medientyp für den Artefakttyp (Typ/Untertyp, etwa application/spdx+json).</translation>
    </message>
    <message>
        <source>“%1” is not a media type for the config.</source>
        <translation>„%1“ ist kein Medientyp für die Konfiguration.</translation>
    </message>
    <message>
        <source>Give %1 a media type (type/subtype).</source>
        <translation>Geben Sie %1 einen Medientyp (Typ/Untertyp).</translation>
    </message>
    <message>
        <source>A referrer needs an artifact type, such as application/spdx+json, so tools can find it.</source>
        <translation>Ein Referrer braucht einen Artefakttyp wie application/spdx+json, damit Werkzeuge ihn finden.</translation>
    </message>
    <message>
        <source>Cannot write the config to %1: %2</source>
        <translation>Die Konfiguration kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>lading::ui::PushJob</name>
    <message>
        <source>Attach to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
</context>
<context>
    <name>lading::ui::ReferrersModel</name>
    <message>
        <source>Referrers API</source>
        <translation>Referrers-API</translation>
    </message>
    <message>
        <source>Fallback tag</source>
        <translation>Fallback-Tag</translation>
    </message>
    <message>
        <source>Cosign tag</source>
        <translation>Cosign-Tag</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Loading referrers…</source>
        <translation>Referrer werden geladen…</translation>
    </message>
    <message>
        <source>Could not load referrers: %1</source>
        <translation>Die Referrer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1
Double-click to try again.</source>
        <translation>%1
Doppelklicken, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (cycle)</source>
        <translation>%1 (Zyklus)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Found under the tag %1</source>
        <translation>Gefunden unter dem Tag %1</translation>
    </message>
    <message>
        <source>This manifest is also one of its own subjects here; it is not expanded again.</source>
        <translation>Dieses Manifest ist hier auch eines seiner eigenen Subjekte; es wird nicht noch einmal aufgeklappt.</translation>
    </message>
    <message>
        <source>Could not read the manifest: %1</source>
        <translation>Das Manifest konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>Artefakttyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Found through</source>
        <translation>Gefunden über</translation>
    </message>
</context>
<context>
    <name>lading::ui::ReferrersView</name>
    <message>
        <source>No manifest selected</source>
        <translation>Kein Manifest ausgewählt</translation>
    </message>
    <message>
        <source>Loading referrers…</source>
        <translation>Referrer werden geladen…</translation>
    </message>
    <message>
        <source>No referrers</source>
        <translation>Keine Referrer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>lading::ui::SaveBlobJob</name>
    <message>
        <source>Save %1 to %2</source>
        <translation>%1 als %2 speichern</translation>
    </message>
</context>
<context>
    <name>lading::ui::SourcesModel</name>
    <message>
        <source>log in</source>
        <translation>anmelden</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>From Docker/Podman config</source>
        <translation>Aus der Docker-/Podman-Konfiguration</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <source>OCI layout</source>
        <translation>OCI-Layout</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>kein Katalog</translation>
    </message>
    <message>
        <source>referrers API</source>
        <translation>Referrers-API</translation>
    </message>
    <message>
        <source>tag fallback</source>
        <translation>Tag-Fallback</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Reading the layout…</source>
        <translation>Das Layout wird gelesen…</translation>
    </message>
    <message>
        <source>Found in Docker&apos;s or Podman&apos;s configuration</source>
        <translation>In der Konfiguration von Docker oder Podman gefunden</translation>
    </message>
    <message>
        <source>Checking what the registry can do…</source>
        <translation>Es wird geprüft, was die Registry kann…</translation>
    </message>
    <message>
        <source>Connection: HTTPS (TLS)</source>
        <translation>Verbindung: HTTPS (TLS)</translation>
    </message>
    <message>
        <source>Connection: plain HTTP, not encrypted</source>
        <translation>Verbindung: einfaches HTTP, unverschlüsselt</translation>
    </message>
    <message>
        <source>Authentication: none needed (anonymous access)</source>
        <translation>Authentifizierung: nicht nötig (anonymer Zugriff)</translation>
    </message>
    <message>
        <source>Authentication: Basic (user name and password)</source>
        <translation>Authentifizierung: Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Authentication: Bearer tokens from a token service</source>
        <translation>Authentifizierung: Bearer-Tokens von einem Token-Dienst</translation>
    </message>
    <message>
        <source>Log in to browse: %1</source>
        <translation>Zum Durchsuchen anmelden: %1</translation>
    </message>
    <message>
        <source>Catalog: the registry lists its repositories</source>
        <translation>Katalog: Die Registry listet ihre Repositorys auf</translation>
    </message>
    <message>
        <source>Catalog: none; type a repository name to open it</source>
        <translation>Katalog: keiner; einen Repository-Namen eingeben, um es zu öffnen</translation>
    </message>
    <message>
        <source>Referrers: OCI referrers API (asked on %1)</source>
        <translation>Referrer: OCI-Referrers-API (abgefragt bei %1)</translation>
    </message>
    <message>
        <source>Referrers: tag fallback (sha256-… tags; no referrers API)</source>
        <translation>Referrer: Tag-Fallback (sha256-…-Tags; keine Referrers-API)</translation>
    </message>
    <message>
        <source>Referrers: not known yet (no repository to ask)</source>
        <translation>Referrer: noch unbekannt (kein Repository zum Nachfragen)</translation>
    </message>
    <message>
        <source>Credential: for this session only (not saved)</source>
        <translation>Zugangsdaten: nur für diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Credential: from %1</source>
        <translation>Zugangsdaten: aus %1</translation>
    </message>
    <message>
        <source>Credential: none (anonymous)</source>
        <translation>Zugangsdaten: keine (anonym)</translation>
    </message>
    <message>
        <source>Marked insecure: plain HTTP allowed</source>
        <translation>Als unsicher gekennzeichnet: unverschlüsseltes HTTP erlaubt</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::SourcesPanel</name>
    <message>
        <source>Add Registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Open OCI Layout…</source>
        <translation>OCI-Layout öffnen…</translation>
    </message>
    <message>
        <source>Open an OCI layout .tar, or the oci-layout file in a layout folder</source>
        <translation>Ein OCI-Layout-.tar öffnen oder die oci-layout-Datei in einem Layout-Ordner</translation>
    </message>
    <message>
        <source>Open Layout Folder…</source>
        <translation>Layout-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open OCI Layout Folder</source>
        <translation>OCI-Layout-Ordner öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the source from the sidebar (nothing is deleted)</source>
        <translation>Die Quelle aus der Seitenleiste entfernen (es wird nichts gelöscht)</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the source again what it holds and supports (F5)</source>
        <translation>Die Quelle erneut fragen, was sie enthält und unterstützt (F5)</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Registry Settings…</source>
        <translation>Registry-Einstellungen…</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: the folder has no oci-layout file.</source>
        <translation>%1 ist kein OCI-Layout: Der Ordner hat keine oci-layout-Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: open a layout folder or a .tar archive of one.</source>
        <translation>%1 ist kein OCI-Layout: einen Layout-Ordner oder ein .tar-Archiv davon öffnen.</translation>
    </message>
    <message>
        <source>Open OCI Layout</source>
        <translation>OCI-Layout öffnen</translation>
    </message>
    <message>
        <source>OCI layouts (oci-layout *.tar)</source>
        <translation>OCI-Layouts (oci-layout *.tar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Could not log out of %1: %2</source>
        <translation>Abmelden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Copy Host</source>
        <translation>Host kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>lading::ui::StateStack</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>lading::ui::SummaryView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the digest to the clipboard</source>
        <translation>Den Digest in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>Artefakttyp</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>Signatures and SBOMs</source>
        <translation>Signaturen und SBOMs</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 Bytes)</translation>
    </message>
    <message>
        <source>1 signature</source>
        <translation>1 Signatur</translation>
    </message>
    <message>
        <source>%1 signatures</source>
        <translation>%1 Signaturen</translation>
    </message>
    <message>
        <source>1 SBOM</source>
        <translation>1 SBOM</translation>
    </message>
    <message>
        <source>%1 SBOMs</source>
        <translation>%1 SBOMs</translation>
    </message>
    <message>
        <source>1 attestation</source>
        <translation>1 Attestierung</translation>
    </message>
    <message>
        <source>%1 attestations</source>
        <translation>%1 Attestierungen</translation>
    </message>
    <message>
        <source>1 other referrer</source>
        <translation>1 weiterer Referrer</translation>
    </message>
    <message>
        <source>%1 other referrers</source>
        <translation>%1 weitere Referrer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>1 attestation manifest not shown</source>
        <translation>1 Attestierungs-Manifest nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 attestation manifests not shown</source>
        <translation>%1 Attestierungs-Manifeste nicht angezeigt</translation>
    </message>
    <message>
        <source>1 entry without platform</source>
        <translation>1 Eintrag ohne Plattform</translation>
    </message>
    <message>
        <source>%1 entries without platform</source>
        <translation>%1 Einträge ohne Plattform</translation>
    </message>
    <message>
        <source>Annotations: none</source>
        <translation>Annotationen: keine</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Annotationen (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Show them in the Referrers tab</source>
        <translation>Im Tab „Referrer“ anzeigen</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lading::ui::TagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>New tags for %1:</source>
        <translation>Neue Tags für %1:</translation>
    </message>
    <message>
        <source>for example: 1.2.0 stable</source>
        <translation>zum Beispiel: 1.2.0 stable</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Type at least one tag.</source>
        <translation>Geben Sie mindestens ein Tag ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiges Tag: Verwenden Sie bis zu 128 Buchstaben, Ziffern, „_“, „.“ und „-“, nicht beginnend mit „.“ oder „-“.</translation>
    </message>
    <message>
        <source>Adding tags…</source>
        <translation>Tags werden hinzugefügt …</translation>
    </message>
    <message>
        <source>The tags could not be added: %1</source>
        <translation>Die Tags konnten nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::TagModel</name>
    <message>
        <source>Referrers of %1 (the referrers fallback tag)</source>
        <translation>Referrer von %1 (das Referrers-Fallback-Tag)</translation>
    </message>
    <message>
        <source>Cosign signature of %1</source>
        <translation>Cosign-Signatur von %1</translation>
    </message>
    <message>
        <source>Cosign attestation of %1</source>
        <translation>Cosign-Attestierung von %1</translation>
    </message>
    <message>
        <source>Cosign SBOM of %1</source>
        <translation>Cosign-SBOM von %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::TransferJob</name>
    <message>
        <source>Push</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save blob</source>
        <translation>Blob speichern</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor die Übertragung begann.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from what was already transferred.</source>
        <translation>Abgebrochen; Fortsetzen macht dort weiter, wo die Übertragung aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>lading::ui::TransfersModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>lading::ui::TransfersPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>How many transfers run at the same time; the others wait.</source>
        <translation>Wie viele Übertragungen gleichzeitig laufen; die übrigen warten.</translation>
    </message>
    <message>
        <source>&amp;Jobs at once:</source>
        <translation>&amp;Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <source>%1 running, %2 waiting</source>
        <translation>%1 laufen, %2 warten</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 ist fertig.</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 wurde nicht fertig: %2</translation>
    </message>
    <message>
        <source>Lading</source>
        <translation>Lading</translation>
    </message>
</context>
</TS>
