"""A parameter read by an operator that runs in float16 because its data is float16 (an unlisted LayerNorm after a
float16 exp) is marked float16 by convert_symbol / convert_model / convert_hybrid_block (the converted graph's type
decides; the float32 graph's where the converted one leaves it open): the marks, stored dtypes and the outputs."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd, sym
from mxnet.gluon import nn
from mxnet.contrib import amp
from _words import words

warnings.simplefilter("ignore")
d = sym.var("data")
graphs = {"exp ln": sym.LayerNorm(sym.exp(d), name="ln"),
          "exp fc": sym.FullyConnected(sym.exp(d), num_hidden=3, name="fc"),
          "exp ln fc": sym.FullyConnected(sym.LayerNorm(sym.exp(d), name="ln"), num_hidden=3, name="fc"),
          "sin bn": sym.BatchNorm(sym.sin(d), name="bn")}
shapes = {"ln_gamma": (4,), "ln_beta": (4,), "fc_weight": (3, 4), "fc_bias": (3,), "bn_gamma": (4,), "bn_beta": (4,),
          "bn_moving_mean": (4,), "bn_moving_var": (4,)}
lists = [{"target_dtype_ops": ["exp"], "fp32_ops": []}, {"target_dtype_ops": ["exp", "sin"], "fp32_ops": []},
         {"target_dtype_ops": ["exp"], "fp32_ops": [], "cast_optional_params": True}, {}]
for name, s in graphs.items():
    for kwargs in lists:
        label = f"{name} {kwargs}:"
        try:
            c = amp.convert_symbol(s, data_names=["data"], **kwargs)
            print(label, sorted((k, v["__dtype__"]) for k, v in c.attr_dict().items() if "__dtype__" in v))
            print("   infer_type:", c.infer_type(data="float32"))
        except Exception as e:
            print(label, words(e))
        args = {k: nd.ones(shapes[k]) for k in s.list_arguments() if k in shapes}
        auxs = {k: nd.ones(shapes[k]) for k in s.list_auxiliary_states()}
        try:
            _, new_args, new_auxs = amp.convert_model(s, args, auxs, **kwargs)
            print("   convert_model:", sorted((k, v.dtype.__name__) for k, v in {**new_args, **new_auxs}.items()))
        except Exception as e:
            print("   convert_model:", words(e))


class Lam(nn.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return getattr(F, self.fn)(x)


x = nd.array(np.sin(np.arange(12) * 0.7).reshape(3, 4))
for layers in [["exp", "ln"], ["sin", "exp", "ln"], ["softmax", "exp", "ln"], ["exp", "ln", "tanh"]]:
    net = nn.HybridSequential(prefix="n_")
    with net.name_scope():
        for layer in layers:
            net.add(nn.LayerNorm() if layer == "ln" else Lam(layer))
    net.initialize(mx.init.Constant(0.3))
    net.hybridize()
    net(x)
    for kwargs in lists:
        label = f"{'+'.join(layers)} {kwargs}:"
        try:
            block = amp.convert_hybrid_block(net, ctx=mx.cpu(), **kwargs)
            y = block(x)
            print(label, sorted((k, np.dtype(v.dtype).name) for k, v in block.collect_params().items()),
                  y.dtype.__name__, np.round(y.asnumpy().astype("float64").ravel()[:4], 3))
        except Exception as e:
            print(label, words(e))
