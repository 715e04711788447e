"""Rates a Trainer hands its optimizer: Parameter multipliers of odd types, batch sizes of odd types (an array makes
rescale_grad an array), and GroupAdaGrad's own checks of wd, rescale_grad and the learning rate."""
import warnings

warnings.simplefilter("ignore")
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


def stepped(name, batch=1, mult=None, **opt_args):
    p = gluon.Parameter("p_weight", shape=(2, 2))
    p.initialize(mx.init.One())
    if mult is not None:
        setattr(p, mult[0], mult[1])
    trainer = gluon.Trainer([p], name, dict({"learning_rate": 1.0}, **opt_args))
    with autograd.record():
        loss = (p.data() * 2).sum()
    loss.backward()
    try:
        trainer.step(batch)
        result = [round(v, 5) for v in p.data().asnumpy().ravel().tolist()]
    except Exception as e:
        result = words(e)
    return result, sorted(trainer._optimizer._index_update_count.items())


for name in ["sgd", "adam", "nag", "adagrad", "rmsprop", "signum"]:
    for mult in [("lr_mult", None), ("lr_mult", "2"), ("lr_mult", np.float32(2)), ("lr_mult", True),
                 ("wd_mult", None), ("wd_mult", 0)]:
        print(name, mult, stepped(name, mult=mult, wd=0.1))
    for batch in [2.5, np.float32(2), "2", nd.array([2.0])]:
        if name == "adagrad" and isinstance(batch, nd.NDArray):
            continue        # (NDArray arithmetic with an array rate)
        print(name, "batch", repr(batch).replace("\n", " "), stepped(name, batch=batch))

for kwargs in [{}, {"wd": None}, {"wd": 0.1}, {"rescale_grad": None}, {"learning_rate": "0.1"},
               {"clip_gradient": True}, {"clip_gradient": 0.5}]:
    opt = mx.optimizer.contrib.GroupAdaGrad(**kwargs)
    weight = nd.array([[1.0, 2.0], [3.0, 4.0]])
    state = opt.create_state(0, weight)
    try:
        opt.update(0, weight, nd.array([[0.5, -1.0], [2.0, 0.0]]), state)
        print("groupadagrad", kwargs, weight.asnumpy().round(5).tolist(), state.asnumpy().round(5).tolist())
    except Exception as e:
        print("groupadagrad", kwargs, words(e), "| history", state.asnumpy().round(5).tolist())
