"""CSVIter and LibSVMIter refuse a negative batch_size once the files are read and read dtype as its text, as MXNet."""
import os
import tempfile

import numpy as np
import mxnet as mx

tmp = tempfile.mkdtemp()
os.chdir(tmp)
for name, text in {"d.csv": "1,2,3\n4,5,6\n7,8,9\n", "d.t": "1 0:1.5 2:2\n0 1:3\n2 0:-1 1:1 2:1\n"}.items():
    with open(name, "w") as f:
        f.write(text)


KEEP = []      # iterators stay alive (MXNet's prefetch threads may crash when one is collected mid-run)


def show(name, **kwargs):
    base = dict(data_csv="d.csv", data_shape=(3,)) if name == "CSVIter" else dict(data_libsvm="d.t", data_shape=(4,))
    try:
        it = getattr(mx.io, name)(**dict(base, **kwargs))
        KEEP.append(it)
        print(name, kwargs, repr(it.provide_data), repr(it.provide_label), it.next().data[0].shape)
    except mx.base.MXNetError as e:
        text = str(e).split("MXNetError: ")[-1].strip()
        if "Check failed: " in text:        # the check and its values (the words after it may differ)
            text = "Check failed: " + text.split("Check failed: ")[1].split(":")[0].strip()
        print(name, kwargs, "MXNetError", text.splitlines()[0])


for bs in [-1, -2, -3]:
    show("CSVIter", batch_size=bs)
    show("LibSVMIter", batch_size=bs)
show("CSVIter", batch_size=-1, data_shape=(2, 2))
show("CSVIter", batch_size=-1, dtype="float64")
show("LibSVMIter", batch_size=-1, dtype="float64")
show("LibSVMIter", batch_size=-1, round_batch=False)
show("LibSVMIter", batch_size=-1, label_shape=(2,))
for dtype in [np.dtype("float32"), np.dtype("int32"), np.float32, None, "None"]:
    show("CSVIter", batch_size=2, dtype=dtype)
    show("LibSVMIter", batch_size=2, dtype=dtype)
