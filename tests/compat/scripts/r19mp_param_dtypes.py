"""Parameter dtypes through a model's life: created with a dtype, cast before or after initialization (BatchNorm's
statistics included), set_data from another dtype, and save/load with cast_dtype and dtype_source."""
import os
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words

warnings.simplefilter("ignore")
TMP = tempfile.mkdtemp()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def dtypes(block):
    return " ".join(f"{name.split('_', 1)[1]}:{np.dtype(p.dtype).name}/{p.data().dtype.__name__}"
                    for name, p in sorted(block.collect_params().items()))


def values(a):
    return f"{a.dtype.__name__} {np.round(a.asnumpy().astype('float64'), 4).ravel()[:4].tolist()}"


for dtype in ["float16", "float64", np.float16, "int32", "uint8", "bool", "bfloat16"]:
    def make(dtype=dtype):
        p = gluon.Parameter("w", shape=(2,), dtype=dtype, init=mx.init.Constant(1.5))
        p.initialize()
        return f"{p.dtype!r} {values(p.data())} grad {values(p.grad())}"
    attempt(f"Parameter dtype={dtype!r}", make)

for layer in [lambda: nn.BatchNorm(in_channels=3), lambda: nn.LayerNorm(in_channels=3),
              lambda: nn.Embedding(4, 3), lambda: nn.Dense(2, in_units=3), lambda: nn.PReLU(in_channels=3)]:
    for dtype in ["float16", "float64"]:
        with mx.name.NameManager():
            before = layer()
        before.cast(dtype)
        before.initialize(mx.init.Constant(0.25))
        with mx.name.NameManager():
            after = layer()
        after.initialize(mx.init.Constant(0.25))
        after.cast(dtype)
        print(f"{type(after).__name__} cast {dtype}: before init {dtypes(before)} | after init {dtypes(after)}")
deferred = nn.BatchNorm()
deferred.cast("float16")
deferred.initialize()
deferred(nd.ones((2, 3), dtype="float16"))
print("deferred BatchNorm cast float16:", dtypes(deferred))

for have in ["float16", "float32", "float64"]:
    for given in ["float16", "float64", "int32"]:
        def set_data(have=have, given=given):
            p = gluon.Parameter("w", shape=(3,), dtype=have, init=mx.init.Zero())
            p.initialize()
            p.set_data(nd.array([1.5, 2.25, 3.1], dtype=given))
            return values(p.data())
        attempt(f"set_data {have} <- {given}", set_data)

for saved in ["float16", "float64"]:
    for current in ["float32", "float16", "float64"]:
        source = nn.Dense(2, in_units=3, dtype=saved, prefix="d_")
        source.initialize(mx.init.Constant(0.3))
        path = os.path.join(TMP, f"{saved}_{current}.params")
        source.save_parameters(path)
        source.collect_params().save(path + ".dict")
        for kwargs in [{}, {"cast_dtype": True}, {"cast_dtype": True, "dtype_source": "saved"},
                       {"dtype_source": "saved"}]:
            def load(kwargs=kwargs):
                target = nn.Dense(2, in_units=3, dtype=current, prefix="d_")
                target.load_parameters(path, **kwargs)
                return f"{dtypes(target)} {values(target.weight.data())}"
            attempt(f"saved {saved} into {current} {kwargs}", load)
        def load_dict(kwargs={"cast_dtype": True, "dtype_source": "current"}):
            target = nn.Dense(2, in_units=3, dtype=current, prefix="d_")
            target.collect_params().load(path + ".dict", **kwargs)
            return dtypes(target)
        attempt(f"  ParameterDict.load {saved} into {current}", load_dict)
attempt("dtype_source unknown", lambda: nn.Dense(2, in_units=3, prefix="d_").load_parameters(
    os.path.join(TMP, "float16_float32.params"), cast_dtype=True, dtype_source="other"))
