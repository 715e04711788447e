"""Initializer and registry errors: exception types and messages, register warnings, legacy init of mx.np arrays."""
import warnings
import numpy as np
import mxnet as mx


def show(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:          # noqa: BLE001 - the point is to print what was raised
        print(type(e).__name__, repr(str(e).split("\n")[0]))


w = mx.nd.zeros((2, 3))
show(lambda: mx.init.Xavier(factor_type="bad")(mx.init.InitDesc("fc_weight"), w))
show(lambda: mx.init.Xavier(rnd_type="bad")(mx.init.InitDesc("fc_weight"), w))
show(lambda: mx.init.Mixed(["bias"], [mx.init.Zero()])("fc_weight", w))
show(lambda: mx.init.Mixed(["a", "b"], [mx.init.Zero()]))
show(lambda: mx.init.Load(3))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    show(lambda: mx.init.One()("stn_loc_bias", mx.nd.zeros((4,))))
show(lambda: hash(mx.init.One()))
show(lambda: mx.init.create())
show(lambda: mx.init.create('{"scale": 1}'))
show(lambda: mx.init.create('["uniform"]'))
show(lambda: mx.init.create('["one", {}, 3]'))
show(lambda: mx.init.create('["uniform", {}]', scale=2))
show(lambda: mx.init.create(mx.init.One(), 3))
show(lambda: mx.init.create(3))
show(lambda: mx.init.create({"initializer": "uniform", "scale": 0.5}).dumps())
show(lambda: mx.init.register(3))
show(lambda: mx.init.register(dict))


class MyInit(mx.init.Initializer):
    """A custom initializer registered twice."""


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mx.init.register(MyInit)
    mx.init.register(MyInit)
    mx.init.alias("myinit2", "myinit2")(MyInit)
print([str(c.message).replace("__main__", "M") for c in caught])
show(lambda: mx.init.Uniform()(mx.init.InitDesc("fc_weight"), mx.np.zeros((2, 2))))
show(lambda: mx.init.Xavier(rnd_type="gaussian")(mx.init.InitDesc("fc_weight"), mx.np.zeros((2, 2))))
show(lambda: mx.init.One()(mx.init.InitDesc("fc_weight"), mx.np.zeros((2,))) or "filled")
show(lambda: mx.init.Uniform()(mx.init.InitDesc("fc_weight"), np.zeros((2, 2))))
