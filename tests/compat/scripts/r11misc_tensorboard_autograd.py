"""Without mxboard, LogMetricsCallback has no summary_writer (calling it with metrics is an AttributeError); the old contrib.autograd API's sections, marks and gradients."""
import mxnet as mx
from mxnet.contrib import autograd as cag
from mxnet.contrib import tensorboard as tb

cb = tb.LogMetricsCallback("logs", prefix="train")
print(sorted(vars(cb)), cb.prefix)
metric = mx.metric.Accuracy()
metric.update([mx.nd.array([1, 0])], [mx.nd.array([[0, 1], [1, 0]])])
print(cb(mx.model.BatchEndParam(epoch=0, nbatch=1, eval_metric=None, locals=None)))
try:
    cb(mx.model.BatchEndParam(epoch=0, nbatch=1, eval_metric=metric, locals=None))
except AttributeError as e:
    print("AttributeError", e)
print([cag.set_is_training(v) for v in (True, True, False, False)])
with cag.train_section():
    print(mx.autograd.is_recording(), mx.autograd.is_training())
    with cag.test_section():
        print(mx.autograd.is_recording(), mx.autograd.is_training())
x, g = mx.nd.array([1., 2., 3.]), mx.nd.zeros(3)
cag.mark_variables([x], [g], grad_reqs="add")
for _ in range(2):
    with cag.train_section():
        y = x * x
    cag.backward([y], [mx.nd.array([1., 10., 100.])])
print(g.asnumpy().tolist())
grads, loss = cag.grad_and_loss(lambda a, b: a * b, argnum=[0, 1])(mx.nd.array([1., 2.]), mx.nd.array([3., 4.]))
print([v.asnumpy().tolist() for v in grads], loss.asnumpy().tolist())
print([v.asnumpy().tolist() for v in cag.grad(lambda a: a * a * a)(mx.nd.array([1., 2.]))])
