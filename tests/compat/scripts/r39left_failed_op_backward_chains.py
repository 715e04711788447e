"""A failed op (take out of range, potrf of a negative matrix) followed by more ops before the head: the gradients carry its error (read once, then the buffer's old zeros) only where a backward reads a failed forward array (mul by an array, exp, relu, potrf), not through backwards reading gradients alone (scalar ops, copy, reshape, sum, negative); backward() itself never raises."""
import mxnet as mx

idx = mx.nd.array([0, 5])


def case(label, build):
    x = mx.nd.array([1., 2., 3.])
    x.attach_grad()
    with mx.autograd.record():
        y = build(x)
    try:
        y.backward()
        ran = 'backward ok'
    except mx.base.MXNetError as err:
        ran = 'backward ' + str(err).splitlines()[-1]
    reads = []
    for _ in range(2):
        try:
            reads.append(str(x.grad.asnumpy().tolist()))
        except mx.base.MXNetError as err:
            reads.append(str(err).splitlines()[-1][:70])
    try:
        mx.nd.waitall()
        reads.append('waitall ok')
    except mx.base.MXNetError as err:
        reads.append('waitall ' + str(err).splitlines()[-1][:40])
    print(label, '|', ran, '|', ' | '.join(reads))


def T(x):
    return mx.nd.take(x, idx, mode='raise')


def P(x):
    return mx.nd.linalg.potrf(mx.nd.reshape(x[0:1] - 5, (1, 1)))


case('take', T)
case('take sum', lambda x: T(x).sum())
case('take * 2', lambda x: T(x) * 2)
case('take + 1', lambda x: T(x) + 1)
case('take copy', lambda x: T(x).copy())
case('take reshape', lambda x: T(x).reshape((2, 1)))
case('take negative', lambda x: -T(x))
case('take * x', lambda x: T(x) * x[0:2])
case('(take * x).sum() + x.sum()', lambda x: (T(x) * x[0:2]).sum() + x.sum())
case('take exp', lambda x: T(x).exp())
case('take relu', lambda x: T(x).relu())
case('take * 2 exp', lambda x: (T(x) * 2).exp())
case('potrf', P)
case('potrf + x', lambda x: P(x) + x[1])
case('(potrf * 3).sum() + x.sum()', lambda x: (P(x) * 3).sum() + x.sum())
x = mx.nd.array([1., 2., 3.])
x.attach_grad()
with mx.autograd.record():
    y = T(x) * x[0:2]
g = mx.autograd.grad(y, [x])[0]
try:
    g.asnumpy()
except mx.base.MXNetError as err:
    print('grad()', str(err).splitlines()[-1][:70])
mx.nd.waitall()
print('waitall after grad() ok')
