# A forward that fails in its kernel (float16 FullyConnected on CPU) leaves failed gradients: Trainer.step does not
# raise; the updates after it are skipped and the weights carry the error (raised once, by the first read).
import warnings
import mxnet as mx

warnings.simplefilter('ignore')
for kv, uok in [(None, None), ('device', False), ('local', False), ('device', True), ('device', None)]:
    for first in [0, 1]:
        ctxs = [mx.cpu(0), mx.cpu(1)]
        net = mx.gluon.nn.Dense(3, in_units=4)
        net.initialize(mx.init.One(), ctx=ctxs)
        net.cast('float16')
        hyper = {'learning_rate': 0.1, 'momentum': 0.9, 'multi_precision': True}
        tr = mx.gluon.Trainer(net.collect_params(), 'sgd', hyper, kvstore=kv, update_on_kvstore=uok)
        for c in ctxs:
            with mx.autograd.record():
                loss = net(mx.nd.ones((2, 4), ctx=c, dtype='float16')).sum()
            loss.backward()
        try:
            tr.step(1)
            print(kv, uok, 'step ok')
        except Exception as e:
            print(kv, uok, 'step', type(e).__name__)
        for k in [first, 1 - first]:
            for name, arr in [('weight', net.weight.list_data()[k]), ('bias', net.bias.list_data()[k])]:
                try:
                    print(k, name, arr.asnumpy().ravel().tolist()[:3])
                except Exception as e:
                    print(k, name, type(e).__name__)
        try:
            mx.nd.waitall()     # clears what is left (MXNet may hold one more error of the backward pass)
        except Exception:
            pass

# training goes on after the failed step: backward writes into the failed gradients without raising
ctxs = [mx.cpu(0), mx.cpu(1)]
net = mx.gluon.nn.Dense(3, in_units=4)
net.initialize(mx.init.One(), ctx=ctxs)
net.cast('float16')
tr = mx.gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1}, kvstore=None)
for step in range(3):
    for c in ctxs:
        with mx.autograd.record():
            loss = net(mx.nd.ones((2, 4), ctx=c, dtype='float16')).sum()
        try:
            loss.backward()
            print(step, 'backward ok')
        except Exception as e:
            print(step, 'backward', type(e).__name__)
    try:
        tr.step(1)
        print(step, 'step ok')
    except Exception as e:
        print(step, 'step', type(e).__name__)
try:
    mx.nd.waitall()
except Exception:
    pass
