"""nd.sparse's ElementWiseSum is a function of its own name (add_n's twin) and gs_retain is named retain, as MXNet's
generated functions; the operator aliases compute as the operators they stand for."""
import mxnet as mx

S = mx.nd.sparse
for f in [S.ElementWiseSum, S.add_n, S.gs_retain, S.retain]:
    print(f.__name__, f.__qualname__)
c = S.csr_matrix(([1.0, 2.0], [0, 2], [0, 1, 2]), shape=(2, 3))
d = mx.nd.ones((2, 3))
print(S.broadcast_minus(c, d), S.broadcast_plus(c, d))
print(S.concat(c, c, dim=0).stype, S.concat(c, c, dim=0), S.ElementWiseSum(c, c).stype, S.ElementWiseSum(c, c))
for call in [lambda: S.broadcast_minus(c), lambda: S.concat(c, d, dim=3)]:
    try:
        call()
    except mx.base.MXNetError as e:
        print("MXNetError", str(e).split("\n")[-1][:200])
