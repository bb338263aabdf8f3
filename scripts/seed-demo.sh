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
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 365 \
    -subj "/CN=Lading demo signer" 2>/dev/null
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
payload=$(printf '{"targetArtifact":{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"%s","size":%s}}' \
    "$image_digest" "$("$lading" manifest "$registry/demo/app@$image_digest" | wc -c)" | b64url)
cert=$(openssl x509 -in "$work/cert.pem" -outform DER | base64 -w0)
protected=$(printf '{"alg":"RS256","cty":"application/vnd.cncf.notary.payload.v1+json","crit":["io.cncf.notary.signingScheme"],"io.cncf.notary.signingScheme":"notary.x509","io.cncf.notary.signingTime":"2026-01-01T00:00:00Z"}' | b64url)
signature=$(printf '%s.%s' "$protected" "$payload" | openssl dgst -sha256 -sign "$work/key.pem" -binary | b64url)
printf '{"payload":"%s","protected":"%s","header":{"x5c":["%s"]},"signature":"%s"}' \
    "$payload" "$protected" "$cert" "$signature" > "$work/signature.jws"
"$lading" attach "$registry/demo/app@$image_digest" "$work/signature.jws:application/jose+json" \
    --artifact-type application/vnd.cncf.notary.signature \
    --annotation "io.cncf.notary.x509chain.thumbprint#S256=[\"$(openssl x509 -in "$work/cert.pem" -outform DER | sha256sum | cut -d' ' -f1)\"]" >/dev/null
# cosign's tag scheme: sha256-<hex>.sig holding a simple-signing payload.
printf '{"critical":{"identity":{"docker-reference":"%s/demo/app"},"image":{"docker-manifest-digest":"%s"},"type":"cosign container image signature"},"optional":null}' \
    "$registry" "$image_digest" > "$work/simplesigning.json"
printf '{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}}' > "$work/cosign-config.json"
"$lading" push "$registry/demo/app:${image_digest/:/-}.sig" \
    "$work/simplesigning.json:application/vnd.dev.cosign.simplesigning.v1+json" \
    --config "$work/cosign-config.json:application/vnd.oci.image.config.v1+json" >/dev/null

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
{ printf '#!/usr/bin/env run-singularity\n\0'; printf 'SIF_MAGIC\0'; printf '01\0\0'; cat "$samples/sif/README.txt"; } \
    > "$work/demo.sif"
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
