"""A graph small enough for MXNet to inline (hybridize's inline_limit) that passes an input or a parameter out
as it is: its operators read the new output array in its place, so the input gets no gradient through them (an
output reading nothing else is not recorded at all); a larger or static graph keeps them linked."""
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
    "x": lambda F, x, w: x,
    "x_x1": lambda F, x, w: (x, x + 1),
    "x_x1_x2": lambda F, x, w: (x, x + 1, x + 2),
    "x_x1_x2_x3": lambda F, x, w: (x, x + 1, x + 2, x + 3),
    "x1_x": lambda F, x, w: (x + 1, x),
    "x1_x2_x": lambda F, x, w: (x + 1, x + 2, x),
    "x_nested": lambda F, x, w: (x, (x + 1, (x + 2,))),
    "x_x": lambda F, x, w: (x, x),
    "x_x_x1": lambda F, x, w: (x, x, x + 1),
    "x_xw": lambda F, x, w: (x, x * w),
    "w_x1": lambda F, x, w: (w, x + w),
    "x1_w": lambda F, x, w: (x + w, w),
    "w_x1_x2": lambda F, x, w: (w, x + w, x * w),
    "w_w": lambda F, x, w: (w, w),
}
HEADS = {
    "all": lambda x, outs, w: sum([o.sum() for o in outs[1:]], outs[0].sum() * 1),
    "first": lambda x, outs, w: outs[0].sum(),
    "last": lambda x, outs, w: outs[-1].sum(),
}
for label, fn in BODIES.items():
    for how in ("hybridize", "static", "inline_limit0"):
        for head_label, head in HEADS.items():
            net = WithWeight(fn, prefix="b_")
            net.initialize()
            net.hybridize(static_alloc=how == "static", inline_limit=0 if how == "inline_limit0" else 2)
            x = nd.array([[0.5, -0.25, 1.0], [0.25, 0.75, -1.0]])
            x.attach_grad()
            try:
                with autograd.record():
                    loss = head(x, list(flat(net(x))), net.w.data())
                loss.backward()
                got = [x.grad.asnumpy().ravel()[:2].tolist(), net.w.grad().asnumpy().ravel()[:2].tolist()]
            except mx.base.MXNetError as e:
                got = words(e)
            with autograd.record():         # the input stays a variable of its own
                again = (x * 3).sum()
            again.backward()
            print(label, how, head_label, got, x.grad.asnumpy().ravel()[:1].tolist())
