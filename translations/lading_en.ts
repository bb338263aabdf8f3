<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArtifactDetector</name>
    <message numerus="yes">
        <source>OPA policies (%n Rego file(s))</source>
        <translation>
            <numerusform>OPA policies (%n Rego file)</numerusform>
            <numerusform>OPA policies (%n Rego files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>lading: skipped %n layer(s) without a title annotation</source>
        <translation>
            <numerusform>lading: skipped %n layer without a title annotation</numerusform>
            <numerusform>lading: skipped %n layers without a title annotation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonRows</name>
    <message numerus="yes">
        <source>%1 (%n signature report(s))</source>
        <translation>
            <numerusform>%1 (%n signature report)</numerusform>
            <numerusform>%1 (%n signature reports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::BrowserPanel</name>
    <message numerus="yes">
        <source>Searching %n repositories…</source>
        <translation>
            <numerusform>Searching %n repository…</numerusform>
            <numerusform>Searching %n repositories…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n tags…</source>
        <translation>
            <numerusform>Searching %n tag…</numerusform>
            <numerusform>Searching %n tags…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed last</source>
        <translation>
            <numerusform>%n listed last</numerusform>
            <numerusform>%n listed last</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::CompareView</name>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest change(s)</source>
        <translation>
            <numerusform>%n manifest change</numerusform>
            <numerusform>%n manifest changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config change(s)</source>
        <translation>
            <numerusform>%n config change</numerusform>
            <numerusform>%n config changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on one side only</source>
        <translation>
            <numerusform>%n layer on one side only</numerusform>
            <numerusform>%n layers on one side only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file change(s)</source>
        <translation>
            <numerusform>%n file change</numerusform>
            <numerusform>%n file changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package change(s)</source>
        <translation>
            <numerusform>%n package change</numerusform>
            <numerusform>%n package changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) differ</source>
        <translation>
            <numerusform>%n referrer differs</numerusform>
            <numerusform>%n referrers differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::CopyDialog</name>
    <message numerus="yes">
        <source>%n manifest(s) (%1 already there), </source>
        <translation>
            <numerusform>%n manifest (%1 already there), </numerusform>
            <numerusform>%n manifests (%1 already there), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) (%1 already there), </source>
        <translation>
            <numerusform>%n blob (%1 already there), </numerusform>
            <numerusform>%n blobs (%1 already there), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s); </source>
        <translation>
            <numerusform>%n referrer; </numerusform>
            <numerusform>%n referrers; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::DeleteDialog</name>
    <message numerus="yes">
        <source>with %n tag(s)</source>
        <translation>
            <numerusform>with %n tag</numerusform>
            <numerusform>with %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) would be deleted too</source>
        <translation>
            <numerusform>%n referrer would be deleted too</numerusform>
            <numerusform>%n referrers would be deleted too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) would be left without a subject</source>
        <translation>
            <numerusform>%n referrer would be left without a subject</numerusform>
            <numerusform>%n referrers would be left without a subject</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::DiffTablePane</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::FileDiffView</name>
    <message numerus="yes">
        <source>The %n lowest layer(s) both sides share were skipped without reading them.</source>
        <translation>
            <numerusform>The %n lowest layer both sides share was skipped without reading it.</numerusform>
            <numerusform>The %n lowest layers both sides share were skipped without reading them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n lowest layer(s) both sides share were listed, not hashed: the layers above them touch paths on one side only.</source>
        <translation>
            <numerusform>The %n lowest layer both sides share was listed, not hashed: the layers above it touch paths on one side only.</numerusform>
            <numerusform>The %n lowest layers both sides share were listed, not hashed: the layers above them touch paths on one side only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) read.</source>
        <translation>
            <numerusform>%n layer read.</numerusform>
            <numerusform>%n layers read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::LayerFilesView</name>
    <message numerus="yes">
        <source>Listing the files of %n layer(s)…</source>
        <translation>
            <numerusform>Listing the files of %n layer…</numerusform>
            <numerusform>Listing the files of %n layers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 of files</source>
        <translation>
            <numerusform>%n entry, %1 of files</numerusform>
            <numerusform>%n entries, %1 of files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %1 to %2: %n item(s), %3</source>
        <translation>
            <numerusform>Extracted %1 to %2: %n item, %3</numerusform>
            <numerusform>Extracted %1 to %2: %n items, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n: %1</source>
        <translation>
            <numerusform>Skipped %n: %1</numerusform>
            <numerusform>Skipped %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lading::ui::PushDialog</name>
    <message numerus="yes">
        <source>Push %n item(s): %1</source>
        <translation>
            <numerusform>Push %n item: %1</numerusform>
            <numerusform>Push %n items: %1</numerusform>
        </translation>
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
</context>
</TS>
