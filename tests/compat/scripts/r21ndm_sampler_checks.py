"""Per-element samplers and densities refusing parameters of two dtypes or shapes, in MXNet's words."""
import mxnet as mx
from _words import words


def ones(shape, dtype="float32"):
    return mx.nd.ones(shape, dtype=dtype) * 0.5


def show(tag, fn):
    try:
        out = fn()
        print(tag, out.shape, out.dtype.__name__)
    except mx.base.MXNetError as e:
        print(tag, words(e))


for d1, d2 in [("float16", "float32"), ("float32", "float64"), ("float64", "int32"), ("int32", "float32")]:
    a, b = ones((2,), d1), ones((2,), d2)
    show(f"normal {d1} {d2}", lambda: mx.nd.sample_normal(a, b))
    show(f"uniform {d1} {d2}", lambda: mx.nd.sample_uniform(a * 0, b + 1))
    show(f"gamma {d1} {d2}", lambda: mx.nd.sample_gamma(a, b))
    show(f"nbinom {d1} {d2}", lambda: mx.nd.sample_negative_binomial(a + 1, b))
show("normal shapes", lambda: mx.nd.sample_normal(ones((2,)), ones((3,))))
show("normal shapes+types", lambda: mx.nd.sample_normal(ones((2,), "float16"), ones((3,))))
show("uniform shapes", lambda: mx.nd.sample_uniform(ones((2, 2)), ones((2,)) + 1, shape=(3,)))

for s, m, sd in [((3,), (2,), (2,)), ((2, 3), (3,), (3,)), ((2, 3), (2,), (3,)), ((2, 3), (2, 1), (2, 1)),
                 ((2, 3), (2, 3, 1), (2, 3, 1)), ((2, 3), (2,), (2,)), ((4,), (2,), (2, 2)),
                 ((2,), (2, 2), (3,)), ((2, 3), (1, 3), (1, 3))]:
    show(f"pdf_normal {s} {m} {sd}", lambda: mx.nd.random_pdf_normal(ones(s), ones(m), ones(sd)))
    show(f"pdf_exponential {s} {m}", lambda: mx.nd.random_pdf_exponential(ones(s), ones(m)))
for s, a in [((2, 3), (3,)), ((2, 3), (2, 3)), ((2, 3), (2,)), ((2, 3, 4), (2, 4)), ((2, 3, 4), (3, 4)),
             ((2, 3, 4), (2, 3, 3)), ((3,), (2, 3))]:
    show(f"pdf_dirichlet {s} {a}", lambda: mx.nd.random_pdf_dirichlet(ones(s), ones(a)))
