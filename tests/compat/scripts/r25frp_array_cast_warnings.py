"""nd.array / np.array of values their dtype cannot hold: the wrapped or saturated values, and no warning, as
MXNet's NumPy 1.23 makes the cast."""
# recorded on AVX2
import warnings

import numpy as onp
import mxnet as mx

SOURCES = ["[1e5]", "[1e40]", "[float('nan')]", "[-1e10]", "[300]", "[-5]", "[2**40]", "onp.array([1e5])",
           "onp.array([1e40])", "onp.array([float('nan')])", "(1e5, 2)"]
for src in SOURCES:
    for dt in ["float16", "float32", "int32", "int8", "uint8", "int64"]:
        row = []
        for mod in [mx.nd, mx.np]:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    values = mod.array(eval(src, {"onp": onp}), dtype=dt).asnumpy().tolist()
                except (TypeError, ValueError, OverflowError) as e:
                    values = f"{type(e).__name__}: {e}"
            row.append(f"{values} {[w.category.__name__ for w in caught]}")
        print(f"{src:28} {dt:8}", " | ".join(row))
