"""A backward pass over bool arrays stops at its first failed kernel (later kernels write no gradient) and is skipped where a binary op reads a failed forward input, as MXNet 1.9.1's does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def first(e):
    return str(e).strip().replace("\n", " | ")


def read(x):
    try:
        return x.tolist()
    except Exception as ex:
        return type(ex).__name__ + ' ' + first(ex)


def run(name, f, dts, order):
    vs = [np.array([1, 0, 1], dtype=d) for d in dts]
    for v in vs:
        v.attach_grad()
    with autograd.record():
        e = f(*vs)
    e.backward()
    print(name, dts, order, e.dtype, [read(vs[i].grad) for i in order])
    try:
        mx.nd.waitall()
    except Exception as ex:
        print('  waitall', type(ex).__name__, first(ex))


B3 = ['bool'] * 3
run('mul', lambda a, b: a * b, ['bool', 'bool'], [0, 1])
run('mul', lambda a, b: a * b, ['bool', 'bool'], [1, 0])
run('mulmul', lambda a, b, c: a * b * c, B3, [2, 1, 0])
run('mulf', lambda a, b, c: (a * b) * c, ['bool', 'bool', 'float32'], [0, 1, 2])
run('mulf', lambda a, b, c: (a * b) * c, ['bool', 'bool', 'float32'], [2, 1, 0])
run('mulf2', lambda a, b, c: (a * c) * b, ['bool', 'bool', 'float32'], [0, 1, 2])
run('sumf', lambda a, b: (a * b).astype('float32').sum(), ['bool', 'bool'], [1, 0])
run('addadd', lambda a, b, c: (a + b) + c, B3, [0, 1, 2])
run('addsub', lambda a, b, c: (a + b) - c, B3, [0, 1, 2])
run('subadd', lambda a, b, c: (a - b) + c, B3, [2, 1, 0])
run('subsub', lambda a, b, c: (a - b) - c, ['bool', 'bool', 'int32'], [0, 1, 2])
run('subsub', lambda a, b, c: (a - b) - c, ['bool', 'bool', 'float32'], [2, 1, 0])
run('submul', lambda a, b, c: (a - b) * c, B3, [1, 2, 0])
run('subfl', lambda a, b, c: (a - b) + c, ['bool', 'bool', 'float32'], [2, 0])
run('divsub', lambda a, b, c: (a - b) / c, ['int32', 'int32', 'bool'], [0, 1, 2])
run('divsub', lambda a, b, c: (a - b) / c, ['int8', 'int8', 'int32'], [2, 1, 0])
run('div', lambda a, b: a / b, ['bool', 'int32'], [0, 1])
