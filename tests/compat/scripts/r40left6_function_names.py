"""Public functions carry MXNet's __name__/__qualname__: mx.image.image.copyMakeBorder is a Python wrapper (mx.image's
and image.det's the operator's _cvcopyMakeBorder), py_str a lambda, NumPy 1.23's expired financial functions
_expired, nd.np.product its own function."""
import inspect

import mxnet as mx

fs = {"image.image.copyMakeBorder": mx.image.image.copyMakeBorder, "image.copyMakeBorder": mx.image.copyMakeBorder,
      "image.det.copyMakeBorder": mx.image.det.copyMakeBorder, "nd._internal._cvcopyMakeBorder":
      mx.nd._internal._cvcopyMakeBorder, "base.py_str": mx.base.py_str, "util.py_str": mx.util.py_str,
      "np.npv": mx.np.npv, "np.fallback.pmt": mx.np.fallback.pmt, "nd.np.product": mx.nd.np.product,
      "nd.np.prod": mx.nd.np.prod}
for path, f in fs.items():      # (nd.np's signatures show MXNet's _Null defaults: left out)
    print(path, f.__name__, f.__qualname__, "" if path.startswith("nd.np") else inspect.signature(f))
print(mx.image.copyMakeBorder is mx.nd._internal._cvcopyMakeBorder, mx.image.image.copyMakeBorder is mx.image.copyMakeBorder)
img = mx.nd.arange(12).reshape((2, 2, 3))
print(mx.image.image.copyMakeBorder(img, 1, 0, 0, 1, 0, 7.0)[:, :, 0])
print(mx.nd.np.product(mx.np.array([[1., 2.], [3., 4.]]), axis=1))
for call in [lambda: mx.image.image.copyMakeBorder(img), lambda: mx.base.py_str(), lambda: mx.nd.np.product(1, 2, 3, 4, 5, 6, 7, 8)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
