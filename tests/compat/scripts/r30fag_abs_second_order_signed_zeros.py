"""Second order through abs (and other gradients that read their input) over clip: the input's own gradient there is a zeros_like node, left out of sums, so a -0.0 survives as in MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def clipped(v):
    return nd.clip(v, -0.5, 0.5)


cases = {'abs(relu(log1p(|clip|)))': lambda x: nd.abs(nd.relu(nd.log1p(nd.abs(clipped(x))))),
         'log1p(|clip|)': lambda x: nd.log1p(nd.abs(clipped(x))),
         'relu(log1p(clip))': lambda x: nd.relu(nd.log1p(clipped(x))),
         'abs(log1p(clip))': lambda x: nd.abs(nd.log1p(clipped(x))),
         'log1p(clip)': lambda x: nd.log1p(clipped(x)), '|clip|': lambda x: nd.abs(clipped(x)),
         'log1p(|x|)': lambda x: nd.log1p(nd.abs(x)), 'relu(clip)': lambda x: nd.relu(clipped(x)),
         'floor(x) * |x|': lambda x: nd.floor(x) * nd.abs(x), 'sin(|clip|)': lambda x: nd.sin(nd.abs(clipped(x)))}
for dtype in ('float32', 'float64'):
    for name, f in cases.items():
        x = nd.array([[0.5, -1.3], [0.7, 1.9]], dtype=dtype)
        x.attach_grad()
        with ag.record():
            y = f(x)
            g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
        try:
            g.backward()
            print(dtype, name, g.asnumpy().tolist(), x.grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(dtype, name, type(e).__name__, str(e).strip().splitlines()[-1])
