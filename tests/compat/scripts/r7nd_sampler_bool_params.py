# The sample_* operators on bool parameter arrays fail as MXNet's kernels (no bool type), on reading; integer and
# float16 parameters draw float32 samples
import mxnet as mx
for name, n in [("uniform", 2), ("normal", 2), ("exponential", 1), ("poisson", 1), ("gamma", 2),
                ("negative_binomial", 2),
                ("generalized_negative_binomial", 2)]:
    f = getattr(mx.nd, "sample_" + name)
    for dt in ["bool", "int32", "float16"]:
        args = [mx.nd.array([1, 1], dtype=dt) for _ in range(n)]
        if name == "uniform" and dt != "bool":
            args[1] = mx.nd.array([2, 2], dtype=dt)
        mx.random.seed(0)
        try:
            r = f(*args).asnumpy()
            print(name, dt, r.dtype, r.shape)
        except mx.base.MXNetError as e:
            print(name, dt, "MXNetError", "enum 7" in str(e))
