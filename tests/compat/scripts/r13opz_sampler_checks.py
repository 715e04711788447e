"""Legacy samplers and densities check dtype text, input types and out= shapes in MXNet's order and words."""
import mxnet as mx
import numpy as np

nd = mx.nd


def show(label, f):
    try:
        r = f()
        for a in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, a.shape, a.dtype.__name__)
    except Exception as e:
        text = str(e)
        text = text[text.rfind("MXNetError: ") + 12:] if "MXNetError: " in text else text
        print(label, type(e).__name__, text.split("\n")[0].split("; ")[0])


p = nd.array([0.2, 0.3, 0.5])
mu, sigma = nd.array([0.0, 1.0]), nd.array([1.0, 2.0])
for name, call in [("random_uniform", lambda: nd.random_uniform(shape=(2,), dtype="None")),
                   ("random_randint", lambda: nd.random_randint(0, 5, shape=(2,), dtype="None")),
                   ("sample_normal", lambda: nd.sample_normal(mu, sigma, dtype="None")),
                   ("softmax", lambda: nd.softmax(mu, dtype="None")), ("one_hot", lambda: nd.one_hot(mu, 3, dtype="None")),
                   ("topk", lambda: nd.topk(mu, dtype="None")), ("Cast", lambda: nd.Cast(mu, dtype="None")),
                   ("sample_multinomial", lambda: nd.sample_multinomial(p, dtype="None")),
                   ("random_uniform None", lambda: nd.random_uniform(shape=(2,), dtype=None))]:
    show(name + " dtype 'None'", call)
x = nd.array([[0.5, 1.0, 2.0], [1.5, 0.1, 0.2]])
for dtype in ["float16", "float64", "int32"]:
    show("pdf_normal params " + dtype, lambda: nd.random_pdf_normal(x, mu.astype(dtype), sigma.astype(dtype)))
    show("pdf_exponential sample " + dtype, lambda: nd.random_pdf_exponential(x.astype(dtype), sigma))
    show("pdf_dirichlet alpha " + dtype, lambda: nd.random_pdf_dirichlet(x / 4, (x + 1).astype(dtype)))
for dtype in ["int8", "uint8", "int32", "bool"]:
    show("multinomial " + dtype, lambda: nd.sample_multinomial(p.astype(dtype)))
for name in ["normal", "uniform", "gamma"]:
    f = getattr(nd, "sample_" + name)
    show("sample_%s out (3,)" % name, lambda: f(mu, sigma + 1, out=nd.zeros((3,))))
    show("sample_%s out (2,)" % name, lambda: f(mu, sigma + 1, out=nd.zeros((2,))))
show("sample_poisson out (2, 2)", lambda: nd.sample_poisson(sigma, out=nd.zeros((2, 2))))
empty = nd.array(np.ones((0,)))
show("sample_normal empty bogus", lambda: nd.sample_normal(empty, empty, bogus=1))
show("sample_poisson empty get_prob", lambda: nd.sample_poisson(empty, get_prob=True))
