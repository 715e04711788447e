"""A dense backward op writing a parameter's row_sparse gradient alone warns of its storage fallback on stderr (the backward op, its inputs' and outputs' storage types, the forward attributes as recorded)."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon
from _stderr import stderr_of

CASES = [
    ('plus_scalar', lambda w: w + 1),
    ('mul_scalar', lambda w: w * 2),
    ('rdiv_scalar', lambda w: 2 / w),
    ('neg', lambda w: -w),
    ('power_scalar', lambda w: w ** 2),
    ('exp', lambda w: mx.nd.exp(w)),
    ('relu', lambda w: mx.nd.relu(w)),
    ('square', lambda w: mx.nd.square(w)),
    ('sum', lambda w: w.sum()),
    ('sum_axis', lambda w: w.sum(axis=0, keepdims=True)),
    ('clip', lambda w: mx.nd.clip(w, 0, 2)),
    ('softmax', lambda w: mx.nd.softmax(w, axis=0)),
    ('reshape_method', lambda w: w.reshape((2, 2))),
    ('reshape_function', lambda w: mx.nd.reshape(w, shape=(4, 1))),
    ('slice', lambda w: w[1:3]),
    ('tile', lambda w: mx.nd.tile(w, reps=(2,))),
    ('broadcast_add', lambda w: w + mx.nd.ones((4,))),
    ('broadcast_mul', lambda w: w * mx.nd.ones((4,))),
    ('maximum_scalar', lambda w: mx.nd.maximum(w, 0.5)),
    ('twice', lambda w: w * w),
    ('copy', lambda w: w.copy()),
]


def run(f):
    x = gluon.Parameter('x', shape=(4,), grad_stype='row_sparse')
    x.initialize(ctx=mx.cpu(0), init=mx.init.Constant(0.7))
    with mx.autograd.record():
        y = f(x.data())
    y.backward()
    g = x.grad()
    return '%s %s' % (g.stype, g.asnumpy().tolist())


for name, f in CASES:
    result, lines = stderr_of(lambda: run(f))
    if isinstance(result, Exception):
        result = '%s %s' % (type(result).__name__, str(result).splitlines()[0])
    print(name, result)
    for line in lines:
        if line.startswith(('operator', 'input', 'output', 'params')):
            print('   ', line)


def trainer_step():
    x = gluon.Parameter('w', shape=(10,), grad_stype='row_sparse')
    x.initialize(ctx=[mx.cpu(0)], init='zeros')
    trainer = gluon.Trainer([x], 'sgd', {'learning_rate': 1.0, 'momentum': 0.5})
    with mx.autograd.record():
        y = x.data() + 3
    y.backward()
    trainer.step(1)
    return x.data().asnumpy().tolist()


result, lines = stderr_of(trainer_step)
print('trainer', result)
for line in lines:
    if line.startswith(('operator', 'input', 'output', 'params', 'Optimizer')):
        print('   ', line[:60])


def head_is_variable(with_product):
    w = mx.nd.ones((3,))
    w.attach_grad(stype='row_sparse')
    with mx.autograd.record():
        y = w * 2
    mx.autograd.backward([w, y] if with_product else [w], None if with_product else [mx.nd.array([3, 4, 5])])
    return '%s %s' % (w.grad.stype, w.grad.asnumpy().tolist())


for with_product in (False, True):
    result, lines = stderr_of(lambda: head_is_variable(with_product))
    print('head variable', with_product, result)
    for line in lines:
        if line.startswith(('operator', 'input', 'output', 'params')):
            print('   ', line)
