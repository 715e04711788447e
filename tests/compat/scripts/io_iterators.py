# mx.io iterators: padding, discard and roll-over, descriptions.
import mxnet as mx, numpy as np
data = np.arange(20).reshape(10, 2); label = np.arange(10)
for h in ['pad', 'discard', 'roll_over']:
    it = mx.io.NDArrayIter(data, label, batch_size=4, last_batch_handle=h)
    print(h, it.provide_data, it.provide_label, it.num_data if hasattr(it,'num_data') else None)
    for ep in range(2):
        for b in it:
            print(ep, b.data[0].asnumpy()[:,0].tolist(), b.label[0].asnumpy().tolist(), b.pad, b.index if b.index is None else list(b.index))
        it.reset()
b = next(iter(mx.io.NDArrayIter(data, label, batch_size=4)))
print(b)
print(b.provide_data, b.provide_label)
print(mx.io.DataDesc('x', (2,3)))
print(repr(mx.io.DataDesc('x', (2,3))))
it = mx.io.NDArrayIter({'a': data, 'b': data}, {'l': label}, batch_size=5)
print(it.provide_data, it.provide_label)
it = mx.io.NDArrayIter(data, batch_size=3)
print(it.provide_label, next(it).label)
print(mx.io.DataBatch([mx.nd.ones(2)]))
