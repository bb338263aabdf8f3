#pragma once

#include <QtGlobal>

// Header-only on purpose: the resources live in lading-ui, which lading-testsupport does not link; only the
// window tests include this. Q_INIT_RESOURCE must stand outside any namespace, hence the global helper.
inline void ladingTestInitUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace lading::test {

// Registers lading-ui's compiled resources (icons, translations), which a static library does not do itself.
inline void initUiResources()
{
    ::ladingTestInitUiResources();
}

} // namespace lading::test
