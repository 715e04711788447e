"""BatchNorm, LayerNorm and GroupNorm given out= arrays for the output and both kept statistics write all three (gradients unchanged), as MXNet does."""
import zlib

import numpy as np

import mxnet as mx
from mxnet import autograd
nd = mx.nd

np.random.seed(0)
x4 = nd.array(np.random.uniform(-1, 2, (2, 3, 4, 4)))
g = nd.array(np.random.uniform(0.5, 1.5, (3,))); b = nd.array(np.random.uniform(-.5, .5, (3,)))
mm = nd.array(np.random.uniform(-.5, .5, (3,))); mv = nd.array(np.random.uniform(0.5, 1.5, (3,)))
kw = {}
def crc(a): return zlib.crc32(a.asnumpy().tobytes())
cases = {
 'BatchNorm': (lambda o: nd.BatchNorm(x4, g, b, mm, mv, out=o, **kw), [(2,3,4,4),(3,),(3,)]),
 'BatchNorm_ax': (lambda o: nd.BatchNorm(x4, nd.ones(4), nd.zeros(4), nd.zeros(4), nd.ones(4), axis=-1, fix_gamma=False, out=o, **kw), [(2,3,4,4),(4,),(4,)]),
 'LayerNorm': (lambda o: nd.LayerNorm(x4, nd.ones((4,)), nd.zeros((4,)), out=o, **kw), [(2,3,4,4),(2,3,4,1),(2,3,4,1)]),
 'GroupNorm': (lambda o: nd.GroupNorm(x4, nd.ones((1,)), nd.zeros((1,)), num_groups=1, out=o, **kw), [(2,3,4,4),(2,1),(2,1)]),
}
for name, (f, shapes) in cases.items():
    for rec in (False, True):
        o = [nd.zeros(s) - 7 for s in shapes]
        x4.attach_grad()
        try:
            if rec:
                with autograd.record(): r = f(o)
                r[0].backward()
            else: r = f(o)
            print(name, rec, 'ok', type(r).__name__, len(r), [a is b for a, b in zip(r, o)])
            print('  ', [crc(a) for a in o], crc(x4.grad) if rec else '')
        except Exception as e:
            print(name, rec, type(e).__name__, str(e).strip().split('\n')[-1][:250])
for label, shapes in (("two arrays", [(2, 3, 4, 4), (3,)]), ("a mean of another shape", [(2, 3, 4, 4), (4,), (3,)])):
    o = [nd.zeros(s) for s in shapes]
    try:
        nd.BatchNorm(x4, g, b, mm, mv, out=o)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().split('\n')[-1][:250])
    print('  ', [crc(a) for a in o])
