# CSVIter and LibSVMIter reading files the script writes: batches, pad, round_batch, reset.
import mxnet as mx, numpy as np, os, tempfile

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

tmp = tempfile.mkdtemp()
dpath = os.path.join(tmp, 'd.csv'); lpath = os.path.join(tmp, 'l.csv')
np.savetxt(dpath, np.arange(21).reshape(7, 3), delimiter=',', fmt='%g')
np.savetxt(lpath, np.arange(7) % 3, delimiter=',', fmt='%g')
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), label_csv=lpath, batch_size=3)
print(type(it).__name__, it.provide_data, it.provide_label, it.batch_size)
for ep in range(3):
    for b in it:
        print(ep, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad, b.data[0].dtype)
    it.reset()
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=4, round_batch=False)
print(it.provide_label)
for ep in range(2):
    for b in it:
        print(ep, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad)
    it.reset()
it = mx.io.CSVIter(data_csv=dpath, data_shape=(1, 3), batch_size=2, label_csv=lpath, label_shape=(1,))
b = next(it)
print(it.provide_data, b.data[0].shape, b.label[0].shape)
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=7, dtype='int32')
b = next(it)
print(it.provide_data, b.data[0].dtype, b.data[0].asnumpy().tolist())
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=2)
print(it.iter_next(), it.getdata()[0].asnumpy().tolist() if isinstance(it.getdata(), list) else it.getdata().asnumpy().tolist(), it.getpad(), it.getindex())
svm = os.path.join(tmp, 'd.libsvm')
with open(svm, 'w') as f:
    f.write('1 0:1.5 3:2\n0 1:1\n2 2:3 4:4.5\n1 0:-1\n0 4:2\n')
it = mx.io.LibSVMIter(data_libsvm=svm, data_shape=(5,), batch_size=2)
print(type(it).__name__, it.provide_data, it.provide_label)
for ep in range(2):
    for b in it:
        print(ep, b.data[0].stype, b.data[0].shape, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad)
    it.reset()
t(lambda: mx.io.CSVIter(data_csv=os.path.join(tmp, 'missing.csv'), data_shape=(3,), batch_size=2))
t(lambda: mx.io.CSVIter(data_csv=dpath, batch_size=2))
t(lambda: mx.io.CSVIter(data_csv=dpath, data_shape=(2,), batch_size=2))
t(lambda: mx.io.CSVIter(data_csv=dpath, data_shape=(3,), label_csv=dpath, batch_size=2))
t(lambda: mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=2, dtype='float16'))
t(lambda: mx.io.CSVIter(dpath, data_shape=(3,), batch_size=2))
t(lambda: mx.io.LibSVMIter(data_libsvm=svm, data_shape=(5,), batch_size=2, round_batch=False))
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=3, data_name='x', label_name='y', shuffle=True)
print(it.provide_data, it.provide_label, type(it).__name__)
print(it.iter_next(), it.getindex(), it.iter_next(), it.next().index, it.next().index, it.iter_next())
print(it.getdata().asnumpy().tolist(), it.getlabel().asnumpy().tolist(), it.getpad(), it.getindex())
it.reset()
print(it.getindex(), it.next().index, it.next().index)
b = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=3).next()
print(b.provide_data, b.bucket_key, str(b), b.index.dtype)
for rb in [True, False]:
    it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=5, round_batch=rb)
    for ep in range(3):
        print(rb, ep, [(b.index.tolist(), b.pad, b.data[0].asnumpy()[:, 0].tolist()) for b in it]); it.reset()
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=10)
for ep in range(3):
    t(lambda: [(b.index.tolist(), b.pad) for b in it]); t(lambda: it.reset())
it = mx.io.CSVIter(data_csv=dpath, data_shape=(3,), batch_size=7, dtype='int64')
print(it.provide_data, it.provide_label, next(it).label[0].dtype)
it = mx.io.LibSVMIter(data_libsvm=svm, data_shape=(5,), batch_size=4)
for ep in range(3):
    print(ep, [(b.index.tolist(), b.pad, b.label[0].asnumpy().tolist()) for b in it]); it.reset()
