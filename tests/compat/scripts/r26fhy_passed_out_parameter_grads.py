"""A parameter a hybridized graph passes out as it is, read by no operator: MXNet's backward never writes its
gradient (a 'write' buffer keeps what it held); a static graph still records such an output (a graph of no
operators too), a dynamic one does not; passed out twice or read by an operator, it gets its gradient."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd
from _words import words


class WithWeight(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn
        with self.name_scope():
            self.w = self.params.get("w", shape=(2, 3), init=mx.init.Constant(0.5))

    def hybrid_forward(self, F, x, w):
        return self.fn(F, x, w)


def flat(out):
    if isinstance(out, (list, tuple)):
        for o in out:
            yield from flat(o)
    else:
        yield out


BODIES = {
    "w": lambda F, x, w: w,
    "w_x": lambda F, x, w: (w, x),
    "w_2x": lambda F, x, w: (w, x * 2),
    "2x_w": lambda F, x, w: (x * 2, w),
    "w_2x_3x_4x": lambda F, x, w: (w, x * 2, x * 3, x * 4),
    "w_x_w": lambda F, x, w: (w, x, w),
    "w_w": lambda F, x, w: (w, w),
    "w_xw": lambda F, x, w: (w, x * w),
    "w_nested": lambda F, x, w: (x * 2, (w, x + 1)),
}
for label, fn in BODIES.items():
    for how in ("static", "inline_limit0", "hybridize"):
        for req in ("write", "add"):
            net = WithWeight(fn, prefix="b_")
            net.initialize()
            net.w.grad_req = req
            net.hybridize(static_alloc=how == "static", inline_limit=0 if how == "inline_limit0" else 2)
            x = nd.ones((2, 3))
            x.attach_grad()
            net.w.grad()[:] = 7
            try:
                with autograd.record():
                    outs = list(flat(net(x)))
                    loss = outs[0].sum() * 1
                    for o in outs[1:]:
                        loss = loss + o.sum()
                loss.backward()
                got = [x.grad.asnumpy().ravel()[:1].tolist(), net.w.grad().asnumpy().ravel()[:1].tolist()]
            except mx.base.MXNetError as e:
                got = words(e)
            print(label, how, req, got)
