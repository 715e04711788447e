"""A Trainer reads each weight on the first context its parameters had when it was made: parameters moved off it
(reset_ctx) fail its first step, whatever the kvstore; gpu_memory_info reads its device id as an integer and
util.get_gpu_memory hands it to ctypes before either says the build has no CUDA."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd
from _words import words

for kv in ('device', 'local', None):
    for first, moved in (([mx.cpu(0), mx.cpu(1)], mx.cpu(2)), ([mx.cpu(1)], [mx.cpu(0), mx.cpu(1)]),
                         ([mx.cpu(3)], mx.cpu(3)), ([mx.cpu(0), mx.cpu(1)], [mx.cpu(1), mx.cpu(0)])):
        net = gluon.nn.Dense(1, in_units=2, prefix='fc_')
        net.initialize(mx.init.One(), ctx=first)
        trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5}, kvstore=kv)
        net.collect_params().reset_ctx(moved)
        ctxs = net.weight.list_ctx()
        with autograd.record():
            losses = [net(nd.array([[1, 2]], ctx=c)).sum() for c in ctxs]
        for loss in losses:
            loss.backward()
        try:
            trainer.step(1)
            print(kv, first, moved, [d.asnumpy().tolist() for d in net.weight.list_data()], net.bias.list_ctx())
        except Exception as e:
            print(kv, first, moved, words(e))
for arg in (0, 1, -1, '0', 1.5, None, True, 2 ** 40, mx.gpu(0), [0], (1,), b'0', 3.0):
    for f in (mx.context.gpu_memory_info, mx.util.get_gpu_memory):
        try:
            print(f.__name__, repr(arg), f(arg))
        except Exception as e:
            print(f.__name__, repr(arg), words(e))
