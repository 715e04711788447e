"""NDArrayIter and PrefetchingIter refuse bad data and label inputs with MXNet's exception types and messages."""
import numpy as np
import mxnet as mx


def show(make):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for bad in ["abc", 5, np.float32(3), (np.ones(2),), {"a": "xyz"}, [object()], {"a": [[1], [2, 3]]}, None, []]:
    show(lambda: mx.io.NDArrayIter(bad, batch_size=1).provide_data)
for bad in ["abc", 5, (np.ones(2),), [], None]:
    show(lambda: mx.io.NDArrayIter(np.ones(2), bad, batch_size=1).provide_label)
show(lambda: mx.io.PrefetchingIter([]))
