<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveStore</name>
    <message>
        <source>No archive file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive; for a layout folder use oci:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactClass</name>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-platform image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosign signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosign attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosign SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigstore bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notation signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CycloneDX SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-toto attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebAssembly module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apptainer image (SIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPA policy bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI model (ModelPack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactPacker</name>
    <message>
        <source>Packing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pack %1: only files, folders and symbolic links can be packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being packed; pack it again when it is no longer being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the work folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist; check the path of the file or folder to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file or folder, so it cannot be pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no name to store it under; push the files inside it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are both named &quot;%3&quot;; an artifact holds one file per name, so rename or leave out one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media type; an artifact type looks like application/vnd.example.thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; given for %2 is not a media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config file &quot;%1&quot; does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media type for the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest would be over 4 MiB, which registries refuse; push fewer files or smaller annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactUnpacker</name>
    <message>
        <source>The pull was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the archive reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not match its recorded content digest (expected %2, got %3); the artifact is damaged, push it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder archive &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the archive entry &quot;%1&quot; of &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not inside the folder &quot;%1&quot; the layer is named for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract &quot;%1&quot;: a folder of that name is already at %2; remove it and pull again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped &quot;%1&quot;: it is not a file, folder or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to the absolute path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to &quot;%1&quot;, outside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the symbolic link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which is not a file extracted before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 as a copy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an index of several manifests; choose one of them to pull its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two layers are both titled &quot;%1&quot;; the artifact cannot be pulled as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder layer &quot;%1&quot; has an invalid content digest annotation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file &quot;%1&quot;: a folder of that name is already at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manifest annotation KEY=VALUE (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact type (a media type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation &quot;%1&quot; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the repositories of a registry, all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tags of a repository or layout, all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the digest of a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the exact manifest bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the referrers (signatures, SBOMs, …) of a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push files and folders as an artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A config file, optionally with its media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push files as a referrer of SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an artifact&apos;s files (by title) to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a multi-platform index: os/arch[/variant]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy between any registries and layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy referrers too, recursively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an OCI layout folder or tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout folder to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout tar to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export referrers too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a manifest; lists every tag that goes with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credentials in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password or token from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lading COMMAND [OPTIONS] ARGUMENTS

Locations: host[:port]/repo[:tag][@digest], oci:PATH[:tag|@digest], oci-archive:FILE.tar[:tag]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;lading COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run &quot;lading --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP to the registries named here (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this CA bundle (PEM) for TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs transferred at once (default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog takes one registry, for example: lading catalog localhost:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags takes one repository, for example: lading tags localhost:5000/app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve takes one location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest takes one location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrers takes one location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push takes a location and at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push needs a tag, not a digest: the digest is computed from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach takes a subject and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach needs --artifact-type, for example application/spdx+json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull takes one location and -o DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no manifest for %1; pick one with --platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lading: skipped %n layer(s) without a title annotation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>copy takes a source and a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one of --oci-layout DIR and --oci-archive FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag takes a location and at least one new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete takes one location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orphans referrer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes a registry and -u USER; the password comes from --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass the password on standard input with --password-stdin (never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login succeeded; the credential is in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>The credential helper %1 failed to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid credential helper name; fix credsStore or credHelpers in the Docker configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 is not installed (not found in PATH); install it or remove it from credsStore/credHelpers in the Docker configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds; check that it works with &quot;%1 %3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 wrote more than 1 MiB; it is not a working credential helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 answered something that is not JSON credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential helper can store a user name and password or an identity token only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 answered a list that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descriptor</name>
    <message>
        <source>A descriptor has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor has an invalid digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor of %1 has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>&quot;%1&quot; is not a digest; expected algorithm:hex, for example sha256:0123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest: it needs exactly 64 lower-case hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sha512 digest: it needs exactly 128 lower-case hex characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Digester</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerConfig</name>
    <message>
        <source>The &quot;auth&quot; value for %1 in %2 is not base64 of user:password; log in again or fix the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3); fix it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; it is not a credentials file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCopier</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The OS keychain is not available (%1); install and start gnome-keyring or another Secret Service with an unlocked login keyring, or use a Docker credential helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused access to the entry for %1 (%2); unlock the keychain and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not delete the entry for %1 (%2); remove it with the keychain&apos;s own tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off by LADING_NO_KEYCHAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session: DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry is not a Lading credential; log in again to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain has not answered an earlier request (is it waiting to be unlocked?); unlock it or restart Lading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain cannot be used from its own thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 seconds; unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutArchive</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was refused at the entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 as a tar archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, outside the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 has a hard link &quot;%2&quot; to &quot;%3&quot;, which it does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds a damaged blob %2: it does not match its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to &quot;%1&quot;, outside the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, but blobs must be plain files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a special file, but blobs must be plain files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds a damaged blob %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OCI layout archive: it has no oci-layout file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OCI layout archive: it has no index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: it has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has %2 bytes but its descriptor states %3: the layout is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify %1: the digest algorithm is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not match its digest (got %2): the layout is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given for the OCI layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OCI layout at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not an OCI layout folder; for a tar archive use oci-archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: it has no oci-layout file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and is not an OCI layout; choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid oci-layout file: it has no imageLayoutVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout at %1 uses image-layout version %2; only version 1.x is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete OCI layout: it has no index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; it cannot be a sane index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); the layout is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a &quot;manifests&quot; field that is not a list; the layout is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 is %2 bytes, over the 4 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag or digest was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag or manifest &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 is %2 bytes, over the %3 bytes allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag for an OCI layout; use letters, digits and . _ - : @ +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>&quot;%1&quot; has an empty tag after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no path; expected oci:PATH[:tag]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>The manifest is %1 bytes, over the 4 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest says it is %1 but was served as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Docker schema 1 manifest, which is obsolete and not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a manifest or index media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has schemaVersion %1; only 2 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s subject is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no &quot;manifests&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index entry is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image manifest has no config descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config descriptor is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer descriptor is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>&quot;%1&quot; is not a platform; expected os/arch[/variant], for example linux/arm64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry host is needed, for example localhost:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty reference; expected host/repository:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, at most 128, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no repository; expected host/repository[:tag]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (repository names are lower-case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid repository name%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>TLS connection to %1 failed (%2); for a private CA pass --ca-file, for a registry without TLS mark it insecure with --plain-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused; is the registry running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the host %1; check the registry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for a token from an invalid address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a login: run &quot;lading login %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (401) without saying how to authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants credentials sent to %2 over plain HTTP; refusing. Mark the registry insecure (--plain-http) only if you trust the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials; log in again with &quot;lading login %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service of %1 answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewind the upload to retry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for credentials over plain HTTP; refusing to send them. Mark the registry insecure only if you trust the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 is larger than %2 bytes; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP; refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewind the upload to follow a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak the OCI distribution API (/v2/ answered 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the same page twice while listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry answered with invalid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the repositories of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list its repositories (no catalog); name a repository directly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>log in with &quot;lading login&quot; or check your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry does not allow this operation (deletion may be disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refuses content this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry is rate-limiting requests; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteRepository</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving %1 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for %2 with another digest, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the manifest %1 of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 of %2 is over the 4 MiB limit; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest served for %1 does not match that digest; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 does not match the digest the registry states (%2); refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes but its descriptor states %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 does not match its digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting an upload to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry opened an upload without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the upload of %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2 bytes expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload session of %1 expired; push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the upload to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the manifest %1 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry stored the manifest under another digest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging %1 as %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow deleting manifests (deletion is disabled on this registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tags of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many pages of referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing referrers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrers API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrers tag %1 holds something other than an index; not touching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the referrers index %1 in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafePath</name>
    <message>
        <source>Refused the name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused an empty file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute paths are not allowed, only names inside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslashes are not allowed in names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drive letters are not allowed, only names inside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leads outside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name anything inside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link that leads outside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifiedFileWriter</name>
    <message>
        <source>Cannot verify %1: the digest algorithm is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes its descriptor states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes but its descriptor states %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content does not match its digest: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
