#pragma once

#include <QString>

namespace lading::registry {

// How to reach one registry host. Loopback hosts may use plain HTTP without being marked insecure.
struct RegistryOptions
{
    bool plainHttp = false;      // the user marked this registry insecure: plain HTTP allowed for any host
    QString caFile;              // a private CA bundle (PEM) to trust in addition to the system's
    int maxRetries = 4;          // for 429, 502/503/504 and dropped connections
    int maxRetryDelayMs = 10000; // Retry-After is honoured up to this
    qint64 chunkThreshold = 256LL * 1024 * 1024; // blobs at least this big are uploaded in PATCH chunks
    qint64 chunkSize = 64LL * 1024 * 1024;       // raised to OCI-Chunk-Min-Length when the registry asks
    int tagPageSize = 1000;                      // n= on tags/list and _catalog (servers may cap it)
};

} // namespace lading::registry
