"""quantized_batch_norm's moving_mean and moving_var are auxiliary states (listed apart, inferred apart, bound as aux_states and kept through JSON), while its inputs keep their order and a computed statistic is refused."""
import re
import warnings

import numpy as np
import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except (mx.base.MXNetError, ValueError) as e:
        print(type(e).__name__, repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:400]))


d = mx.sym.var("data")
s = mx.sym.contrib.quantized_batch_norm(d, min_calib_range=-2, max_calib_range=2, eps=1e-3, name="qbn")
print(s.list_arguments())
print(s.list_auxiliary_states())
print(s.list_inputs())
show(lambda: s.infer_shape(data=(2, 3, 4, 4)))
show(lambda: s.infer_type(data="int8"))
mm, g = mx.sym.var("mm"), mx.sym.var("g")
s2 = mx.sym.contrib.quantized_batch_norm(d, g, moving_mean=mm, min_calib_range=-1, max_calib_range=1)
print(s2.list_arguments(), s2.list_auxiliary_states())
show(lambda: mx.sym.contrib.quantized_batch_norm(d, moving_var=d * 2))
show(lambda: mx.sym.contrib.quantized_batch_norm(d, foo=d))

rng = np.random.RandomState(0)
x = mx.nd.array(rng.randint(-100, 100, (2, 3, 2, 2)), dtype="int8")
args = {"data": x, "qbn_gamma": mx.nd.array([1., 2., 0.5]), "qbn_beta": mx.nd.array([0.1, -0.2, 0.3]),
        "qbn_min_data": mx.nd.array([-1.]), "qbn_max_data": mx.nd.array([1.])}
aux = {"qbn_moving_mean": mx.nd.array([0.1, 0.2, -0.1]), "qbn_moving_var": mx.nd.array([0.5, 1.5, 2.])}
ex = s.bind(mx.cpu(), args=args, aux_states=aux, grad_req="null")
out = ex.forward()
for o in out:
    print(o.dtype, o.asnumpy().tolist())
print(sorted(ex.aux_dict), sorted(ex.arg_dict))
loaded = mx.sym.load_json(s.tojson())
print(loaded.list_arguments(), loaded.list_auxiliary_states())
print(loaded.bind(mx.cpu(), args=args, aux_states=aux, grad_req="null").forward()[0].asnumpy().tolist()
      == out[0].asnumpy().tolist())
show(lambda: s.bind(mx.cpu(), args=dict(args, **aux)))
