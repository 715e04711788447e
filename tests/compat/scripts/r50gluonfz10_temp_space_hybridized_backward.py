"""A hybridized block's backward takes a temp space copy for each backward operator of its graph asking for one (FullyConnected, Activation, elemwise_mul, broadcast_mul, dot, exp, x * 2 and x + 1 one, elemwise_add two, 1 - x, x ** 2 and softmax none) and one per gradient summed from several; meeting a copy holding a failed kernel's error, the gradients keep their data and carry it, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd, gluon
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
x = nd.array([[0.5, 0.25], [0.75, 0.125]])
x.attach_grad()
y = nd.array([[1.5, 2.25], [0.5, 1.125]])
y.attach_grad()

def lam(body):
    b = gluon.nn.HybridLambda(body)
    b.hybridize()
    return b
dense = gluon.nn.Dense(3, in_units=2)
dense.initialize(mx.init.One())
dense.hybridize()
seq = gluon.nn.HybridSequential()
seq.add(gluon.nn.Dense(3, in_units=2, activation='relu'), gluon.nn.Dense(1, in_units=3))
seq.initialize(mx.init.One())
seq.hybridize()
cases = [('dense', lambda: dense(x)), ('seq', lambda: seq(x)), ('relu', lambda: lam(lambda F, a: F.relu(a))(x)),
         ('x+y', lambda: lam(lambda F, a, b: a + b)(x, y)), ('x*y', lambda: lam(lambda F, a, b: a * b)(x, y)),
         ('bmul', lambda: lam(lambda F, a, b: F.broadcast_mul(a, b))(x, y)), ('x*2', lambda: lam(lambda F, a: a * 2)(x)),
         ('x+1', lambda: lam(lambda F, a: a + 1)(x)), ('1-x', lambda: lam(lambda F, a: 1 - a)(x)), ('x**2', lambda: lam(lambda F, a: a ** 2)(x)),
         ('x*x', lambda: lam(lambda F, a: a * a)(x)), ('softmax', lambda: lam(lambda F, a: F.softmax(a))(x)),
         ('exp sum', lambda: lam(lambda F, a: F.sum(F.exp(a)))(x)), ('dot', lambda: lam(lambda F, a, b: F.dot(a, b))(x, y)),
         ('relu relu', lambda: lam(lambda F, a: F.relu(F.relu(a)))(x)), ('L2Loss', lambda: (lambda l: (l.hybridize(), l)[1])(gluon.loss.L2Loss())(x, y)),
         ('dense then relu', lambda: nd.relu(dense(x)))]
for name, f in cases:
    with autograd.record():
        z = f()
    z.wait_to_read()
    fail = nd.linalg.potrf(bad) + 1
    z.backward()
    print(name, first_fail())
    settle()


def show(name, f):
    try:
        r = f()
        print(name, r.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(name, 'ERR', str(e).strip().splitlines()[-1][:80])


def settle_shown():
    try:
        nd.waitall()
        print('waitall ok')
    except mx.base.MXNetError as e:
        print('waitall ERR', str(e).strip().splitlines()[-1][:60])
mx.random.seed(3)
for draws in (1, 2, 3):
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(3, in_units=2, activation='relu'), gluon.nn.Dense(1, in_units=3))
    net.initialize(mx.init.One())
    net.hybridize()
    x = nd.array([[0.5, 0.25], [0.75, 0.125]])
    x.attach_grad()
    with autograd.record():
        z = net(x)
    z.wait_to_read()
    y = nd.linalg.potrf(bad) + 1
    for k in range(draws):
        nd.random.uniform(shape=(2,))
    z.backward()
    show('draws=%d x grad' % draws, lambda: x.grad)
    show('  weight grad', lambda: net[0].weight.grad())
    show('  uniform', lambda: nd.random.uniform(shape=(2,)))
    settle_shown()
