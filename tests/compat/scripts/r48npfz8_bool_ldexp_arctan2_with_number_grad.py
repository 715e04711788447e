"""ldexp and arctan2 (and copysign) of a bool array with a number are one recorded scalar node computed in int64, whose backward refuses a bool variable by type rule (node numbers kept), while a bool made by an op passes its zero gradient on."""
import mxnet as mx
from mxnet import np, autograd
mx.npx.set_np()


def case(op, number_first, variable, number):
    f = getattr(np, op)
    y = np.array([0.5, -1.0, 2.0])
    y.attach_grad()
    x = np.array([True, False, True], dtype='bool')
    x.attach_grad()
    try:
        with autograd.record():
            a = x if variable else (y > 0)
            r = f(number, a) if number_first else f(a, number)
            if not variable:
                r = r * y
        r.backward()
        print(op, number_first, variable, number, r.dtype, r.asnumpy().tolist(), (x.grad if variable else y.grad).asnumpy().tolist())
    except mx.base.MXNetError as e:
        text = str(e).strip().splitlines()[-1]
        print(op, number_first, variable, number, 'MXNetError', text.split('] ', 1)[-1] if '] ' in text else text)


for op in ['ldexp', 'arctan2', 'copysign']:
    for number_first in (False, True):
        for variable in (True, False):
            for number in (2.0, 3):
                case(op, number_first, variable, number)
print(np.ldexp(np.array([True, False]), 3), np.arctan2(2.5, np.array([True, False])))
print(np.ldexp(np.zeros((0,), dtype='bool'), 1.5).dtype, np.copysign(np.zeros((2, 0), dtype='bool'), -1).dtype)
