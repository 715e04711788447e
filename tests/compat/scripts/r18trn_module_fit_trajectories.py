"""Module.fit with optimizers, contexts and kvstores, its log and callbacks (speeds and times masked), resumed
from a checkpoint with optimizer states: the metric after every batch and the parameters' sum."""
import logging
import os
import re
import sys
import tempfile
import numpy as np
import mxnet as mx

PREFIX = os.path.join(tempfile.mkdtemp(), "ck")


class Masked(logging.Handler):
    def emit(self, record):
        text = re.sub(r"[\d.]+ samples/sec", "N samples/sec", record.getMessage())
        # metrics show 6 decimals: 4 keep the line clear of the last bits of a BLAS sum
        text = re.sub(r"=(\d+\.\d{6})\b", lambda m: "=%.4f" % float(m.group(1)), text)
        print("log:", re.sub(r"Time cost=[\d.]+", "Time cost=T", text.replace(PREFIX, "PREFIX")))


logging.getLogger().addHandler(Masked())
logging.getLogger().setLevel(logging.INFO)


def network(batchnorm):
    h = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=6, name="fc1")
    if batchnorm:
        h = mx.sym.BatchNorm(h, name="bn")
    h = mx.sym.Activation(h, act_type="tanh")
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=3, name="fc2"), name="softmax")


def data():
    rs = np.random.RandomState(8)
    return mx.io.NDArrayIter(rs.randn(16, 5).astype("float32"), rs.randint(0, 3, size=(16,)).astype("float32"),
                             batch_size=4, label_name="softmax_label")


def total(mod):
    arg, aux = mod.get_params()
    return "%.5g" % sum(float(v.abs().sum().asscalar()) for v in list(arg.values()) + list(aux.values()))


def after_batch(param):
    print("batch", param.epoch, param.nbatch, ["%s=%.5g" % nv for nv in param.eval_metric.get_name_value()])


def fit(optimizer, kwargs, contexts=1, kvstore="local", batchnorm=False, resume=False, metric="ce"):
    print("==", optimizer, sorted(kwargs), contexts, kvstore, batchnorm, resume, metric)
    mx.random.seed(8)
    context = [mx.cpu(i) for i in range(contexts)]
    mod = mx.mod.Module(network(batchnorm), context=context)
    checkpoint = mx.callback.module_checkpoint(mod, PREFIX, save_optimizer_states=True) if resume else None
    mod.fit(data(), eval_data=data(), optimizer=optimizer, optimizer_params=kwargs, num_epoch=2, eval_metric=metric,
            initializer=mx.init.Xavier(), kvstore=kvstore, epoch_end_callback=checkpoint,
            batch_end_callback=[after_batch, mx.callback.Speedometer(4, 2, auto_reset=False)])
    if resume:
        mod = mx.mod.Module.load(PREFIX, 2, load_optimizer_states=True, context=context)
        mod.fit(data(), optimizer=optimizer, optimizer_params=kwargs, num_epoch=3, begin_epoch=2,
                eval_metric=metric, kvstore=kvstore, batch_end_callback=after_batch)
    print("sum", total(mod), ["%s=%.5g" % nv for nv in mod.score(data(), metric)])


fit("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01})
fit("adam", {"learning_rate": 0.01}, contexts=2, kvstore="device", metric=["acc", "ce"])
fit("rmsprop", {"learning_rate": 0.01, "centered": True}, batchnorm=True, resume=True)
fit("nag", {"learning_rate": 0.1, "momentum": 0.9}, contexts=2, kvstore="local", batchnorm=True, resume=True)
fit("sgd", {"learning_rate": 0.1, "lr_scheduler": mx.lr_scheduler.FactorScheduler(2, 0.5)}, kvstore=None,
    metric="acc")
sys.stdout.flush()
