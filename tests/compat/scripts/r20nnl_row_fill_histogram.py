"""fill_element_0index's rank and row checks, and histogram's bin edges in a dtype other than the data's."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", [(a.dtype.__name__, a.asnumpy().tolist()) for a in r])
    except Exception as e:
        print(label, "->", words(e))


for shapes in [((3, 4), (3,), (3,)), ((3, 4), (2,), (3,)), ((3, 4), (3,), (2,)), ((2, 4), (3,), (3,)),
               ((3, 4), (3, 1), (3,)), ((3,), (3,), (3,)), ((3, 4, 2), (3,), (3,)), ((3, 4), (3,), (3, 2))]:
    lhs = nd.array(np.arange(np.prod(shapes[0])).reshape(shapes[0]))
    attempt(f"fill_element_0index {shapes}",
            lambda: nd.fill_element_0index(lhs, nd.ones(shapes[1]) * 9, nd.array(np.arange(np.prod(shapes[2])) % 4).reshape(shapes[2])))
data = [0.1, 0.2, 0.7, 1.5, 1.99, 2.0, -1]
for ddt, bdt in [("float32", "float32"), ("float64", "float64"), ("int32", "int32"), ("float32", "int32"),
                 ("float32", "float64"), ("float64", "float32"), ("int32", "float32"), ("float16", "float32"),
                 ("float32", "uint8"), ("int64", "int32"), ("int64", "int64")]:
    attempt(f"histogram {ddt} edges {bdt}",
            lambda: nd.histogram(nd.array(data, dtype=ddt), bins=nd.array([0, 1, 2], dtype=bdt)))
    try:
        nd.waitall()
    except Exception as e:
        pass
