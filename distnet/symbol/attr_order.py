"""The order in which MXNet lists a node's attributes.

MXNet keeps a node's attributes in a C++ ``std::unordered_map<std::string, std::string>`` and
``list_attr``/``attr_dict`` return them in that map's iteration order. That order is a pure
function of the keys and their insertion order: libstdc++ hashes a string with its 64-bit
Murmur-style ``_Hash_bytes`` (seed 0xc70f6907), a default-constructed map has 11 buckets and grows
to the next prime of at least twice its size when it holds more elements than buckets, a key
entering an empty bucket goes to the front of the node list, and one entering an occupied bucket
goes first among that bucket's nodes. This module replays that.
"""
import struct

_MUL = 0xc6a4a7935bd1e995
_MASK = (1 << 64) - 1
_SEED = 0xc70f6907
_PRIMES = (11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113,
           127, 137, 139, 149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409,
           439, 467, 503, 541, 577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1187, 1277, 1361, 1459)


def _shift_mix(v):
    return v ^ (v >> 47)


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


def _insert(order, key, buckets, hashes):
    """Put ``key`` first among its bucket's keys, or at the front if its bucket is empty."""
    bucket = hashes[key] % buckets
    for i, other in enumerate(order):
        if hashes[other] % buckets == bucket:
            order.insert(i, key)
            return
    order.insert(0, key)


def reserved_buckets(count):
    """The buckets of a map made with ``reserve(count)`` (libstdc++'s table for small counts): MXNet's
    imperative calls reserve one more than their parameters."""
    small = (2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13)
    return small[count] if count < len(small) else next(p for p in _PRIMES if p >= count)


def iteration_order(keys, buckets=11):
    """The iteration order of an unordered_map (of ``buckets`` buckets at first) after inserting ``keys`` in
    this order."""
    order, hashes = [], {}
    for key in keys:
        if key in hashes:
            continue
        hashes[key] = string_hash(key)
        if len(order) + 1 > buckets:             # rehash: every node re-inserted in list order
            buckets = next(p for p in _PRIMES if p >= max(len(order) + 2, 2 * buckets))
            old, order = order, []
            for k in old:
                _insert(order, k, buckets, hashes)
        _insert(order, key, buckets, hashes)
    return order
