"""CTCLoss checks its input count and shapes (data, labels, lengths) as MXNet does, imperatively, in shape inference and under gluon.loss.CTCLoss."""
import mxnet as mx
from mxnet import nd, gluon


def show(what, f):
    try:
        out = f()
        print(what, "->", out.shape if hasattr(out, "shape") else out)
    except mx.base.MXNetError as e:
        lines = [line for line in str(e).splitlines() if "Check failed" in line]
        print(what, "MXNetError", lines[-1].split("Check failed: ")[-1] if lines else "")


def case(ds, ls, dl=None, ll=None, **flags):
    arrays = [nd.zeros(ds), nd.ones(ls)] + [nd.ones(s) for s in (dl, ll) if s is not None]
    show(f"nd {ds} {ls} {dl} {ll} {flags}", lambda: nd.CTCLoss(*arrays, **flags))
    names = ["data", "label", "first_lengths", "second_lengths"][:len(arrays)]
    shapes = dict(zip(names, [a.shape for a in arrays]))

    def infer():
        try:
            return mx.sym.CTCLoss(*[mx.sym.var(n) for n in names], **flags).infer_shape(**shapes)
        except mx.base.MXNetError as e:
            raise mx.base.MXNetError(str(e).splitlines()[-1]) from None
    show(f"sym {ds} {ls} {dl} {ll} {flags}", infer)


case((2, 3), (2, 3))
case((3, 2, 4), (2,))
case((3, 2, 4), (2, 2, 1))
case((3, 2, 4), (3, 2))
case((3, 2, 4), (2, 4))
case((3, 2, 4, 1), (2, 3, 1))
case((3, 2, 4), (2, 3), (2,), use_data_lengths=True)
case((3, 2, 4), (2, 3), (3,), use_data_lengths=True)
case((3, 2, 4), (2, 3), (2, 1), use_data_lengths=True)
case((3, 2, 4), (2, 3), (2,), use_label_lengths=True)
case((3, 2, 4), (2, 3), (3,), use_label_lengths=True)
case((3, 2, 4), (2, 3), (2, 1), use_label_lengths=True)
case((3, 2, 4), (2, 3), (2,), (3,), use_label_lengths=True, use_data_lengths=True)
case((3, 2, 4), (2, 3), (3,), (3,), use_label_lengths=True, use_data_lengths=True)
case((3, 2, 4), (2, 3), (2,), (2, 1), use_label_lengths=True, use_data_lengths=True)
case((3, 2, 4), (2, 5), (2,), (2,), use_label_lengths=True, use_data_lengths=True)
for extra, flags in (([(2,)], {}), ([(2,), (2,)], {}), ([(2,), (2,)], {"use_data_lengths": True}),
                     ([], {"use_data_lengths": True}), ([], {"use_label_lengths": True})):
    arrays = [nd.zeros((3, 2, 4)), nd.ones((2, 3))] + [nd.ones(s) for s in extra]
    show(f"count {len(arrays)} {flags}", lambda: nd.CTCLoss(*arrays, **flags))
try:        # the lengths variable the flag adds has no shape: inference fails (MXNet reads its rank regardless)
    mx.sym.CTCLoss(mx.sym.var("d"), mx.sym.var("l"), use_data_lengths=True).infer_shape(d=(3, 2, 4), l=(2, 3))
except mx.base.MXNetError:
    print("sym lengths unknown: MXNetError")

loss = gluon.loss.CTCLoss()
show("gluon 2-d pred", lambda: loss(nd.zeros((2, 3)), nd.ones((2, 3))))
show("gluon pred_lengths", lambda: loss(nd.zeros((2, 3, 4)), nd.ones((2, 2)), nd.array([3, 2, 1])))
show("gluon label_lengths", lambda: loss(nd.zeros((2, 3, 4)), nd.ones((2, 2)), None, nd.array([[1], [2]])))
show("gluon label too long", lambda: loss(nd.zeros((2, 3, 4)), nd.ones((2, 4))))
show("gluon batch", lambda: loss(nd.zeros((2, 3, 4)), nd.ones((3, 2))))
