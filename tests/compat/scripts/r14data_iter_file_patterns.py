"""CSVIter, LibSVMIter and ImageRecordIter find their files as MXNet's file splitter does: a bare name is looked up, a path with a directory is matched in that directory's listing, ';' joins files, and each failure has MXNet's words."""
import os
import shutil
import tempfile

import mxnet as mx
from _words import words


root = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(root)
try:
    os.mkdir("sub")
    for name, text in {"d.csv": "1,2,3\n4,5,6\n", "e.csv": "7,8,9", "empty.csv": "", "sub/f.csv": "0,0,1\n0,1,0\n1,0,0\n",
                       "d.svm": "1 0:1.5 2:2\n0 1:3\n"}.items():
        with open(name, "w") as f:
            f.write(text)
    with open("one.rec", "wb") as f:
        f.write(b"")

    def attempt(label, fn):
        try:
            print(label, "->", fn())
        except Exception as e:
            print(label, "->", words(e).replace(root, "<tmp>"))

    def first_csv(path, **kw):
        it = mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=3, **kw)
        return next(it).data[0].asnumpy().tolist()

    for path in ["d.csv", "nosuch.csv", "./d.csv", "./nosuch.csv", "sub/f.csv", "sub/nosuch.csv", "nodir/d.csv",
                 "d.csv/x", "/nosuch.csv", f"{root}/d.csv", f"{root}/nosuch.csv", f"{root}/nodir/x.csv",
                 "empty.csv", "./empty.csv", "e.csv;d.csv", "d.csv;nosuch.csv", "./d.cs.", "./.\\.csv", "./*.csv",
                 "sub", "d.csv#cache", "", "a#b#c", f"file://{root}/d.csv", f"file://{root}/nosuch.csv"]:
        attempt(f"CSVIter {path.replace(root, '<tmp>')!r}", lambda: first_csv(path))
    attempt("CSVIter missing label", lambda: first_csv("d.csv", label_csv="./nosuch.csv"))
    attempt("CSVIter float64", lambda: first_csv("d.csv", dtype="float64"))
    attempt("CSVIter int8", lambda: first_csv("d.csv", dtype="int8"))
    attempt("CSVIter no data_csv", lambda: mx.io.CSVIter(data_shape=(3,), batch_size=2))
    attempt("CSVIter no batch_size", lambda: mx.io.CSVIter(data_csv="d.csv", data_shape=(3,)))
    for path in ["d.svm", "nosuch.svm", "./nosuch.svm", f"{root}/nosuch.svm", "nodir/x.svm"]:
        attempt(f"LibSVMIter {path.replace(root, '<tmp>')!r}",
                lambda: next(mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=2)).data[0].asnumpy().tolist())
    attempt("LibSVMIter no data_libsvm", lambda: mx.io.LibSVMIter(data_shape=(3,), batch_size=2))
    for name in ["ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordIter_v1", "ImageDetRecordIter"]:
        it = getattr(mx.io, name)
        for path in ["nosuch.rec", "./nosuch.rec", f"{root}/nosuch.rec", "nodir/x.rec", "one.rec"]:
            attempt(f"{name} {path.replace(root, '<tmp>')!r}", lambda: it(path_imgrec=path, data_shape=(3, 4, 4), batch_size=1))
        for kw in [dict(), dict(path_imgrec="x.rec"), dict(batch_size=1), dict(data_shape=(3, 4, 4)),
                   dict(data_shape=(3, 4, 4), batch_size=1)]:
            attempt(f"{name} {sorted(kw)}", lambda: it(**kw))
finally:
    os.chdir(home)
    shutil.rmtree(root)
