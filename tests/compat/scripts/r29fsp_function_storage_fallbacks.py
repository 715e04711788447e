"""nd.add/subtract/.../greater with a number and a sparse array run MXNet's scalar operators (their storage,
their fallback), nd.elemwise_*/broadcast_* and nd.sparse.* report a storage fallback only where MXNet has no
sparse kernel (once per message, on stderr), and nd.sparse.exp/sum/where/Embedding are MXNet's operators."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd
sp = mx.nd.sparse


a = np.array([[0, 1, 0], [2, 0, 3]], dtype="float32")
b = np.array([[1, 0, 0], [0, 0, 4]], dtype="float32")
row = np.array([[2, 1, 0]], dtype="float32")
kinds = {"dns": lambda x: nd.array(x), "csr": lambda x: nd.array(x).tostype("csr"),
         "rsp": lambda x: nd.array(x).tostype("row_sparse")}
for label, space, names in (("sparse", sp, ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "add", "subtract",
                           "multiply", "divide"]),
                     ("nd", nd, ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "broadcast_add",
                           "broadcast_sub", "broadcast_mul", "broadcast_div", "broadcast_power", "broadcast_maximum",
                           "add", "subtract", "multiply", "divide", "maximum", "minimum", "power", "modulo",
                           "greater", "equal", "lesser", "not_equal"])):
    for name in names:
        for k1 in kinds:
            for k2 in kinds:
                if k1 != "dns" or k2 != "dns":
                    print(f"{label}.{name}({k1}, {k2}) ->",
                          logged(lambda: getattr(space, name)(kinds[k1](a), kinds[k2](b))))
            if k1 != "dns":
                print(f"{label}.{name}({k1}, dense row) ->",
                      logged(lambda: getattr(space, name)(kinds[k1](a), nd.array(row))))
                print(f"{label}.{name}({k1}, 2) ->", logged(lambda: getattr(space, name)(kinds[k1](a), 2)))
                print(f"{label}.{name}(2, {k1}) ->", logged(lambda: getattr(space, name)(2, kinds[k1](a))))
x = np.array([[0, 1, 0, 4], [2, 0, 3, 0], [0, 0, 0, 0], [5, 0, 0, 6]], dtype="float32")
for k in ("csr", "rsp"):
    for name in ["arccos", "cos", "exp", "gamma", "log", "rsqrt", "sigmoid", "sum", "mean"]:
        print(f"sparse.{name}({k}) ->", logged(lambda: getattr(sp, name)(kinds[k](x))))
    print(f"sparse.sum({k}, axis=0) ->", logged(lambda: sp.sum(kinds[k](x), axis=0)))
    print(f"sparse.where({k}, dense, dense) ->", logged(lambda: sp.where(kinds[k](x), nd.ones((4, 4)), nd.zeros((4, 4)))))
    print(f"where(dense, {k}, dense) ->", logged(lambda: nd.where(nd.ones((4, 4)), kinds[k](x), nd.zeros((4, 4)))))
    print(f"sparse.Embedding(dense, {k} weight) ->",
          logged(lambda: sp.Embedding(nd.array([0, 3]), kinds[k](x), input_dim=4, output_dim=4)))
    print(f"sparse.LinearRegressionOutput({k}) ->", logged(lambda: sp.LinearRegressionOutput(kinds[k](x), nd.ones((4, 4)))))
