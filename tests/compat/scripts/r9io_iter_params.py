# Built-in iterators' parameter checks: which required parameter is reported missing first (batch_size),
# CSVIter refusing an explicit dtype=None, MNISTIter refusing every dtype but float32,
# LibSVMIter refusing a label_shape of more than one value without label_libsvm, integer, boolean
# and shape parameters parsed as the core parses their text.
import os, struct, tempfile
import numpy as np
import mxnet as mx

tmp = tempfile.mkdtemp()
csv = os.path.join(tmp, 'd.csv')
np.savetxt(csv, np.arange(12).reshape(4, 3), delimiter=',', fmt='%g')
svm = os.path.join(tmp, 'a.libsvm')
with open(svm, 'w') as f:
    f.write('1 0:1.5 2:2\n0 1:3\n')
img, lab = os.path.join(tmp, 'img.idx'), os.path.join(tmp, 'lab.idx')
with open(img, 'wb') as f:
    f.write(struct.pack('>iiii', 2051, 5, 2, 2) + np.arange(20, dtype=np.uint8).tobytes())
with open(lab, 'wb') as f:
    f.write(struct.pack('>ii', 2049, 5) + np.arange(5, dtype=np.uint8).tobytes())


def show(label, fn):
    try:
        it = fn()
        print(label, 'ok', it.provide_data, it.next().data[0].asnumpy().ravel().tolist())
    except Exception as e:      # the class and the parameter it names must match
        text = str(e)
        named = [w for w in ('batch_size', 'data_csv', 'data_shape', 'data_libsvm') if 'parameter ' + w in text]
        print(label, type(e).__name__, named)


show('csv no args', lambda: mx.io.CSVIter())
show('csv only data_csv', lambda: mx.io.CSVIter(data_csv=csv))
show('csv no data_shape', lambda: mx.io.CSVIter(data_csv=csv, batch_size=2))
show('csv positional, nothing else', lambda: mx.io.CSVIter(csv))
show('libsvm only data_libsvm', lambda: mx.io.LibSVMIter(data_libsvm=csv))
show('libsvm only batch_size', lambda: mx.io.LibSVMIter(batch_size=2))
for dt in [None, 'None', 'float32', 'int32', 'int64', 'float64', 'int8']:
    show('csv dtype %r' % (dt,), lambda: mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, dtype=dt))
for dt in [None, 'None', 'float32', 'float16', 'float64', 'int32', 'int64', 'uint8', 'int8', 'foo']:
    show('mnist dtype %r' % (dt,), lambda: mx.io.MNISTIter(image=img, label=lab, batch_size=2, shuffle=False,
                                                           flat=True, silent=True, dtype=dt))
for shape in [(3,), (1,), (2,), 1, (1, 1), (2, 2), ()]:
    show('libsvm label_shape %r' % (shape,), lambda: mx.io.LibSVMIter(data_libsvm=svm, data_shape=(4,), batch_size=2,
                                                                      label_shape=shape))
for bs in ['2', ' 2', '+2', '02', True, 2.0, 3, '0x2', '1e1', '']:
    show('csv batch_size %r' % (bs,), lambda: mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=bs))
    show('libsvm batch_size %r' % (bs,), lambda: mx.io.LibSVMIter(data_libsvm=svm, data_shape=(4,), batch_size=bs))
    show('mnist batch_size %r' % (bs,), lambda: mx.io.MNISTIter(image=img, label=lab, batch_size=bs, shuffle=False,
                                                                flat=True, silent=True))
for rb in ['True', 'tRuE', '0', 'false', 1, False, 'yes', ' 1', 1.0, '01', None]:
    show('csv round_batch %r' % (rb,), lambda: mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=3,
                                                             round_batch=rb))
for key, value in [('shuffle', 'yes'), ('flat', 2), ('flat', 'TRUE'), ('seed', 1.5), ('seed', '3'), ('seed', -1),
                   ('num_parts', 1.0), ('num_parts', '1'), ('part_index', True)]:
    show('mnist %s=%r' % (key, value), lambda: mx.io.MNISTIter(image=img, label=lab, batch_size=2, silent=True,
                                                               **{key: value}))
for key, value in [('num_parts', 2.0), ('num_parts', '2'), ('part_index', True)]:
    show('libsvm %s=%r' % (key, value), lambda: mx.io.LibSVMIter(data_libsvm=svm, data_shape=(4,), batch_size=1,
                                                                 **{key: value}))
for shape in [(3,), [3], 3, '3', (np.int64(3),), (3.0,), 3.0, (1, 3), (), (-3,), True, (True,), '(3)', '[3,]']:
    show('csv data_shape %r' % (shape,), lambda: mx.io.CSVIter(data_csv=csv, data_shape=shape, batch_size=2))
