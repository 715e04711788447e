"""The memory line of an executor's debug_str counts MXNet's hidden outputs (sort/topk indices, Dropout mask, LRN norm) in inference graphs, GroupNorm in place, and the in-place gradients of binary divide/mod/power/max/min/hypot, SequenceMask and L2Normalization."""
# recorded on AVX2
import mxnet as mx

S = mx.sym
x, y = S.var("x"), S.var("y")
CASES = {
    "sort": lambda: S.cos(S.sort(S.sin(x))), "sort out": lambda: S.sort(S.sin(x)),
    "topk value": lambda: S.cos(S.topk(S.sin(x), k=600, ret_typ="value")),
    "topk indices": lambda: S.cos(S.topk(S.sin(x), k=600)),
    "dropout always": lambda: S.cos(S.Dropout(S.sin(x), mode="always")),
    "LRN": lambda: S.cos(S.reshape(S.LRN(S.reshape(S.sin(x), shape=(1, 512, 600, 1)), nsize=3), shape=(512, 600))),
    "GroupNorm": lambda: S.cos(S.reshape(S.GroupNorm(S.reshape(S.sin(x), shape=(1, 512, 600)), name="gn"),
                                         shape=(512, 600))),
    "BatchNorm": lambda: S.cos(S.BatchNorm(S.sin(x), name="bn")),
    "SequenceMask": lambda: S.SequenceMask(S.sin(x)),
    "L2Normalization": lambda: S.L2Normalization(S.sin(x), mode="instance"),
    "L2Normalization then cos": lambda: S.cos(S.L2Normalization(S.sin(x), mode="instance")),
    "SoftmaxOutput multi_output": lambda: S.SoftmaxOutput(S.reshape(S.sin(x), shape=(1, 4, 256, 300)), S.sin(y),
                                                          multi_output=True),
    "broadcast_like": lambda: S.exp(S.broadcast_like(S.sin(x), S.cos(y))),
    "broadcast_like of a sum": lambda: S.exp(S.broadcast_like(S.sum(S.sin(x), axis=0, keepdims=True), S.cos(y))),
    "broadcast_to same shape": lambda: S.exp(S.broadcast_to(S.sin(x), shape=(512, 600))),
    "reshape_like": lambda: S.exp(S.reshape_like(S.sin(x), S.cos(y))),
    "reshape_like out": lambda: S.reshape_like(S.sin(x), S.cos(y)),
    "LinearRegressionOutput": lambda: S.exp(S.LinearRegressionOutput(S.sin(x), S.cos(y))),
    "LogisticRegressionOutput out": lambda: S.LogisticRegressionOutput(S.sin(x), S.cos(y)),
    "MAERegressionOutput out": lambda: S.MAERegressionOutput(S.sin(x), S.cos(y)),
}
for pool_type in ("max", "avg", "lp"):
    for kernel, stride in (((1, 1), (1, 1)), ((2, 2), (1, 1)), ((1, 1), (2, 2))):
        pool = lambda t=pool_type, k=kernel, s=stride: S.Pooling(S.reshape(S.sin(x), shape=(1, 4, 256, 300)), kernel=k,
                                                               stride=s, pool_type=t, p_value=2)
        CASES[f"Pooling {pool_type} {kernel} {stride}"] = pool
        CASES[f"Pooling {pool_type} {kernel} {stride}, then cos"] = lambda pool=pool: S.cos(pool())
for op in ("broadcast_div", "broadcast_mod", "broadcast_power", "broadcast_maximum", "broadcast_minimum",
           "broadcast_hypot", "broadcast_mul", "elemwise_div", "_power", "_maximum", "_minimum", "_hypot", "_mod"):
    f = getattr(S, op) if hasattr(S, op) else getattr(S._internal, op)
    CASES[op] = lambda f=f: f(S.sin(x), S.cos(y))
    CASES[op + " shared"] = lambda f=f: f(S.sin(x), S.sin(x) * 2)
for label, make in CASES.items():
    for ctx, req in ((mx.cpu(), "null"), (mx.cpu(1), "null"), (mx.cpu(), "write")):
        try:
            ex = make().simple_bind(ctx, x=(512, 600), y=(512, 600) if "Softmax" not in label else (1, 256 * 300),
                                    grad_req=req)
            print(label, ctx, req, [line for line in ex.debug_str().splitlines() if "MB" in line])
        except Exception as e:
            print(label, ctx, req, type(e).__name__, str(e).splitlines()[-1])
