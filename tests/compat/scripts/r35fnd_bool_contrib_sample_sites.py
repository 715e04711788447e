"""Sampling, contrib and summing operators given bool (or integer) data: the kernel line MXNet reports."""
# recorded on AVX2
import mxnet as mx
nd = mx.nd
for dt in ["bool", "int32"]:
    for shape in [(2, 3), (1, 2, 4, 4)]:
        x = nd.ones(shape, dtype=dt)
        for name, f in [("add_n", lambda: nd.add_n(x, x)), ("ElementWiseSum", lambda: nd.ElementWiseSum(x)),
                        ("sample_exponential", lambda: nd.sample_exponential(x)),
                        ("sample_poisson", lambda: nd.sample_poisson(x)),
                        ("sample_multinomial", lambda: nd.sample_multinomial(x)), ("shuffle", lambda: nd.shuffle(x)),
                        ("div_sqrt_dim", lambda: nd.contrib.div_sqrt_dim(x)),
                        ("quadratic", lambda: nd.contrib.quadratic(x)), ("round_ste", lambda: nd.contrib.round_ste(x)),
                        ("sign_ste", lambda: nd.contrib.sign_ste(x)),
                        ("AdaptiveAvgPooling2D", lambda: nd.contrib.AdaptiveAvgPooling2D(x)),
                        ("BilinearResize2D", lambda: nd.contrib.BilinearResize2D(x, height=2, width=2))]:
            try:
                r = f()
                print(dt, shape, name, r.dtype, r.shape, r.asnumpy().ravel().tolist()[:4])
            except mx.base.MXNetError as e:
                print(dt, shape, name, str(e).strip().split("\n")[1:3])
x = nd.ones((2, 3), dtype="bool")
try:
    print(nd.khatri_rao(x).asnumpy())
except mx.base.MXNetError as e:
    print("khatri_rao", str(e).strip().split("\n")[1:3])
