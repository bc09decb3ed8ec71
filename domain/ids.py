"""Row and change ids: time-ordered UUIDs (UUIDv7, RFC 9562) as canonical lower-case text.

A UUIDv7 starts with the Unix time in milliseconds (48 bits), then the version (7), 12
bits, the variant (``10``) and 62 more bits. Ids made one after another therefore sort
in the order they were made, so a database index keyed by them grows at its end instead
of at random places (far fewer page writes than random UUIDs on a large first sync).

:func:`new_id` is monotonic within a process: when two ids fall in one millisecond, or
the clock goes back, the 74 bits after the timestamp count up from the previous id
instead of being drawn anew (RFC 9562 §6.2, method 2). Ids stay ordinary UUID text, so
everything that accepted the random (version 4) ids of older databases accepts both.
"""

from __future__ import annotations

import os
import threading
import time

_RANDOM_BITS = 74  # 12 bits after the version, 62 after the variant
_RANDOM_MASK = (1 << _RANDOM_BITS) - 1
_MS_MASK = (1 << 48) - 1

_lock = threading.Lock()
_last_ms = 0
_last_random = 0


def uuid7_text(ms: int, random_bits: int) -> str:
    """The UUIDv7 of Unix time ``ms`` (milliseconds) and ``random_bits`` (the low 74 bits
    are used), as canonical text: ``xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx``."""
    rand = random_bits & _RANDOM_MASK
    value = (
        (ms & _MS_MASK) << 80
        | 0x7 << 76
        | (rand >> 62) << 64  # rand_a: 12 bits
        | 0b10 << 62
        | rand & ((1 << 62) - 1)  # rand_b: 62 bits
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_id() -> str:
    """A new id for a row or a change: a UUIDv7 that sorts after every id this process
    made before (thread-safe)."""
    global _last_ms, _last_random
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            rand = int.from_bytes(os.urandom(10)) & _RANDOM_MASK
        else:  # same millisecond, or the clock went back: count on from the last id
            ms, rand = _last_ms, _last_random + 1
            if rand > _RANDOM_MASK:  # 2**74 ids in one millisecond: borrow the next one
                ms, rand = ms + 1, int.from_bytes(os.urandom(10)) & _RANDOM_MASK
        _last_ms, _last_random = ms, rand
    return uuid7_text(ms, rand)
