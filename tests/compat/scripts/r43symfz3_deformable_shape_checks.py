"""DeformableConvolution and ModulatedDeformableConvolution shape inference: MXNet's checks of the ranks (before the weight), groups, offset and mask maps and kernel size, at their source lines, over sizes left unknown (-1) too; version 1 waits for every size of the data; the offset's batch is never compared."""
import re

import mxnet as mx


def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:700])
d = mx.sym.Variable('data'); off = mx.sym.Variable('off'); m = mx.sym.Variable('mask')
s = mx.sym.contrib.DeformableConvolution(d, off, kernel=(3,3), num_filter=2, name='dcn')
s2 = mx.sym.contrib.ModulatedDeformableConvolution(d, off, m, kernel=(3,3), num_filter=2, name='mdcn')
for sym in (s, s2):
    for kw in [dict(data=(1,2,6,6)), dict(data=(1,2,6,6), off=(1,18,4,4)), dict(data=(1,2,6,6), off=(1,18,4)), dict(off=(1,18,4,4)),
               dict(data=(1,2,6,6), off=(1,18,4,4), mask=(1,9,4,4)), dict(data=(1,2,6,6), off=(1,18,4,5)), dict(data=(1,2,6,6), off=(2,18,4,4)),
               dict(data=(1,2,6,6), off=(1,10,4,4)), dict(data=(1,2,0,6), off=(1,18,4,4)), dict(data=(1,2,6,6), off=(1,18,0,0)), dict(data=(1,2,6,6), dcn_weight=(2,2,3,3)), dict()]:
        T(str(kw), lambda: sym.infer_shape(**kw))
        T(str(kw) + ' p', lambda: sym.infer_shape_partial(**kw))
s3 = mx.sym.contrib.ModulatedDeformableConvolution(d, off, m, kernel=(3,3), num_filter=4, num_deformable_group=2, num_group=2, name='mdcn')
s1 = mx.sym.contrib.DeformableConvolution(d, off, kernel=(3,3), num_filter=4, num_deformable_group=2, num_group=2, name='dcn')
M = (1,9,4,4)
for sym in (s2,):
    for kw in [dict(data=(1,2,6,6), off=(1,18,4,4), mask=M), dict(data=(1,2,0,6), off=(1,18,4,4), mask=M), dict(data=(1,2,6,6), off=(1,18,4,5), mask=M),
               dict(data=(1,2,6,6), off=(2,18,4,4), mask=(3,9,4,4)), dict(data=(1,2,6,6), off=(1,10,4,4), mask=M), dict(data=(1,2,6,6), off=(1,36,4,4), mask=M),
               dict(data=(1,2,6,6), off=(1,18,4,4), mask=(1,9,4,5)), dict(data=(1,2,6,6), off=(1,18,4,4), mask=(1,8,4,4)), dict(data=(1,2,6,6), off=(1,18,4,4), mask=(1,18,4,4)),
               dict(data=(1,2,6,6), off=(1,18,0,0), mask=M), dict(data=(1,2,6,6), off=(1,18,4,4), mask=(1,9,0,4)), dict(data=(1,2,6,6), off=(1,18,4,4), mask=M, mdcn_weight=(2,2,3,4)),
               dict(off=(1,18,4,4), mask=M), dict(data=(1,2,6), off=(1,18,4,4), mask=M), dict(data=(0,2,6,6), off=(1,18,4,4), mask=M), dict(data=(1,0,6,6), off=(1,18,4,4), mask=M)]:
        T(str(kw), lambda: sym.infer_shape(**kw))
for sym, M in ((s3, (1,18,4,4)), (s1, None)):
    for kw in [dict(data=(1,4,6,6), off=(1,36,4,4)), dict(data=(1,3,6,6), off=(1,36,4,4)), dict(data=(1,4,6,6), off=(1,18,4,4)), dict(data=(1,4,2,2), off=(1,36,4,4)),
               dict(data=(1,4,6,6), off=(1,36,4,4), dcn_weight=(4,1,3,3)), dict(data=(1,4,6,6), off=(1,36,4,4), mdcn_weight=(4,2,3,3)),
               dict(data=(0,4,6,6), off=(1,36,4,4)), dict(data=(1,4,6,0), off=(1,36,4,4)), dict(data=(1,4,6), off=(1,36,4,4))]:
        if M: kw['mask'] = M
        T(str(kw), lambda: sym.infer_shape(**{k: v for k, v in kw.items() if k in sym.list_arguments()}))
import numpy as np
x = mx.nd.ones((1,2,6,6))
T('nd off batch2', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((2,18,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2).asnumpy().sum())
T('nd off 3d', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((2,18,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd off h', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((1,18,5,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd off c', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((1,19,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd off c2', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((1,36,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd bigk', lambda: mx.nd.contrib.DeformableConvolution(mx.nd.ones((1,2,2,2)), mx.nd.zeros((1,18,0,0)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd m off batch2', lambda: mx.nd.contrib.ModulatedDeformableConvolution(x, mx.nd.zeros((2,18,4,4)), mx.nd.ones((3,9,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2).asnumpy().sum())
T('nd m mask 3d', lambda: mx.nd.contrib.ModulatedDeformableConvolution(x, mx.nd.zeros((1,18,4,4)), mx.nd.ones((9,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
T('nd m mask c', lambda: mx.nd.contrib.ModulatedDeformableConvolution(x, mx.nd.zeros((1,18,4,4)), mx.nd.ones((1,8,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
for nf, g, dg, c in [(4, 1, 2, 3), (3, 2, 1, 4), (3, 1, 2, 4), (4, 2, 1, 4)]:
    s1 = mx.sym.contrib.DeformableConvolution(d, off, kernel=(3,3), num_filter=nf, num_deformable_group=dg, num_group=g, name='dcn')
    s2 = mx.sym.contrib.ModulatedDeformableConvolution(d, off, m, kernel=(3,3), num_filter=nf, num_deformable_group=dg, num_group=g, name='mdcn')
    T(f'v1 {nf} {g} {dg} {c}', lambda: s1.infer_shape(data=(1,c,6,6), off=(1,18*dg,4,4)))
    T(f'v2 {nf} {g} {dg} {c}', lambda: s2.infer_shape(data=(1,c,6,6), off=(1,18*dg,4,4), mask=(1,9*dg,4,4)))
# stride 2 with kernel larger than data
s1 = mx.sym.contrib.DeformableConvolution(d, off, kernel=(3,3), stride=(2,2), num_filter=2, name='dcn')
T('v1 s2 small', lambda: s1.infer_shape(data=(1,2,2,2), off=(1,18,1,1)))
T('v1 s2 small0', lambda: s1.infer_shape(data=(1,2,2,2), off=(1,18,0,1)))
T('v1 s2 small b', lambda: s1.infer_shape(data=(1,2,1,1), off=(1,18,1,1)))
T('v1 s2 small c', lambda: s1.infer_shape(data=(1,2,1,1), off=(1,18,0,0)))
T('v1 weight bad, off none', lambda: s1.infer_shape(data=(1,2,7,7), dcn_weight=(2,3,3,3)))
T('v1 weight bad', lambda: s1.infer_shape(data=(1,2,7,7), off=(1,18,3,3), dcn_weight=(2,3,3,3)))
T('v1 out given', lambda: mx.sym.relu(s1).infer_shape(data=(1,2,7,7), off=(1,18,3,3)))
x = mx.nd.ones((1,2,2,2))
T('nd small', lambda: mx.nd.contrib.DeformableConvolution(x, mx.nd.zeros((1,18,1,1)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), stride=(2,2), num_filter=2))
T('nd small b', lambda: mx.nd.contrib.DeformableConvolution(mx.nd.ones((1,2,1,1)), mx.nd.zeros((1,18,1,1)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), stride=(2,2), num_filter=2))
T('nd m off 3d', lambda: mx.nd.contrib.ModulatedDeformableConvolution(mx.nd.ones((1,2,6,6)), mx.nd.zeros((18,4,4)), mx.nd.ones((1,9,4,4)), mx.nd.ones((2,2,3,3)), mx.nd.zeros(2), kernel=(3,3), num_filter=2))
s1 = mx.sym.contrib.DeformableConvolution(d, off, kernel=(3,3), stride=(2,2), num_filter=2, name='dcn')
s2 = mx.sym.contrib.ModulatedDeformableConvolution(d, off, m, kernel=(3,3), stride=(2,2), num_filter=2, name='mdcn')
T('v1 x', lambda: s1.infer_shape(data=(1,2,3,2), off=(1,18,1,1)))
T('v2 y', lambda: s2.infer_shape(data=(1,2,2,3), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 x', lambda: s2.infer_shape(data=(1,2,3,2), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 y0', lambda: s2.infer_shape(data=(1,2,0,3), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 b0', lambda: s2.infer_shape(data=(0,2,3,3), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 c0', lambda: s2.infer_shape(data=(1,0,3,3), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 none', lambda: s2.infer_shape_partial(off=(1,18,1,1), mask=(1,9,1,1)))
s3 = mx.sym.contrib.ModulatedDeformableConvolution(d, off, m, kernel=(3,3), stride=(2,2), num_filter=2, name='mdcn', num_group=2)
T('v2 c0 g2', lambda: s3.infer_shape(data=(1,0,3,3), off=(1,18,1,1), mask=(1,9,1,1)))
T('v2 out', lambda: (s2 * 2).infer_shape_partial(data=(1,2,0,0), off=(1,18,1,1), mask=(1,9,1,1)))
x = mx.nd.array(__import__('numpy').random.RandomState(0).rand(1,2,5,5))
off = mx.nd.array(__import__('numpy').random.RandomState(1).rand(2,18,3,3))
w = mx.nd.ones((2,2,3,3)); b = mx.nd.zeros(2)
for a in (x, off, w, b): a.attach_grad()
with mx.autograd.record():
    y = mx.nd.contrib.DeformableConvolution(x, off, w, b, kernel=(3,3), num_filter=2)
y.backward(mx.nd.ones_like(y))
print(y.asnumpy().round(4).tolist())
print(off.grad.shape, off.grad[1].asnumpy().sum(), off.grad[0].asnumpy().round(4).sum())
