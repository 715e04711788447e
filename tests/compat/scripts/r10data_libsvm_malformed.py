"""LibSVMIter: features that are not index:value fail with MXNetError; label_shape is checked before the file."""
import os
import tempfile

import mxnet as mx


def show(text, **kwargs):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "d.libsvm")
        with open(path, "w") as f:
            f.write(text)
        try:
            it = mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=1, **kwargs)
            print([(b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist()) for b in it])
        except mx.base.MXNetError as e:
            print("MXNetError", "label_shape" in str(e))


show("1 0:2 1\n")
show("1 0:2:3\n")
show("1 2 0:1.5\n0 1 1:2\n")
show("1 2 0:1.5\n", label_shape=(2,))
show("1:3 0:2\n2 1:1 2:0.5\n")
