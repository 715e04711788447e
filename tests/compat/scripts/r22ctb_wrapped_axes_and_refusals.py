"""index_array wraps any axis into range; fft, ifft and count_sketch are refused when bound (no CPU kernel), and
in a graph without naming the node; BilinearResize2D's height, width and mode refusals name every attribute;
attention scores over heads that leave no projection (D = 0) are zeros."""
# recorded on AVX2
import itertools

import mxnet as mx


def words(e):
    """Every line of the message but the C++ trace's."""
    lines = [line for line in str(e).splitlines() if line.strip() and not line.startswith(('Traceback', '  File'))]
    return type(e).__name__ + ': ' + ' | '.join(lines).replace('MXNetError: ', '')


def show(label, fn):
    try:
        out = fn()
        print(label, out.shape, out.asnumpy().reshape(-1, out.shape[-1]).T.tolist() if hasattr(out, 'asnumpy') else out)
    except Exception as e:      # (a refusal's words)
        print(label, words(e))


for shape, axes in itertools.product([(2, 3), (3,), (2, 1, 4), (2, 2, 2, 2)],
                                     [(-3,), (-5,), (2,), (4,), (7,), (-7,), (0, 0), (2, -1), (9, -9, 1)]):
    show('index_array %s %s' % (shape, axes), lambda: mx.nd.contrib.index_array(mx.nd.zeros(shape), axes=axes))
print(mx.sym.contrib.index_array(mx.sym.var('a'), axes=(5, -3)).infer_shape(a=(2, 3)))

x = mx.sym.var('x')
graphs = [('fft', mx.sym.contrib.fft(x), dict(x=(2, 4))), ('ifft', mx.sym.contrib.ifft(x), dict(x=(2, 4))),
          ('count_sketch', mx.sym.contrib.count_sketch(x, mx.sym.var('h'), mx.sym.var('s'), out_dim=3),
           dict(x=(2, 4), h=(1, 4), s=(1, 4)))]
for name, sym, shapes in graphs:
    arrays = {k: mx.nd.ones(v) for k, v in shapes.items()}
    show(name + ' bind', lambda: sym.bind(mx.cpu(), arrays))
    show(name + ' bind of a sum', lambda: (sym + 1).bind(mx.cpu(), arrays, grad_req='null'))
    show(name + ' simple_bind', lambda: sym.simple_bind(mx.cpu(), grad_req='null', **shapes))
    show(name + ' eval', lambda: sym.eval(mx.cpu(), **arrays)[0])


class FFT(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.contrib.fft(x)


net = FFT()
net.hybridize()
for attempt in range(2):
    show('hybridized fft', lambda: net(mx.nd.ones((2, 4))))

data = mx.nd.ones((1, 1, 3, 4))
for kw in [dict(height=0, width=3), dict(height=2, width=-1), dict(width=0), dict(height=2, width=2, mode='foo'),
           dict(mode='bar'), dict(height=0, width=0), dict(width=0, height=0, scale_height=2.)]:
    show('nd resize %s' % kw, lambda: mx.nd.contrib.BilinearResize2D(data, **kw))
    show('sym resize %s' % kw, lambda: mx.sym.contrib.BilinearResize2D(mx.sym.var('x'), **kw))

qkv = mx.nd.ones((3, 2, 12))
for heads in [1, 2, 4, 5, 7]:
    show('selfatt_qk heads=%d' % heads, lambda: mx.nd.contrib.interleaved_matmul_selfatt_qk(qkv, heads=heads))
