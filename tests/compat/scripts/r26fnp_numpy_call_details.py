"""Details of mx.np calls: lstsq's default rcond warns as NumPy 1.23 did, eigh/eigvalsh name the operator's
attributes when refusing UPLO, astype takes order=None, nonzero of a 0-d array gives no deprecation warning."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.array([[2., 1.], [1., 3.]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for rcond in ("warn", None, -1, 0.5):
        x, res, rank, sv = np.linalg.lstsq(a, np.array([1., 2.]), rcond=rcond)
        print("lstsq", rcond, x.dtype, rank)
    print("lstsq default", np.linalg.lstsq(a, a)[2])
    for fn in (np.linalg.eigh, np.linalg.eigvalsh):
        for uplo in ("LU", -1, 2.5, "up", np.array([1., 2.])):
            try:
                fn(a, uplo)
            except mx.MXNetError as e:
                print(fn.__name__, words(e))
    for args, kwargs in (((None, None), {}), (("int32", None), {}), (("int32",), {"order": None}), (("int32", "F"), {}),
                         (("float32",), {"order": None, "copy": False})):
        try:
            r = a.astype(*args, **kwargs)
            print("astype", args, kwargs, r.dtype, r is a, r.tolist())
        except ValueError as e:
            print("astype", args, kwargs, words(e))
    for x in (np.array(2.5), np.array(0.), np.array(True), np.array(0, dtype="int32"), np.array(7, dtype="int64")):
        print("nonzero", x.dtype, [i.tolist() for i in x.nonzero()], [i.tolist() for i in np.nonzero(x)],
              npx.nonzero(x).tolist(), np.flatnonzero(x).tolist())
for w in caught:
    print("warning", w.category.__name__, str(w.message).splitlines()[0])
x = np.array([1.26, 2.5])
CALLS = (((x,), {}), ((x, 1), {}), ((x, None, None, True), {}), ((), {"a": x}), ((), {}), ((x,), {"x": x}),
         ((x, 1.5), {}), ((2.567, 1), {}), ((x,), {"decimals": 1, "foo": 1}))
for fn in (np.round, np.round_, np.around):
    for args, kwargs in CALLS:
        try:
            print(fn.__name__, len(args), sorted(kwargs), fn(*args, **kwargs))
        except (TypeError, mx.MXNetError) as e:
            print(fn.__name__, len(args), sorted(kwargs), words(e))
