# Which refusal a data iterator meets first: CSVIter reads a data row then its label, row by row (the first
# batch's rows here, so the failure shows at creation); NDArrayIter's pad batch reads its head slice first.
# recorded on AVX2
import os
import tempfile

import mxnet as mx
import numpy as np
from _words import words

tmp = tempfile.mkdtemp()


def write(name, rows):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write("".join(",".join(str(v) for v in row) + "\n" for row in rows))
    return path


GOOD = [[1, 2], [3, 4], [5, 6], [7, 8]]
CASES = [   # (label, data rows, label rows or None, batch_size, label_shape)
    ("data row 2 short", [[1, 2], [3, 4], [5], [7, 8]], None, 4, (1,)),
    ("label row 1 long", GOOD, [[0], [1, 1], [2], [3]], 4, (1,)),
    ("data 2 short, label 1 long", [[1, 2], [3, 4], [5], [7, 8]], [[0], [1, 1], [2], [3]], 4, (1,)),
    ("data 1 short, label 1 long", [[1, 2], [3], [5, 6], [7, 8]], [[0], [1, 1], [2], [3]], 4, (1,)),
    ("data 1 short, label 2 long", [[1, 2], [3], [5, 6], [7, 8]], [[0], [1], [2, 2], [3]], 4, (1,)),
    ("label 0 long, 2-shape", GOOD, [[0, 1, 2], [1, 1], [2, 2], [3, 3]], 2, (2,)),
    ("one label row", GOOD, [[0]], 2, (1,)),
    ("two label rows, data 3 short", [[1, 2], [3, 4], [5, 6], [7]], [[0], [1]], 4, (1,)),
    ("three label rows, data 2 short", [[1, 2], [3, 4], [5], [7, 8]], [[0], [1], [2]], 4, (1,)),
    ("label row 1 short, 2-shape", GOOD, [[0, 0], [1], [2, 2], [3, 3]], 4, (2,)),
]
for i, (label, data_rows, label_rows, bs, label_shape) in enumerate(CASES):
    kw = dict(data_csv=write(f"d{i}.csv", data_rows), data_shape=(2,), batch_size=bs, label_shape=label_shape)
    if label_rows is not None:
        kw["label_csv"] = write(f"l{i}.csv", label_rows)
    try:
        it = mx.io.CSVIter(**kw)
        print(label, "->", [b.data[0].asnumpy().tolist() for b in it])
    except mx.base.MXNetError as e:
        lines = str(e).splitlines()
        print(label, "->", words(e), "|", lines[1].strip() if len(lines) > 1 else "")

svm_data = os.path.join(tmp, "d.svm")
svm_label = os.path.join(tmp, "l.svm")
with open(svm_data, "w") as f:
    f.write("1 0:1\n0 1:2\n1 0:3\n")
with open(svm_label, "w") as f:
    f.write("1 0:1\n")
try:
    it = mx.io.LibSVMIter(data_libsvm=svm_data, label_libsvm=svm_label, data_shape=(2,), label_shape=(2,),
                          batch_size=2)
    print("libsvm one label row ->", [b.data[0].asnumpy().tolist() for b in it])
except mx.base.MXNetError as e:
    print("libsvm one label row ->", words(e), "|", str(e).splitlines()[1].strip())

# NDArrayIter: a list of numbers is a list of 0-d sources; the pad batch fails reading its head slice
for data, label, bs, handle in [(np.zeros((2, 2)), [0.0, 1.0], 3, "pad"), (np.zeros((2, 2)), [0.0, 1.0], 2, "pad"),
                                ([0.0, 1.0, 2.0], None, 2, "pad"), ([0.0, 1.0, 2.0], None, 2, "discard"),
                                ([0.0, 1.0, 2.0], None, 2, "roll_over"), (np.zeros((3, 1)), [1, 2, 3], 4, "pad"),
                                (np.zeros((3, 1)), {"b": 5.0}, 2, "pad")]:
    try:
        it = mx.io.NDArrayIter(data, label, batch_size=bs, last_batch_handle=handle)
        got = [([d.shape for d in b.data], [lb.shape for lb in b.label], b.pad) for b in it]
        print(type(data).__name__, label, bs, handle, "->", got)
    except Exception as e:
        print(type(data).__name__, label, bs, handle, "->", words(e))

# a dict of sources is converted in place (a list is not)
for source in [{"b": np.ones(2), "a": [1, 2], "c": mx.nd.ones(2)}, [np.ones(2), [3, 4]],
               {"x": np.ones(2), "y": object()}]:
    try:
        mx.io.NDArrayIter(source, batch_size=1)
    except TypeError as e:
        print(words(e))
    items = source.items() if isinstance(source, dict) else enumerate(source)
    print({k: type(v).__name__ for k, v in items})
