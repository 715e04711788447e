"""Ftrl's update keeps the NaN its kernel keeps when two NaNs meet (gradient over shift, shift over sum, gradient square over history), whatever the array's length."""
import itertools
import numpy as np
import mxnet as mx

nan = np.float32(np.nan)
values = [nan, -nan, np.float32(1.0), np.float32(-0.5)]


def bits(a):
    return a.asnumpy().view(np.uint32).tolist()


combos = list(itertools.product(values, repeat=4))      # weight, gradient, z, n
for size in (1, 3, 8, 17, 40, len(combos)):
    picked = [combos[(7 * i) % len(combos)] for i in range(size)]
    for dtype in ("float32",):
        for kwargs in ({}, {"wd": 0.1, "clip_gradient": 1.0, "rescale_grad": 0.5}):
            opt = mx.optimizer.Ftrl(learning_rate=0.1, **kwargs)
            weight = mx.nd.array([c[0] for c in picked], dtype=dtype)
            grad = mx.nd.array([c[1] for c in picked], dtype=dtype)
            state = opt.create_state(0, weight)
            state[0][:] = mx.nd.array([c[2] for c in picked])
            state[1][:] = mx.nd.array([c[3] for c in picked])
            opt.update(0, weight, grad, state)
            opt.update(0, weight, grad[::-1] if size > 1 else grad, state)
            print(size, dtype, kwargs, bits(weight)[:12], bits(state[0])[:12], bits(state[1])[:12],
                  int(np.signbit(weight.asnumpy()).sum()), int(np.signbit(state[0].asnumpy()).sum()))
