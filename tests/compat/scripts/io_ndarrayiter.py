# NDArrayIter: dict/list inputs, names, shuffle, last_batch_handle modes, reset semantics, errors.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

data = np.arange(14, dtype='float32').reshape(7, 2)
label = np.arange(7)
it = mx.io.NDArrayIter(data, label, batch_size=3)
print(it.provide_data, it.provide_label, it.batch_size, it.num_data, it.cursor, it.num_source)
print(it.last_batch_handle, it.shuffle)
for b in it:
    print(b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad, b.index, b.data[0].dtype, b.label[0].dtype)
print(it.getpad(), it.cursor)
it.reset()
print(it.iter_next(), it.getdata()[0].asnumpy().tolist(), it.getlabel()[0].asnumpy().tolist(), it.getpad(), it.getindex())
print(type(it.getdata()).__name__, type(next(it)).__name__)
it = mx.io.NDArrayIter([data, data * 10], [label], batch_size=4, last_batch_handle='discard')
print(it.provide_data, it.provide_label)
for b in it:
    print([d.asnumpy()[:, 0].tolist() for d in b.data], b.pad)
it = mx.io.NDArrayIter({'b': data, 'a': data + 1}, {'y': label, 'x': label}, batch_size=5, last_batch_handle='roll_over')
print(it.provide_data, it.provide_label)
for ep in range(3):
    for b in it:
        print(ep, [d.asnumpy()[:, 0].tolist() for d in b.data], [l.asnumpy().tolist() for l in b.label], b.pad)
    it.reset()
it = mx.io.NDArrayIter(data, label, batch_size=3, last_batch_handle='roll_over')
for ep in range(3):
    print(ep, [(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in it])
    it.hard_reset() if ep == 1 else it.reset()
it = mx.io.NDArrayIter(data, label, batch_size=3, last_batch_handle='pad')
print([(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in it])
print([(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in it])
it.reset()
print(len([b for b in it]))
np.random.seed(0); mx.random.seed(0)
it = mx.io.NDArrayIter(data, label, batch_size=3, shuffle=True)
for ep in range(2):
    print(ep, [(b.data[0].asnumpy()[:, 0].tolist(), b.label[0].asnumpy().tolist()) for b in it])
    it.reset()
it = mx.io.NDArrayIter(data, batch_size=2, data_name='x', label_name='y')
print(it.provide_data, it.provide_label, next(it).label)
it = mx.io.NDArrayIter(mx.nd.array(data), mx.nd.array(label), batch_size=7)
print(it.provide_data, [b.data[0].shape for b in it])
it = mx.io.NDArrayIter(data.astype('float64'), label.astype('int32'), batch_size=2)
print(it.provide_data, it.provide_label, next(it).data[0].dtype)
print(it.provide_data[0].dtype, it.provide_data[0].layout, it.provide_data[0].name, it.provide_data[0].shape)
it = mx.io.NDArrayIter(np.arange(5), np.arange(5), batch_size=10)
print([(b.data[0].asnumpy().tolist(), b.pad) for b in it])
it = mx.io.NDArrayIter(np.arange(5), np.arange(5), batch_size=10, last_batch_handle='discard')
t(lambda: ([b.pad for b in it], it.cursor))
it = mx.io.NDArrayIter(np.arange(3), np.arange(3), batch_size=8)
print([(b.data[0].asnumpy().tolist(), b.pad) for b in it])
it = mx.io.NDArrayIter(np.arange(3), batch_size=7, last_batch_handle='roll_over')
for ep in range(3):
    t(lambda: [(b.data[0].asnumpy().tolist(), b.pad) for b in it]); it.reset()
it = mx.io.NDArrayIter(data, np.arange(6), batch_size=2)
t(lambda: [(b.data[0].shape, b.label[0].shape) for b in it])
it = mx.io.NDArrayIter(data, label, batch_size=2, last_batch_handle='bad')
print([b.pad for b in it], [b.pad for b in it])
it.reset(); print([b.pad for b in it])
t(lambda: mx.io.NDArrayIter(None, batch_size=2))
t(lambda: mx.io.NDArrayIter('abc', batch_size=2))
it = mx.io.NDArrayIter([[1, 2], [3, 4], [5, 6]], batch_size=2)
print(it.provide_data, next(it).data[0].asnumpy().tolist())
it = mx.io.NDArrayIter(data, label, batch_size=3)
print(it.next().index, len(list(it)))
it = mx.io.NDArrayIter([np.zeros((4, 1))] * 12, batch_size=2)
print([d.name for d in it.provide_data])
it = mx.io.NDArrayIter(np.arange(24).reshape(2, 6, 2), np.arange(12).reshape(2, 6), batch_size=4, layout='TNC')
print(it.provide_data, it.provide_label)
for b in it:
    print(b.data[0].shape, b.label[0].asnumpy().tolist(), b.pad)
t(lambda: mx.io.NDArrayIter([], batch_size=2))
t(lambda: mx.io.NDArrayIter({'a': 'xyz'}, batch_size=2))
it = mx.io.NDArrayIter(data, label, batch_size=3)
for b in it: pass
t(lambda: it.getdata())
print(str(mx.io.DataBatch([mx.nd.ones((2,))], label=[])))
