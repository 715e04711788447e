"""Pooling reads its pad's entries, then its stride's: None (a shape of unknown rank) or too few fail when run, as MXNet."""
import mxnet as mx
import numpy as np

nn = mx.gluon.nn
for make in ("nn.MaxPool2D(2, None, None)", "nn.AvgPool2D(2, 1, None)", "nn.MaxPool1D(2, None, None)",
             "nn.MaxPool3D(2, 2, None)", "nn.MaxPool2D(2, padding=(1,))", "nn.MaxPool2D(None)", "nn.Conv2D(2, None)"):
    for hybrid in (False, True):
        try:
            net = eval(make)
            print(net)
            if hybrid:
                net.hybridize()
            ndim = 3 if "1D" in make else 5 if "3D" in make else 4
            print(net(mx.nd.ones((1, 2) + (4,) * (ndim - 2))).shape)
        except mx.base.MXNetError as e:
            print("MXNetError", str(e).split("Check failed: ")[-1].splitlines()[0])
        except Exception as e:
            print(type(e).__name__, e)

x = mx.nd.array(np.arange(32).reshape((1, 2, 4, 4)))
for kwargs in ({"pad": None}, {"stride": None}, {"pad": "None"}, {"pad": (0,)}, {"stride": (1,)}, {"pad": (1,), "stride": None},
               {"pad": ()}, {"stride": ()}, {"pad": (0, 0, 0)}, {"kernel": None}, {"stride": (0,)}):
    args = dict({"kernel": (2, 2), "pool_type": "max"}, **kwargs)
    try:
        print(kwargs, mx.nd.Pooling(x, **args).asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(kwargs, "MXNetError", str(e).split("Check failed: ")[-1].replace("MXNetError: ", "").splitlines()[0][:80])
