"""mx.np products on dtypes their CPU kernels refuse (float16, ints, bool) still record MXNet's operator (_np_dot, _npi_matmul, _npi_tensordot[_int_axes], outer's reshapes), and reading the result raises the kernel's words."""
import json

import mxnet as mx
from mxnet import autograd, np, npx

npx.set_np()


def recorded(y):
    return [(n['op'], n.get('attrs', {})) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']
            if n['op'] != 'null']


for dt in ('float16', 'int32', 'bool'):
    a = np.ones((2, 3), dtype=dt)
    b = np.ones((3, 4), dtype=dt)
    s = np.ones((), dtype=dt)
    for x in (a, b, s):
        x.attach_grad()
    for name, f in [('dot', np.dot), ('dot 0-d', lambda a, b: np.dot(s, b)), ('matmul', np.matmul),
                    ('tensordot 1', lambda a, b: np.tensordot(a, b, 1)),
                    ('tensordot pairs', lambda a, b: np.tensordot(a, b, ([1], [-2]))),
                    ('tensordot 0-d', lambda a, b: np.tensordot(s, b, 0)), ('outer', np.outer),
                    ('vdot', lambda a, b: np.vdot(a, b[:, :2]))]:
        with autograd.record():
            y = f(a, b)
        print(dt, name, y.shape, y.dtype, recorded(y))
        try:
            y.asnumpy()
            print('  read')
        except mx.MXNetError as e:
            print('  ', str(e).splitlines()[-1])
