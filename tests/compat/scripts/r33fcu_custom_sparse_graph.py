"""Custom ops whose Props declare csr/row_sparse inputs, outputs or gradients: bound graphs (simple_bind, bind, Module) and nd.Custom hand forward/backward those sparse arrays, allocate sparse outputs and gradients, and refuse mismatches."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
import numpy as np

SEEN = []


def stypes(arrays):
    return [a.stype for a in arrays]


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0]
        parts = (x.data.asnumpy().tolist(), x.indices.asnumpy().tolist()) if x.stype != "default" else None
        SEEN.append(("forward", stypes(in_data), stypes(out_data), parts))
        dense = x.tostype("default") * 2
        for out in out_data:
            self.assign(out, req[0], dense if out.stype == "default" else dense.tostype(out.stype))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        SEEN.append(("backward", stypes(out_grad), stypes(in_data), stypes(out_data), stypes(in_grad), req))
        g = out_grad[0].tostype("default") * 2
        if in_grad[0].stype == "row_sparse":        # the rows it writes are the ones the gradient stores
            g = nd.sparse.row_sparse_array((g[1:2], nd.array([1])), shape=g.shape)
        elif in_grad[0].stype == "csr":
            g = g.tostype("csr")
        self.assign(in_grad[0], req[0], g)


def prop(name, ins, outs, igrads):
    class Prop(mx.operator.CustomOpProp):
        def list_outputs(self):
            return ["o%d" % i for i in range(len(outs))]

        def infer_storage_type(self, in_stype):
            SEEN.append(("infer_storage_type", in_stype))
            return ins, outs, []

        def infer_storage_type_backward(self, ograd_stype, in_stype, out_stype, igrad_stype, aux_stype):
            SEEN.append(("infer_storage_type_backward", ograd_stype, in_stype, out_stype, igrad_stype))
            return ograd_stype, in_stype, out_stype, igrads, aux_stype

        def create_operator(self, ctx, shapes, dtypes):
            return Double()
    mx.operator.register(name)(Prop)


prop("r33fcu_csr_in", ["csr"], ["default"], ["default"])
prop("r33fcu_rsp_in", ["row_sparse"], ["default"], ["row_sparse"])
prop("r33fcu_csr_out", ["default"], ["csr"], ["default"])
prop("r33fcu_two_out", ["default"], ["csr", "row_sparse"], ["default"])
prop("r33fcu_rsp_grad", ["default"], ["default"], ["row_sparse"])

X = np.array([[1., 0, 2], [0, 0, 0], [0, 3, 0]], dtype=np.float32)


def show(title, fn):
    del SEEN[:]
    try:
        result = fn()
    except Exception as e:      # noqa: BLE001 (shown below)
        result = "%s: %s" % (type(e).__name__, str(e).splitlines()[0].split("] ")[-1])
    nd.waitall()
    print("==", title)
    for kind in ("infer_storage_type", "infer_storage_type_backward", "forward", "backward"):
        for seen in SEEN:
            if seen[0] == kind:
                print("  ", *seen)
    print("  ->", result)


def dense(a):
    return a.stype, a.asnumpy().tolist()


def run_simple_bind(op, stype, grad_req="write"):
    s = mx.sym.Custom(mx.sym.var("d", stype=stype), op_type=op, name="c")
    ex = s.simple_bind(mx.cpu(), d=(3, 3), grad_req=grad_req)
    before = (stypes(ex.arg_arrays), [g.stype for g in ex.grad_arrays if g is not None], stypes(ex.outputs))
    ex.forward(is_train=True, d=nd.array(X).tostype(stype))
    outs = [dense(o) for o in ex.outputs]
    if grad_req == "null":
        return before, outs
    ex.backward([nd.ones((3, 3)).tostype(o.stype) for o in ex.outputs])
    return before, outs, dense(ex.grad_arrays[0])


def run_bind(op, stype, grad_stype):
    s = mx.sym.Custom(mx.sym.var("d"), op_type=op, name="c")
    ex = s.bind(mx.cpu(), {"d": nd.array(X).tostype(stype)}, args_grad={"d": nd.zeros((3, 3)).tostype(grad_stype)})
    before = stypes(ex.outputs)
    ex.forward(is_train=True)
    outs = [dense(o) for o in ex.outputs]
    ex.backward([nd.ones((3, 3)).tostype(o.stype) for o in ex.outputs])
    return before, outs, dense(ex.grad_arrays[0])


def run_nd(op, stype, grad_stype="default", head_stype=None):
    a = nd.array(X).tostype(stype)
    a.attach_grad(stype=grad_stype)
    with mx.autograd.record():
        y = nd.Custom(a, op_type=op)
    ys = y if isinstance(y, list) else [y]
    outs = [dense(o) for o in ys]
    heads = None if head_stype is None else [nd.ones((3, 3)).tostype(head_stype) for _ in ys]
    mx.autograd.backward(ys, heads)
    grad = dense(a.grad)
    if a.grad.stype == "row_sparse":
        grad += (a.grad.indices.asnumpy().tolist(),)
    return outs, grad


for op, stype in [("r33fcu_csr_in", "csr"), ("r33fcu_rsp_in", "row_sparse"), ("r33fcu_csr_out", "default"),
                  ("r33fcu_two_out", "default")]:
    show("simple_bind " + op, lambda: run_simple_bind(op, stype))
    show("simple_bind null " + op, lambda: run_simple_bind(op, stype, "null"))
    show("nd " + op, lambda: run_nd(op, stype, "row_sparse" if op == "r33fcu_rsp_in" else "default"))
show("bind csr_in, dense gradient", lambda: run_bind("r33fcu_csr_in", "csr", "default"))
show("bind csr_in, csr gradient", lambda: run_bind("r33fcu_csr_in", "csr", "csr"))
show("bind rsp_in, rsp gradient", lambda: run_bind("r33fcu_rsp_in", "row_sparse", "row_sparse"))
show("bind csr_out", lambda: run_bind("r33fcu_csr_out", "default", "default"))
show("bind rsp_in given dense", lambda: run_bind("r33fcu_rsp_in", "default", "default"))
show("nd csr_in, csr gradient", lambda: run_nd("r33fcu_csr_in", "csr", "csr"))
show("nd csr_in given dense", lambda: run_nd("r33fcu_csr_in", "default"))
show("nd rsp_grad into rsp gradient", lambda: run_nd("r33fcu_rsp_grad", "default", "row_sparse"))
show("nd rsp_grad into dense gradient", lambda: run_nd("r33fcu_rsp_grad", "default", "default"))
show("nd csr_out with row_sparse head", lambda: run_nd("r33fcu_csr_out", "default", "default", "row_sparse"))


def through_intermediate():
    a = nd.array(X)
    a.attach_grad()
    with mx.autograd.record():
        y = nd.Custom(a * 1, op_type="r33fcu_rsp_grad")
    y.backward()
    return dense(a.grad)


show("nd rsp_grad of a computed input", through_intermediate)


def printed():
    y = nd.Custom(nd.array(X), op_type="r33fcu_two_out")
    return [repr(o) for o in y]


show("nd reprs", printed)


def into_out(stype):
    out = nd.zeros((3, 3)).tostype(stype)
    y = nd.Custom(nd.array(X), op_type="r33fcu_csr_out", out=out)
    return dense(out), y.stype


show("nd out= csr", lambda: into_out("csr"))
show("nd out= dense", lambda: into_out("default"))


def module_fit():
    data = mx.sym.var("data", stype="csr")
    net = mx.sym.Custom(data, op_type="r33fcu_csr_in", name="c")
    net = mx.sym.MakeLoss(mx.sym.sum(net))
    mod = mx.mod.Module(net, data_names=["data"], label_names=None)
    mod.bind(data_shapes=[("data", (3, 3))], inputs_need_grad=True)
    mod.init_params()
    batch = mx.io.DataBatch([nd.array(X).tostype("csr")])
    mod.forward(batch, is_train=True)
    mod.backward()
    return dense(mod.get_outputs()[0]), dense(mod.get_input_grads()[0])


show("Module", module_fit)
