"""An unknown attribute of an operator with counted inputs (concat, stack, add_n, ...) is refused naming num_args, the count MXNet's front end states, among the attributes given."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x = nd.ones((2, 2))
CASES = [
    ("concat one", lambda: nd.concat(x, foo_bar=1)),
    ("concat two", lambda: nd.concat(x, x, foo_bar=1)),
    ("concat dim", lambda: nd.concat(x, x, dim=0, foo_bar=1)),
    ("concat stated count", lambda: nd.concat(x, x, num_args=2, foo_bar=1)),
    ("concat three unknown", lambda: nd.concat(x, x, x, a=1, b=2, c=3)),
    ("Concat", lambda: nd.Concat(x, x, dim=1, foo=1)),
    ("stack", lambda: nd.stack(x, x, axis=0, zz=1)),
    ("add_n", lambda: nd.add_n(x, x, x, foo=2)),
    ("ElementWiseSum", lambda: nd.ElementWiseSum(x, x, foo=1)),
    ("khatri_rao", lambda: nd.khatri_rao(x, x, q=1)),
    ("concat bad dim", lambda: nd.concat(x, x, dim="a")),
    ("concat wrong count", lambda: nd.concat(x, x, num_args=3)),
    ("symbol concat", lambda: mx.sym.concat(mx.sym.var("a"), mx.sym.var("b"), foo=1)),
]
for label, call in CASES:
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
