"""A Trainer step of Adam takes a temp space copy per parameter, its first step too (its adam_update asks for one; met holding an error it is skipped, the weight keeping its data and carrying the error) and LAMB one per step (its fused update), while the other optimizers' updates take none, so the copy holding a failed kernel's error is met by the same later uniform draw, as MXNet does."""
# recorded on AMD AVX2
import warnings
import mxnet as mx
from mxnet import nd, autograd, gluon
warnings.simplefilter('ignore')
bad = nd.array([[-1., 0], [0, 1]])


def first_fail():
    for k in range(6):
        try:
            nd.random.uniform(shape=(2,)).asnumpy()
        except mx.base.MXNetError:
            return k
    return None


def settle():
    try:
        nd.waitall()
    except mx.base.MXNetError:
        pass
    for _ in range(4):
        try:
            nd.random.uniform(shape=(2,)).asnumpy()
        except mx.base.MXNetError:
            pass


for opt, kw, tkw in [('sgd', {}, {}), ('sgd', {'momentum': 0.9}, {}), ('adam', {}, {}), ('rmsprop', {}, {}), ('adagrad', {}, {}),
                     ('nag', {'momentum': 0.9}, {}), ('ftrl', {}, {}), ('signum', {}, {}), ('lamb', {}, {}), 
                     ('sgd', {'clip_gradient': 0.5}, {}), ('sgd', {}, {'update_on_kvstore': False}),
                     ('adam', {}, {'update_on_kvstore': False}), ('sgd', {}, {'kvstore': None}), ('sgd', {'multi_precision': True}, {}),
                     ('nadam', {}, {}), ('adamax', {}, {}), ('ftml', {}, {}), ('lars', {}, {}),
                     ('dcasgd', {}, {})]:
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize(mx.init.One())
    tr = gluon.Trainer(net.collect_params(), opt, dict(kw, learning_rate=0.1), **tkw)
    x = nd.ones((2, 2))
    for it in range(2):
        with autograd.record():
            l = net(x).sum()
        l.backward()
        if it == 1:
            y = nd.linalg.potrf(bad) + 1
        tr.step(2)
    print(opt, kw, tkw, first_fail())
    settle()


def show(name, f):
    try:
        r = f()
        print(name, [round(v, 5) for v in r.asnumpy().ravel().tolist()])
    except mx.base.MXNetError as e:
        print(name, 'ERR', str(e).strip().splitlines()[-1][:80])


def settle_shown():
    try:
        nd.waitall()
        print('waitall ok')
    except mx.base.MXNetError as e:
        print('waitall ERR', str(e).strip().splitlines()[-1][:60])


for draws in (0, 1, 2, 3):
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize(mx.init.One())
    tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1})
    x = nd.array([[0.5, 0.25], [0.75, 0.125]])
    with autograd.record():
        l = net(x).sum()
    l.backward()
    y = nd.linalg.potrf(bad) + 1
    for k in range(draws):
        nd.random.uniform(shape=(2,))
    tr.step(2)
    show('draws=%d weight' % draws, lambda: net.weight.data())
    show('  bias', lambda: net.bias.data())
    show('  weight again', lambda: net.weight.data())
    show('  uniform', lambda: nd.random.uniform(shape=(2,)) * 0)
    settle_shown()
    with autograd.record():
        l = net(x).sum()
    l.backward()
    tr.step(2)
    show('  next step weight', lambda: net.weight.data())
    settle_shown()
