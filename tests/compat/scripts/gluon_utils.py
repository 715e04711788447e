# gluon.utils: split_data, split_and_load, clip_global_norm, check_sha1, download errors.
import os
import tempfile
import warnings
import hashlib
import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon import utils
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


x = nd.arange(14).reshape((7, 2))
for n in (1, 2, 3, 7):
    parts = utils.split_data(x, n, even_split=False)
    print(n, [p.shape for p in parts], [p.asnumpy()[:, 0].tolist() for p in parts])
attempt("uneven", lambda: utils.split_data(x, 3))
attempt("too many", lambda: utils.split_data(x, 8, even_split=False))
parts = utils.split_data(x, 2, batch_axis=1)
print([p.shape for p in parts])
print([type(p).__name__ for p in utils.split_data(x, 1)])
loaded = utils.split_and_load(x, [mx.cpu(0), mx.cpu(1)], even_split=False)
print([(p.shape, str(p.context)) for p in loaded])
one = utils.split_and_load(np.ones((4, 3)), [mx.cpu(0)])
print([(type(p).__name__, p.shape, str(p.context), np.dtype(p.dtype).name) for p in one])
attempt("split_and_load uneven", lambda: utils.split_and_load(x, [mx.cpu(0), mx.cpu(1)]))

a = nd.array([3.0, 4.0])
b = nd.array([[12.0]])
norm = utils.clip_global_norm([a, b], 6.5)
print(type(norm).__name__, round(float(norm), 4))
print(a, b)
c = nd.array([1.0, 1.0])
print(round(float(utils.clip_global_norm([c], 10.0)), 4), c)
d = nd.array([3.0, 4.0])
r = utils.clip_global_norm([d], 1.0, check_isfinite=False)
print(type(r).__name__, r, d)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    e = nd.array([np.inf, 1.0])
    r = utils.clip_global_norm([e], 1.0)
    print(r, e, len(ws), [w.category.__name__ for w in ws])
    n = nd.array([np.nan, 1.0])
    r = utils.clip_global_norm([n], 1.0)
    print(r, len(ws))
attempt("empty list", lambda: utils.clip_global_norm([], 1.0))
h = nd.array([3.0, 4.0], dtype="float16")
attempt("float16", lambda: utils.clip_global_norm([h], 1.0))

d = tempfile.mkdtemp()
fname = os.path.join(d, "f.txt")
with open(fname, "wb") as f:
    f.write(b"hello distnet")
sha = hashlib.sha1(b"hello distnet").hexdigest()
print(utils.check_sha1(fname, sha), utils.check_sha1(fname, "0" * 40))
attempt("check_sha1 missing", lambda: utils.check_sha1(os.path.join(d, "nope"), sha))
print(utils._get_repo_url() if hasattr(utils, "_get_repo_url") else None)
print(utils._get_repo_file_url("gluon/models", "x.zip") if hasattr(utils, "_get_repo_file_url") else None)
print(utils.shape_is_known((2, 0)) if hasattr(utils, "shape_is_known") else None, utils.shape_is_known((2, 3)) if hasattr(utils, "shape_is_known") else None)
print(sorted(n for n in dir(utils) if not n.startswith("_") and callable(getattr(utils, n)) and getattr(getattr(utils, n), "__module__", "").endswith("gluon.utils")))
