"""IdentityAttachKLSparseReg in a bound graph: one moving average per unit of axis 1, N-D data read as rows of
its last axis, the penalty added to the head gradient, and MXNet's checks."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def run(shape, momentum=0.9, target=0.1, penalty=0.001, avg=0.3):
    s = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="k", momentum=momentum, sparseness_target=target,
                                         penalty=penalty)
    try:
        ex = s.simple_bind(mx.cpu(), d=shape)
        ex.aux_dict["k_moving_avg"][:] = avg
        x = nd.array(np.linspace(0.05, 0.95, int(np.prod(shape))).reshape(shape))
        y = ex.forward(is_train=True, d=x)[0]
        ex.backward(nd.ones(shape) * 0.5)
        print(shape, momentum, target, penalty, "->", y.shape, ex.grad_dict["d"].asnumpy().round(5).tolist(),
              ex.aux_dict["k_moving_avg"].asnumpy().round(5).tolist())
    except Exception as e:
        print(shape, momentum, target, penalty, "->", words(e))


for shape in [(4, 3), (2, 3, 3), (3, 2, 2), (2, 3, 2), (1, 5)]:
    run(shape)
run((4, 3), momentum=0.5, target=0.3, penalty=0.1)
run((4, 3), momentum=0.0, target=0.5, penalty=1.0, avg=0.6)
s = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="k")
print(s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
for shape in [(3, 4, 5), (2, 7), (3,)]:
    try:
        print(shape, s.infer_shape(d=shape))
    except Exception as e:
        print(shape, words(e))
try:
    print(s.infer_shape_partial(k_moving_avg=(4,)))
except Exception as e:
    print("moving_avg alone:", words(e))
