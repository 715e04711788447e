"""The order in which MXNet lists a node's attributes.

MXNet keeps a node's attributes in a C++ ``std::unordered_map<std::string, std::string>`` and
``list_attr``/``attr_dict`` return them in that map's iteration order. That order is a pure
function of the keys and their insertion order: libstdc++ hashes a string with its 64-bit
Murmur-style ``_Hash_bytes`` (seed 0xc70f6907), a default-constructed map has 11 buckets and grows
to the next prime of at least twice its size when it holds more elements than buckets, a key
entering an empty bucket goes to the front of the node list, and one entering an occupied bucket
goes first among that bucket's nodes. This module replays that.
"""
import functools
import struct

_MUL = 0xc6a4a7935bd1e995
_MASK = (1 << 64) - 1
_SEED = 0xc70f6907
_PRIMES = (11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113,
           127, 137, 139, 149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409,
           439, 467, 503, 541, 577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1187, 1277, 1361, 1459)


def _shift_mix(v):
    return v ^ (v >> 47)


@functools.lru_cache(maxsize=8192)
def string_hash(text):
    """``std::hash<std::string>`` of libstdc++ on a 64-bit machine."""
    data = text.encode()
    n = len(data)
    h = (_SEED ^ (n * _MUL)) & _MASK
    aligned = n & ~7
    for i in range(0, aligned, 8):
        word = struct.unpack_from("<Q", data, i)[0]
        h ^= (_shift_mix((word * _MUL) & _MASK) * _MUL) & _MASK
        h = (h * _MUL) & _MASK
    if n & 7:
        tail = 0
        for byte in reversed(data[aligned:]):
            tail = (tail << 8) + byte
        h ^= tail
        h = (h * _MUL) & _MASK
    return _shift_mix((_shift_mix(h) * _MUL) & _MASK)


class MapOrder:
    """The node list of a libstdc++ unordered_map of string keys (``keys``, in iteration order) and its bucket
    count, replayed through inserts and erasures."""

    def __init__(self, buckets=11, keys=()):
        self.buckets, self.keys = buckets, list(keys)

    def _grow_for(self, incoming):
        """Rehash, as the map does before inserting ``incoming`` keys would pass one key per bucket."""
        if len(self.keys) + incoming > self.buckets:
            self.buckets = next(p for p in _PRIMES if p >= max(len(self.keys) + incoming + 1, 2 * self.buckets))
            old, self.keys = self.keys, []
            for key in old:
                self._place(key)

    def _place(self, key):
        """Put ``key`` first among its bucket's keys, or at the front if its bucket is empty."""
        bucket = string_hash(key) % self.buckets
        for i, other in enumerate(self.keys):
            if string_hash(other) % self.buckets == bucket:
                self.keys.insert(i, key)
                return
        self.keys.insert(0, key)

    def insert(self, key):
        if key not in self.keys:
            self._grow_for(1)
            self._place(key)

    def insert_range(self, keys):
        """Insert ``keys`` as one range insert: the map grows for all of them at once, before the first."""
        keys = list(keys)
        if keys:
            self._grow_for(len(keys))
        for key in keys:
            self.insert(key)

    def erase(self, key):
        self.keys.remove(key)


def reserved_buckets(count):
    """The buckets of a map made with ``reserve(count)`` (libstdc++'s table for small counts): MXNet's
    imperative calls reserve one more than their parameters."""
    small = (2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13)
    return small[count] if count < len(small) else next(p for p in _PRIMES if p >= count)


def iteration_order(keys, buckets=11, start=()):
    """The iteration order of an unordered_map (of ``buckets`` buckets at first, holding ``start`` in this
    iteration order) after inserting ``keys`` in this order."""
    table = MapOrder(buckets, start)
    for key in keys:
        table.insert(key)
    return table.keys
