"""An Updater made for a fusing optimizer (SGD) that loads a non-fusing one with its states: the empty group MXNet
then hands the loaded optimizer, refused by its own update (assert, dtype read, or arithmetic)."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import nd

warnings.simplefilter("ignore")

for name, kw in [("test", {}), ("adam", {}), ("adam", {"multi_precision": True}), ("rmsprop", {}),
                 ("signum", {}), ("sgld", {}), ("dcasgd", {}), ("nag", {"multi_precision": True}), ("adagrad", {})]:
    source = mx.optimizer.get_updater(mx.optimizer.create(name, **kw))
    weight = nd.ones((2,))
    source(0, nd.ones((2,)), weight)
    target = mx.optimizer.get_updater(mx.optimizer.create("sgd"))
    target.set_states(source.get_states(dump_optimizer=True))
    try:
        target([0], [nd.ones((2,))], [weight])
        print(name, kw, "ok", weight.asnumpy().tolist())
    except Exception as e:
        print(name, kw, type(e).__name__, str(e).split("\n")[0])
    target([], [], [])      # no weights: nothing to refuse
    print("  empty call ok", type(target.optimizer).__name__)
