#!/usr/bin/env bash
# Seeds a registry with one sample artifact of every kind Lading recognises, pushed by Lading itself, from
# the small files in resources/samples (binary samples are generated here, nothing is downloaded).
#   scripts/seed-demo.sh LADING_BINARY REGISTRY_HOST
set -euo pipefail
lading="$1"
registry="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$here/resources/samples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { echo "seed: $*" >&2; }

# A multi-platform image: two tiny images built with umoci, joined by an OCI index, copied by Lading.
layout="$work/multi"
umoci init --layout "$layout"
manifests=""
for arch in amd64 arm64; do
    umoci new --image "$layout:$arch"
    umoci unpack --rootless --image "$layout:$arch" "$work/bundle-$arch" >/dev/null
    mkdir -p "$work/bundle-$arch/rootfs/etc"
    echo "hello from linux/$arch" > "$work/bundle-$arch/rootfs/etc/motd"
    umoci repack --image "$layout:$arch" "$work/bundle-$arch"
    umoci config --image "$layout:$arch" --architecture="$arch" --os=linux --config.cmd=/bin/cat \
        --config.cmd=/etc/motd --config.label=org.opencontainers.image.title=demo-app
    digest=$("$lading" resolve "oci:$layout:$arch")
    size=$("$lading" manifest "oci:$layout:$arch" | wc -c)
    entry="{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"$digest\",\"size\":$size,\"platform\":{\"architecture\":\"$arch\",\"os\":\"linux\"}}"
    manifests="${manifests:+$manifests,}$entry"
done
index="{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[$manifests]}"
printf '%s' "$index" > "$work/index.blob"
index_hex=$(sha256sum "$work/index.blob" | cut -d' ' -f1)
cp "$work/index.blob" "$layout/blobs/sha256/$index_hex"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"1.0"}}]}' \
    "$index_hex" "$(wc -c < "$work/index.blob")" > "$layout/index.json"
say "multi-platform image"
image_digest=$("$lading" copy "oci:$layout:1.0" "$registry/demo/app:1.0")

# SBOMs and signatures attached to the image as referrers.
say "SBOMs"
"$lading" attach "$registry/demo/app@$image_digest" "$samples/sbom/demo.spdx.json:application/spdx+json" \
    --artifact-type application/spdx+json >/dev/null
"$lading" attach "$registry/demo/app@$image_digest" "$samples/sbom/demo.cdx.json:application/vnd.cyclonedx+json" \
    --artifact-type application/vnd.cyclonedx+json >/dev/null
say "signatures"
# Real signatures over the image, verifiable offline: a cosign key pair (ECDSA P-256) and a notation chain
# (a root CA and a code-signing leaf, RSA with PS256). The public key and the root land in $trust so the
# window's Trusted Keys dialog or `lading verify --key/--trust-root` can check them.
trust="${LADING_DEMO_TRUST:-$work/trust}"
mkdir -p "$trust"
openssl ecparam -name prime256v1 -genkey -noout -out "$work/cosign.key" 2>/dev/null
openssl ec -in "$work/cosign.key" -pubout -out "$trust/cosign.pub" 2>/dev/null
cat > "$work/ca.cnf" <<'CNF'
[lading_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[lading_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning
authorityKeyIdentifier = keyid
CNF
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$trust/notation-root.pem" -days 3650 \
    -subj "/O=Lading Demo/CN=Lading Demo Root" -extensions lading_ca -config <(cat /etc/ssl/openssl.cnf "$work/ca.cnf") 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/leaf.key" -out "$work/leaf.csr" \
    -subj "/O=Lading Demo/CN=Lading Demo Signer" 2>/dev/null
openssl x509 -req -in "$work/leaf.csr" -CA "$trust/notation-root.pem" -CAkey "$work/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
    -out "$work/leaf.pem" -days 3650 -extfile "$work/ca.cnf" -extensions lading_leaf 2>/dev/null

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
der64() { openssl x509 -in "$1" -outform DER | base64 -w0; }
image_size=$("$lading" manifest "$registry/demo/app@$image_digest" | wc -c)
payload=$(printf '{"targetArtifact":{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"%s","size":%s}}' \
    "$image_digest" "$image_size" | b64url)
protected=$(printf '{"alg":"PS256","cty":"application/vnd.cncf.notary.payload.v1+json","crit":["io.cncf.notary.signingScheme"],"io.cncf.notary.signingScheme":"notary.x509","io.cncf.notary.signingTime":"2026-01-01T00:00:00Z"}' | b64url)
signature=$(printf '%s.%s' "$protected" "$payload" | openssl dgst -sha256 -sign "$work/leaf.key" \
    -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32 -binary | b64url)
printf '{"payload":"%s","protected":"%s","header":{"x5c":["%s","%s"],"io.cncf.notary.signingAgent":"lading-demo"},"signature":"%s"}' \
    "$payload" "$protected" "$(der64 "$work/leaf.pem")" "$(der64 "$trust/notation-root.pem")" "$signature" \
    > "$work/signature.jws"
"$lading" attach "$registry/demo/app@$image_digest" "$work/signature.jws:application/jose+json" \
    --artifact-type application/vnd.cncf.notary.signature \
    --annotation "io.cncf.notary.x509chain.thumbprint#S256=[\"$(openssl x509 -in "$work/leaf.pem" -outform DER | sha256sum | cut -d' ' -f1)\"]" >/dev/null

# Manifests whose layers carry annotations (cosign's signature and attestation tags) go through a small OCI
# layout written here, then `lading copy`.
put_blob() { # FILE → "sha256:<hex> <size>", the file stored in the layout $1
    local hex; hex=$(sha256sum "$2" | cut -d' ' -f1)
    mkdir -p "$1/blobs/sha256"; cp "$2" "$1/blobs/sha256/$hex"
    echo "sha256:$hex $(wc -c < "$2")"
}
push_layered() { # TARGET CONFIG_FILE LAYER_FILE LAYER_MEDIATYPE LAYER_ANNOTATIONS_JSON
    local dir; dir=$(mktemp -d "$work/layout.XXXX")
    printf '{"imageLayoutVersion":"1.0.0"}' > "$dir/oci-layout"
    read -r cdigest csize <<<"$(put_blob "$dir" "$2")"
    read -r ldigest lsize <<<"$(put_blob "$dir" "$3")"
    printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[{"mediaType":"%s","digest":"%s","size":%s,"annotations":%s}]}' \
        "$cdigest" "$csize" "$4" "$ldigest" "$lsize" "$5" > "$work/manifest.json"
    read -r mdigest msize <<<"$(put_blob "$dir" "$work/manifest.json")"
    printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"seed"}}]}' \
        "$mdigest" "$msize" > "$dir/index.json"
    "$lading" copy "oci:$dir:seed" "$1" >/dev/null
}
printf '{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}}' > "$work/cosign-config.json"

# cosign's tag scheme: sha256-<hex>.sig, a simple-signing payload signed with the cosign key.
printf '{"critical":{"identity":{"docker-reference":"%s/demo/app"},"image":{"docker-manifest-digest":"%s"},"type":"cosign container image signature"},"optional":null}' \
    "$registry" "$image_digest" > "$work/simplesigning.json"
cosign_sig=$(openssl dgst -sha256 -sign "$work/cosign.key" -binary "$work/simplesigning.json" | base64 -w0)
push_layered "$registry/demo/app:${image_digest/:/-}.sig" "$work/cosign-config.json" "$work/simplesigning.json" \
    application/vnd.dev.cosign.simplesigning.v1+json "{\"dev.cosignproject.cosign/signature\":\"$cosign_sig\"}"

# cosign's attestation tag: a DSSE envelope around an in-toto statement whose predicate is the SPDX SBOM.
say "attestation"
printf '{"_type":"https://in-toto.io/Statement/v0.1","predicateType":"https://spdx.dev/Document","subject":[{"name":"%s/demo/app","digest":{"sha256":"%s"}}],"predicate":%s}' \
    "$registry" "${image_digest#sha256:}" "$(tr -d '\n' < "$samples/sbom/demo.spdx.json")" > "$work/statement.json"
statement_type="application/vnd.in-toto+json"
{ printf 'DSSEv1 %s %s %s ' "${#statement_type}" "$statement_type" "$(wc -c < "$work/statement.json")"; cat "$work/statement.json"; } \
    > "$work/pae.bin"
dsse_sig=$(openssl dgst -sha256 -sign "$work/cosign.key" -binary "$work/pae.bin" | base64 -w0)
printf '{"payloadType":"%s","payload":"%s","signatures":[{"keyid":"","sig":"%s"}]}' \
    "$statement_type" "$(base64 -w0 < "$work/statement.json")" "$dsse_sig" > "$work/envelope.json"
push_layered "$registry/demo/app:${image_digest/:/-}.att" "$work/cosign-config.json" "$work/envelope.json" \
    application/vnd.dsse.envelope.v1+json '{"predicateType":"https://spdx.dev/Document"}'

# A Helm chart, as helm push makes it: tag from the version with '+' as '_'.
say "Helm chart"
tar -C "$samples/helm" -czf "$work/demo-chart-0.1.0+build.7.tgz" demo-chart
"$lading" push "$registry/charts/demo-chart:0.1.0_build.7" \
    "$work/demo-chart-0.1.0+build.7.tgz:application/vnd.cncf.helm.chart.content.v1.tar+gzip" \
    --config "$samples/helm/chart-config.json:application/vnd.cncf.helm.config.v1+json" >/dev/null

say "WASM module"
printf '\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x07\x01\x60\x02\x7f\x7f\x01\x7f\x03\x02\x01\x00\x07\x07\x01\x03\x61\x64\x64\x00\x00\x0a\x09\x01\x07\x00\x20\x00\x20\x01\x6a\x0b' \
    > "$work/add.wasm"
"$lading" push "$registry/wasm/add:1.0" "$work/add.wasm:application/wasm" \
    --config "$samples/wasm/wasm-config.json:application/vnd.wasm.config.v0+json" >/dev/null

say "SIF image"
# A SIF laid out byte for byte as apptainer/sif writes it (little-endian 128-byte header, 585-byte
# descriptors): a definition file and a squashfs system partition (its bytes a stub: the demo shows the header).
printf 'Bootstrap: docker\nFrom: alpine:3.20\n\n%%runscript\n    cat /etc/motd\n' > "$work/demo.def"
perl -e '
    use strict;
    my ($def) = do { local $/; open my $f, "<", $ARGV[0] or die; <$f> };
    my ($tableAt, $dataAt, $partAt, $partSize, $now) = (4096, 32768, 36864, 8192, time);
    my $end = $partAt + $partSize;
    my $out = "\0" x $end;
    my $put = sub { substr($out, $_[0], length $_[1]) = $_[1] };
    $put->(0, "#!/usr/bin/env run-singularity\n");
    $put->(32, "SIF_MAGIC"); $put->(42, "01"); $put->(45, "02");
    $put->(48, pack("H*", "6c6164696e672d64656d6f2d73696621"));
    $put->(64, pack("q<8", $now, $now, 46, 48, $tableAt, 2 * 585, $dataAt, $end - $dataAt));
    my $descriptor = sub {
        my ($index, $type, $id, $group, $offset, $size, $name, $extra) = @_;
        my $d = pack("l<CL<L<L<q<q<q<q<q<q<q<", $type, 1, $id, $group, 0, $offset, $size, $size, $now, $now, 0, 0);
        $d .= pack("a128a384", $name, $extra);
        $put->($tableAt + $index * 585, $d);
    };
    $descriptor->(0, 0x4001, 1, 0xf0000001, $dataAt, length $def, "", "");
    $descriptor->(1, 0x4004, 2, 0xf0000001, $partAt, $partSize, "rootfs", pack("l<l<a3", 1, 2, "02"));
    $put->($dataAt, $def); $put->($partAt, "hsqs");
    print $out;
' "$work/demo.def" > "$work/demo.sif"
printf '{}' > "$work/sif-config.json"
"$lading" push "$registry/sif/demo:latest" "$work/demo.sif:application/vnd.sylabs.sif.layer.v1.sif" \
    --config "$work/sif-config.json:application/vnd.sylabs.sif.config.v1+json" >/dev/null

say "OPA bundle"
tar -C "$samples/opa/bundle" -czf "$work/bundle.tar.gz" .
printf '{}' > "$work/opa-config.json"
"$lading" push "$registry/policies/authz:1.0" "$work/bundle.tar.gz:application/vnd.oci.image.layer.v1.tar+gzip" \
    --config "$work/opa-config.json:application/vnd.oci.image.config.v1+json" >/dev/null

say "ModelPack model"
head -c 2048 /dev/zero | tr '\0' '\1' > "$work/model.safetensors"
"$lading" push "$registry/models/tiny-demo:0.1" \
    "$work/model.safetensors:application/vnd.cncf.model.weight.v1.raw" \
    "$samples/model/config.json:application/vnd.cncf.model.weight.config.v1.raw" \
    "$samples/model/README.md:application/vnd.cncf.model.doc.v1.raw" \
    --artifact-type application/vnd.cncf.model.manifest.v1+json \
    --config "$samples/model/model-config.json:application/vnd.cncf.model.config.v1+json" >/dev/null

say "plain files"
"$lading" push "$registry/files/config-bundle:v1" "$samples/files/notes.txt" "$samples/files/settings.yaml" \
    "$samples/opa/bundle" --annotation org.opencontainers.image.description="Configuration bundle" >/dev/null
say "done"
