"""How often binding asks a Custom op's Prop: an inference-only bind (simple_bind, bind, Module) infers shapes, dtypes and storage types five times (the subgraph backend's passes), a training bind once, each pass over every Custom node."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

ASKED = []


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


@mx.operator.register("r33fcu_counted")
class Counted(mx.operator.CustomOpProp):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def infer_shape(self, in_shape):
        ASKED.append("shape " + self.tag)
        return in_shape, [in_shape[0]], []

    def infer_type(self, in_type):
        ASKED.append("type " + self.tag)
        return in_type, [in_type[0]], []

    def infer_storage_type(self, in_stype):
        ASKED.append("stype " + self.tag)
        return in_stype, ["default"], []

    def infer_storage_type_backward(self, ograd_stype, in_stype, out_stype, igrad_stype, aux_stype):
        ASKED.append("backward stype " + self.tag)
        return ograd_stype, in_stype, out_stype, ["default"] * len(igrad_stype), aux_stype

    def create_operator(self, ctx, shapes, dtypes):
        ASKED.append("create " + self.tag)
        return Double()


def counted(title, fn):
    del ASKED[:]
    try:
        fn()
    except Exception as e:      # noqa: BLE001 (shown)
        ASKED.append(type(e).__name__)
    nd.waitall()
    runs, last = [], None
    for asked in ASKED:         # consecutive repeats folded: "shape A x1"
        if asked == last:
            runs[-1][1] += 1
        else:
            runs.append([asked, 1])
        last = asked
    print(title + ":", ", ".join(f"{a}" if n == 1 else f"{a} x{n}" for a, n in runs))


d = mx.sym.var("d")
one = mx.sym.Custom(d, op_type="r33fcu_counted", tag="A", name="a")
two = mx.sym.Custom(mx.sym.Custom(d, op_type="r33fcu_counted", tag="A", name="a"), op_type="r33fcu_counted", tag="B",
                    name="b")
with_fc = mx.sym.relu(mx.sym.Custom(mx.sym.FullyConnected(d, num_hidden=3, name="fc"), op_type="r33fcu_counted",
                                    tag="A", name="a"))
for name, sym in (("one", one), ("two", two), ("after FullyConnected", with_fc)):
    counted(f"{name} simple_bind null", lambda: sym.simple_bind(mx.cpu(), d=(2, 3), grad_req="null"))
    counted(f"{name} simple_bind write", lambda: sym.simple_bind(mx.cpu(), d=(2, 3), grad_req="write"))
counted("bind without gradients", lambda: two.bind(mx.cpu(), {"d": nd.ones((2, 3))}))
counted("bind with gradients", lambda: two.bind(mx.cpu(), {"d": nd.ones((2, 3))}, args_grad={"d": nd.ones((2, 3))}))


def module(for_training, inputs_need_grad=False):
    mod = mx.mod.Module(two, data_names=["d"], label_names=None)
    mod.bind(data_shapes=[("d", (2, 3))], for_training=for_training, inputs_need_grad=inputs_need_grad)


counted("Module for inference", lambda: module(False))
counted("Module for training, no gradients", lambda: module(True))
counted("Module with input gradients", lambda: module(True, True))


def forward_after_bind():
    ex = two.simple_bind(mx.cpu(), d=(2, 3), grad_req="null")
    del ASKED[:]
    ex.forward(d=nd.ones((2, 3)))


counted("forward", forward_after_bind)
