"""A float64 or float16 3-D Deconvolution (MXNet's own kernel) recorded and differentiated: its backward, which reads
no output, fails its own 3-D data shape check (data size vs. batch * channels * depth), with or without bias, one
read of a gradient raising it for all, while the forward's native-kernel error stays for waitall, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
for dtype in ('float64', 'float16'):
    for no_bias in (True, False):
        for xs, ws, k, kw in [((2, 3, 5, 4, 3), (3, 2, 2, 2, 2), (2, 2, 2), {}), ((1, 4, 3, 2, 5), (4, 1, 1, 2, 3), (1, 2, 3), {'num_group': 2}),
                              ((1, 2, 3, 3, 3), (2, 2, 2, 2, 2), (2, 2, 2), {'stride': (2, 1, 1), 'pad': (1, 0, 0)})]:
            x = nd.ones(xs, dtype=dtype); x.attach_grad()
            w = nd.ones(ws, dtype=dtype); w.attach_grad()
            nf = ws[1] * kw.get('num_group', 1)
            b = nd.ones((nf,), dtype=dtype); b.attach_grad()
            args = [x, w] if no_bias else [x, w, b]
            with autograd.record():
                y = nd.Deconvolution(*args, kernel=k, num_filter=nf, no_bias=no_bias, **kw)
            y.backward()
            out = []
            for g in args[::-1]:
                try:
                    out.append(float(g.grad.asnumpy().sum()))
                except mx.base.MXNetError as e:
                    out.append(str(e).strip().splitlines()[-1])
            try:
                nd.waitall(); out.append('waitall ok')
            except mx.base.MXNetError as e:
                out.append('waitall ' + str(e).strip().splitlines()[-1][:50])
            print(dtype, no_bias, xs, out)
