"""nd.Custom hands a sparse input to forward as that sparse array (its indices, indptr, data readable) when its Prop's infer_storage_type keeps its storage type; one the Prop gives another storage type is refused at the call."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x = nd.array([[0, 1.5, 0], [2, 0, 0], [0, 0, 3], [0, 0, 0]])
w = nd.array([[1, 2], [3, 4], [5, 6]])


class SparseDot(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        a = in_data[0]
        print("  forward sees", a.stype, type(a).__name__, a.shape, a.dtype)
        if a.stype == "csr":
            print("  csr parts", a.indices.asnumpy().tolist(), a.indptr.asnumpy().tolist(), a.data.asnumpy().tolist())
        elif a.stype == "row_sparse":
            print("  row_sparse parts", a.indices.asnumpy().tolist(), a.data.asnumpy().tolist())
        self.assign(out_data[0], req[0], nd.sparse.dot(a, in_data[1]))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        pass


def register(name, storage):
    methods = {"list_arguments": lambda self: ["data", "weight"],
               "infer_shape": lambda self, s: (s, [(s[0][0], s[1][1])], []),
               "infer_storage_type": lambda self, st: storage(st),
               "create_operator": lambda self, ctx, shapes, dtypes: SparseDot()}
    mx.operator.register(name)(type("Prop", (mx.operator.CustomOpProp,), methods))


register("r31fop_keeps", lambda st: (st, ["default"], []))
register("r31fop_densifies", lambda st: (["default"] * len(st), ["default"], []))
register("r31fop_makes_csr", lambda st: (["csr", st[1]], ["default"], []))

for op_type in ("r31fop_keeps", "r31fop_densifies", "r31fop_makes_csr"):
    for stype in ("csr", "row_sparse", "default"):
        print(op_type, "given", stype)
        try:
            y = nd.Custom(x.tostype(stype), w, op_type=op_type)
        except Exception as e:      # noqa: BLE001 (shown)
            print("  refused:", type(e).__name__, repr(str(e)))
            continue
        print("  result", y.stype, y.asnumpy().tolist())
