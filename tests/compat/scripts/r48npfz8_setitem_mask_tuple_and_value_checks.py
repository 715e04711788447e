"""A boolean mask alone in a tuple key scatters to its positions (the value broadcast without its leading 1-axes), and a bare mask's kernel refuses a value of too many axes or of a first axis that is neither 1 nor the count of True entries, and writes nothing (refusing nothing) when no entry is True."""
import numpy as onp
import mxnet as mx
from mxnet import np
mx.npx.set_np()


def value(*shape):
    return np.array(onp.arange(100, 100 + int(onp.prod(shape)), dtype='float32').reshape(shape))


def show(name, ashape, mask, vshape, in_tuple):
    a = np.arange(int(onp.prod(ashape)), dtype='float32').reshape(ashape)
    key = np.array(onp.array(mask))
    try:
        a[(key,) if in_tuple else key] = value(*vshape)
        print(name, 'written')
    except Exception as e:
        print(name, type(e).__name__, str(e).strip().splitlines()[-1])
        return
    try:
        print(' ', a.asnumpy().tolist())
    except Exception as e:
        print('  read:', type(e).__name__, ' | '.join(str(e).strip().splitlines()))
        print('  again:', a.asnumpy().tolist())


for vshape in [(1, 3), (1, 1, 3), (3, 1), (2, 3), (1, 2)]:
    show('tuple full %s' % (vshape,), (3,), [True, True, True], vshape, True)
for vshape in [(1, 2), (1, 3)]:
    show('tuple full TFT %s' % (vshape,), (3,), [True, False, True], vshape, True)
for vshape in [(1, 3), (1, 1, 3), (3, 1)]:
    show('tuple 2-d %s' % (vshape,), (2, 3), [[True, False, True], [False, False, True]], vshape, True)
for vshape in [(1, 3), (1, 1, 3), (2, 3), (1, 2, 3), (2, 2, 3), (3,)]:
    show('partial TF %s' % (vshape,), (2, 3), [True, False], vshape, False)
for vshape in [(1, 1, 3), (1, 2, 3), (2, 3)]:
    show('partial TT %s' % (vshape,), (2, 3), [True, True], vshape, False)
for vshape in [(2, 3), (1, 2, 3), (0,), (1, 0), (2, 2, 3)]:
    show('partial FF %s' % (vshape,), (2, 3), [False, False], vshape, False)
for vshape in [(1, 1, 3), (2, 3), (1, 2, 3), (2, 2, 3)]:
    show('2-d of 3-d %s' % (vshape,), (2, 2, 3), [[True, False], [False, True]], vshape, False)
for vshape in [(2, 2, 3), (2, 3), (1, 2, 3)]:
    show('1-d of 3-d %s' % (vshape,), (2, 2, 3), [True, False], vshape, False)
