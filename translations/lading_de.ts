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
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit …</translation>
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
    <name>ArtifactDiff</name>
    <message>
        <source>The comparison was cancelled</source>
        <translation>Der Vergleich wurde abgebrochen</translation>
    </message>
    <message>
        <source>An index has no config</source>
        <translation>Ein Index hat keine Config</translation>
    </message>
    <message>
        <source>Compared platform by platform</source>
        <translation>Plattform für Plattform verglichen</translation>
    </message>
    <message>
        <source>Referrers were not asked for</source>
        <translation>Referrer wurden nicht angefordert</translation>
    </message>
    <message>
        <source>A side has no config</source>
        <translation>Eine Seite hat keine Config</translation>
    </message>
    <message>
        <source>The config %1 is larger than 4 MiB; only its digest is compared</source>
        <translation>Die Config %1 ist größer als 4 MiB; nur ihr Digest wird verglichen</translation>
    </message>
    <message>
        <source>The configs are not JSON; only their digests are compared</source>
        <translation>Die Configs sind kein JSON; nur ihre Digests werden verglichen</translation>
    </message>
    <message>
        <source>Files were not asked for</source>
        <translation>Dateien wurden nicht angefordert</translation>
    </message>
    <message>
        <source>Only container images have a filesystem to compare</source>
        <translation>Nur Container-Images haben ein Dateisystem zum Vergleichen</translation>
    </message>
    <message>
        <source>SBOMs were not asked for</source>
        <translation>SBOMs wurden nicht angefordert</translation>
    </message>
    <message>
        <source>Neither side has an SBOM</source>
        <translation>Keine Seite hat eine SBOM</translation>
    </message>
    <message>
        <source>Only the right side has an SBOM</source>
        <translation>Nur die rechte Seite hat eine SBOM</translation>
    </message>
    <message>
        <source>Only the left side has an SBOM</source>
        <translation>Nur die linke Seite hat eine SBOM</translation>
    </message>
    <message>
        <source>The left SBOM cannot be read: %1</source>
        <translation>Die linke SBOM kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The right SBOM cannot be read: %1</source>
        <translation>Die rechte SBOM kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The left index has no manifest for %1</source>
        <translation>Der linke Index hat kein Manifest für %1</translation>
    </message>
    <message>
        <source>The right index has no manifest for %1</source>
        <translation>Der rechte Index hat kein Manifest für %1</translation>
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
        <source>Cannot extract &quot;%1&quot;: a folder of that name is already at %2; remove it and pull again</source>
        <translation>„%1“ kann nicht entpackt werden: Unter %2 gibt es bereits einen Ordner dieses Namens; ihn entfernen und erneut herunterladen</translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: it is not a file, folder or link</source>
        <translation>„%1“ übersprungen: Es ist weder Datei, Ordner noch Link</translation>
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
        <source>it is a hard link to &quot;%1&quot;, which is not a file extracted before it</source>
        <translation>er ist ein harter Link auf „%1“, das keine zuvor entpackte Datei ist</translation>
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
    <name>BlobSpool</name>
    <message>
        <source>The blob has no valid digest or size.</source>
        <translation>Der Blob hat keinen gültigen Digest oder keine gültige Größe.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <source>Certificate %1 of the PEM text is not a valid X.509 certificate.</source>
        <translation>Zertifikat %1 des PEM-Texts ist kein gültiges X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>No PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;) found.</source>
        <translation>Kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“) gefunden.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>No trusted root certificates are configured.</source>
        <translation>Es sind keine vertrauenswürdigen Stammzertifikate eingerichtet.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid DER.</source>
        <translation>Das Signaturzertifikat ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain is not valid DER.</source>
        <translation>Zertifikat %1 der Kette ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>The certificate check could not start.</source>
        <translation>Die Zertifikatsprüfung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>it does not lead to a trusted root certificate</source>
        <translation>sie führt nicht zu einem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <source>a certificate had expired at %1</source>
        <translation>ein Zertifikat war um %1 bereits abgelaufen</translation>
    </message>
    <message>
        <source>this time</source>
        <translation>diese Zeit</translation>
    </message>
    <message>
        <source>a certificate was not yet valid at %1</source>
        <translation>ein Zertifikat war um %1 noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate chain is not trusted: %1.</source>
        <translation>Die Zertifikatskette ist nicht vertrauenswürdig: %1.</translation>
    </message>
    <message>
        <source>The signing certificate is not meant for code signing (extended key usage).</source>
        <translation>Das Signaturzertifikat ist nicht zum Signieren von Code bestimmt (erweiterte Schlüsselverwendung).</translation>
    </message>
    <message>
        <source>The certificate is not a valid X.509 certificate.</source>
        <translation>Das Zertifikat ist kein gültiges X.509-Zertifikat.</translation>
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
    <message>
        <source>Check the signatures and attestations of a manifest (cosign, Sigstore bundles, notation, DSSE). Exit code 0: every signature verified, 3: a signature is invalid, 4: signed but not every signature verified, 5: unsigned, 1: error</source>
        <translation>Die Signaturen und Attestierungen eines Manifests prüfen (cosign, Sigstore-Bundles, notation, DSSE). Exit-Code 0: jede Signatur verifiziert, 3: eine Signatur ist ungültig, 4: signiert, aber nicht jede Signatur verifiziert, 5: unsigniert, 1: Fehler</translation>
    </message>
    <message>
        <source>Trust this public key (PEM; repeatable). Without --key and --trust-root the keys and roots from the settings are used</source>
        <translation>Diesem öffentlichen Schlüssel vertrauen (PEM; mehrfach möglich). Ohne --key und --trust-root werden die Schlüssel und Stammzertifikate aus den Einstellungen verwendet</translation>
    </message>
    <message>
        <source>Trust this root (or intermediate) certificate (PEM; repeatable)</source>
        <translation>Diesem Stammzertifikat (oder Zwischenzertifikat) vertrauen (PEM; mehrfach möglich)</translation>
    </message>
    <message>
        <source>Compare two artifacts: manifests, configs, annotations, layers, files, SBOM packages, referrers and platforms. Exit code 0: identical, 1: different, 2: trouble (like diff)</source>
        <translation>Zwei Artefakte vergleichen: Manifeste, Configs, Annotationen, Layer, Dateien, SBOM-Pakete, Referrer und Plattformen. Exit-Code 0: identisch, 1: verschieden, 2: Problem (wie diff)</translation>
    </message>
    <message>
        <source>Print JSON (schema in core/inspect/artifactdiffjson.h, &quot;schemaVersion&quot;: 1)</source>
        <translation>JSON ausgeben (Schema in core/inspect/artifactdiffjson.h, &quot;schemaVersion&quot;: 1)</translation>
    </message>
    <message>
        <source>For multi-platform indexes: compare only this platform, os/arch[/variant]</source>
        <translation>Bei Multi-Plattform-Indizes: nur diese Plattform vergleichen, os/arch[/variant]</translation>
    </message>
    <message>
        <source>Do not compare the files of the layers</source>
        <translation>Die Dateien der Layer nicht vergleichen</translation>
    </message>
    <message>
        <source>Do not compare SBOM packages</source>
        <translation>SBOM-Pakete nicht vergleichen</translation>
    </message>
    <message>
        <source>Do not compare referrers (signatures, SBOMs, …)</source>
        <translation>Referrer nicht vergleichen (Signaturen, SBOMs, …)</translation>
    </message>
    <message>
        <source>Do not verify the signatures among the referrers</source>
        <translation>Die Signaturen unter den Referrern nicht verifizieren</translation>
    </message>
    <message>
        <source>verify takes one location, for example: lading verify localhost:5000/app:v1</source>
        <translation>verify erwartet einen Ort, zum Beispiel: lading verify localhost:5000/app:v1</translation>
    </message>
    <message>
        <source>diff takes two locations, for example: lading diff localhost:5000/app:v1 oci:out:v2</source>
        <translation>diff erwartet zwei Orte, zum Beispiel: lading diff localhost:5000/app:v1 oci:out:v2</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
</context>
<context>
    <name>ComparisonRows</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>On both sides</source>
        <translation>Auf beiden Seiten</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>Links: %1
Rechts: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left position</source>
        <translation>Position links</translation>
    </message>
    <message>
        <source>Right position</source>
        <translation>Position rechts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>Version links</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>Version rechts</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Version changed</source>
        <translation>Version geändert</translation>
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
        <source>Not on this side</source>
        <translation>Nicht auf dieser Seite</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Same on both sides</source>
        <translation>Auf beiden Seiten gleich</translation>
    </message>
    <message>
        <source>Both, different digests</source>
        <translation>Beide, unterschiedliche Digests</translation>
    </message>
    <message>
        <source>%1 (no signature)</source>
        <translation>%1 (keine Signatur)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n signature report(s))</source>
        <translation>
            <numerusform>%1 (%n Signaturbericht)</numerusform>
            <numerusform>%1 (%n Signaturberichte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1. Right: %2.</source>
        <translation>Links: %1. Rechts: %2.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Both, different</source>
        <translation>Beide, verschieden</translation>
    </message>
    <message>
        <source>Both, identical</source>
        <translation>Beide, identisch</translation>
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
    <name>DiffPrinter</name>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>%1 on both sides, %2 only left, %3 only right</source>
        <translation>%1 auf beiden Seiten, %2 nur links, %3 nur rechts</translation>
    </message>
    <message>
        <source>not compared (%1)</source>
        <translation>nicht verglichen (%1)</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Config: %1</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotationen: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Layer: %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>position %1 → %2</source>
        <translation>Position %1 → %2</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>(%1 shared lower layers not read)</source>
        <translation>(%1 gemeinsame untere Layer nicht gelesen)</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <translation>Größe %1 → %2</translation>
    </message>
    <message>
        <source>mode %1 → %2</source>
        <translation>Modus %1 → %2</translation>
    </message>
    <message>
        <source>owner %1:%2 → %3:%4</source>
        <translation>Besitzer %1:%2 → %3:%4</translation>
    </message>
    <message>
        <source>link %1 → %2</source>
        <translation>Link %1 → %2</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>SBOM packages: %1</source>
        <translation>SBOM-Pakete: %1</translation>
    </message>
    <message>
        <source>(left: %1; right: %2)</source>
        <translation>(links: %1; rechts: %2)</translation>
    </message>
    <message>
        <source>Referrers: %1</source>
        <translation>Referrer: %1</translation>
    </message>
    <message>
        <source>(%1 of a kind on both sides with different digests)</source>
        <translation>(%1 gleicher Art auf beiden Seiten mit unterschiedlichen Digests)</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>keine Signaturen</translation>
    </message>
    <message>
        <source>signatures: left %1, right %2</source>
        <translation>Signaturen: links %1, rechts %2</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <source>attestation of %1</source>
        <translation>Attestierung von %1</translation>
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
    <name>DsseEnvelope</name>
    <message>
        <source>The DSSE envelope is not valid JSON (%1 at byte %2).</source>
        <translation>Der DSSE-Umschlag ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The DSSE envelope is not a JSON object.</source>
        <translation>Der DSSE-Umschlag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The DSSE envelope has no payload.</source>
        <translation>Der DSSE-Umschlag hat keine Payload.</translation>
    </message>
    <message>
        <source>The DSSE envelope&apos;s payload is not valid base64.</source>
        <translation>Die Payload des DSSE-Umschlags ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>A signature of the DSSE envelope is missing or not valid base64.</source>
        <translation>Eine Signatur des DSSE-Umschlags fehlt oder ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>ExtractionFolder</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the symbolic link %1</source>
        <translation>Der symbolische Link %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1 as a copy of %2</source>
        <translation>%1 kann nicht als Kopie von %2 angelegt werden</translation>
    </message>
</context>
<context>
    <name>FileSystemDiff</name>
    <message>
        <source>The comparison was cancelled</source>
        <translation>Der Vergleich wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>FilesArtifactSummary</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not text (it holds NUL bytes or is not UTF-8): save it to open it.</source>
        <translation>%1 ist kein Text (enthält NUL-Bytes oder ist kein UTF-8): Speichern Sie die Datei, um sie zu öffnen.</translation>
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
    <name>HelmChartReader</name>
    <message>
        <source>The chart archive cannot be read: %1</source>
        <translation>Das Chart-Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The chart archive has no &lt;name&gt;/Chart.yaml: it is not a Helm chart.</source>
        <translation>Das Chart-Archiv enthält keine &lt;name&gt;/Chart.yaml: Es ist kein Helm-Chart.</translation>
    </message>
    <message>
        <source>Chart.yaml is over 1 MiB; only its first 1 MiB is shown.</source>
        <translation>Chart.yaml ist größer als 1 MiB; nur das erste MiB wird angezeigt.</translation>
    </message>
    <message>
        <source>Chart.yaml could not be read: %1</source>
        <translation>Chart.yaml konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The chart&apos;s config is not a JSON object.</source>
        <translation>Die Config des Charts ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The chart&apos;s config names no chart and no version.</source>
        <translation>Die Config des Charts nennt weder Chart noch Version.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Helm API</source>
        <translation>Helm-API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes-Version</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The manifest has no chart layer.</source>
        <translation>Das Manifest hat keinen Chart-Layer.</translation>
    </message>
    <message>
        <source>The chart&apos;s config is over 1 MiB and was not read.</source>
        <translation>Die Config des Charts ist größer als 1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The chart&apos;s config could not be fetched: %1</source>
        <translation>Die Config des Charts konnte nicht abgerufen werden: %1</translation>
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
    <name>InTotoStatement</name>
    <message>
        <source>The in-toto statement is not valid JSON (%1 at byte %2).</source>
        <translation>Das in-toto-Statement ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The in-toto statement is not a JSON object.</source>
        <translation>Das in-toto-Statement ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document is not an in-toto statement (its _type is &quot;%1&quot;).</source>
        <translation>Das Dokument ist kein in-toto-Statement (sein _type ist „%1“).</translation>
    </message>
    <message>
        <source>The in-toto statement names no predicate type.</source>
        <translation>Das in-toto-Statement nennt keinen Prädikattyp.</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>The left document is not JSON: %1 at offset %2</source>
        <translation>Das linke Dokument ist kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>The right document is not JSON: %1 at offset %2</source>
        <translation>Das rechte Dokument ist kein JSON: %1 bei Offset %2</translation>
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
    <name>LayerExtractor</name>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which the layer does not have</source>
        <translation>er ist ein harter Link auf „%1“, das der Layer nicht enthält</translation>
    </message>
    <message>
        <source>The layer has no entry &quot;%1&quot;</source>
        <translation>Der Layer hat keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>Nichts wurde entpackt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>its name in the layer leads outside the layer&apos;s root</source>
        <translation>sein Name im Layer führt aus dem Wurzelverzeichnis des Layers hinaus</translation>
    </message>
    <message>
        <source>device nodes and fifos are not extracted</source>
        <translation>Gerätedateien und FIFOs werden nicht entpackt</translation>
    </message>
    <message>
        <source>Cannot extract to %1: a folder of that name is already there</source>
        <translation>Entpacken nach %1 nicht möglich: Dort gibt es bereits einen Ordner dieses Namens</translation>
    </message>
    <message>
        <source>it is a symbolic link without a target</source>
        <translation>er ist ein symbolischer Link ohne Ziel</translation>
    </message>
    <message>
        <source>it is a symbolic link to the absolute path &quot;%1&quot;, outside the target folder</source>
        <translation>er ist ein symbolischer Link auf den absoluten Pfad „%1“ außerhalb des Zielordners</translation>
    </message>
    <message>
        <source>it is a symbolic link to &quot;%1&quot;, outside the target folder</source>
        <translation>er ist ein symbolischer Link auf „%1“ außerhalb des Zielordners</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which was not extracted as a file</source>
        <translation>er ist ein harter Link auf „%1“, das nicht als Datei entpackt wurde</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which is not a file of the layer</source>
        <translation>er ist ein harter Link auf „%1“, das keine Datei des Layers ist</translation>
    </message>
    <message>
        <source>The layer has no file &quot;%1&quot;</source>
        <translation>Der Layer hat keine Datei „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link to &quot;%2&quot;: open its target to see it</source>
        <translation>„%1“ ist ein symbolischer Link auf „%2“: Öffnen Sie sein Ziel, um es zu sehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>„%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>The image has no file &quot;%1&quot;</source>
        <translation>Das Image hat keine Datei „%1“</translation>
    </message>
    <message>
        <source>The image has no layer %1</source>
        <translation>Das Image hat keinen Layer %1</translation>
    </message>
</context>
<context>
    <name>LayerReader</name>
    <message>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <source>Reading the layer was cancelled</source>
        <translation>Das Lesen des Layers wurde abgebrochen</translation>
    </message>
    <message>
        <source>Stopped reading the layer: its content reaches %1, over the limit of %2 (%3 times its compressed size of %4, at least %5 and at most %6). It looks like a decompression bomb.</source>
        <translation>Das Lesen des Layers wurde gestoppt: Sein Inhalt erreicht %1 und überschreitet die Grenze von %2 (das %3-Fache seiner komprimierten Größe von %4, mindestens %5 und höchstens %6). Das sieht nach einer Dekompressionsbombe aus.</translation>
    </message>
    <message>
        <source>The layer has an entry name or link target of %1 characters, over the limit of %2: &quot;%3…&quot;</source>
        <translation>Der Layer hat einen Eintragsnamen oder ein Link-Ziel mit %1 Zeichen, mehr als die Grenze von %2: „%3…“</translation>
    </message>
    <message>
        <source>Cannot start the archive reader</source>
        <translation>Das Archiv-Leseprogramm kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The layer file %1 does not exist</source>
        <translation>Die Layer-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>The layer has more than %1 entries, the most Lading reads from one layer</source>
        <translation>Der Layer hat mehr als %1 Einträge, das Maximum, das Lading aus einem Layer liest</translation>
    </message>
    <message>
        <source>The layer cannot be read as a tar archive (damaged, truncated or not a layer): %1</source>
        <translation>Der Layer kann nicht als Tar-Archiv gelesen werden (beschädigt, abgeschnitten oder kein Layer): %1</translation>
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
    <name>ModelPackSummary</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Input types</source>
        <translation>Eingabetypen</translation>
    </message>
    <message>
        <source>Output types</source>
        <translation>Ausgabetypen</translation>
    </message>
    <message>
        <source>Knowledge cutoff</source>
        <translation>Wissensstichtag</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Tool usage</source>
        <translation>Werkzeugnutzung</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Weight config</source>
        <translation>Gewichtskonfiguration</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>The model&apos;s config is not a JSON object (%1).</source>
        <translation>Die Config des Modells ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
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
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
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
    <message>
        <source>The config has neither a &quot;descriptor&quot; nor a &quot;config&quot; object.</source>
        <translation>Die Config hat weder ein „descriptor“- noch ein „config“-Objekt.</translation>
    </message>
    <message>
        <source>The model&apos;s manifest has no config.</source>
        <translation>Das Manifest des Modells hat keine Config.</translation>
    </message>
    <message>
        <source>The model&apos;s config is over 1 MiB and was not read.</source>
        <translation>Die Config des Modells ist größer als 1 MiB und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>OpaBundleReader</name>
    <message>
        <source>The bundle&apos;s .manifest is not a JSON object: %1</source>
        <translation>Die Datei .manifest des Bundles ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>The bundle archive cannot be read: %1</source>
        <translation>Das Bundle-Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The bundle&apos;s .manifest is over 1 MiB and was not read.</source>
        <translation>Die Datei .manifest des Bundles ist größer als 1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The manifest has no policy bundle layer to read.</source>
        <translation>Das Manifest hat keinen Richtlinienbündel-Layer zum Lesen.</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
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
    <name>PublicKey</name>
    <message>
        <source>The signature does not match the key.</source>
        <translation>Die Signatur passt nicht zum Schlüssel.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; has no end line.</source>
        <translation>Dem PEM-Block „%1“ fehlt die Endzeile.</translation>
    </message>
    <message>
        <source>The public key cannot be read (%1).</source>
        <translation>Der öffentliche Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>bad PEM</source>
        <translation>fehlerhaftes PEM</translation>
    </message>
    <message>
        <source>No PEM public key (&quot;-----BEGIN PUBLIC KEY-----&quot;) found.</source>
        <translation>Kein öffentlicher PEM-Schlüssel („-----BEGIN PUBLIC KEY-----“) gefunden.</translation>
    </message>
    <message>
        <source>The public key is not valid DER.</source>
        <translation>Der öffentliche Schlüssel ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>The certificate is not valid DER.</source>
        <translation>Das Zertifikat ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No public key.</source>
        <translation>Kein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The signature is empty.</source>
        <translation>Die Signatur ist leer.</translation>
    </message>
    <message>
        <source>Signatures with %1 keys cannot be checked.</source>
        <translation>Signaturen mit %1-Schlüsseln können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>RSA-PSS is not available.</source>
        <translation>RSA-PSS ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>An Ed25519 signature cannot be checked against a digest alone.</source>
        <translation>Eine Ed25519-Signatur kann nicht allein anhand eines Digests geprüft werden.</translation>
    </message>
    <message>
        <source>The digest has the wrong length for its algorithm.</source>
        <translation>Der Digest hat die falsche Länge für seinen Algorithmus.</translation>
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
    <name>SbomDocument</name>
    <message>
        <source>The document says it is %1; Lading reads SPDX 2.2 and 2.3 documents in JSON.</source>
        <translation>Das Dokument gibt sich als %1 aus; Lading liest SPDX-2.2- und -2.3-Dokumente in JSON.</translation>
    </message>
    <message>
        <source>The SPDX document&apos;s &quot;packages&quot; is not a list.</source>
        <translation>„packages“ im SPDX-Dokument ist keine Liste.</translation>
    </message>
    <message>
        <source>Package %1 of the SPDX document is not a JSON object.</source>
        <translation>Paket %1 des SPDX-Dokuments ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The CycloneDX document&apos;s &quot;components&quot; is not a list.</source>
        <translation>„components“ im CycloneDX-Dokument ist keine Liste.</translation>
    </message>
    <message>
        <source>The CycloneDX components are nested more than %1 levels deep.</source>
        <translation>Die CycloneDX-Komponenten sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>A component of the CycloneDX document is not a JSON object.</source>
        <translation>Eine Komponente des CycloneDX-Dokuments ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document says it is CycloneDX %1; Lading reads CycloneDX 1.2 to 1.6 in JSON.</source>
        <translation>Das Dokument gibt sich als CycloneDX %1 aus; Lading liest CycloneDX 1.2 bis 1.6 in JSON.</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(keine Version)</translation>
    </message>
    <message>
        <source>This is a CycloneDX SBOM in XML; Lading reads CycloneDX only in its JSON form.</source>
        <translation>Dies ist eine CycloneDX-SBOM in XML; Lading liest CycloneDX nur in der JSON-Form.</translation>
    </message>
    <message>
        <source>This is an SPDX SBOM in RDF/XML; Lading reads SPDX only in its JSON form.</source>
        <translation>Dies ist eine SPDX-SBOM in RDF/XML; Lading liest SPDX nur in der JSON-Form.</translation>
    </message>
    <message>
        <source>This is XML, not an SPDX or CycloneDX document in JSON.</source>
        <translation>Dies ist XML, kein SPDX- oder CycloneDX-Dokument in JSON.</translation>
    </message>
    <message>
        <source>This is an SPDX SBOM in tag-value form; Lading reads SPDX only in its JSON form.</source>
        <translation>Dies ist eine SPDX-SBOM im Tag-Value-Format; Lading liest SPDX nur in der JSON-Form.</translation>
    </message>
    <message>
        <source>This is an SPDX 3 document (JSON-LD); Lading reads SPDX 2.2 and 2.3 documents in JSON.</source>
        <translation>Dies ist ein SPDX-3-Dokument (JSON-LD); Lading liest SPDX-2.2- und -2.3-Dokumente in JSON.</translation>
    </message>
    <message>
        <source>The document&apos;s bomFormat is &quot;%1&quot;, not CycloneDX.</source>
        <translation>Das bomFormat des Dokuments ist „%1“, nicht CycloneDX.</translation>
    </message>
    <message>
        <source>This is an in-toto statement, not an SBOM document; its predicate may hold one.</source>
        <translation>Dies ist ein in-toto-Statement, kein SBOM-Dokument; sein Prädikat kann eines enthalten.</translation>
    </message>
    <message>
        <source>This is a DSSE envelope, not an SBOM document; its payload may hold one.</source>
        <translation>Dies ist ein DSSE-Umschlag, kein SBOM-Dokument; seine Payload kann eines enthalten.</translation>
    </message>
    <message>
        <source>This is Syft&apos;s own JSON format; Lading reads SBOMs in SPDX or CycloneDX JSON.</source>
        <translation>Dies ist das eigene JSON-Format von Syft; Lading liest SBOMs in SPDX- oder CycloneDX-JSON.</translation>
    </message>
    <message>
        <source>This JSON is neither an SPDX nor a CycloneDX document: it has no &quot;spdxVersion&quot; or &quot;bomFormat&quot;.</source>
        <translation>Dieses JSON ist weder ein SPDX- noch ein CycloneDX-Dokument: Es hat weder „spdxVersion“ noch „bomFormat“.</translation>
    </message>
    <message>
        <source>The SBOM is empty.</source>
        <translation>Die SBOM ist leer.</translation>
    </message>
    <message>
        <source>The SBOM is not JSON (nor any other SBOM form Lading knows).</source>
        <translation>Die SBOM ist kein JSON (und auch keine andere SBOM-Form, die Lading kennt).</translation>
    </message>
    <message>
        <source>The SBOM ends early after %1 bytes: the JSON is incomplete (truncated?).</source>
        <translation>Die SBOM endet vorzeitig nach %1 Bytes: Das JSON ist unvollständig (abgeschnitten?).</translation>
    </message>
    <message>
        <source>The SBOM is not valid JSON: %1 at byte %2.</source>
        <translation>Die SBOM ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The SBOM is JSON but not an object: SPDX and CycloneDX documents are objects.</source>
        <translation>Die SBOM ist JSON, aber kein Objekt: SPDX- und CycloneDX-Dokumente sind Objekte.</translation>
    </message>
</context>
<context>
    <name>SbomLocator</name>
    <message>
        <source>The DSSE envelope carries &quot;%1&quot;, not an in-toto statement.</source>
        <translation>Der DSSE-Umschlag enthält „%1“, kein in-toto-Statement.</translation>
    </message>
    <message>
        <source>The sigstore bundle is not a JSON object.</source>
        <translation>Das Sigstore-Bundle ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The sigstore bundle holds a signature, not an attestation.</source>
        <translation>Das Sigstore-Bundle enthält eine Signatur, keine Attestierung.</translation>
    </message>
    <message>
        <source>The attestation has no SBOM in its predicate.</source>
        <translation>Die Attestierung hat keine SBOM in ihrem Prädikat.</translation>
    </message>
    <message>
        <source>The attestation&apos;s predicate is %1, not an SBOM.</source>
        <translation>Das Prädikat der Attestierung ist %1, keine SBOM.</translation>
    </message>
    <message>
        <source>(predicate type not stated)</source>
        <translation>(Prädikattyp nicht angegeben)</translation>
    </message>
    <message>
        <source>referrer %1</source>
        <translation>Referrer %1</translation>
    </message>
    <message>
        <source>attestation %1 (referrer %2)</source>
        <translation>Attestierung %1 (Referrer %2)</translation>
    </message>
    <message>
        <source>cosign .att tag</source>
        <translation>Cosign-Tag .att</translation>
    </message>
    <message>
        <source>attestation %1 (cosign .att tag)</source>
        <translation>Attestierung %1 (Cosign-Tag .att)</translation>
    </message>
    <message>
        <source>cosign .sbom tag</source>
        <translation>Cosign-Tag .sbom</translation>
    </message>
    <message>
        <source>attestation %1 (cosign .sbom tag)</source>
        <translation>Attestierung %1 (Cosign-Tag .sbom)</translation>
    </message>
    <message>
        <source>this artifact</source>
        <translation>dieses Artefakt</translation>
    </message>
    <message>
        <source>attestation %1</source>
        <translation>Attestierung %1</translation>
    </message>
    <message>
        <source>BuildKit attestation for %1</source>
        <translation>BuildKit-Attestierung für %1</translation>
    </message>
    <message>
        <source>The SBOM is %1 MiB; Lading reads SBOMs of up to %2 MiB.</source>
        <translation>Die SBOM hat %1 MiB; Lading liest SBOMs bis %2 MiB.</translation>
    </message>
</context>
<context>
    <name>SifReader</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Encrypted squashfs</source>
        <translation>Verschlüsseltes Squashfs</translation>
    </message>
    <message>
        <source>Unknown file system (%1)</source>
        <translation>Unbekanntes Dateisystem (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Primary system</source>
        <translation>Primäres System</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Unknown partition type (%1)</source>
        <translation>Unbekannter Partitionstyp (%1)</translation>
    </message>
    <message>
        <source>Unknown hash (%1)</source>
        <translation>Unbekannter Hash (%1)</translation>
    </message>
    <message>
        <source>Unknown format (%1)</source>
        <translation>Unbekanntes Format (%1)</translation>
    </message>
    <message>
        <source>The SIF file is truncated: its descriptor table lies past the end of the file.</source>
        <translation>Die SIF-Datei ist abgeschnitten: Ihre Deskriptortabelle liegt hinter dem Dateiende.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Definition file</source>
        <translation>Definitionsdatei</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>JSON labels</source>
        <translation>JSON-Labels</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>Allgemeines JSON</translation>
    </message>
    <message>
        <source>Generic data</source>
        <translation>Allgemeine Daten</translation>
    </message>
    <message>
        <source>Cryptographic message</source>
        <translation>Kryptografische Nachricht</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>OCI root index</source>
        <translation>OCI-Root-Index</translation>
    </message>
    <message>
        <source>OCI blob</source>
        <translation>OCI-Blob</translation>
    </message>
    <message>
        <source>Unknown (0x%1)</source>
        <translation>Unbekannt (0x%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The SIF file cannot be read.</source>
        <translation>Die SIF-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not a SIF file: its header has no SIF_MAGIC.</source>
        <translation>Dies ist keine SIF-Datei: Ihr Header enthält kein SIF_MAGIC.</translation>
    </message>
    <message>
        <source>The SIF file is truncated: it ends inside its 128-byte header.</source>
        <translation>Die SIF-Datei ist abgeschnitten: Sie endet innerhalb ihres 128-Byte-Headers.</translation>
    </message>
    <message>
        <source>The SIF file has format version &quot;%1&quot;; this reader knows version 01.</source>
        <translation>Die SIF-Datei hat die Formatversion „%1“; dieser Leser kennt Version 01.</translation>
    </message>
    <message>
        <source>The SIF header is malformed: it counts %1 descriptors, %2 of them free.</source>
        <translation>Der SIF-Header ist fehlerhaft: Er zählt %1 Deskriptoren, davon %2 frei.</translation>
    </message>
    <message>
        <source>The SIF header is malformed: its descriptor table starts inside the header.</source>
        <translation>Der SIF-Header ist fehlerhaft: Seine Deskriptortabelle beginnt innerhalb des Headers.</translation>
    </message>
    <message>
        <source>The SIF header is malformed: its data section has a negative offset or size.</source>
        <translation>Der SIF-Header ist fehlerhaft: Sein Datenbereich hat einen negativen Offset oder eine negative Größe.</translation>
    </message>
    <message>
        <source>The SIF file is truncated or malformed: object %1 (%2) lies past the end of the file.</source>
        <translation>Die SIF-Datei ist abgeschnitten oder fehlerhaft: Objekt %1 (%2) liegt hinter dem Dateiende.</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Klartextsignatur</translation>
    </message>
    <message>
        <source>Unknown message (0x%1)</source>
        <translation>Unbekannte Nachricht (0x%1)</translation>
    </message>
    <message>
        <source>Could not open the SIF file: %1</source>
        <translation>Die SIF-Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The manifest has no SIF layer to read.</source>
        <translation>Das Manifest hat keinen SIF-Layer zum Lesen.</translation>
    </message>
    <message>
        <source>The SIF layer is %1 bytes, smaller than a SIF header.</source>
        <translation>Der SIF-Layer hat %1 Bytes und ist kleiner als ein SIF-Header.</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The %1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>%1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s key cannot be read: %1</source>
        <translation>Der Schlüssel des Signaturzertifikats kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The signature does not verify with the certificate&apos;s key (%1).</source>
        <translation>Die Signatur lässt sich mit dem Schlüssel des Zertifikats nicht verifizieren (%1).</translation>
    </message>
    <message>
        <source>Signature verified with trusted key %1.</source>
        <translation>Signatur mit dem vertrauenswürdigen Schlüssel %1 verifiziert.</translation>
    </message>
    <message>
        <source>The signature matches its certificate, but no trusted root certificates are configured.</source>
        <translation>Die Signatur passt zu ihrem Zertifikat, aber es sind keine vertrauenswürdigen Stammzertifikate konfiguriert.</translation>
    </message>
    <message>
        <source>Signature verified; the certificate chain leads to the trusted certificate %1.</source>
        <translation>Signatur verifiziert; die Zertifikatskette führt zum vertrauenswürdigen Zertifikat %1.</translation>
    </message>
    <message>
        <source>The signature matches its certificate, but: %1</source>
        <translation>Die Signatur passt zu ihrem Zertifikat, aber: %1</translation>
    </message>
    <message>
        <source>Signed with a key, but no trusted public keys are configured to check it.</source>
        <translation>Mit einem Schlüssel signiert, aber es sind keine vertrauenswürdigen öffentlichen Schlüssel konfiguriert, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The signature does not verify with any trusted public key.</source>
        <translation>Die Signatur lässt sich mit keinem vertrauenswürdigen öffentlichen Schlüssel verifizieren.</translation>
    </message>
    <message>
        <source>The signed payload names no digest, so it does not sign %1.</source>
        <translation>Die signierte Payload nennt keinen Digest und signiert daher nicht %1.</translation>
    </message>
    <message>
        <source>The signed payload names %1, not the subject %2.</source>
        <translation>Die signierte Payload nennt %1, nicht das Subjekt %2.</translation>
    </message>
    <message>
        <source>The certificate annotation cannot be read: %1</source>
        <translation>Die Zertifikats-Annotation kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The certificate chain annotation cannot be read: %1</source>
        <translation>Die Annotation mit der Zertifikatskette kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The signed payload cannot be read: %1</source>
        <translation>Die signierte Payload kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cosign payload</source>
        <translation>Cosign-Payload</translation>
    </message>
    <message>
        <source>The payload is not a cosign simple-signing document (its critical.type is &quot;%1&quot;).</source>
        <translation>Die Payload ist kein Cosign-Simple-Signing-Dokument (ihr critical.type ist „%1“).</translation>
    </message>
    <message>
        <source>The layer has no %1 annotation: there is no signature.</source>
        <translation>Der Layer hat keine Annotation %1: Es gibt keine Signatur.</translation>
    </message>
    <message>
        <source>The signature annotation is not valid base64.</source>
        <translation>Die Signatur-Annotation ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The envelope&apos;s payload type &quot;%1&quot; is not an in-toto statement, so its subject cannot be checked.</source>
        <translation>Der Payload-Typ „%1“ des Umschlags ist kein in-toto-Statement, daher kann sein Subjekt nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The envelope holds no signatures.</source>
        <translation>Der Umschlag enthält keine Signaturen.</translation>
    </message>
    <message>
        <source>No signature verifies.</source>
        <translation>Keine Signatur lässt sich verifizieren.</translation>
    </message>
    <message>
        <source>The envelope cannot be read: %1</source>
        <translation>Der Umschlag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The statement cannot be read: %1</source>
        <translation>Das Statement kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>An unsigned in-toto statement about this manifest: shown, not a signature.</source>
        <translation>Ein unsigniertes in-toto-Statement über dieses Manifest: angezeigt, aber keine Signatur.</translation>
    </message>
    <message>
        <source>An unsigned in-toto statement about %1: shown, not a signature.</source>
        <translation>Ein unsigniertes in-toto-Statement (Subjekt: %1): angezeigt, aber keine Signatur.</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>kein Digest</translation>
    </message>
    <message>
        <source>The bundle cannot be read: %1</source>
        <translation>Das Bundle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sigstore bundle</source>
        <translation>Sigstore-Bundle</translation>
    </message>
    <message>
        <source>The document is not a Sigstore bundle (its mediaType is &quot;%1&quot;).</source>
        <translation>Das Dokument ist kein Sigstore-Bundle (sein mediaType ist „%1“).</translation>
    </message>
    <message>
        <source>The bundle&apos;s certificate is not valid base64.</source>
        <translation>Das Zertifikat des Bundles ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>A certificate of the bundle&apos;s chain is not valid base64.</source>
        <translation>Ein Zertifikat der Kette des Bundles ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The bundle&apos;s certificate chain is empty.</source>
        <translation>Die Zertifikatskette des Bundles ist leer.</translation>
    </message>
    <message>
        <source>The bundle has no verification material (certificate or public key).</source>
        <translation>Das Bundle enthält kein Verifikationsmaterial (Zertifikat oder öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <source>The bundle&apos;s certificate cannot be read: %1</source>
        <translation>Das Zertifikat des Bundles kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The bundle holds neither a message signature nor a DSSE envelope.</source>
        <translation>Das Bundle enthält weder eine Nachrichtensignatur noch einen DSSE-Umschlag.</translation>
    </message>
    <message>
        <source>The bundle&apos;s digest algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Digest-Algorithmus „%1“ des Bundles wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s message digest is not valid base64.</source>
        <translation>Der Nachrichten-Digest des Bundles ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid base64.</source>
        <translation>Die Signatur des Bundles ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The signed digest is not the subject&apos;s.</source>
        <translation>Der signierte Digest ist nicht der des Subjekts.</translation>
    </message>
    <message>
        <source>The signature envelope cannot be read: %1</source>
        <translation>Der Signaturumschlag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>JWS envelope</source>
        <translation>JWS-Umschlag</translation>
    </message>
    <message>
        <source>The JWS envelope lacks its protected header, payload or signature.</source>
        <translation>Dem JWS-Umschlag fehlt der geschützte Header, die Payload oder die Signatur.</translation>
    </message>
    <message>
        <source>The JWS envelope is not valid base64url.</source>
        <translation>Der JWS-Umschlag ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>JWS protected header</source>
        <translation>Geschützter JWS-Header</translation>
    </message>
    <message>
        <source>The JWS algorithm &quot;%1&quot; is not one notation allows.</source>
        <translation>„%1“ ist kein JWS-Algorithmus, den Notation zulässt.</translation>
    </message>
    <message>
        <source>The JWS content type &quot;%1&quot; is not a notation payload.</source>
        <translation>Der JWS-Inhaltstyp „%1“ ist keine Notation-Payload.</translation>
    </message>
    <message>
        <source>notation payload</source>
        <translation>Notation-Payload</translation>
    </message>
    <message>
        <source>The notation payload names no targetArtifact.</source>
        <translation>Die Notation-Payload nennt kein targetArtifact.</translation>
    </message>
    <message>
        <source>A certificate of the x5c chain is not valid base64.</source>
        <translation>Ein Zertifikat der x5c-Kette ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>A certificate of the x5c chain cannot be read: %1</source>
        <translation>Ein Zertifikat der x5c-Kette kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The JWS envelope has no certificate chain (x5c).</source>
        <translation>Der JWS-Umschlag hat keine Zertifikatskette (x5c).</translation>
    </message>
    <message>
        <source>%1 does not go with a %2 key.</source>
        <translation>%1 passt nicht zu einem %2-Schlüssel.</translation>
    </message>
    <message>
        <source>The ECDSA signature has a bad length.</source>
        <translation>Die ECDSA-Signatur hat eine ungültige Länge.</translation>
    </message>
    <message>
        <source>The signature&apos;s target has the subject&apos;s digest but not its size or media type.</source>
        <translation>Das Ziel der Signatur hat den Digest des Subjekts, aber nicht dessen Größe oder Medientyp.</translation>
    </message>
    <message>
        <source>cosign signature</source>
        <translation>Cosign-Signatur</translation>
    </message>
    <message>
        <source>Notation signature</source>
        <translation>Notation-Signatur</translation>
    </message>
    <message>
        <source>Signed attestation</source>
        <translation>Signierte Attestierung</translation>
    </message>
    <message>
        <source>Unsigned attestation</source>
        <translation>Unsignierte Attestierung</translation>
    </message>
    <message>
        <source>COSE signature envelopes are not supported yet: shown, not checked.</source>
        <translation>COSE-Signaturumschläge werden noch nicht unterstützt: angezeigt, nicht geprüft.</translation>
    </message>
    <message>
        <source>The signature manifest holds no signature layer this version can read.</source>
        <translation>Das Signatur-Manifest enthält keinen Signatur-Layer, den diese Version lesen kann.</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation>Signiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
</context>
<context>
    <name>TarWalker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start reading the archive.</source>
        <translation>Das Lesen des Archivs konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not open the archive</source>
        <translation>Das Archiv konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>Das Archiv ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The archive is damaged or truncated</source>
        <translation>Das Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>The entry&apos;s data was read already.</source>
        <translation>Die Daten des Eintrags wurden bereits gelesen.</translation>
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
    <name>TrustSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file.</source>
        <translation>%1 ist zu groß für eine PEM-Datei.</translation>
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
    <name>VerifyPrinter</name>
    <message>
        <source>signer: %1</source>
        <translation>Signierer: %1</translation>
    </message>
    <message>
        <source>OIDC issuer: %1</source>
        <translation>OIDC-Aussteller: %1</translation>
    </message>
    <message>
        <source>certificate issuer: %1</source>
        <translation>Zertifikatsaussteller: %1</translation>
    </message>
    <message>
        <source>key: %1  algorithm: %2</source>
        <translation>Schlüssel: %1  Algorithmus: %2</translation>
    </message>
    <message>
        <source>signs: %1</source>
        <translation>signiert: %1</translation>
    </message>
    <message>
        <source>transparency log: entry %1, %2</source>
        <translation>Transparenzlog: Eintrag %1, %2</translation>
    </message>
    <message>
        <source>predicate: %1</source>
        <translation>Prädikat: %1</translation>
    </message>
    <message>
        <source>result: %1 (signatures: %2)</source>
        <translation>Ergebnis: %1 (Signaturen: %2)</translation>
    </message>
</context>
<context>
    <name>WasmModuleReader</name>
    <message>
        <source>The WebAssembly binary is malformed: %1</source>
        <translation>Die WebAssembly-Binärdatei ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The WebAssembly binary is truncated: it ends in the middle of a section.</source>
        <translation>Die WebAssembly-Binärdatei ist abgeschnitten: Sie endet mitten in einem Abschnitt.</translation>
    </message>
    <message>
        <source>a value runs past the end of its section</source>
        <translation>ein Wert reicht über das Ende seines Abschnitts hinaus</translation>
    </message>
    <message>
        <source>an integer is longer than its LEB128 encoding allows</source>
        <translation>eine Ganzzahl ist länger, als ihre LEB128-Kodierung erlaubt</translation>
    </message>
    <message>
        <source>a name runs past the end of its section</source>
        <translation>ein Name reicht über das Ende seines Abschnitts hinaus</translation>
    </message>
    <message>
        <source>a name is not valid UTF-8</source>
        <translation>ein Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>unknown limits flags 0x%1</source>
        <translation>unbekannte Limits-Flags 0x%1</translation>
    </message>
    <message>
        <source>a global&apos;s mutability is neither 0 nor 1</source>
        <translation>die Veränderbarkeit einer globalen Variable ist weder 0 noch 1</translation>
    </message>
    <message>
        <source>unknown import kind 0x%1</source>
        <translation>unbekannte Import-Art 0x%1</translation>
    </message>
    <message>
        <source>the import section has bytes after its last entry</source>
        <translation>der Import-Abschnitt hat Bytes nach seinem letzten Eintrag</translation>
    </message>
    <message>
        <source>unknown export kind 0x%1</source>
        <translation>unbekannte Export-Art 0x%1</translation>
    </message>
    <message>
        <source>the export section has bytes after its last entry</source>
        <translation>der Export-Abschnitt hat Bytes nach seinem letzten Eintrag</translation>
    </message>
    <message>
        <source>unknown name form 0x%1</source>
        <translation>unbekannte Namensform 0x%1</translation>
    </message>
    <message>
        <source>a core import of a component is not a module</source>
        <translation>ein Core-Import einer Komponente ist kein Modul</translation>
    </message>
    <message>
        <source>unknown value bound 0x%1</source>
        <translation>unbekannte Wertschranke 0x%1</translation>
    </message>
    <message>
        <source>unknown type bound 0x%1</source>
        <translation>unbekannte Typschranke 0x%1</translation>
    </message>
    <message>
        <source>unknown core sort 0x%1</source>
        <translation>unbekannte Core-Sorte 0x%1</translation>
    </message>
    <message>
        <source>unknown sort 0x%1</source>
        <translation>unbekannte Sorte 0x%1</translation>
    </message>
    <message>
        <source>unknown export type marker 0x%1</source>
        <translation>unbekannte Markierung für Export-Typ 0x%1</translation>
    </message>
    <message>
        <source>a section size is longer than its LEB128 encoding allows</source>
        <translation>eine Abschnittsgröße ist länger, als ihre LEB128-Kodierung erlaubt</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>core module</source>
        <translation>Core-Modul</translation>
    </message>
    <message>
        <source>core instance</source>
        <translation>Core-Instanz</translation>
    </message>
    <message>
        <source>core type</source>
        <translation>Core-Typ</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>canon</source>
        <translation>canon</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>data count</source>
        <translation>Datenanzahl</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>The WebAssembly binary cannot be read.</source>
        <translation>Die WebAssembly-Binärdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not a WebAssembly binary: it does not start with &quot;\0asm&quot;.</source>
        <translation>Dies ist keine WebAssembly-Binärdatei: Sie beginnt nicht mit „\0asm“.</translation>
    </message>
    <message>
        <source>The WebAssembly binary is truncated: it ends inside its 8-byte preamble.</source>
        <translation>Die WebAssembly-Binärdatei ist abgeschnitten: Sie endet innerhalb ihrer 8 Byte langen Präambel.</translation>
    </message>
    <message>
        <source>The WebAssembly binary has version %1 and layer %2, which this reader does not know.</source>
        <translation>Die WebAssembly-Binärdatei hat Version %1 und Layer %2, die dieser Leser nicht kennt.</translation>
    </message>
    <message>
        <source>Only the first %1 sections are listed.</source>
        <translation>Nur die ersten %1 Abschnitte werden aufgeführt.</translation>
    </message>
    <message>
        <source>a custom section&apos;s name is longer than the section</source>
        <translation>der Name eines benutzerdefinierten Abschnitts ist länger als der Abschnitt</translation>
    </message>
    <message>
        <source>a custom section&apos;s name is not valid UTF-8</source>
        <translation>der Name eines benutzerdefinierten Abschnitts ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the %1 section does not start with a count</source>
        <translation>der Abschnitt „%1“ beginnt nicht mit einer Anzahl</translation>
    </message>
    <message>
        <source>The import and export sections are too large to list.</source>
        <translation>Die Import- und Export-Abschnitte sind zu groß zum Auflisten.</translation>
    </message>
    <message>
        <source>The %1 section was not decoded: %2</source>
        <translation>Der Abschnitt „%1“ wurde nicht dekodiert: %2</translation>
    </message>
    <message>
        <source>Only the first %1 imports and exports are listed.</source>
        <translation>Nur die ersten %1 Importe und Exporte werden aufgeführt.</translation>
    </message>
    <message>
        <source>Could not open the WebAssembly binary: %1</source>
        <translation>Die WebAssembly-Binärdatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The manifest has no WebAssembly layer (application/wasm) to read.</source>
        <translation>Das Manifest hat keinen WebAssembly-Layer (application/wasm) zum Lesen.</translation>
    </message>
    <message>
        <source>The config could not be fetched: %1</source>
        <translation>Die Config konnte nicht abgerufen werden: %1</translation>
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
    <name>lading::ui::CompareDialog</name>
    <message>
        <source>Name the %1 side.</source>
        <translation>Geben Sie die %1 Seite an.</translation>
    </message>
    <message>
        <source>The %1 side: %2</source>
        <translation>Die %1 Seite: %2</translation>
    </message>
    <message>
        <source>The %1 side names no tag or digest: add :TAG or @sha256:….</source>
        <translation>Die %1 Seite nennt weder Tag noch Digest: Ergänzen Sie :TAG oder @sha256:….</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare two artifacts: tags of one repository, a registry against a layout, a mirror against its source.</source>
        <translation>Zwei Artefakte vergleichen: Tags eines Repositorys, eine Registry mit einem Layout, einen Mirror mit seiner Quelle.</translation>
    </message>
    <message>
        <source>registry/repository:tag, oci:PATH:tag, oci-archive:FILE.tar:tag</source>
        <translation>registry/repository:tag, oci:PFAD:tag, oci-archive:DATEI.tar:tag</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>Recently visited</source>
        <translation>Zuletzt besucht</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <source>Both sides are the same location: only their referrers can differ.</source>
        <translation>Beide Seiten sind derselbe Ort: Nur ihre Referrer können sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>lading::ui::CompareView</name>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n Plattform</numerusform>
            <numerusform>%n Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Compare the whole indexes, or one platform&apos;s images</source>
        <translation>Die ganzen Indizes vergleichen oder die Images einer Plattform</translation>
    </message>
    <message>
        <source>Swap Sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Version changed</source>
        <translation>Version geändert</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Double-click a platform to compare its images.</source>
        <translation>Doppelklicken Sie auf eine Plattform, um ihre Images zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose two artifacts to compare.</source>
        <translation>Wählen Sie zwei Artefakte zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (–)</source>
        <translation>%1 (–)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Identical: the same manifest and the same referrers on both sides.</source>
        <translation>Identisch: dasselbe Manifest und dieselben Referrer auf beiden Seiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest change(s)</source>
        <translation>
            <numerusform>%n Manifest-Änderung</numerusform>
            <numerusform>%n Manifest-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config change(s)</source>
        <translation>
            <numerusform>%n Config-Änderung</numerusform>
            <numerusform>%n Config-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on one side only</source>
        <translation>
            <numerusform>%n Layer nur auf einer Seite</numerusform>
            <numerusform>%n Layer nur auf einer Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file change(s)</source>
        <translation>
            <numerusform>%n Dateiänderung</numerusform>
            <numerusform>%n Dateiänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package change(s)</source>
        <translation>
            <numerusform>%n Paketänderung</numerusform>
            <numerusform>%n Paketänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) differ</source>
        <translation>
            <numerusform>%n Referrer unterscheidet sich</numerusform>
            <numerusform>%n Referrer unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>The same manifest; referrers differ.</source>
        <translation>Dasselbe Manifest; die Referrer unterscheiden sich.</translation>
    </message>
    <message>
        <source>Different.</source>
        <translation>Verschieden.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>%1 ↔ %2 — Compare</source>
        <translation>%1 ↔ %2 — Vergleich</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Whole index</source>
        <translation>Ganzer Index</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>Neither index lists a platform.</source>
        <translation>Keiner der beiden Indizes nennt eine Plattform.</translation>
    </message>
    <message>
        <source>The manifests are the same.</source>
        <translation>Die Manifeste sind gleich.</translation>
    </message>
    <message>
        <source>The configs are the same.</source>
        <translation>Die Configs sind gleich.</translation>
    </message>
    <message>
        <source>The annotations are the same.</source>
        <translation>Die Annotationen sind gleich.</translation>
    </message>
    <message>
        <source>Neither side has layers.</source>
        <translation>Keine Seite hat Layer.</translation>
    </message>
    <message>
        <source>The SBOMs list the same packages.</source>
        <translation>Die SBOMs führen dieselben Pakete auf.</translation>
    </message>
    <message>
        <source>Left SBOM: %1
Right SBOM: %2</source>
        <translation>SBOM links: %1
SBOM rechts: %2</translation>
    </message>
    <message>
        <source>Neither side has referrers.</source>
        <translation>Keine Seite hat Referrer.</translation>
    </message>
    <message>
        <source>No %1 image</source>
        <translation>Kein Image für %1</translation>
    </message>
    <message>
        <source>%1 is only in the left index (%2): there is nothing to compare it with.</source>
        <translation>%1 ist nur im linken Index vorhanden (%2): Es gibt nichts, womit es verglichen werden könnte.</translation>
    </message>
    <message>
        <source>%1 is only in the right index (%2): there is nothing to compare it with.</source>
        <translation>%1 ist nur im rechten Index vorhanden (%2): Es gibt nichts, womit es verglichen werden könnte.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 · %4 read in all</source>
        <translation>%1: %2 von %3 · insgesamt %4 gelesen</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet …</translation>
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
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
uncompressed: %2</source>
        <translation>%1
unkomprimiert: %2</translation>
    </message>
</context>
<context>
    <name>lading::ui::ContentsView</name>
    <message>
        <source>There is no contents view for this kind.</source>
        <translation>Für diese Art gibt es keine Inhaltsansicht.</translation>
    </message>
    <message>
        <source>Select a tag or digest to see what it holds.</source>
        <translation>Wählen Sie ein Tag oder einen Digest aus, um den Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>This kind of artifact has no contents view; see the Summary and Tree tabs.</source>
        <translation>Für diese Art von Artefakt gibt es keine Inhaltsansicht; siehe die Tabs „Übersicht“ und „Baum“.</translation>
    </message>
    <message>
        <source>The contents load when this tab is shown.</source>
        <translation>Der Inhalt wird geladen, sobald dieser Tab angezeigt wird.</translation>
    </message>
    <message>
        <source>Fetching the %1 layer to read what is inside…</source>
        <translation>Der %1 große Layer wird abgerufen, um seinen Inhalt zu lesen …</translation>
    </message>
    <message>
        <source>Reading what is inside…</source>
        <translation>Der Inhalt wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read what is inside: %1</source>
        <translation>Der Inhalt konnte nicht gelesen werden: %1</translation>
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
    <message>
        <source>Show Files</source>
        <translation>Dateien anzeigen</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>lading::ui::DiffTablePane</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
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
    <name>lading::ui::FileDiffModel</name>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>link target</source>
        <translation>Link-Ziel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size left</source>
        <translation>Größe links</translation>
    </message>
    <message>
        <source>Size right</source>
        <translation>Größe rechts</translation>
    </message>
    <message>
        <source>Mode left</source>
        <translation>Modus links</translation>
    </message>
    <message>
        <source>Mode right</source>
        <translation>Modus rechts</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>lading::ui::FileDiffView</name>
    <message>
        <source>Filter: part of a path</source>
        <translation>Filter: Teil eines Pfads</translation>
    </message>
    <message numerus="yes">
        <source>The %n lowest layer(s) both sides share were skipped without reading them.</source>
        <translation>
            <numerusform>%n unterster Layer, den beide Seiten teilen, wurde übersprungen, ohne ihn zu lesen.</numerusform>
            <numerusform>Die %n untersten Layer, die beide Seiten teilen, wurden übersprungen, ohne sie zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n lowest layer(s) both sides share were listed, not hashed: the layers above them touch paths on one side only.</source>
        <translation>
            <numerusform>%n unterster Layer, den beide Seiten teilen, wurde aufgelistet, aber nicht gehasht: Die Layer darüber betreffen Pfade nur auf einer Seite.</numerusform>
            <numerusform>Die %n untersten Layer, die beide Seiten teilen, wurden aufgelistet, aber nicht gehasht: Die Layer darüber betreffen Pfade nur auf einer Seite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) read.</source>
        <translation>
            <numerusform>%n Layer gelesen.</numerusform>
            <numerusform>%n Layer gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merged filesystems are the same.</source>
        <translation>Die zusammengeführten Dateisysteme sind gleich.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Modified (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No change matches the filter.</source>
        <translation>Keine Änderung passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>lading::ui::FilesArtifactView</name>
    <message>
        <source>folder (tar+gzip)</source>
        <translation>Ordner (tar+gzip)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the file&apos;s text below (the first 1 MiB of a bigger file)</source>
        <translation>Den Text der Datei unten anzeigen (bei größeren Dateien das erste MiB)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>This artifact has no files.</source>
        <translation>Dieses Artefakt hat keine Dateien.</translation>
    </message>
    <message>
        <source>Double-click a text file, or select it and choose View, to read it here.</source>
        <translation>Doppelklicken Sie auf eine Textdatei oder wählen Sie sie aus und klicken Sie auf „Anzeigen“, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
</context>
<context>
    <name>lading::ui::HelmChartView</name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Maintainers</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <source>, if %1</source>
        <translation>, wenn %1</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>1 file, %1 unpacked</source>
        <translation>1 Datei, %1 entpackt</translation>
    </message>
    <message>
        <source>%1 files, %2 unpacked</source>
        <translation>%1 Dateien, %2 entpackt</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienz</translation>
    </message>
    <message>
        <source>signed: the chart has a provenance (.prov) layer</source>
        <translation>signiert: Das Chart hat einen Provenienz-Layer (.prov)</translation>
    </message>
    <message>
        <source>Archive entries with an unsafe name (absolute or with &quot;..&quot;) were ignored: %1.</source>
        <translation>Archiveinträge mit unsicherem Namen (absolut oder mit „..“) wurden ignoriert: %1.</translation>
    </message>
    <message>
        <source>The archive has too many entries; only the first ones are listed.</source>
        <translation>Das Archiv hat zu viele Einträge; nur die ersten werden aufgeführt.</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Templates (%1)</translation>
    </message>
    <message>
        <source>This chart has no values.yaml.</source>
        <translation>Dieses Chart hat keine values.yaml.</translation>
    </message>
    <message>
        <source>This chart has no README.</source>
        <translation>Dieses Chart hat keine README.</translation>
    </message>
</context>
<context>
    <name>lading::ui::JsonDiffPane</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Neither side has this document.</source>
        <translation>Keine Seite hat dieses Dokument.</translation>
    </message>
    <message>
        <source>The left document is not JSON.</source>
        <translation>Das linke Dokument ist kein JSON.</translation>
    </message>
    <message>
        <source>The right document is not JSON.</source>
        <translation>Das rechte Dokument ist kein JSON.</translation>
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
    <name>lading::ui::LayerFilesModel</name>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Whiteout: this layer deletes &quot;%1&quot; of the layers below it.</source>
        <translation>Whiteout: Dieser Layer löscht „%1“ aus den Layern darunter.</translation>
    </message>
    <message>
        <source>Hard link to %1</source>
        <translation>Harter Link auf %1</translation>
    </message>
    <message>
        <source>Symbolic link to %1</source>
        <translation>Symbolischer Link auf %1</translation>
    </message>
    <message>
        <source>Folder implied by the entries below it.</source>
        <translation>Ordner, der sich aus den Einträgen darunter ergibt.</translation>
    </message>
    <message>
        <source>Not in the layer itself: implied by the entries below it.</source>
        <translation>Nicht im Layer selbst enthalten: Er ergibt sich aus den Einträgen darunter.</translation>
    </message>
    <message>
        <source>Opaque folder: hides everything the layers below have in it.</source>
        <translation>Opaker Ordner: Er verbirgt alles, was die Layer darunter in ihm enthalten.</translation>
    </message>
    <message>
        <source>Also deletes what the layers below have under this name.</source>
        <translation>Löscht außerdem, was die Layer darunter unter diesem Namen enthalten.</translation>
    </message>
    <message>
        <source>Unsafe name: it was absolute or climbed out of the layer with &quot;..&quot;. Shown here, never extracted.</source>
        <translation>Unsicherer Name: Er war absolut oder verließ den Layer mit „..“. Wird hier angezeigt, aber nie entpackt.</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>Owner: uid %1, gid %2</source>
        <translation>Besitzer: UID %1, GID %2</translation>
    </message>
    <message>
        <source>From layer %1</source>
        <translation>Aus Layer %1</translation>
    </message>
    <message>
        <source>%1 (hard link)</source>
        <translation>%1 (harter Link)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Link-Ziel</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
</context>
<context>
    <name>lading::ui::LayerFilesView</name>
    <message>
        <source>The merged filesystem of the image, or one layer&apos;s own entries with its whiteouts</source>
        <translation>Das zusammengeführte Dateisystem des Images oder die eigenen Einträge eines Layers mit seinen Whiteouts</translation>
    </message>
    <message>
        <source>Filter: part of a path, or a glob such as *.conf or etc/*.d</source>
        <translation>Filter: Teil eines Pfads oder ein Glob-Muster wie *.conf oder etc/*.d</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the first MiB of the selected file</source>
        <translation>Das erste MiB der ausgewählten Datei anzeigen</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Entpacken …</translation>
    </message>
    <message>
        <source>Copy the selected file or folder to a folder on this computer</source>
        <translation>Die ausgewählte Datei oder den ausgewählten Ordner in einen Ordner auf diesem Computer kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All layers (merged)</source>
        <translation>Alle Layer (zusammengeführt)</translation>
    </message>
    <message>
        <source>The files are listed when this tab is shown.</source>
        <translation>Die Dateien werden aufgelistet, sobald dieser Tab angezeigt wird.</translation>
    </message>
    <message>
        <source>Layer %1 %2 %3</source>
        <translation>Layer %1 %2 %3</translation>
    </message>
    <message>
        <source>Select an image to see its files.</source>
        <translation>Wählen Sie ein Image aus, um seine Dateien zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Listing the files of %n layer(s)…</source>
        <translation>
            <numerusform>Die Dateien von %n Layer werden aufgelistet …</numerusform>
            <numerusform>Die Dateien von %n Layern werden aufgelistet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files of layer %1…</source>
        <translation>Die Dateien von Layer %1 werden aufgelistet …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Listing the files was cancelled.</source>
        <translation>Das Auflisten der Dateien wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>Die Dateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 of files</source>
        <translation>
            <numerusform>%n Eintrag, %1 in Dateien</numerusform>
            <numerusform>%n Einträge, %1 in Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation>%1 wird gelesen: %2 von %3</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3</source>
        <translation>%1 wird heruntergeladen: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, %2 (%L3 bytes).</source>
        <translation>%1 ist eine Binärdatei, %2 (%L3 Bytes).</translation>
    </message>
    <message>
        <source>Extract %1 to</source>
        <translation>%1 entpacken nach</translation>
    </message>
    <message>
        <source>Extracting %1 to %2…</source>
        <translation>%1 wird nach %2 entpackt …</translation>
    </message>
    <message>
        <source>Could not extract %1: %2</source>
        <translation>%1 konnte nicht entpackt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %1 to %2: %n item(s), %3</source>
        <translation>
            <numerusform>%1 nach %2 entpackt: %n Element, %3</numerusform>
            <numerusform>%1 nach %2 entpackt: %n Elemente, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n: %1</source>
        <translation>
            <numerusform>%n übersprungen: %1</numerusform>
            <numerusform>%n übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
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
    <message>
        <source>&amp;Trusted Keys and Roots…</source>
        <translation>&amp;Vertrauenswürdige Schlüssel und Stammzertifikate …</translation>
    </message>
    <message>
        <source>The public keys and root certificates that make a signature verified</source>
        <translation>Die öffentlichen Schlüssel und Stammzertifikate, durch die eine Signatur als verifiziert gilt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <source>Compare two artifacts side by side: manifests, layers, files, packages, referrers</source>
        <translation>Zwei Artefakte nebeneinander vergleichen: Manifeste, Layer, Dateien, Pakete, Referrer</translation>
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
    <name>lading::ui::ModelPackView</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>1 file, %1</source>
        <translation>1 Datei, %1</translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 Dateien, %2</translation>
    </message>
    <message>
        <source>Layer diff IDs</source>
        <translation>Layer-Diff-IDs</translation>
    </message>
</context>
<context>
    <name>lading::ui::OpaBundleView</name>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>one layer per file (conftest)</source>
        <translation>ein Layer pro Datei (conftest)</translation>
    </message>
    <message>
        <source>a bundle archive (opa build)</source>
        <translation>ein Bundle-Archiv (opa build)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>Wurzeln</translation>
    </message>
    <message>
        <source>(all of data)</source>
        <translation>(alles unter data)</translation>
    </message>
    <message>
        <source>Rego version</source>
        <translation>Rego-Version</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>v0</source>
        <translation>v0</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>none (.manifest is optional)</source>
        <translation>keins (.manifest ist optional)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>yes (.signatures.json)</source>
        <translation>ja (.signatures.json)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Entries with an unsafe name (absolute or with &quot;..&quot;) were ignored: %1.</source>
        <translation>Einträge mit unsicherem Namen (absolut oder mit „..“) wurden ignoriert: %1.</translation>
    </message>
    <message>
        <source>The archive has too many entries; only the first ones are listed.</source>
        <translation>Das Archiv hat zu viele Einträge; nur die ersten werden aufgeführt.</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Richtlinien (%1)</translation>
    </message>
    <message>
        <source>Data (%1)</source>
        <translation>Daten (%1)</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Andere Dateien (%1)</translation>
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
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Signaturen werden geprüft …</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
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
    <name>lading::ui::SbomFilterProxy</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lading::ui::SbomPackagesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Paket-URL</translation>
    </message>
</context>
<context>
    <name>lading::ui::SbomView</name>
    <message>
        <source>&amp;SBOM:</source>
        <translation>&amp;SBOM:</translation>
    </message>
    <message>
        <source>Search names and package URLs</source>
        <translation>Namen und Paket-URLs durchsuchen</translation>
    </message>
    <message>
        <source>Show only packages with this licence</source>
        <translation>Nur Pakete mit dieser Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Show only packages of this type</source>
        <translation>Nur Pakete dieses Typs anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the packages shown, in this order, as a CSV file</source>
        <translation>Die angezeigten Pakete in dieser Reihenfolge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No manifest selected</source>
        <translation>Kein Manifest ausgewählt</translation>
    </message>
    <message>
        <source>Looking for SBOMs…</source>
        <translation>SBOMs werden gesucht …</translation>
    </message>
    <message>
        <source>Could not look for SBOMs: %1</source>
        <translation>Die Suche nach SBOMs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No SBOM is attached to this manifest: no SPDX or CycloneDX referrer, cosign SBOM or SBOM attestation.</source>
        <translation>An dieses Manifest ist keine SBOM angehängt: kein SPDX- oder CycloneDX-Referrer, keine Cosign-SBOM und keine SBOM-Attestierung.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read the SBOM (%1): %2</source>
        <translation>Die SBOM konnte nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>This SBOM lists no packages.</source>
        <translation>Diese SBOM führt keine Pakete auf.</translation>
    </message>
    <message>
        <source>All licences</source>
        <translation>Alle Lizenzen</translation>
    </message>
    <message>
        <source>No licence</source>
        <translation>Keine Lizenz</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Kein Typ</translation>
    </message>
    <message>
        <source>%1 of %2 packages</source>
        <translation>%1 von %2 Paketen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Exported %1 packages to %2</source>
        <translation>%1 Pakete nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export Packages as CSV</source>
        <translation>Pakete als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>lading::ui::SifView</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Launch script</source>
        <translation>Startskript</translation>
    </message>
    <message>
        <source>SIF version</source>
        <translation>SIF-Version</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <source>%1 used, %2 free of %3</source>
        <translation>%1 belegt, %2 von %3 frei</translation>
    </message>
    <message>
        <source>Descriptor table</source>
        <translation>Deskriptortabelle</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <source>Data section</source>
        <translation>Datenbereich</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::SignaturesView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>Erneut verifizieren</translation>
    </message>
    <message>
        <source>Look for signatures and check them again</source>
        <translation>Erneut nach Signaturen suchen und sie prüfen</translation>
    </message>
    <message>
        <source>Trusted Keys…</source>
        <translation>Vertrauenswürdige Schlüssel …</translation>
    </message>
    <message>
        <source>The public keys and root certificates that make a signature verified</source>
        <translation>Die öffentlichen Schlüssel und Stammzertifikate, durch die eine Signatur als verifiziert gilt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signatures and attestations of the selected manifest.</source>
        <translation>Signaturen und Attestierungen des ausgewählten Manifests.</translation>
    </message>
    <message>
        <source>Select a tag or digest to see its signatures.</source>
        <translation>Ein Tag oder einen Digest auswählen, um seine Signaturen zu sehen.</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Signaturen werden geprüft …</translation>
    </message>
    <message>
        <source>Looking for signatures of %1…</source>
        <translation>Signaturen von %1 werden gesucht …</translation>
    </message>
    <message>
        <source>Could not look for signatures.</source>
        <translation>Die Suche nach Signaturen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not look for signatures: %1</source>
        <translation>Die Suche nach Signaturen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This manifest is a signature of %1 — %2, checked against it.</source>
        <translation>Dieses Manifest ist eine Signatur von %1 — %2, gegen dieses geprüft.</translation>
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
        <source>1 attestation</source>
        <translation>1 Attestierung</translation>
    </message>
    <message>
        <source>%1 attestations</source>
        <translation>%1 Attestierungen</translation>
    </message>
    <message>
        <source>Unsigned: no signature refers to this manifest.</source>
        <translation>Unsigniert: Keine Signatur verweist auf dieses Manifest.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This signature holds nothing Lading can check.</source>
        <translation>Diese Signatur enthält nichts, was Lading prüfen kann.</translation>
    </message>
    <message>
        <source>No signatures or attestations refer to this manifest.</source>
        <translation>Keine Signaturen oder Attestierungen verweisen auf dieses Manifest.</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Signed digest</source>
        <translation>Signierter Digest</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>stimmt mit %1 überein</translation>
    </message>
    <message>
        <source>does NOT match %1</source>
        <translation>stimmt NICHT mit %1 überein</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>no digest found in the signed payload</source>
        <translation>kein Digest in der signierten Payload gefunden</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>Docker reference</source>
        <translation>Docker-Referenz</translation>
    </message>
    <message>
        <source>Signing agent</source>
        <translation>Signierprogramm</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Issuing certificate %1</source>
        <translation>Ausstellendes Zertifikat %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>OIDC issuer</source>
        <translation>OIDC-Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>a certificate authority (CA:TRUE)</source>
        <translation>eine Zertifizierungsstelle (CA:TRUE)</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM kopieren</translation>
    </message>
    <message>
        <source>Copy this certificate to the clipboard as PEM</source>
        <translation>Dieses Zertifikat als PEM in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Transparency log</source>
        <translation>Transparenzlog</translation>
    </message>
    <message>
        <source>Log index</source>
        <translation>Log-Index</translation>
    </message>
    <message>
        <source>Log ID</source>
        <translation>Log-ID</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Inklusionsnachweis</translation>
    </message>
    <message>
        <source>Signed entry timestamp</source>
        <translation>Signierter Eintragszeitstempel</translation>
    </message>
    <message>
        <source>Shown as recorded; Lading does not ask the log.</source>
        <translation>Wie aufgezeichnet angezeigt; Lading fragt das Log nicht ab.</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Payload type</source>
        <translation>Payload-Typ</translation>
    </message>
    <message>
        <source>Predicate type</source>
        <translation>Prädikattyp</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Predicate (the first %1 of %2)</source>
        <translation>Prädikat (die ersten %1 von %2)</translation>
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
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>checking signatures…</source>
        <translation>Signaturen werden geprüft …</translation>
    </message>
    <message>
        <source>Click to see the signatures.</source>
        <translation>Klicken, um die Signaturen zu sehen.</translation>
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
    <message>
        <source>%1
Checking signatures…</source>
        <translation>%1
Signaturen werden geprüft …</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>lading::ui::TextViewer</name>
    <message>
        <source>%1 · %2 · only the first %3 is shown</source>
        <translation>%1 · %2 · nur die ersten %3 werden angezeigt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
<context>
    <name>lading::ui::TrustBadgeCache</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>This signature, checked against the manifest it signs:</source>
        <translation>Diese Signatur, geprüft gegen das Manifest, das sie signiert:</translation>
    </message>
    <message>
        <source>No signature refers to this manifest.</source>
        <translation>Keine Signatur verweist auf dieses Manifest.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Could not check the signatures: %1</source>
        <translation>Die Signaturen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>lading::ui::TrustSettingsDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a PEM file.</source>
        <translation>%1 ist zu groß für eine PEM-Datei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no PEM public key.</source>
        <translation>%1 enthält keinen öffentlichen PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Trusted Keys and Roots</source>
        <translation>Vertrauenswürdige Schlüssel und Stammzertifikate</translation>
    </message>
    <message>
        <source>A signature is &lt;b&gt;verified&lt;/b&gt; when its key is one of these public keys (cosign keys), or when its certificate chain leads to one of these root certificates (Sigstore&apos;s Fulcio, a Notation CA, your own). Without them, signatures show as signed but not verified.</source>
        <translation>Eine Signatur gilt als &lt;b&gt;verifiziert&lt;/b&gt;, wenn ihr Schlüssel einer dieser öffentlichen Schlüssel ist (cosign-Schlüssel) oder wenn ihre Zertifikatskette zu einem dieser Stammzertifikate führt (Fulcio von Sigstore, eine Notation-CA, Ihre eigene). Ohne sie werden Signaturen als signiert, aber nicht verifiziert angezeigt.</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <source>Trust the public keys of a PEM file (cosign.pub)</source>
        <translation>Den öffentlichen Schlüsseln einer PEM-Datei vertrauen (cosign.pub)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Root certificates</source>
        <translation>Stammzertifikate</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Add Root…</source>
        <translation>Stammzertifikat hinzufügen …</translation>
    </message>
    <message>
        <source>Trust the certificates of a PEM file as roots</source>
        <translation>Den Zertifikaten einer PEM-Datei als Stammzertifikaten vertrauen</translation>
    </message>
    <message>
        <source>Add Trusted Public Key</source>
        <translation>Vertrauenswürdigen öffentlichen Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add Trusted Root Certificate</source>
        <translation>Vertrauenswürdiges Stammzertifikat hinzufügen</translation>
    </message>
    <message>
        <source>PEM public keys (*.pub *.pem *.key);;All files (*)</source>
        <translation>Öffentliche PEM-Schlüssel (*.pub *.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>That certificate is trusted already.</source>
        <translation>Diesem Zertifikat wird bereits vertraut.</translation>
    </message>
    <message>
        <source>That key is trusted already.</source>
        <translation>Diesem Schlüssel wird bereits vertraut.</translation>
    </message>
    <message>
        <source>Added 1 root certificate.</source>
        <translation>1 Stammzertifikat hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 root certificates.</source>
        <translation>%1 Stammzertifikate hinzugefügt.</translation>
    </message>
    <message>
        <source>Added 1 public key.</source>
        <translation>1 öffentlicher Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 public keys.</source>
        <translation>%1 öffentliche Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>Root certificate removed.</source>
        <translation>Stammzertifikat entfernt.</translation>
    </message>
    <message>
        <source>Unreadable key</source>
        <translation>Unlesbarer Schlüssel</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
Issued by %2
%3</source>
        <translation>%1
Ausgestellt von %2
%3</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Unreadable certificate</source>
        <translation>Unlesbares Zertifikat</translation>
    </message>
</context>
<context>
    <name>lading::ui::WasmModuleView</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binärformat</translation>
    </message>
    <message>
        <source>Component (pre-standard version 0x%1, layer %2)</source>
        <translation>Komponente (Vorstandard-Version 0x%1, Layer %2)</translation>
    </message>
    <message>
        <source>Core module (version %1)</source>
        <translation>Core-Modul (Version %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 custom)</source>
        <translation>%1 (davon %2 benutzerdefiniert)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Imports (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>Exporte (%1)</translation>
    </message>
    <message>
        <source>Sections (%1)</source>
        <translation>Abschnitte (%1)</translation>
    </message>
</context>
</TS>
