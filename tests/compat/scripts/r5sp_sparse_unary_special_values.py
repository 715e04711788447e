"""Zero-preserving unary operators on csr/row_sparse arrays (both namespaces, several dtypes) with nan, inf and -0.0
stored: sign(nan) is 0 and round keeps -0.0, as MXNet's kernels give."""
import mxnet as mx, numpy as np
v = np.array([[0.5, -2.5, 0, 1e-3, np.nan, np.inf, -np.inf, -0.0, 3.7, -7.2, 100.0, 0.999]], dtype=np.float32)
names = ['abs', 'sign', 'round', 'rint', 'ceil', 'floor', 'trunc', 'fix', 'negative', 'square', 'sqrt', 'cbrt', 'expm1', 'log1p', 'sin', 'tan', 'arcsin', 'arctan', 'sinh', 'tanh', 'arcsinh', 'arctanh', 'degrees', 'radians', 'relu', 'sigmoid', 'exp', 'log', 'rsqrt', 'cos', 'gamma', 'gammaln', 'erf', 'reciprocal', 'softsign', 'log2', 'log10', 'arccos', 'arccosh', 'cosh', 'rcbrt', 'erfinv', 'logical_not']
for dt in ['float32', 'float64', 'float16', 'int32', 'int8']:
    base = v if dt.startswith('float') else np.nan_to_num(v, posinf=5, neginf=-5)
    for kind in ['csr', 'row_sparse']:
        x = mx.nd.array(base, dtype=dt).tostype(kind)
        for ns_name, ns in [('nd', mx.nd), ('sp', mx.nd.sparse)]:
            for n in names:
                if not hasattr(ns, n): print(dt, kind, ns_name, n, 'missing'); continue
                try:
                    y = getattr(ns, n)(x); print(dt, kind, ns_name, n, y.stype, y.dtype.__name__, y.asnumpy().tobytes().hex())
                except Exception as e:
                    print(dt, kind, ns_name, n, type(e).__name__)
