"""CSVIter and LibSVMIter check their parameters, open their files and parse rows in MXNet's order and words."""
import os
import tempfile

import mxnet as mx

tmp = tempfile.mkdtemp()
os.chdir(tmp)
FILES = {"d.csv": "1,2,3\n4,5,6\n7,8,9\n", "l.csv": "0\n1\n", "bad.csv": "1,2\n3,4,5\n", "empty.csv": "",
         "nl.csv": "\n", "d.t": "1 0:1.5 2:2\n0 1:3\n2 0:-1 1:1 2:1\n", "q.t": "1 qid:3 0:1\n0 qid:1 1:2 2:3\n",
         "qmid.t": "1 0:1 qid:3 2:1\n", "neg.t": "1 -1:2\n", "lab.t": "0:1 1:2\n1:3\n", "lab3.t": "0 0:1 1:2\n0 1:3\n0 2:1\n", "w.t": "1:0.5 0:1 2:1\n"}
for name, text in FILES.items():
    with open(name, "w") as f:
        f.write(text)


KEEP = []      # iterators stay alive (MXNet's prefetch threads may crash when one is collected mid-run)


def show(name, **kwargs):
    try:
        it = getattr(mx.io, name)(**kwargs)
        KEEP.append(it)
        rows = []
        for batch in it:
            data = batch.data[0]
            dense = data.asnumpy() if data.stype == "default" else data.tostype("default").asnumpy()
            rows.append((dense.tolist(), batch.label[0].asnumpy().tolist(), batch.pad))
        print(name, kwargs, rows)
    except mx.base.MXNetError as e:
        text = str(e).split("MXNetError: ")[-1].strip()
        if "Check failed: " in text:        # the check and its values (the words after it may differ)
            text = "Check failed: " + text.split("Check failed: ")[1].split(":")[0].strip()
        print(name, kwargs, "MXNetError", text.splitlines()[-1])
    except StopIteration:
        print(name, kwargs, "StopIteration")


for kw in [dict(data_csv="nosuch.csv"), dict(data_csv="bad.csv", label_csv="nosuch.csv"), dict(data_csv="empty.csv"),
           dict(data_csv="bad.csv", label_csv="empty.csv"), dict(label_csv="bad.csv"), dict(data_csv="bad.csv"),
           dict(data_csv="bad.csv", data_shape=(2,)), dict(data_csv="bad.csv", data_shape=(1, 3)),
           dict(label_csv="l.csv"), dict(data_csv="nl.csv"), dict(label_csv="nl.csv")]:
    show("CSVIter", **dict(dict(data_csv="d.csv", data_shape=(3,), batch_size=2), **kw))
for kw in [dict(data_shape=(2, 2), num_parts=0, data_libsvm="nosuch"), dict(data_shape=()), dict(num_parts=0, label_shape=(2,)),
           dict(num_parts=-1), dict(part_index=-1), dict(part_index=-1, num_parts=0), dict(num_parts=2, part_index=2),
           dict(part_index=3, data_libsvm="nosuch"), dict(data_libsvm="nosuch", label_shape=(2,)),
           dict(label_libsvm="nosuch", label_shape=(1,)), dict(label_libsvm="lab.t", label_shape=(1,)),
           dict(label_shape=(2,)), dict(label_shape=(2,), round_batch=False), dict(round_batch=False, dtype="float64"),
           dict(data_libsvm="empty.csv"), dict(label_libsvm="lab.t", label_shape=(3,)), dict(data_libsvm="q.t"),
           dict(data_libsvm="qmid.t"), dict(data_libsvm="neg.t"), dict(data_libsvm="w.t"), dict(num_parts=2, part_index=1),
           dict(label_libsvm="lab3.t", label_shape=(3,)), dict(label_libsvm="lab3.t", label_shape=(3, 1)),
           dict(label_libsvm="lab3.t", label_shape=(3, 2)), dict(label_libsvm="lab3.t", label_shape=(2,))]:
    show("LibSVMIter", **dict(dict(data_libsvm="d.t", data_shape=(4,), batch_size=2), **kw))
