"""Iterators tutorial: CSVIter reads numbers with MXNet's own float parser; a short label row is an error."""
import os
import tempfile

import numpy as np
import mxnet as mx

tmp = tempfile.mkdtemp()
np.random.seed(0)
data = np.random.rand(40, 3)
path = os.path.join(tmp, "data.csv")
np.savetxt(path, data, delimiter=",")
it = mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=30)
for batch in it:
    print(batch.data[0].asnumpy().tolist(), batch.pad)
print(it.provide_data, it.provide_label)

odd = ["1e39", "-1e-40", "3.4e38", "1.5abc", "..5", "e5", "-", "nanx", "Infinity", "0x10", " ,1",
       "123456789012345678901234567890", "0.1234567890123456789012345", "7.985e-40", "1,,2", "1,2,"]
for text in odd:
    with open(path, "w") as f:
        f.write(text + "\n")
    try:
        row = mx.io.CSVIter(data_csv=path, data_shape=(2 if "," in text else 1,), batch_size=1).next()
        print(repr(text), row.data[0].asnumpy().tolist())
    except mx.base.MXNetError:
        print(repr(text), "MXNetError")

with open(path, "w") as f:
    f.write("1,2,3,4,5,6,7,8,9,10\n" * 8)
label_path = os.path.join(tmp, "label.csv")
with open(label_path, "w") as f:
    f.write("label1label2label3")
try:
    train = mx.io.CSVIter(data_csv=path, label_csv=label_path, data_shape=(1, 10), batch_size=4)
    for batch in iter(train):
        print(train.getdata().asnumpy())
except mx.base.MXNetError:
    print("Exception handled")

# LibSVMIter reads its numbers with the same parser
svm = os.path.join(tmp, "data.libsvm")
with open(svm, "w") as f:
    for row in data[:4]:
        f.write("%.18e %s\n" % (row[0] * 3, " ".join("%d:%.18e" % (j, v) for j, v in enumerate(row))))
    f.write("2.5e1 0:1e39 1:-1e-40 2:7.985e-40\n")
    f.write("1.5abc 0:0.1234567890123456789012345 2:123456789012345678901234567890\n")
batch = mx.io.LibSVMIter(data_libsvm=svm, data_shape=(3,), batch_size=6).next()
print(batch.data[0].asnumpy().tolist())
print(batch.label[0].asnumpy().tolist())
