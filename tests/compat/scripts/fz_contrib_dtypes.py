"""contrib ops: allclose's kernel rules (NaN, infinities, integer differences), sign_ste of NaN, and the
float-only box/ROI operators refusing integer or mixed-dtype inputs."""
import mxnet as mx

nan, inf = float("nan"), float("inf")
C, nd = mx.nd.contrib, mx.nd
for a, b, kw in [([nan], [nan], {}), ([nan], [nan], {"equal_nan": False}), ([nan], [1.0], {}), ([inf], [inf], {}),
                 ([inf], [-inf], {}), ([1.0], [inf], {}), ([1.0, 2.0], [1.0, 2.1], {}), ([1.0], [1.00001], {}),
                 ([0.0], [1.0], {"rtol": 1}), ([1.0], [0.0], {"rtol": 1})]:
    for dtype in ("float32", "float64"):
        print("allclose", a, b, kw, dtype, int(C.allclose(nd.array(a, dtype=dtype), nd.array(b, dtype=dtype), **kw).asscalar()))
for a, b, kw in [([1, 2], [1, 3], {"atol": 1}), ([5], [6], {"rtol": 0.2}), ([5], [7], {"rtol": 0.2}), ([200], [10], {})]:
    for dtype in ("int32", "uint8"):
        print("allclose", a, b, kw, dtype, int(C.allclose(nd.array(a, dtype=dtype), nd.array(b, dtype=dtype), **kw).asscalar()))
print("sign_ste", C.sign_ste(nd.array([nan, -0.0, 0.0, -inf, 3])).asnumpy().tolist())
cases = [
    ("bipartite_matching", lambda dt: C.bipartite_matching(nd.array([[0.5, 0.6], [0.1, 0.9]], dtype=dt), threshold=0.2)),
    ("box_encode", lambda dt: C.box_encode(nd.array([[1, 0]], dtype=dt), nd.array([[0, 1]], dtype=dt),
                                           nd.array([[[0, 0, 2, 2], [1, 1, 3, 4]]], dtype=dt),
                                           nd.array([[[0, 0, 2, 3], [1, 1, 2, 2]]], dtype=dt),
                                           nd.array([0, 0, 0, 0], dtype=dt), nd.array([0.1, 0.1, 0.2, 0.2], dtype=dt))),
    ("box_decode", lambda dt: C.box_decode(nd.array([[[0.1, 0.2, 0.3, -0.1]]], dtype=dt), nd.array([[[0, 0, 2, 2]]], dtype=dt))),
    ("ROIAlign", lambda dt: C.ROIAlign(nd.ones((1, 2, 6, 6), dtype=dt), nd.array([[0, 0.5, 0.5, 4.2, 3.7]], dtype=dt),
                                       pooled_size=(2, 2), spatial_scale=1.0)),
]
for name, f in cases:
    for dt in ("float32", "int32"):
        try:
            r = f(dt)
            r = r if isinstance(r, list) else [r]
            print(name, dt, [x.asnumpy().round(4).ravel().tolist() for x in r])
        except mx.base.MXNetError:
            print(name, dt, "MXNetError")
try:
    C.ROIAlign(nd.ones((1, 2, 6, 6)), nd.array([[0, 0.5, 0.5, 4.2, 3.7]], dtype="float64"), pooled_size=(2, 2),
               spatial_scale=1.0).asnumpy()
except mx.base.MXNetError:
    print("ROIAlign mixed dtypes: MXNetError")
