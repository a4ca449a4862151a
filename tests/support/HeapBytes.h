#pragma once

// Live heap bytes of this process, for tests that bound a structure's memory: measure before and
// after building it, while holding it. Exact under AddressSanitizer (its allocator counts every
// block); glibc's own counters otherwise. Both see QString/QByteArray payloads (malloc) as well
// as operator new, which a replaced operator new would miss.

#include <QtGlobal>

#if defined(__SANITIZE_ADDRESS__)
#define BILLS_HEAP_BYTES_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BILLS_HEAP_BYTES_ASAN 1
#endif
#endif

#if defined(BILLS_HEAP_BYTES_ASAN)
#include <cstddef>
// From <sanitizer/allocator_interface.h>, which GCC does not install; the runtime exports it.
extern "C" size_t __sanitizer_get_current_allocated_bytes(void);
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace bills::test {

// True when liveHeapBytes() measures something on this platform.
inline constexpr bool kCanMeasureHeap =
#if defined(BILLS_HEAP_BYTES_ASAN) || defined(__GLIBC__)
    true;
#else
    false;
#endif

inline qint64 liveHeapBytes() {
#if defined(BILLS_HEAP_BYTES_ASAN)
    return qint64(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd); // small blocks + mmapped large ones
#else
    return 0;
#endif
}

} // namespace bills::test
