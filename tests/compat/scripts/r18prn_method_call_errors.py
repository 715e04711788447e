"""Methods of metrics, optimizers, containers and sequential cells called wrongly: Python's argument errors name
the class that defines the method in MXNet."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn, rnn, contrib
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for name in ["Accuracy", "F1", "MCC", "MAE", "MSE", "RMSE", "CrossEntropy", "NegativeLogLikelihood", "PearsonCorrelation",
             "Loss", "PCC"]:
    m = getattr(mx.metric, name)()
    attempt(f"{name}.update()", lambda: m.update())
    attempt(f"{name}.update(labels=1)", lambda: m.update(labels=[nd.ones((1,))]))
    attempt(f"{name}.reset(1)", lambda: m.reset(1))
    attempt(f"{name}.reset_local(1)", lambda: m.reset_local(1))
    attempt(f"{name}.get(1)", lambda: m.get(1))
for name in ["SGD", "ccSGD", "NAG", "LARS", "SGLD", "Adam", "Signum", "DCASGD", "LBSGD", "RMSProp"]:
    o = getattr(mx.optimizer, name)()
    attempt(f"{name}.create_state(0)", lambda: o.create_state(0))
    attempt(f"{name}.create_state_multi_precision(0)", lambda: o.create_state_multi_precision(0))
    attempt(f"{name}.update(0, 1)", lambda: o.update(0, 1))
for cls in [nn.Sequential, nn.HybridSequential, contrib.nn.Concurrent, contrib.nn.HybridConcurrent,
            mx.gluon.data.vision.transforms.Compose]:
    c = cls() if cls is not mx.gluon.data.vision.transforms.Compose else cls([])
    attempt(f"{cls.__name__}.add(block=...)", lambda: c.add(block=nn.Dense(2)))
for cls in [rnn.SequentialRNNCell, rnn.HybridSequentialRNNCell]:
    c = cls()
    attempt(f"{cls.__name__}.add()", lambda: c.add())
    attempt(f"{cls.__name__}.unroll(3)", lambda: c.unroll(3))
    attempt(f"{cls.__name__}.state_info(1, 2)", lambda: c.state_info(1, 2))
    attempt(f"{cls.__name__}(x)", lambda: c(nd.ones((1, 2))))
