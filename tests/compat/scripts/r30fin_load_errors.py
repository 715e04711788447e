"""nd.load / nd.load_frombuffer of truncated files and of the other shape semantics fail with MXNet's located check (source line shown)."""
# recorded on AVX2
import os
import tempfile
import mxnet as mx
from mxnet import nd


def attempt(what, fn):
    try:
        fn()
        print(what, "loaded")
    except mx.base.MXNetError as e:
        print(what, type(e).__name__, str(e).replace("\n", " | "))


d = tempfile.mkdtemp()
f = os.path.join(d, "x.nd")
sources = {"dense dict": {"a": nd.ones(3)},
           "row_sparse list": [nd.array([[0, 0], [1, 2]]).tostype("row_sparse")],
           "csr dict": {"c": nd.array([[0, 0], [1, 2]]).tostype("csr")}}
for name, src in sources.items():
    nd.save(f, src)
    with open(f, "rb") as fh:
        raw = fh.read()
    for cut in (0, 10, 20, 30, len(raw) // 2, len(raw) - 3, len(raw) - 1):
        with open(f, "wb") as fh:
            fh.write(raw[:cut])
        attempt(f"{name} cut at {cut} file:", lambda: nd.load(f))

with mx.util.np_shape(True):
    nd.save(f, [nd.ones(2)])
attempt("np-shape file outside np shape:", lambda: nd.load(f))
nd.save(f, [nd.ones(2)])
with mx.util.np_shape(True):
    attempt("legacy file inside np shape:", lambda: nd.load(f))
os.remove(f)
os.rmdir(d)
