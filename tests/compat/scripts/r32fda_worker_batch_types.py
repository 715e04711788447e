"""Batches of any picklable type come back from DataLoader worker processes as MXNet's (which pickles them): sets, user objects, namedtuples and OrderedDicts holding NDArrays, object arrays, big ints, sparse arrays, slices, contexts."""
# recorded on AVX2
import collections
import fractions

import numpy as np
import mxnet as mx

Pair = collections.namedtuple("Pair", "data size")


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Box(%r)" % (self.value,)


def as_set(s): return {len(s)}
def as_frozenset(s): return frozenset(s)
def as_object(s): return Box(len(s))
def as_namedtuple(s): return Pair(mx.nd.array(s), len(s))
def as_object_array(s): return np.array([1, "a"], dtype=object)
def as_complex(s): return 1 + 2j
def as_fraction(s): return fractions.Fraction(1, len(s))
def as_range(s): return range(len(s))
def as_bytearray(s): return bytearray(b"ab")
def as_big_int(s): return 2 ** 70
def as_csr(s): return mx.nd.array([[0, 1], [1, 0]]).tostype("csr")
def as_row_sparse(s): return mx.nd.array([[0, 1], [1, 0]]).tostype("row_sparse")
def as_ordered_dict(s): return collections.OrderedDict(a=mx.nd.array(s), b=1)
def as_slice(s): return slice(1, len(s))
def as_context(s): return mx.cpu(1)
def as_tuple_keys(s): return {(1, 2): [mx.nd.array(s)], np.int64(3): None}
def as_generator(s): return (i for i in s)
def as_matrix(s): return np.matrix([[1, 2]])


def show(value):
    if isinstance(value, mx.nd.NDArray):
        return "%s %s %s %s %s" % (type(value).__name__, value.stype, value.context, value.dtype.__name__,
                                   value.asnumpy().tolist())
    if isinstance(value, (tuple, list)) and not isinstance(value, str):
        return "%s(%s)" % (type(value).__name__, ", ".join(show(v) for v in value))
    if isinstance(value, dict):
        return "%s{%s}" % (type(value).__name__, ", ".join("%r: %s" % (k, show(v)) for k, v in value.items()))
    return "%s %r" % (type(value).__name__, value)


for fn in [as_set, as_frozenset, as_object, as_namedtuple, as_object_array, as_complex, as_fraction, as_range,
           as_bytearray, as_big_int, as_csr, as_row_sparse, as_ordered_dict, as_slice, as_context, as_tuple_keys,
           as_generator, as_matrix]:
    try:
        loader = mx.gluon.data.DataLoader([1, 2, 3], 2, batchify_fn=fn, num_workers=1)
        print(fn.__name__, [show(b) for b in loader])
    except Exception as e:
        print(fn.__name__, type(e).__name__, str(e).splitlines()[0])
