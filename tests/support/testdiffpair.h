#pragma once

#include "core/inspect/sbompackage.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "tests/support/testlayers.h"
#include "tests/support/testsigning.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace lading::test {

// Images and indexes for the tests of `lading diff` and ArtifactDiff, pushed into any store. The helpers
// stop the test (qFatal) when a push fails: a store that cannot take a small blob is a broken setup.

oci::Descriptor pushTestBlob(store::Store& store, const QString& mediaType, const QByteArray& bytes);
// A gzip tar layer of `items`.
oci::Descriptor pushTestLayer(store::Store& store, const QList<TarItem>& items);
// An OCI image config: linux/`architecture`, config.Env and config.Labels, empty rootfs.diff_ids.
QByteArray testImageConfig(const QString& architecture, const QStringList& env = {},
                           const QJsonObject& labels = {});
// An image manifest over `config` (pushed here) and `layers` (pushed already), tagged when `tag` is given.
oci::Descriptor pushTestImage(store::Store& store, const QByteArray& config,
                              const QList<oci::Descriptor>& layers, const oci::Annotations& annotations = {},
                              const QString& tag = {});
// An index of linux/<architecture> entries.
oci::Descriptor pushTestIndex(store::Store& store,
                              const QList<std::pair<oci::Descriptor, QString>>& platforms,
                              const QString& tag);
// An SPDX SBOM of `packages` as a referrer of `subject` (artifactType application/spdx+json, as oras attach).
oci::Descriptor pushSpdxReferrer(store::Store& store, const oci::Descriptor& subject,
                                 const QList<inspect::SbomPackage>& packages);
inspect::SbomPackage testPackage(const QString& name, const QString& version, const QString& purl);

// Two images with known differences in every section, `left` tagged "v1" in its store and `right` "v2":
//  - a shared base layer (etc/os-release, bin/app 0755) and one top layer each;
//  - files: app/config.yaml changed (same size), app/data only left, app/new.txt only right, bin/app's mode
//    0755 → 0700 (the right top layer rewrites it with the same bytes);
//  - config: Env MODE=dev → MODE=prod (/config/Env/1), label tier only left, owner only right;
//  - annotations: org.opencontainers.image.version 1.0 → 2.0, org.example.only-left, org.example.only-right;
//  - SPDX referrers on both: openssl 3.0.11 → 3.0.13, left-pad only left, requests only right, zlib same;
//  - a key-based cosign signature (OCI 1.1 referrer) on the right only, by `key`.
struct DiffPair
{
    oci::Descriptor left;
    oci::Descriptor right;
    oci::Descriptor baseLayer;
    oci::Descriptor leftTop;
    oci::Descriptor rightTop;
    oci::Descriptor leftSbom;
    oci::Descriptor rightSbom;
    oci::Descriptor signature;
    TestKey key;
};
DiffPair seedDiffPair(store::Store& left, store::Store& right);

} // namespace lading::test
