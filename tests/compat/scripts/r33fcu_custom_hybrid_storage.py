"""A hybridized block's Custom node asks its Prop's infer_storage_type at each call and hands forward the sparse inputs and outputs it declares, as MXNet's cached op; a csr variable whose gradient buffer is csr fails backward as inconsistent with the dense gradient the Prop declares."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd

SEEN = []


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        SEEN.append(("forward", [a.stype for a in in_data], [a.stype for a in out_data]))
        dense = in_data[0].tostype("default") * 2
        self.assign(out_data[0], req[0], dense if out_data[0].stype == "default" else dense.tostype(out_data[0].stype))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0].tostype("default") * 2)


def prop(name, ins, outs):
    class Prop(mx.operator.CustomOpProp):
        def infer_storage_type(self, in_stype):
            SEEN.append(("infer_storage_type", in_stype))
            return ins, outs, []

        def infer_storage_type_backward(self, ograd_stype, in_stype, out_stype, igrad_stype, aux_stype):
            return ograd_stype, in_stype, out_stype, ["default"] * len(igrad_stype), aux_stype

        def create_operator(self, ctx, shapes, dtypes):
            return Double()
    mx.operator.register(name)(Prop)


prop("r33fcu_hybrid_csr_out", ["default"], ["csr"])
prop("r33fcu_hybrid_csr_in", ["csr"], ["default"])


class Block(gluon.HybridBlock):
    def __init__(self, op_type):
        super().__init__()
        self.op_type = op_type

    def hybrid_forward(self, F, x):
        return F.Custom(x, op_type=self.op_type)


x = nd.array([[1.0, 0.0, 2.0], [0.0, 0.0, 3.0]])
for op_type, stype in (("r33fcu_hybrid_csr_out", "default"), ("r33fcu_hybrid_csr_in", "csr")):
    for hybridize in (False, True):
        del SEEN[:]
        block = Block(op_type)
        if hybridize:
            block.hybridize()
        a = x.tostype(stype)
        a.attach_grad()
        try:
            with autograd.record():
                y = block(a)
            values = y.asnumpy().tolist()
            y.backward()
            result = values, a.grad.asnumpy().tolist()
        except mx.base.MXNetError as e:
            result = "MXNetError: " + str(e).splitlines()[0].split("] ")[-1]
        nd.waitall()
        print(op_type, "hybridized" if hybridize else "imperative", result)
        for kind in ("infer_storage_type", "forward"):
            print("  ", [seen[1:] for seen in SEEN if seen[0] == kind])
