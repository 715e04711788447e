"""LibSVMIter with label_libsvm and a label_shape (1, n) fails reading its first batch's labels as MXNet: the
storage check at its source line, with no words of its own."""
# recorded on AVX2
import os
import re
import tempfile

import mxnet as mx

folder = tempfile.mkdtemp()
data, labels = os.path.join(folder, "d.libsvm"), os.path.join(folder, "l.libsvm")
with open(data, "w") as f:
    f.write("1 0:1.5 3:2\n0 1:1\n2 2:0.5 4:1\n1\n3 0:1 1:2 2:3 3:4 4:5\n")
with open(labels, "w") as f:
    f.write("0 0:1 1:2\n0 1:1\n0 0:3\n0\n0 1:9\n")
for label_shape in ((1, 3),):
    try:
        mx.io.LibSVMIter(data_libsvm=data, data_shape=(5,), batch_size=2, label_libsvm=labels, label_shape=label_shape)
        print(label_shape, "made")
    except mx.base.MXNetError as e:
        print(label_shape, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
