"""A write through a key with None entries squeezes the value's new axes where a read lays them out: a 0-d index array of any type is an integer, and a ... spanning no axis leaves the index arrays beside it together."""
import numpy as onp

import mxnet as mx

mx.npx.set_np()
np = mx.np

i = np.array([0, 1])
arrays = {'float 0-d': np.array(1.), 'int 0-d': np.array(1), 'float': np.array([0., 1.]), 'float16': np.array([1., 0.], dtype='float16'),
          'int': i, 'list': [0, 1]}
keys = {'A,None': lambda A: (A, None), 'None,A': lambda A: (None, A), 'A,...,None': lambda A: (A, Ellipsis, None),
        'A,:,None': lambda A: (A, slice(None), None), 'A,0,None': lambda A: (A, 0, None),
        'A,...,[0,1],None': lambda A: (A, Ellipsis, [0, 1], None), 'None,A,...,[0,1]': lambda A: (None, A, Ellipsis, [0, 1]),
        'A,...,0,None': lambda A: (A, Ellipsis, 0, None), '0,...,A,None': lambda A: (0, Ellipsis, A, None),
        'A,...,[0,1],:,None': lambda A: (A, Ellipsis, [0, 1], slice(None), None)}
for shape in [(2, 3), (2, 2, 3), (3, 2, 2, 2)]:
    for aname, A in arrays.items():
        for kname, make in keys.items():
            key = make(A)
            a = np.arange(int(onp.prod(shape)), dtype='float32').reshape(shape)
            try:
                target = a[key].shape
            except IndexError:
                continue
            print(shape, aname, kname, 'read', target)
            for vshape in [(2, 1), (1, 2), (2, 1, 1), (1, 2, 1), (1, 1, 2), (2, 3, 1), (1, 2, 3), (2, 1, 3), (2, 2, 1, 1)]:
                b = a.copy()
                try:
                    b[key] = np.arange(int(onp.prod(vshape)), dtype='float32').reshape(vshape) + 100
                    print('  ', vshape, b.asnumpy().ravel().tolist())
                except mx.base.MXNetError as e:
                    print('  ', vshape, str(e).splitlines()[-1])
