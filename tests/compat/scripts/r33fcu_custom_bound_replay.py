"""A bound graph's Custom op runs its forward once per forward call: a backward after an inference forward reads what that forward saved (no second forward, its auxiliary state updated once); a monitor shows its inputs under its Prop's argument names."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

CALLS = []


class Counting(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        CALLS.append("forward")
        self.assign(out_data[0], req[0], in_data[0] * 2 + in_data[1])
        if aux:
            aux[0][:] += 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        CALLS.append(f"backward {req}")
        self.assign(in_grad[0], req[0], out_grad[0] * 2)
        self.assign(in_grad[1], req[1], out_grad[0])


@mx.operator.register("r33fcu_counting")
class CountingProp(mx.operator.CustomOpProp):
    def __init__(self, with_aux="1"):
        super().__init__()
        self.with_aux = with_aux == "1"

    def list_arguments(self):
        return ["data", "bias"]

    def list_auxiliary_states(self):
        return ["count"] if self.with_aux else []

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], [(1,)] if self.with_aux else []

    def create_operator(self, ctx, shapes, dtypes):
        return Counting()


x, b = nd.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), nd.ones((2, 3))
for with_aux in ("1", "0"):
    sym = mx.sym.Custom(mx.sym.var("d"), mx.sym.var("e"), op_type="r33fcu_counting", with_aux=with_aux, name="c")
    ex = sym.simple_bind(mx.cpu(), d=(2, 3), e=(2, 3))
    del CALLS[:]
    ex.forward(is_train=True, d=x, e=b)
    ex.forward(is_train=False)
    ex.backward(nd.ones((2, 3)))
    ex.backward(nd.ones((2, 3)) * 2)
    nd.waitall()
    print("with aux" if with_aux == "1" else "without aux", CALLS)
    print("  outputs", ex.outputs[0].asnumpy().tolist())
    print("  gradients", ex.grad_dict["d"].asnumpy().tolist(), ex.grad_dict["e"].asnumpy().tolist())
    print("  aux", [a.asnumpy().tolist() for a in ex.aux_arrays])

sym = mx.sym.Custom(mx.sym.var("d"), mx.sym.var("e"), op_type="r33fcu_counting", name="c")
ex = sym.simple_bind(mx.cpu(), d=(2, 3), e=(2, 3), grad_req="null")
shown = []
ex.set_monitor_callback(lambda name, arr: shown.append(name), monitor_all=True)
ex.forward(d=x, e=b)
nd.waitall()
print("monitor", shown)
