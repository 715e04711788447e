"""Updater called with a list of keys but a single array (or lists of other lengths) for weights or gradients."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

CALLS = [("one weight, one grad", [1], "g", "w"), ("grad list, one weight", [1], ["g"], "w"),
         ("one grad, weight list", [1], "g", ["w"]), ("tuple of keys", (1,), ["g"], ["w"]),
         ("fewer grads", [1, 2], ["g"], ["w", "w"]), ("fewer weights", [1, 2], ["g", "g"], ["w"]),
         ("one key, lists", 1, ["g"], ["w"]), ("one element arrays", [3], "g1", "w1")]

for name in ("sgd", "adam"):
    opt = mx.optimizer.create(name, learning_rate=0.1, momentum=0.9) if name == "sgd" else \
        mx.optimizer.create(name, learning_rate=0.1)
    updater = mx.optimizer.get_updater(opt)
    arrays = {"w": nd.ones((2,)), "g": nd.array([1.0, 2.0]), "w1": nd.ones((1,)), "g1": nd.array([0.5])}
    for what, index, grads, weights in CALLS:
        pick = (lambda x: [arrays[k] for k in x] if isinstance(x, list) else arrays[x])
        try:
            updater(index, pick(grads), pick(weights))
            print(name, what, "ok", arrays["w"].asnumpy().tolist(), arrays["w1"].asnumpy().tolist())
        except Exception as e:
            print(name, what, type(e).__name__, str(e).splitlines()[-1] if str(e) else "")
    print(name, "states", sorted((k, [s.shape for s in (v if isinstance(v, tuple) else [v])])
                                 for k, v in updater.states.items()), opt.num_update)
