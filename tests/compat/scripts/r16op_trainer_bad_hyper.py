"""gluon.Trainer with hyper-parameters MXNet's update cannot use: the multipliers' in-place products, the fused
LAMB operator, nd.clip's words for a bool bound, NDArray arithmetic; the count after the failure; both array kinds."""
import warnings

warnings.simplefilter("ignore")
import mxnet as mx
from mxnet import autograd, gluon
from _words import words

OPTIMIZERS = [("sgd", {}), ("nag", {"momentum": 0.9}), ("adam", {}), ("rmsprop", {"centered": True}), ("ftml", {}),
              ("lamb", {}), ("adagrad", {}), ("adadelta", {}), ("nadam", {}), ("adamax", {}), ("dcasgd", {})]
BAD = [{"wd": None}, {"learning_rate": None}, {"learning_rate": True}, {"clip_gradient": True}, {"epsilon": None},
       {"rescale_grad": None}, {"lazy_update": "x"}]

for np_mode in [False, True]:
    if np_mode:
        mx.npx.set_np()
    for name, kw in OPTIMIZERS:
        print("--", "np" if np_mode else "nd", name, kw)
        for bad in BAD:
            params = []
            for i in range(2):
                p = gluon.Parameter(f"p{i}_weight", shape=(2,))
                p.initialize(mx.init.One())
                params.append(p)
            try:
                trainer = gluon.Trainer(params, name, dict(kw, **bad))
            except TypeError:
                continue
            with autograd.record():
                loss = sum((p.data() * (i + 2)).sum() for i, p in enumerate(params))
            loss.backward()
            try:
                trainer.step(1)
                print(bad, [[round(v, 5) for v in p.data().asnumpy().tolist()] for p in params])
            except Exception as e:
                print(bad, words(e), "| count", sorted(trainer._optimizer._index_update_count.items()))
    if np_mode:
        mx.npx.reset_np()
