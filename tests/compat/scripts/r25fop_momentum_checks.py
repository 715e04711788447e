# Which refusal an update meets first when several options are bad: the momentum optimizers compare momentum with 0
# in Python before any operator reads rescale_grad or clip_gradient; LBSGD multiplies its learning rate first; LARS
# hands its rates to nd.array on the dense path (a None weight decay is nan) and its attributes to multi_lars and
# the preloaded SGD operators, whose messages list them; Adamax reads beta1 (its bias correction) first.
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from _words import words

for name in ('sgd', 'nag', 'signum', 'lbsgd', 'ccsgd', 'lars', 'dcasgd'):
    for mom in (None, '0.1', True, [0.9], 0.9):
        for other in ({}, {'rescale_grad': True}, {'clip_gradient': 'x'}, {'wd': None}, {'learning_rate': 'a'},
                      {'rescale_grad': None, 'clip_gradient': 0.5}):
            try:
                o = mx.optimizer.create(name, momentum=mom, **other)
                u = mx.optimizer.get_updater(o)
                w = nd.array([1.0, -2.0, 0.5])
                u(0, nd.array([0.5, 0.25, -1.0]), w)
                print(name, repr(mom), other, w.asnumpy().tolist(), o.num_update)
            except Exception as e:
                print(name, repr(mom), other, words(e).splitlines()[0])
for wd in (None, True, False, 0.1):
    for n in (1, 3):
        for mom in (0.0, 0.9):
            for names in ({}, {1: 'fc_bias'}):
                o = mx.optimizer.LARS(wd=wd, momentum=mom, eta=0.1, param_idx2name=names)
                u = mx.optimizer.get_updater(o)
                ws = [nd.array([[1.0, 2.0], [3.0, 4.0]]) * (i + 1) for i in range(n)]
                try:
                    u(list(range(n)), [nd.array([[0.5, 0.0], [0.0, -1.0]])] * n, ws)
                    print('lars wd', repr(wd), n, mom, names, [w.asnumpy().tolist() for w in ws])
                except Exception as e:
                    print('lars wd', repr(wd), n, mom, names, words(e).splitlines()[0])
# Adamax divides its rate by 1 - beta1 ** t before the gradient's arithmetic reads rescale_grad, wd or clip_gradient
for b1 in ('0.1', None, [0.9], 0.9):
    for other in ({}, {'rescale_grad': '0.1'}, {'wd': None}, {'learning_rate': 'a'}, {'beta2': 'x'},
                  {'clip_gradient': 'y'}):
        try:
            o = mx.optimizer.Adamax(beta1=b1, **other)
            w = nd.array([0.5, -1.0])
            o.update(0, w, nd.array([0.3, 0.2]), o.create_state(0, w))
            print('adamax', repr(b1), other, w.asnumpy().tolist())
        except Exception as e:
            print('adamax', repr(b1), other, words(e).splitlines()[0])
