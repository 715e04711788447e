"""An optimizer's update given a gradient unlike its weight is refused in its operator's words, nothing appended."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import nd

NAMES = ["sgd", "adam", "nag", "rmsprop", "adagrad", "ftrl", "signum", "lamb", "adamw", "ftml", "dcasgd", "sgld",
         "lars", "lans", "adadelta", "nadam", "adamax"]
for name in NAMES:
    for grad_shape in [(3,), (2, 1), (1,)]:
        try:
            opt = mx.optimizer.create(name)
            weight = nd.ones((2,))
            opt.update(0, weight, nd.ones(grad_shape), opt.create_state(0, weight))
            print(name, grad_shape, "updated", weight.asnumpy())
        except Exception as e:
            print(name, grad_shape, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
