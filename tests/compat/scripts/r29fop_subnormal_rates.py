"""Learning rates and weight decays below float32's normal range: SGD's fused multi-weight update reads them as tuple elements (subnormals kept), other update operators refuse them as out of range, in MXNet's words."""
# recorded on AVX2
import warnings

import mxnet as mx

warnings.simplefilter("ignore")

for multi_precision, dtype in ((False, "float32"), (True, "float16"), (False, "float64")):
    for momentum in (0.0, 0.9):
        for lr in (1e-40, 1e-45, 3e-39, 1.2e-38):
            for wd in (0.0, 1e-41):
                opt = mx.optimizer.create("sgd", learning_rate=lr, wd=wd, momentum=momentum,
                                          multi_precision=multi_precision)
                w = mx.nd.array([0.0, 1.0, 2e4], dtype=dtype)
                g = mx.nd.array([1.0, 0.0, 0.0], dtype=dtype)
                opt.update_multi_precision(0, w, g, opt.create_state_multi_precision(0, w))
                print("sgd", dtype, momentum, lr, wd, [float(x).hex() for x in w.asnumpy()])

for name in ("signum", "adam", "rmsprop", "nag", "lamb", "ftrl", "ftml", "lbsgd", "lars"):
    opt = mx.optimizer.create(name, learning_rate=1e-45)
    w, g = mx.nd.ones((2,)), mx.nd.ones((2,))
    try:
        opt.update(0, w, g, opt.create_state(0, w))
        print(name, "->", w.asnumpy().tolist())
    except Exception as e:
        print(name, "raises", type(e).__name__, str(e).splitlines()[0])
for kwargs in (dict(lr=1e-45), dict(wd=1e-39, lr=0.1), dict(lr=0.1, rescale_grad=1e40)):
    w, g = mx.nd.ones((2,)), mx.nd.ones((2,))
    try:
        mx.nd.sgd_update(w, g, out=w, **kwargs)
        print("sgd_update", kwargs, "->", w.asnumpy().tolist())
    except Exception as e:
        print("sgd_update", kwargs, "raises", type(e).__name__, str(e).splitlines()[0])
