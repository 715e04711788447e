"""Executor.reshape passes over names that are not the symbol's inputs (an argument left out then counts as
changed), and simple_bind with a partial stype_dict leaves a broadcast_mul/div operand dense, as MXNet 1.9.1 does."""
import mxnet as mx

a, b = mx.sym.var("a"), mx.sym.var("b")
net = mx.sym.broadcast_mul(a, b, name="m") + a


def attempt(tag, f):
    try:
        print(tag, f())
    except (mx.base.MXNetError, RuntimeError) as e:
        lines = [line for line in str(e).replace("MXNetError: ", "").split("\n") if line.strip()]
        print(tag, type(e).__name__, lines[-1][:70])


def reshaped(**shapes):
    ex = net.simple_bind(mx.cpu(), a=(2, 2), b=(2, 2))
    new = ex.reshape(**shapes)
    return sorted((k, v.shape) for k, v in new.arg_dict.items())


attempt("reshape known names", lambda: reshaped(a=(1, 2), b=(1, 2)))
attempt("reshape an unknown name", lambda: reshaped(zz=(1, 2)))
attempt("reshape an unknown name too", lambda: reshaped(a=(1, 2), b=(1, 2), zz=(5,)))
attempt("reshape, partial, unknown name", lambda: net.simple_bind(mx.cpu(), a=(2, 2), b=(2, 2)).reshape(
    partial_shaping=True, a=(2, 2), b=(2, 2), zz=(3,)).arg_dict["a"].shape)
for op in ("broadcast_mul", "broadcast_div", "broadcast_add", "elemwise_add", "dot"):
    for stype in ("row_sparse", "csr"):
        for given in ("a", "b"):
            s = getattr(mx.sym, op)(a, b)
            attempt(f"{op} {stype} {given}", lambda: [x.stype for x in s.simple_bind(
                mx.cpu(), a=(2, 2), b=(2, 2), stype_dict={given: stype}).arg_arrays])
