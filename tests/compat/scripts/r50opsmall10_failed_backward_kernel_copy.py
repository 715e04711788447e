"""A backward kernel that fails (float16 Convolution/Deconvolution's FP16 gemm, a float64 3-D Deconvolution's own
shape check) leaves its error in the temp space copy its operator took, the first the pass took: the read taking
that copy next raises it, and the gradients sharing it then read as written, with or without an earlier failure
pending in another copy, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd

bad = nd.array([[-1., 0], [0, 1]])


def last(e):
    return str(e).strip().splitlines()[-1][:70]


def settle():
    try:
        nd.waitall()
    except mx.base.MXNetError:
        pass
    for _ in range(4):
        try:
            nd.sum(nd.ones(2)).asnumpy()
        except mx.base.MXNetError:
            pass


x = nd.ones((1, 2, 3, 3), dtype='float16')
w = nd.ones((2, 2, 2, 2), dtype='float16')
x3 = nd.ones((1, 2, 3, 3, 3), dtype='float64')
w3 = nd.ones((2, 2, 2, 2, 2), dtype='float64')
for a in (x, w, x3, w3):
    a.attach_grad()
conv = dict(kernel=(2, 2), num_filter=2, no_bias=True)
cases = [('conv', (x, w), lambda: nd.Convolution(x, w, **conv)),
         ('deconv', (x, w), lambda: nd.Deconvolution(x, w, **conv)),
         ('deconv 3-D float64', (x3, w3), lambda: nd.Deconvolution(x3, w3, kernel=(2, 2, 2), num_filter=2)),
         ('conv relu', (x, w), lambda: nd.relu(nd.Convolution(x, w, **conv))),
         ('conv *2', (x, w), lambda: nd.Convolution(x, w, **conv) * 2),
         ('exp conv', (x, w), lambda: nd.Convolution(nd.exp(x), w, **conv)),
         ('exp conv relu', (x, w), lambda: nd.relu(nd.Convolution(nd.exp(x), w, **conv)))]
for pending in (True, False):
    for name, args, f in cases:
        with autograd.record():
            y = f()
        try:
            y.wait_to_read()
        except mx.base.MXNetError:
            pass
        settle()
        if pending:
            fail = nd.linalg.potrf(bad) + 1     # noqa: F841 (its copy holds potrf's error)
        y.backward()
        reads = []
        for i in range(4):
            try:
                reads.append(float(nd.sum(nd.ones(2)).asscalar()))
            except mx.base.MXNetError as e:
                reads.append(last(e))
        print('pending' if pending else 'none', name, reads)
        for g in args:
            try:
                print('   ', g.grad.asnumpy().sum())
            except mx.base.MXNetError as e:
                print('   ', last(e))
        settle()
