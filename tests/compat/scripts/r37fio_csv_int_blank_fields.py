"""CSVIter with integer dtypes: a last field of blanks reads on past its line, as C's strtoll skips line breaks, while float32 counts any field."""
import os
import shutil
import tempfile

import mxnet as mx

TEXTS = ["  \n1,2,3\n", " \n7\n8\n", "\t\n1,2,3\n", "1,2,3\n  \n", "   ,\n1,2,3\n", " x \n1,2,3\n", "1,2,3\n \n4,5,6\n",
         "1,2, \n4,5,6\n", "1,2, \n\n \n 9,5,6\n", "1,2,\n4,5,6\n", "1,  ,3\n4,5,6\n", "5\n  \n  \n0x1f\n", " \n-0\n", "2\n \n"]
folder = tempfile.mkdtemp()
keep = []
for k, text in enumerate(TEXTS):
    path = os.path.join(folder, "data%d.csv" % k)
    with open(path, "w") as f:
        f.write(text)
    for dtype in ("float32", "int32", "int64"):
        for shape in ((3,), (1,)):
            try:
                it = mx.io.CSVIter(data_csv=path, data_shape=shape, batch_size=1, dtype=dtype)
                keep.append(it)     # (MXNet's iterators can crash as they are freed while their reader runs)
                print(repr(text), dtype, shape, [b.data[0].asnumpy().ravel().tolist() for b in it])
            except mx.base.MXNetError as e:
                print(repr(text), dtype, shape, "MXNetError", str(e).strip().splitlines()[-1].split("Check failed: ")[-1])
shutil.rmtree(folder)
