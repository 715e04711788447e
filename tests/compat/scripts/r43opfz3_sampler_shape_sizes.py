"""nd.random samplers refuse a shape whose first negative size is below -1 at MXNet's size check (a -1 first fails shape inference), also with out=, and multinomial likewise."""
import mxnet as mx

nd = mx.nd


def show(name, fn):
    try:
        r = fn()
        print(name, r.shape, r.dtype)
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", "\n".join(str(e).split("\n")[:3]))


for sh in [(2, -3), (-2,), (0, -3), (-3, -1), (2, -1, -3)]:
    show(f"uniform {sh}", lambda: nd.random.uniform(shape=sh))
    show(f"normal {sh}", lambda: nd.random.normal(1, 2, shape=sh))
    show(f"gamma {sh}", lambda: nd.random.gamma(2, 1, shape=sh, dtype="float64"))
    show(f"exponential {sh}", lambda: nd.random.exponential(shape=sh))
    show(f"poisson {sh}", lambda: nd.random.poisson(3, shape=sh))
    show(f"negative_binomial {sh}", lambda: nd.random.negative_binomial(3, 0.4, shape=sh))
    show(f"gen_negative_binomial {sh}", lambda: nd.random.generalized_negative_binomial(2, 0.3, shape=sh))
    show(f"randint {sh}", lambda: nd.random.randint(0, 10, shape=sh))
    show(f"randn {sh}", lambda: nd.random.randn(*sh))
    show(f"uniform out {sh}", lambda: nd.random.uniform(shape=sh, out=nd.zeros((2, 3))))
    show(f"poisson out {sh}", lambda: nd.random.poisson(shape=sh, out=nd.zeros((2, 3))))
    show(f"zeros out {sh}", lambda: nd._internal._zeros(shape=sh, out=nd.zeros((2, 3))))
    show(f"multinomial {sh}", lambda: nd.random.multinomial(nd.array([0.25, 0.75]), shape=sh))
show("uniform (-1,) out", lambda: nd.random.uniform(shape=(-1,), out=nd.zeros(4)))
show("uniform bad dtype first", lambda: nd.random.uniform(shape=(2, -3), dtype="uint8"))
show("randint bad dtype first", lambda: nd.random.randint(0, 3, shape=(2, -3), dtype="float32"))
show("multinomial int data", lambda: nd.random.multinomial(nd.array([1, 1], dtype="int32"), shape=(-5,)))
show("multinomial (-1, -5)", lambda: nd.random.multinomial(nd.array([0.5, 0.5]), shape=(-1, -5)))
