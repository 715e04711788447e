"""CSVIter and LibSVMIter read negative shape dimensions (the shape's size refuses them where MXNet computes it: a CSV row's check, LibSVM's label check or first batch), and CSVIter without label_csv ignores label_shape, () included."""
# recorded on AVX2
import os
import re
import tempfile

import mxnet as mx

folder = tempfile.mkdtemp()


def write(name, text):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(text)
    return path


csv = write("d.csv", "1,2,3,4\n5,6,7,8\n9,1,2,3\n")
labels = write("l.csv", "1,2\n5,6\n7,8\n")
svm = write("d.svm", "1 0:1 2:3\n0 1:1\n")


def attempt(title, make):
    try:
        it = make()
        print(title, "made", it.provide_data, it.provide_label)
        for b in it:
            print("  ", b.data[0].shape, b.label[0].shape, b.label[0].asnumpy().tolist(), b.pad)
    except mx.base.MXNetError as e:
        text = re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e)).replace(folder, "FOLDER")
        print(title, type(e).__name__, repr(text))


for data_shape, label_shape in [((-1,), (1,)), ((2, -2), (1,)), ((-1, -4), (1,)), ((-5,), (1,)), ("(-1,)", (1,)),
                                ((4,), (-2,)), ((4,), (1, -1)), ((4,), ()), ((4,), (0,)), ((4,), (3, 2))]:
    attempt(f"csv {data_shape} {label_shape}", lambda: mx.io.CSVIter(data_csv=csv, data_shape=data_shape,
                                                                      label_shape=label_shape, batch_size=2))
    attempt(f"csv {data_shape} {label_shape} with labels", lambda: mx.io.CSVIter(
        data_csv=csv, label_csv=labels, data_shape=data_shape, label_shape=label_shape, batch_size=2))
attempt("csv missing file, data_shape (-1,)", lambda: mx.io.CSVIter(data_csv=os.path.join(folder, "missing"),
                                                                     data_shape=(-1,), batch_size=1))
attempt("csv round_batch off, data_shape (-1,)", lambda: mx.io.CSVIter(data_csv=csv, data_shape=(-1,), batch_size=2,
                                                                        round_batch=False))
for kwargs in [dict(data_shape=(-1,)), dict(data_shape=(-3,)), dict(data_shape=(-1, -1)), dict(data_shape=(0,)),
               dict(data_shape=(-1,), num_parts=0), dict(data_shape=(-1,), label_shape=(-1,)),
               dict(data_shape=(5,), label_shape=(-1,)), dict(data_shape=(5,), label_shape=(2, -2), label_libsvm=svm),
               dict(data_shape=(-1,), round_batch=False), dict(data_shape=(-1,), dtype="int32"),
               dict(data_shape=(5,), label_shape=(-1,), data_libsvm=os.path.join(folder, "missing"))]:
    attempt(f"libsvm {kwargs}".replace(folder, "FOLDER"),
            lambda: mx.io.LibSVMIter(**dict(dict(data_libsvm=svm, batch_size=1), **kwargs)))
