# ResizeIter and PrefetchingIter wrapping NDArrayIters.
import mxnet as mx, numpy as np
data = np.arange(20, dtype='float32').reshape(10, 2); label = np.arange(10)
base = mx.io.NDArrayIter(data, label, batch_size=4)
r = mx.io.ResizeIter(base, 5)
print(type(r).__name__, r.provide_data, r.provide_label, r.batch_size, r.size, r.cur)
for ep in range(2):
    print(ep, [(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in r])
    r.reset()
r = mx.io.ResizeIter(mx.io.NDArrayIter(data, label, batch_size=4), 2, reset_internal=False)
for ep in range(3):
    print(ep, [(b.data[0].asnumpy()[:, 0].tolist(), b.pad, b.index) for b in r])
    r.reset()
p = mx.io.PrefetchingIter(mx.io.NDArrayIter(data, label, batch_size=3))
print(type(p).__name__, p.provide_data, p.provide_label, p.batch_size)
for ep in range(2):
    print(ep, [(b.data[0].asnumpy()[:, 0].tolist(), b.label[0].asnumpy().tolist(), b.pad) for b in p])
    p.reset()
p = mx.io.PrefetchingIter([mx.io.NDArrayIter(data, label, batch_size=5),
                           mx.io.NDArrayIter({'x': data * 2}, {'y': label}, batch_size=5)],
                          rename_data=[{'data': 'a'}, {'x': 'b'}], rename_label=[{'softmax_label': 'la'}, {'y': 'lb'}])
print(p.provide_data, p.provide_label)
b = p.next()
print(len(b.data), len(b.label), b.data[1].asnumpy()[:, 0].tolist(), b.pad)
print(b.provide_data)
print(p.iter_next(), [d.shape for d in p.getdata()], p.getpad())
try:
    print(mx.io.PrefetchingIter(mx.io.NDArrayIter(data, label, batch_size=5), rename_data=[{}]).provide_data)
except Exception as e:
    print(type(e).__name__)
it = mx.io.NDArrayIter(data, label, batch_size=4, last_batch_handle='roll_over')
p = mx.io.PrefetchingIter(it)
print(p.next().data[0].asnumpy()[:, 0].tolist())
p.reset()
print(it.cursor, [b.data[0].asnumpy()[:, 0].tolist() for b in p], p.iter_next(), p.iter_next())
p.reset()
print([(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in p])
p = mx.io.PrefetchingIter([mx.io.NDArrayIter(data, label, batch_size=4), mx.io.NDArrayIter(data, label, batch_size=3)])
try:
    print([b.pad for b in p])
except Exception as e:
    print(type(e).__name__)
r = mx.io.ResizeIter(mx.io.CSVIter(data_csv='io_wrappers.csv', data_shape=(2,), batch_size=3) if False else
                     mx.io.NDArrayIter(data, label, batch_size=3, last_batch_handle='discard'), 7)
print([b.data[0].asnumpy()[:, 0].tolist() for b in r], r.cur, r.getindex(), r.getpad())
