"""NDArray has no __iter__ (Python iterates it by indexing until IndexError): iteration of every rank, 0-d and empty arrays, and what builtins make of it."""
import collections.abc

import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0] if type(e).__name__ != "MXNetError" else "")


show("hasattr __iter__", lambda: hasattr(nd.ones(2), "__iter__"))
show("is Iterable", lambda: isinstance(nd.ones(2), collections.abc.Iterable))
show("iterator class", lambda: type(iter(nd.ones(2))).__name__)
show("list 1-d", lambda: list(nd.array([1, 2, 3])))
show("list 0-d", lambda: list(nd.array([5.]).reshape(())))
show("list empty rows", lambda: list(nd.array(np.zeros((0, 2)))))
show("row shapes", lambda: [r.shape for r in nd.ones((2, 3, 4))])
show("sum", lambda: sum(nd.array([1, 2, 3])))
show("max", lambda: max(nd.array([1, 2, 3])))
show("sorted", lambda: sorted(nd.array([3, 1, 2])))
show("tuple", lambda: tuple(nd.array([1, 2], dtype="int32")))
show("unpacked", lambda: (lambda a, b: (a, b))(*nd.array([7, 8])))
show("in", lambda: 3 in nd.array([1, 2, 3]))
show("floats", lambda: list(map(float, nd.array([1.5, 2]))))
show("failed array rows", lambda: len(list(nd.random.normal(0, -1, shape=(2,)))))
