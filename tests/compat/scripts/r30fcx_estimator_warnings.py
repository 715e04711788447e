"""The estimator handlers' warnings under Python's default filter: the RuntimeWarnings of an unknown mode or a monitor never updated are shown, and each handler shows its own `greater` warning once."""
# recorded on AVX2
import logging
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import CheckpointHandler, EarlyStoppingHandler, Estimator

warnings.showwarning = lambda message, category, *rest, **kw: print("  warning:", category.__name__, message)

np.random.seed(1)
X = nd.array(np.random.uniform(-1, 1, (8, 3)))
Y = nd.array(np.random.randint(0, 2, (8,)))
data = gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=4)
model_dir = tempfile.mkdtemp()


def fit(handler, epochs=2):
    mx.random.seed(0)
    net = gluon.nn.Dense(2)
    net.initialize(mx.init.Uniform(0.3))
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), train_metrics=mx.metric.Accuracy(),
                  trainer=gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1}))
    e.logger.setLevel(logging.ERROR)
    handlers = [handler(e)] if handler else None
    e.fit(data, epochs=epochs, event_handlers=handlers)
    print("  accuracy", e.train_metrics[0].get())


for title, handler in [
        ("checkpoint, best by a loss never updated", lambda e: CheckpointHandler(
            model_dir, monitor=mx.metric.Loss(), save_best=True, mode="min")),
        ("checkpoint, best by accuracy (auto)", lambda e: CheckpointHandler(
            model_dir, monitor=mx.metric.Accuracy(), save_best=True)),
        ("checkpoint, again", lambda e: CheckpointHandler(
            model_dir, monitor=mx.metric.Accuracy(), save_best=True)),
        ("checkpoint, unknown mode", lambda e: CheckpointHandler(
            model_dir, monitor=mx.metric.Accuracy(), save_best=True, mode="foo")),
        ("early stopping by accuracy (auto)", lambda e: EarlyStoppingHandler(monitor=mx.metric.Accuracy())),
        ("early stopping by the training accuracy", lambda e: EarlyStoppingHandler(
            monitor=e.train_metrics[0], patience=1)),
        ("early stopping, unknown mode", lambda e: EarlyStoppingHandler(monitor=mx.metric.Accuracy(), mode="zz")),
        ("early stopping by a loss never updated", lambda e: EarlyStoppingHandler(
            monitor=mx.metric.Loss(), mode="min")),
        ("no handler", None)]:
    print(title)
    try:
        fit(handler)
    except Exception as e:
        print("  ERR", type(e).__name__, str(e).splitlines()[0] if str(e) else "")
