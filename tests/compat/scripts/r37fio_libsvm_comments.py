"""LibSVMIter reads '#' as MXNet's parser does: it ends a line's features, but only a first line starting with it is a comment."""
import os
import shutil
import tempfile

import mxnet as mx

TEXTS = ["1 0:1.5 2:2 # comment\n0 1:3\n", "# full comment\n1 0:1.5\n0 1:3\n", "1 0:1.5 #c 2:2\n0 1:3\n",
         "1 0:1.5 2:2#c\n0 1:3\n", "1 0:1.5 2:2 # a 1:5\n0 1:3\n", "1 0:2 2:#c 5\n3 1:3\n", "1 0:2\n#x 9\n7 1:3\n",
         "  # c 5\n1 0:1\n2 1:3\n",
         "1 0:1 x#2:3\n2 1:3\n", "1 0:1\n # c 5\n2 1:3\n", "1#c 2:3\n2 1:3\n", "1 # only label\n0 1:3\n",
         "1 qid:2 # 0:1\n0 1:3\n", "1 0:1.5\t#tab 1:1\n0 1:3\n", "#1 0:1\n0 1:3\n1 2:4\n"]
folder = tempfile.mkdtemp()
keep = []
for k, text in enumerate(TEXTS):
    path = os.path.join(folder, "data%d.libsvm" % k)
    with open(path, "w") as f:
        f.write(text)
    it = mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=2)
    batch = it.next()
    data = batch.data[0]
    print(repr(text), data.indices.asnumpy().tolist(), data.indptr.asnumpy().tolist(), data.data.asnumpy().tolist(),
          batch.label[0].asnumpy().tolist())
    keep.append(it)     # (MXNet's iterators can crash as they are freed while their reader runs)
shutil.rmtree(folder)
