"""CSVIter, LibSVMIter and MNISTIter check prefetch_buffer, ctx and dtype first, in the order they are given."""
import os
import struct
import tempfile

import mxnet as mx

tmp = tempfile.mkdtemp()
csv = os.path.join(tmp, "d.csv")
with open(csv, "w") as f:
    f.write("1,2,3\n4,5,6\n7,8,9\n")
svm = os.path.join(tmp, "d.t")
with open(svm, "w") as f:
    f.write("1 0:1 2:2\n0 1:3\n")
img, lab = os.path.join(tmp, "img"), os.path.join(tmp, "lab")
with open(img, "wb") as f:
    f.write(struct.pack(">iiii", 2051, 4, 2, 2) + bytes(range(16)))
with open(lab, "wb") as f:
    f.write(struct.pack(">ii", 2049, 4) + bytes([0, 1, 2, 3]))

BASE = {"CSVIter": dict(data_csv=csv, data_shape=(3,), batch_size=2),
        "LibSVMIter": dict(data_libsvm=svm, data_shape=(3,), batch_size=2),
        "MNISTIter": dict(image=img, label=lab, batch_size=2, shuffle=False)}


def show(name, drop=(), **extra):
    kwargs = {k: v for k, v in BASE[name].items() if k not in drop}
    kwargs.update(extra)
    try:
        it = getattr(mx.io, name)(**kwargs)
        print(name, list(extra.items()), "ok", it.provide_data[0].shape, it.next().data[0].asnumpy().ravel()[:3])
    except mx.base.MXNetError as e:
        print(name, list(extra.items()), "MXNetError", str(e).split("MXNetError: ")[-1].splitlines()[0])


for name in BASE:
    for ctx in ["cpu", "gpu", "tpu", "CPU", mx.cpu(), 3]:
        show(name, ctx=ctx)
    for buf in [1, " 3 ", -1, "x", 2.5, "1e3", True]:
        show(name, prefetch_buffer=buf)
    show(name, ctx="tpu", dtype="bool")
    show(name, dtype="bool", ctx="tpu")
    show(name, prefetch_buffer="x", ctx="tpu")
    show(name, ctx="tpu", prefetch_buffer="x")
    show(name, drop=("batch_size",), ctx="tpu")
    show(name, drop=("batch_size",), dtype="bool")
    show(name, batch_size="x", ctx="tpu")
show("CSVIter", drop=("data_csv",), ctx="tpu")
show("MNISTIter", batch_size=0, ctx="tpu")
show("CSVIter", round_batch="x", ctx="tpu")
