# LibSVMIter's csr batches hold each line's entries as the file lists them: unsorted columns, explicit zeros
import os
import tempfile

import mxnet as mx

folder = tempfile.mkdtemp()
data, label = os.path.join(folder, 'd.libsvm'), os.path.join(folder, 'l.libsvm')
with open(data, 'w') as f:
    f.write('1 3:0.5 0:7\n0 1:0 2:1.5\n-1 2:2 1:-1 0:0.25\n2\n3 1:4\n')
with open(label, 'w') as f:
    f.write('0 1:1 0:2\n0 0:0\n0 1:3\n0\n0 0:1\n')
it = mx.io.LibSVMIter(data_libsvm=data, data_shape=(4,), batch_size=2)
for epoch in range(2):
    for b in it:
        d = b.data[0]
        print(d.indices.asnumpy().tolist(), d.indptr.asnumpy().tolist(), d.data.asnumpy().tolist(),
              b.label[0].asnumpy().tolist(), b.pad)
    it.reset()
it = mx.io.LibSVMIter(data_libsvm=data, data_shape=(4,), label_libsvm=label, label_shape=(2,), batch_size=3)
for b in it:
    lab = b.label[0]
    print(b.data[0].asnumpy().tolist(), lab.stype, lab.indices.asnumpy().tolist(), lab.indptr.asnumpy().tolist(),
          lab.data.asnumpy().tolist())
