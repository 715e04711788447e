# mx.io iterators in a training-style loop: NDArrayIter pad/roll_over/discard, dict data, CSVIter, ResizeIter, reset
import os
import tempfile
import numpy as np
import mxnet as mx

data = np.arange(20, dtype='float32').reshape(10, 2)
label = np.arange(10, dtype='float32')
for handle in ['pad', 'discard', 'roll_over']:
    it = mx.io.NDArrayIter(data, label, batch_size=4, last_batch_handle=handle)
    for epoch in range(2):
        rows = []
        for batch in it:
            idx = batch.index.tolist() if batch.index is not None else None
            rows.append((batch.data[0][:, 0].asnumpy().tolist(), batch.pad, idx))
        print(handle, epoch, rows)
        it.reset()

it = mx.io.NDArrayIter({'a': data, 'b': data * 2}, {'lab': label}, batch_size=5)
print(it.provide_data, it.provide_label)
b = next(it)
print([d.asnumpy()[0].tolist() for d in b.data], b.label[0].asnumpy().tolist())

tmp = tempfile.mkdtemp()
np.savetxt(os.path.join(tmp, 'd.csv'), data, delimiter=',')
np.savetxt(os.path.join(tmp, 'l.csv'), label, delimiter=',')
csv = mx.io.CSVIter(data_csv=os.path.join(tmp, 'd.csv'), data_shape=(2,),
                    label_csv=os.path.join(tmp, 'l.csv'), label_shape=(1,), batch_size=3)
for batch in csv:
    print(batch.data[0].asnumpy().tolist(), batch.label[0].asnumpy().ravel().tolist(), batch.pad)
csv.reset()
print(next(csv).data[0].shape)
rz = mx.io.ResizeIter(mx.io.NDArrayIter(data, label, batch_size=3), 5)
print([b.data[0][0, 0].asscalar() for b in rz])
np.random.seed(0)
shuffled = mx.io.NDArrayIter(data, label, batch_size=5, shuffle=True)
print([b.label[0].asnumpy().tolist() for b in shuffled])
shuffled.reset()
print([b.label[0].asnumpy().tolist() for b in shuffled])
print(mx.io.DataDesc('x', (2, 3)), mx.io.DataDesc.get_batch_axis('TNC'))
pref = mx.io.PrefetchingIter(mx.io.NDArrayIter(data, label, batch_size=5))
print([b.data[0].sum().asscalar() for b in pref])
