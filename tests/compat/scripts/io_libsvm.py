# LibSVMIter: sparse labels from label_libsvm, provide_label shapes, parts, CSR batch parts.
import mxnet as mx, numpy as np, os, sys, tempfile
os.chdir(tempfile.mkdtemp())
with open('d2.libsvm', 'w') as f:
    f.write('1 0:1.5 3:2\n0 1:1\n2 2:3 4:4.5\n1 0:-1\n0 4:2\n')
with open('l2.libsvm', 'w') as f:
    f.write('0 0:1 1:2\n0 1:3\n0 0:4\n0 1:5 2:6\n0 2:7\n')
keep = []
def show(it):
    keep.append(it)
    return [(b.label[0].stype, b.label[0].asnumpy().tolist(), b.data[0].shape, b.pad) for b in it]
def make(**kw):
    it = mx.io.LibSVMIter(data_libsvm='d2.libsvm', data_shape=(5,), batch_size=2, **kw)
    keep.append(it)
    return it
print(make().provide_label)
print(make(label_libsvm='l2.libsvm', label_shape=(3,)).provide_label)
print(show(make(num_parts=2, part_index=1)))
try:
    mx.io.LibSVMIter(data_libsvm='nofile', data_shape=(5,), batch_size=2)
except Exception as e:
    print('ERR', type(e).__name__)
b = next(make())
print(b.data[0].indices.asnumpy().tolist(), b.data[0].indptr.asnumpy().tolist(), b.data[0].data.asnumpy().tolist(), b.data[0].dtype, b.index)
print(show(make(label_libsvm='l2.libsvm', label_shape=(3,))))
sys.stdout.flush()
