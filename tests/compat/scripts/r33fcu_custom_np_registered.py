"""A Custom op registered while NumPy mode is on (npx.set_np) hands its forward and backward mx.np arrays, one registered before hands legacy NDArrays; both run on legacy arrays only, as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, np, npx

SEEN = []


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        SEEN.append(("forward", type(in_data[0]).__name__, type(out_data[0]).__name__))
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        SEEN.append(("backward", type(out_grad[0]).__name__, type(in_data[0]).__name__, type(out_data[0]).__name__,
                     type(in_grad[0]).__name__))
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


class DoubleProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Double()


mx.operator.register("r33fcu_legacy_registered")(DoubleProp)
npx.set_np()
mx.operator.register("r33fcu_np_registered")(type("NpDoubleProp", (DoubleProp,), {}))
for op_type in ("r33fcu_legacy_registered", "r33fcu_np_registered"):
    for kind in ("legacy", "mx.np"):
        del SEEN[:]
        x = nd.array([[1.0, 2.0], [3.0, 4.0]]) if kind == "legacy" else np.array([[1.0, 2.0], [3.0, 4.0]])
        x.attach_grad()
        try:
            with mx.autograd.record():
                y = nd.Custom(x, op_type=op_type)
            y.backward()
            result = type(y).__name__, y.asnumpy().tolist(), type(x.grad).__name__, x.grad.asnumpy().tolist()
        except TypeError as e:
            result = "TypeError: " + str(e).split(".")[0]
        nd.waitall()
        print(op_type, kind, result, sorted(SEEN))
    sym = mx.sym.Custom(mx.sym.var("d"), op_type=op_type, name="c")
    ex = sym.simple_bind(mx.cpu(), d=(2, 2))
    del SEEN[:]
    ex.forward(is_train=True, d=nd.ones((2, 2)))
    ex.backward(nd.ones((2, 2)))
    nd.waitall()
    print(op_type, "bound", ex.grad_arrays[0].asnumpy().tolist(), sorted(SEEN))
